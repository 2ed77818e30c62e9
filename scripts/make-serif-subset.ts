/**
 * Builds the documents' second font: Noto Serif SC (OFL, from the npm package
 * @expo-google-fonts/noto-serif-sc), a Song-style face, cut to the FIXED text of the documents
 * only — titles, headings, labels and boilerplate sentences — plus digits, capital letters
 * (letter and station numbers), 年月日 (dates) and Chinese punctuation. A whole serif CJK font
 * (14.8 MB) cannot travel with the documents function (≤ 5 MB with the sans font); this cut is
 * ≈ 60 KB. Text that asks for the serif face prints in it only when every character has a serif
 * glyph, otherwise in the sans font (`face` in server/documents/pdf.ts), so names and residents'
 * words never print blanks. See docs/decisions/0007-documents-and-fonts.md.
 *
 * The fixed text is read from the document modules themselves: every character of every string
 * and template literal in server/documents/*.ts (the building blocks pdf.ts and woff.ts aside),
 * parsed with the TypeScript compiler, so a new heading needs no list kept by hand; a test
 * (test/unit/serif-font.test.ts) fails when the committed font lacks one of them.
 *
 * Usage: tsx scripts/make-serif-subset.ts   (writes server/documents/fonts/NotoSerifSC-Documents.woff)
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
// subset-font ships no types.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const subsetFont = require('subset-font') as (font: Buffer, text: string, options: object) => Promise<Buffer>;

const root = path.resolve(__dirname, '..');
export const SERIF_SOURCE = 'node_modules/@expo-google-fonts/noto-serif-sc/600SemiBold/NotoSerifSC_600SemiBold.ttf';
export const SERIF_OUT = 'server/documents/fonts/NotoSerifSC-Documents.woff';
const DOCUMENTS = 'server/documents';
/** Building blocks, not documents: their strings (error messages, the 〓 note) print in the sans face. */
const NOT_DOCUMENTS = new Set(['pdf.ts', 'woff.ts']);

/**
 * What fixed text is joined with: digits, capital letters and a few signs (ZB-YL-20261205-0001,
 * 联络站编号 WYH01, 印制于 2026-12-05, 09:00), the characters of dates as letters print them
 * (2026年12月5日) and Chinese punctuation.
 */
export const SERIF_EXTRA =
  ' 0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-.:/' + '年月日' + '，。、：；！？（）《》〈〉“”‘’·—…〔〕【】「」『』';

/** The document modules whose strings are fixed text (paths from the repository root). */
export function documentSources(): string[] {
  return readdirSync(path.join(root, DOCUMENTS))
    .filter((f) => f.endsWith('.ts') && !NOT_DOCUMENTS.has(f))
    .sort()
    .map((f) => `${DOCUMENTS}/${f}`);
}

/** Every character outside ASCII in the string and template literals of `source` (comments and code are not text). */
export function literalCharacters(source: string, fileName = 'source.ts'): Set<string> {
  const chars = new Set<string>();
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const visit = (node: ts.Node): void => {
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node)
    ) {
      for (const ch of node.text) if (ch.codePointAt(0)! > 0x7e && ch.trim()) chars.add(ch);
    }
    node.forEachChild(visit);
  };
  visit(file);
  return chars;
}

/** The characters the serif font is cut to: the documents' fixed text and SERIF_EXTRA, sorted. */
export function serifCharacters(): string {
  const chars = new Set<string>(SERIF_EXTRA);
  for (const f of documentSources()) for (const ch of literalCharacters(readFileSync(path.join(root, f), 'utf8'), f)) chars.add(ch);
  return [...chars].sort().join('');
}

async function main() {
  const source = readFileSync(path.join(root, SERIF_SOURCE));
  const text = serifCharacters();
  const font = await subsetFont(source, text, { targetFormat: 'woff', noHinting: true, noLayoutClosure: true });
  writeFileSync(path.join(root, SERIF_OUT), font);
  console.log(`${SERIF_OUT}  ${[...text].length} characters  ${(font.length / 1024).toFixed(1)} KB`);
}

if (process.argv[1] && /make-serif-subset\.ts$/.test(process.argv[1])) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
