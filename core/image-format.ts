/**
 * What an uploaded photo really is, read from its bytes alone (decision 0015): a PNG or a
 * JPEG whose structure is whole from its first byte to its last — PNG: the signature, IHDR
 * with a sane size, every chunk complete with its CRC, IDAT, IEND and nothing after it;
 * JPEG: SOI, one frame header (SOF) with a sane size, scans, EOI and nothing after it. A
 * file that only starts like an image (a PNG signature followed by HTML) is no image.
 * The pixel data itself is not decoded: what a viewer shows is the platform's image check.
 */

export type ImageFormat = 'png' | 'jpeg';
export type ImageCheck = { ok: true; format: ImageFormat; width: number; height: number } | { ok: false; reason: string };

/** Larger than any phone camera's side; what the app sends is at most 1280 px (H5) or the camera's. */
export const MAX_IMAGE_SIDE = 16_384;
export const MAX_IMAGE_PIXELS = 100_000_000;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function inspectImage(bytes: Uint8Array): ImageCheck {
  if (PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return inspectPng(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return inspectJpeg(bytes);
  return no('not a PNG or JPEG');
}

const no = (reason: string): ImageCheck => ({ ok: false, reason });

function saneSize(width: number, height: number): boolean {
  return width >= 1 && height >= 1 && width <= MAX_IMAGE_SIDE && height <= MAX_IMAGE_SIDE && width * height <= MAX_IMAGE_PIXELS;
}

const u32 = (b: Uint8Array, at: number) => ((b[at] << 24) | (b[at + 1] << 16) | (b[at + 2] << 8) | b[at + 3]) >>> 0;
const u16 = (b: Uint8Array, at: number) => (b[at] << 8) | b[at + 1];

let crcTable: Uint32Array | undefined;
function crc32(b: Uint8Array, from: number, to: number): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (let i = from; i < to; i++) c = crcTable[(c ^ b[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Bit depths allowed for each PNG colour type (PNG spec, 11.2.2). */
const PNG_DEPTHS: Record<number, number[]> = { 0: [1, 2, 4, 8, 16], 2: [8, 16], 3: [1, 2, 4, 8], 4: [8, 16], 6: [8, 16] };
/** The critical chunks a decoder must understand; any other critical chunk makes the file unreadable. */
const PNG_CRITICAL = new Set(['IHDR', 'PLTE', 'IDAT', 'IEND']);

function inspectPng(b: Uint8Array): ImageCheck {
  let at = 8;
  let width = 0;
  let height = 0;
  let colorType = -1;
  let idat: 'none' | 'open' | 'closed' = 'none';
  let palette = false;
  for (let index = 0; ; index++) {
    if (at + 12 > b.length) return no('PNG cut short: no IEND');
    const length = u32(b, at);
    const dataAt = at + 8;
    const end = dataAt + length + 4;
    if (length > 0x7fffffff || end > b.length) return no('PNG chunk longer than the file');
    const type = String.fromCharCode(b[at + 4], b[at + 5], b[at + 6], b[at + 7]);
    if (!/^[A-Za-z]{4}$/.test(type) || type[2] !== type[2].toUpperCase()) return no('PNG chunk type invalid');
    if (crc32(b, at + 4, dataAt + length) !== u32(b, dataAt + length)) return no(`PNG chunk ${type}: CRC mismatch`);
    const critical = type[0] === type[0].toUpperCase();
    if (critical && !PNG_CRITICAL.has(type)) return no(`PNG critical chunk ${type} unknown`);
    if (index === 0 && type !== 'IHDR') return no('PNG does not start with IHDR');
    if (type !== 'IDAT' && idat === 'open') idat = 'closed';
    switch (type) {
      case 'IHDR': {
        if (index !== 0 || length !== 13) return no('PNG IHDR misplaced or of the wrong length');
        width = u32(b, dataAt);
        height = u32(b, dataAt + 4);
        const depth = b[dataAt + 8];
        colorType = b[dataAt + 9];
        if (!saneSize(width, height)) return no(`PNG size ${width}×${height} out of bounds`);
        if (!PNG_DEPTHS[colorType]?.includes(depth)) return no('PNG colour type and bit depth invalid');
        if (b[dataAt + 10] !== 0 || b[dataAt + 11] !== 0 || b[dataAt + 12] > 1) return no('PNG compression, filter or interlace method invalid');
        break;
      }
      case 'PLTE':
        if (palette || idat !== 'none' || length === 0 || length % 3 !== 0 || length > 768 || colorType === 0 || colorType === 4) {
          return no('PNG palette invalid');
        }
        palette = true;
        break;
      case 'IDAT':
        if (idat === 'closed') return no('PNG image data not in one run');
        if (colorType === 3 && !palette) return no('PNG indexed image without a palette');
        idat = 'open';
        break;
      case 'IEND':
        if (length !== 0) return no('PNG IEND carries data');
        if (idat === 'none') return no('PNG without image data');
        if (end !== b.length) return no('bytes after the PNG end');
        return { ok: true, format: 'png', width, height };
    }
    at = end;
  }
}

/** Frame headers (SOF0–SOF15 less DHT, JPG and DAC): each gives the picture's size. */
const SOF = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);
/** Other segments a JPEG may carry: DHT, DAC, DQT, DRI, DNL, APP0–APP15, COM. */
const JPEG_SEGMENTS = new Set([0xc4, 0xcc, 0xdb, 0xdd, 0xdc, 0xfe, ...Array.from({ length: 16 }, (_, i) => 0xe0 + i)]);

function inspectJpeg(b: Uint8Array): ImageCheck {
  let at = 2;
  let size: { width: number; height: number } | undefined;
  let scans = 0;
  for (;;) {
    if (at + 2 > b.length) return no('JPEG cut short: no EOI');
    if (b[at] !== 0xff) return no('JPEG segment expected');
    // A marker may be preceded by any number of 0xFF fill bytes.
    while (b[at + 1] === 0xff && at + 2 < b.length) at++;
    const marker = b[at + 1];
    if (marker === 0xd9) {
      if (!size || scans === 0) return no('JPEG without a frame or a scan');
      if (at + 2 !== b.length) return no('bytes after the JPEG end');
      return { ok: true, format: 'jpeg', width: size.width, height: size.height };
    }
    if (at + 4 > b.length) return no('JPEG cut short');
    const length = u16(b, at + 2);
    const body = at + 4;
    const end = at + 2 + length;
    if (length < 2 || end > b.length) return no('JPEG segment longer than the file');
    if (SOF.has(marker)) {
      if (size) return no('JPEG with two frame headers');
      const components = b[body + 5];
      const height = u16(b, body + 1);
      const width = u16(b, body + 3);
      if (components < 1 || components > 4 || length !== 8 + 3 * components) return no('JPEG frame header invalid');
      if (b[body] < 2 || b[body] > 16) return no('JPEG sample precision invalid');
      if (!saneSize(width, height)) return no(`JPEG size ${width}×${height} out of bounds`);
      size = { width, height };
      at = end;
    } else if (marker === 0xda) {
      const components = b[body];
      if (!size) return no('JPEG scan before its frame header');
      if (components < 1 || components > 4 || length !== 6 + 2 * components) return no('JPEG scan header invalid');
      scans += 1;
      // Entropy-coded data runs to the next marker: 0xFF is followed by 0x00 (a stuffed byte)
      // or by a restart marker inside it.
      at = end;
      while (at < b.length && !(b[at] === 0xff && b[at + 1] !== 0x00 && !(b[at + 1] >= 0xd0 && b[at + 1] <= 0xd7))) at++;
    } else if (JPEG_SEGMENTS.has(marker)) {
      at = end;
    } else {
      return no(`JPEG marker ${marker.toString(16)} unexpected`);
    }
  }
}
