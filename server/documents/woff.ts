/**
 * WOFF → TrueType in memory, with Node's native zlib. The font ships as WOFF to fit the
 * function's size limit, but fontkit inflates WOFF tables in pure JavaScript on every
 * document (≈ 12 s for this font); unpacking once here takes a fraction of a second.
 * Format: https://www.w3.org/TR/WOFF/ (header 44 bytes, 20-byte table directory entries).
 */
import { inflateSync } from 'node:zlib';

export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF font');
  const flavor = woff.readUInt32BE(4);
  const numTables = woff.readUInt16BE(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const e = 44 + i * 20;
    return {
      tag: woff.readUInt32BE(e),
      offset: woff.readUInt32BE(e + 4),
      compLength: woff.readUInt32BE(e + 8),
      origLength: woff.readUInt32BE(e + 12),
      checksum: woff.readUInt32BE(e + 16),
    };
  });
  const pad4 = (n: number) => (n + 3) & ~3;
  const headerSize = 12 + 16 * numTables;
  const total = headerSize + tables.reduce((sum, t) => sum + pad4(t.origLength), 0);
  const out = Buffer.alloc(total);
  let entrySelector = 0;
  while (2 ** (entrySelector + 1) <= numTables) entrySelector++;
  const searchRange = 2 ** entrySelector * 16;
  out.writeUInt32BE(flavor, 0);
  out.writeUInt16BE(numTables, 4);
  out.writeUInt16BE(searchRange, 6);
  out.writeUInt16BE(entrySelector, 8);
  out.writeUInt16BE(numTables * 16 - searchRange, 10);
  let offset = headerSize;
  tables.forEach((t, i) => {
    const raw = woff.subarray(t.offset, t.offset + t.compLength);
    const data = t.compLength < t.origLength ? inflateSync(raw) : raw;
    if (data.length !== t.origLength) throw new Error('WOFF table length mismatch');
    const e = 12 + i * 16;
    out.writeUInt32BE(t.tag, e);
    out.writeUInt32BE(t.checksum, e + 4);
    out.writeUInt32BE(offset, e + 8);
    out.writeUInt32BE(t.origLength, e + 12);
    data.copy(out, offset);
    offset += pad4(t.origLength);
  });
  return out;
}
