/**
 * Builds the documents function's font: Noto Sans SC Regular (OFL, from the npm package
 * @expo-google-fonts/noto-sans-sc) cut to the characters of GBK — every Han character of
 * GB2312 plus the rarer ones real names use (镕, 喆, 堃, 珺 …), except the traditional forms
 * of common characters (Big5 level 1 outside GB2312), which simplified text never needs —
 * plus every character of 通用规范汉字表 (䶮, 𬌗, 玥 …), ASCII, Latin-1 and Chinese
 * punctuation. No hinting (print output), no layout closure (no vertical or localised
 * alternates), WOFF (pdfkit reads it; WOFF2 renders invisible text). See
 * docs/decisions/0007-documents-and-fonts.md.
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

/**
 * Characters of 通用规范汉字表 (2013, the state's list of standard characters, the one names
 * are registered in) that the GBK cut lacks: CJK Extension A and B–F characters such as 䶮 and
 * 𬌗, and name characters whose traditional twin put them among Big5's common set (玥, 璟,
 * 焜). Listed here so building the font needs no download.
 */
export const TONGYONG_OUTSIDE_GBK =
  '㑇㑊㕮㘎㙍㙘㙦㛃㛚㛹㟃㠇㠓㤘㥄㧐㧑㧟㫰㬊㬎㬚㭎㭕㮾㰀㳇㳘㳚㴔㵐㶲㸆㸌㺄㻬㽏㿠䁖䂮' +
  '䃅䃎䅟䌹䎃䎖䏝䏡䏲䐃䓖䓛䓨䓫䓬䗖䗛䗪䗴䜣䝙䢺䢼䣘䥽䦃䲟䲠䲢䴓䴔䴕䴖䴗䴘䴙䶮伋佺偭' +
  '僇僎儳剋堉墦奭崁巉惇敔昇昤晅晞棻槃氾沘泜洸浥浬湣湲潟澴濩焜玥珪琯璘璟瓖甦疢瞋瞭砠' +
  '硿祇祐祕籥耑脩芣苧蒐褕谿迺郃鄗鄘釐陞雊鿍鿎鿏𠅤𠙶𠳐𡎚𡐓𣗋𣲗𣲘𣸣𤧛𤩽𤫉𥔲𥕢𥖨𥻗𦈡𦒍' +
  '𦙶𦝼𦭜𦰡𧿹𨐈𨙸𨚕𨟠𨭉𨱇𨱏𨱑𨱔𨺙𩽾𩾃𩾌𪟝𪣻𪤗𪨰𪨶𪩘𪾢𫄧𫄨𫄷𫄸𫇭𫌀𫍣𫍯𫍲𫍽𫐄𫐐𫐓𫑡𫓧' +
  '𫓯𫓶𫓹𫔍𫔎𫔶𫖮𫖯𫖳𫗧𫗴𫘜𫘝𫘦𫘧𫘨𫘪𫘬𫚕𫚖𫚭𫛭𫞩𫟅𫟦𫟹𫟼𫠆𫠊𫠜𫢸𫫇𫭟𫭢𫭼𫮃𫰛𫵷𫶇𫷷' +
  '𫸩𬀩𬀪𬂩𬃊𬇕𬇙𬇹𬉼𬊈𬊤𬌗𬍛𬍡𬍤𬒈𬒔𬒗𬕂𬘓𬘘𬘡𬘩𬘫𬘬𬘭𬘯𬙂𬙊𬙋𬜬𬜯𬞟𬟁𬟽𬣙𬣞𬣡𬣳𬤇' +
  '𬤊𬤝𬨂𬨎𬩽𬪩𬬩𬬭𬬮𬬱𬬸𬬹𬬻𬬿𬭁𬭊𬭎𬭚𬭛𬭤𬭩𬭬𬭯𬭳𬭶𬭸𬭼𬮱𬮿𬯀𬯎𬱖𬱟𬳵𬳶𬳽𬳿𬴂𬴃𬴊' +
  '𬶋𬶍𬶏𬶐𬶟𬶠𬶨𬶭𬶮𬷕𬸘𬸚𬸣𬸦𬸪𬹼𬺈𬺓';

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
  // Latin-1 (¥, ², µ, ½ …) and a few signs residents type (•, €, ㎡); 々 is GB2312's but Han by script.
  const latin1 = range(0xa1, 0xff).map((c) => String.fromCharCode(c)).join('');
  const extraSigns = '•€㎡々';
  return ascii + latin1 + [...symbols].join('') + '·—–‘’“”…、。〈〉《》「」『』【】〔〕〖〗' + extraSigns + hanChars.join('') + TONGYONG_OUTSIDE_GBK;
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
