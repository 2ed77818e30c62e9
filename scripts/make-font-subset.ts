/**
 * Builds the documents function's font: Noto Sans SC Regular (OFL, from the npm package
 * @expo-google-fonts/noto-sans-sc) cut to the characters of GBK — every Han character of
 * GB2312 plus the rarer ones real names use (镕, 喆, 堃, 珺 …), except the traditional forms
 * of common characters (Big5 level 1 outside GB2312), which simplified text never needs —
 * plus ASCII and Chinese punctuation. No hinting (print output), no layout closure (no
 * vertical or localised alternates), WOFF (pdfkit reads it; WOFF2 renders invisible text). See docs/decisions/0007-documents-and-fonts.md.
 *
 * Usage: tsx scripts/make-font-subset.ts   (writes server/documents/fonts/NotoSansSC-GBK.woff)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
// subset-font ships no types.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const subsetFont = require('subset-font') as (font: Buffer, text: string, options: object) => Promise<Buffer>;

const root = path.resolve(__dirname, '..');
const SOURCE = 'node_modules/@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf';
export const FONT_OUT = 'server/documents/fonts/NotoSansSC-GBK.woff';

const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);

/** Every single character a double-byte legacy encoding maps, keeping those matching `keep`. */
function decodeAll(encoding: string, lead: number[], trail: number[], keep: RegExp): Set<string> {
  const decoder = new TextDecoder(encoding);
  const out = new Set<string>();
  for (const a of lead) {
    for (const b of trail) {
      const ch = decoder.decode(Uint8Array.from([a, b]));
      if ([...ch].length === 1 && ch !== '\ufffd' && keep.test(ch)) out.add(ch);
    }
  }
  return out;
}

export function fontCharacters(): string {
  // Unified ideographs only: radicals and compatibility ideographs are not used in text.
  const han = /[\u3007\u3400-\u4dbf\u4e00-\u9fff]/u;
  const gbk = decodeAll('gbk', range(0x81, 0xfe), [...range(0x40, 0x7e), ...range(0x80, 0xfe)], han);
  const gb2312 = decodeAll('gbk', range(0xb0, 0xf7), range(0xa1, 0xfe), han);
  const big5Common = decodeAll('big5', range(0xa4, 0xc6), [...range(0x40, 0x7e), ...range(0xa1, 0xfe)], han);
  const hanChars = [...gbk].filter((c) => gb2312.has(c) || !big5Common.has(c));
  // GB2312's symbol rows a Chinese document uses: punctuation and signs (A1), numbers in
  // circles and brackets (A2), full-width forms (A3), pinyin letters with tones (A8, without
  // bopomofo).
  // Kana, Greek, Cyrillic and box drawing (A4–A7, A9) are left out.
  const symbols = decodeAll('gbk', [0xa1, 0xa2, 0xa3, 0xa8], range(0xa1, 0xfe), /[^\p{Script=Han}\u3100-\u312f]/u);
  const ascii = range(0x20, 0x7e).map((c) => String.fromCharCode(c)).join('');
  return ascii + [...symbols].join('') + '·—–‘’“”…、。〈〉《》「」『』【】〔〕〖〗' + hanChars.join('');
}

async function main() {
  const source = readFileSync(path.join(root, SOURCE));
  const started = Date.now();
  const font = await subsetFont(source, fontCharacters(), { targetFormat: 'woff', noHinting: true, noLayoutClosure: true });
  writeFileSync(path.join(root, FONT_OUT), font);
  console.log(`${FONT_OUT}  ${(font.length / 1024 / 1024).toFixed(2)} MB  (${Date.now() - started} ms)`);
}

if (process.argv[1] && /make-font-subset\.ts$/.test(process.argv[1])) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
