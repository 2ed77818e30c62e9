/**
 * Photos residents attach in the demo year: small, whole PNGs drawn in code (a street
 * scene — sky, ground, and a dark patch where the problem is), different for each seed, so
 * the upload check (core/image-format.ts) reads them as real images and nothing is shipped.
 */
import { deflateSync } from 'node:zlib';
import type { Rng } from './prng';

const WIDTH = 120;
const HEIGHT = 90;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

type Rgb = [number, number, number];
const mix = (a: Rgb, b: Rgb, t: number): Rgb => [0, 1, 2].map((i) => Math.round(a[i] + (b[i] - a[i]) * t)) as Rgb;

/** A PNG of a street scene drawn from `rng`. */
export function demoPhoto(rng: Rng): Buffer {
  const sky: Rgb = [rng.int(150, 200), rng.int(180, 215), rng.int(215, 245)];
  const ground: Rgb = rng.pick<Rgb>([
    [128, 128, 122], // asphalt
    [150, 140, 120], // paving
    [110, 130, 90], // grass
  ]);
  const horizon = rng.int(28, 45);
  const patch = { x: rng.int(20, 80), y: rng.int(horizon + 10, 70), rx: rng.int(10, 24), ry: rng.int(5, 10) };
  const wall = { x: rng.int(0, 70), w: rng.int(25, 50), top: rng.int(8, horizon - 5) };
  const wallColour: Rgb = [rng.int(160, 210), rng.int(140, 180), rng.int(120, 160)];
  const raw = Buffer.alloc((WIDTH * 3 + 1) * HEIGHT);
  for (let y = 0; y < HEIGHT; y++) {
    const row = y * (WIDTH * 3 + 1);
    raw[row] = 0; // filter: none
    for (let x = 0; x < WIDTH; x++) {
      let c: Rgb = y < horizon ? mix(sky, [255, 255, 255], y / horizon / 2) : mix(ground, [60, 60, 60], (y - horizon) / HEIGHT / 2);
      if (y < horizon && y >= wall.top && x >= wall.x && x < wall.x + wall.w) c = wallColour;
      const dx = (x - patch.x) / patch.rx;
      const dy = (y - patch.y) / patch.ry;
      if (dx * dx + dy * dy <= 1) c = mix(c, [40, 38, 36], 0.75);
      raw.set(c, row + 1 + x * 3);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(WIDTH, 0);
  header.writeUInt32BE(HEIGHT, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
