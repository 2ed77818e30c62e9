/** Issue 16, item 2: an upload passes as a photo only if its bytes are a whole PNG or JPEG. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import { inspectImage } from '../../core/image-format';

const ELEVATOR = readFileSync(path.join(__dirname, '../fixtures/elevator.png'));

function png(width: number, height: number, colorType: 0 | 2 | 4 | 6 = 6): Buffer {
  const p = new PNG({ width, height });
  for (let i = 0; i < p.data.length; i += 4) p.data.set([i % 251, 120, 200, 255], i);
  return PNG.sync.write(p, { colorType });
}

/** The chunks of a PNG: [offset, length, type]. */
function chunks(b: Buffer): [number, number, string][] {
  const out: [number, number, string][] = [];
  for (let at = 8; at < b.length; ) {
    const len = b.readUInt32BE(at);
    out.push([at, len, b.toString('latin1', at + 4, at + 8)]);
    at += 12 + len;
  }
  return out;
}

/**
 * A JPEG of one grey 8×8 block per 8×8 of the picture: quantisation all ones, one Huffman
 * code per table (DC difference 0, AC end of block), so each block is the two bits `00`.
 */
function jpeg({ width = 8, height = 8, progressive = false, sof }: { width?: number; height?: number; progressive?: boolean; sof?: number } = {}): Buffer {
  const seg = (marker: number, body: number[]) => [0xff, marker, (body.length + 2) >> 8, (body.length + 2) & 255, ...body];
  const blocks = Math.ceil(width / 8) * Math.ceil(height / 8);
  const bits = '00'.repeat(blocks);
  const padded = bits.padEnd(Math.ceil(bits.length / 8) * 8, '1');
  const data = (padded.match(/.{8}/g) ?? []).map((b) => parseInt(b, 2));
  const scan = (ss: number, se: number) => [...seg(0xda, [1, 1, 0x00, ss, se, 0]), ...data];
  return Buffer.from([
    0xff, 0xd8,
    ...seg(0xe0, [0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]),
    ...seg(0xdb, [0x00, ...Array<number>(64).fill(1)]),
    ...seg(sof ?? (progressive ? 0xc2 : 0xc0), [8, height >> 8, height & 255, width >> 8, width & 255, 1, 1, 0x11, 0]),
    ...seg(0xc4, [0x00, 1, ...Array<number>(15).fill(0), 0x00]),
    ...seg(0xc4, [0x10, 1, ...Array<number>(15).fill(0), 0x00]),
    ...(progressive ? [...scan(0, 0), ...scan(1, 63)] : scan(0, 63)),
    0xff, 0xd9,
  ]);
}

describe('PNG', () => {
  test.each([
    ['the fixture photo', ELEVATOR],
    ['RGBA 64×48', png(64, 48)],
    ['RGB 1×1', png(1, 1, 2)],
    ['grey 300×7', png(300, 7, 0)],
  ])('%s passes, with its size', (_name, bytes) => {
    const r = inspectImage(bytes);
    expect(r).toMatchObject({ ok: true, format: 'png' });
  });

  test('its size is read from IHDR', () => {
    expect(inspectImage(png(64, 48))).toEqual({ ok: true, format: 'png', width: 64, height: 48 });
  });

  const good = png(16, 16);
  const [ihdr, idat, iend] = ['IHDR', 'IDAT', 'IEND'].map((type) => chunks(good).find((c) => c[2] === type)!);
  test.each([
    ['the signature followed by HTML', Buffer.concat([good.subarray(0, 8), Buffer.from('<html><script>alert(1)</script></html>')])],
    ['the signature and IHDR, then HTML', Buffer.concat([good.subarray(0, ihdr[0] + 25), Buffer.from('<html></html>')])],
    ['trailing HTML after IEND', Buffer.concat([good, Buffer.from('<html></html>')])],
    ['a single byte after IEND', Buffer.concat([good, Buffer.from([0])])],
    ['cut short before IEND', good.subarray(0, iend[0])],
    ['cut short inside IDAT', good.subarray(0, idat[0] + 12)],
    ['an IDAT with a wrong CRC', (() => { const b = Buffer.from(good); b[idat[0] + 8 + idat[1]] ^= 1; return b; })()],
    ['an IDAT whose data was changed (CRC no longer matches)', (() => { const b = Buffer.from(good); b[idat[0] + 9] ^= 0x40; return b; })()],
    ['a zero width', (() => { const b = Buffer.from(good); b.writeUInt32BE(0, ihdr[0] + 8); return b; })()],
    ['no IDAT', Buffer.concat([good.subarray(0, idat[0]), good.subarray(iend[0])])],
    ['only the signature', good.subarray(0, 8)],
    ['nothing', Buffer.alloc(0)],
  ])('%s is refused', (_name, bytes) => {
    const r = inspectImage(bytes);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/\S/);
  });

  test('a chunk no decoder knows, marked critical, is refused', () => {
    const body = Buffer.from('data');
    const type = Buffer.from('ZZZZ', 'latin1');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([type, body])));
    const len = Buffer.alloc(4);
    len.writeUInt32BE(body.length);
    const evil = Buffer.concat([good.subarray(0, idat[0]), len, type, body, crc, good.subarray(idat[0])]);
    expect(inspectImage(evil).ok).toBe(false);
  });

  test('a huge claimed size is refused before anything else', () => {
    const b = Buffer.from(good);
    b.writeUInt32BE(100_000, ihdr[0] + 8);
    b.writeUInt32BE(100_000, ihdr[0] + 12);
    expect(inspectImage(b).ok).toBe(false);
  });
});

describe('JPEG', () => {
  test('baseline and progressive pass, with their size', () => {
    expect(inspectImage(jpeg({ width: 40, height: 30 }))).toEqual({ ok: true, format: 'jpeg', width: 40, height: 30 });
    expect(inspectImage(jpeg({ width: 16, height: 16, progressive: true }))).toEqual({ ok: true, format: 'jpeg', width: 16, height: 16 });
  });

  const good = jpeg({ width: 24, height: 16 });
  const eoi = good.length - 2;
  test.each([
    ['SOI followed by HTML', Buffer.concat([good.subarray(0, 2), Buffer.from('<html><script>alert(1)</script></html>')])],
    ['trailing HTML after EOI', Buffer.concat([good, Buffer.from('<html></html>')])],
    ['a byte after EOI', Buffer.concat([good, Buffer.from([0])])],
    ['no EOI', good.subarray(0, eoi)],
    ['cut inside a segment', good.subarray(0, 30)],
    ['no frame header', jpeg({ sof: 0xe1 })],
    ['a frame header of height 0', jpeg({ height: 0 })],
    ['a frame header of width 0', jpeg({ width: 0 })],
    ['only SOI and EOI', Buffer.from([0xff, 0xd8, 0xff, 0xd9])],
  ])('%s is refused', (_name, bytes) => {
    expect(inspectImage(bytes).ok).toBe(false);
  });

  test('a segment claiming more bytes than the file has is refused', () => {
    const b = Buffer.from(good);
    b.writeUInt16BE(0xfff0, 4); // APP0's length
    expect(inspectImage(b).ok).toBe(false);
  });
});

test('anything else is no image', () => {
  for (const bytes of [Buffer.from('GIF89a'), Buffer.from('%PDF-1.7\n'), Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>')]) {
    expect(inspectImage(bytes)).toMatchObject({ ok: false });
  }
});

function crc32(b: Buffer): number {
  let c = ~0;
  for (const byte of b) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}
