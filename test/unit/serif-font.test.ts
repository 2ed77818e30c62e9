/**
 * The Song-style face of the documents (decision 0007): Noto Serif SC cut to the documents'
 * fixed text. The committed cut must have every character the document modules' strings use
 * (regenerate with `tsx scripts/make-serif-subset.ts` when this fails), and text asking for
 * the serif face gets it only when the cut has all of its characters — anything else prints
 * in the sans font, never as blanks.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../core/errors';
import { line, missingGlyphs, newPdf, SERIF, SERIF_FONT_FILE, useFace, FONT } from '../../server/documents/pdf';
import { claimInstructions } from '../../server/documents/entry-slip';
import { INSTRUCTION, LATEST_NOTE } from '../../server/documents/station-poster';
import { documentSources, literalCharacters, SERIF_OUT, serifCharacters } from '../../scripts/make-serif-subset';

const root = path.resolve(__dirname, '../..');
/** Not in any document's fixed text, so not in the serif cut; in the sans font (a name character). */
const NAME_ONLY = '鑫';

/** The characters of `text` the serif cut lacks. */
function serifLacks(text: string): string[] {
  const doc = newPdf({ title: 'serif' });
  doc.font(SERIF);
  const lacks = missingGlyphs(doc, text);
  doc.font(FONT);
  return lacks;
}

test('the fixed text is read from every document module, from its strings only (not comments or code)', () => {
  expect(documentSources()).toEqual(
    expect.arrayContaining(['server/documents/station-poster.ts', 'server/documents/transfer-letter.ts', 'server/documents/entry-slip.ts', 'server/documents/duty-record.ts', 'server/documents/campaign-summary.ts']),
  );
  expect(documentSources()).not.toContain('server/documents/pdf.ts');
  const chars = literalCharacters("// 注释\nconst 变量 = 1;\nline(doc, '标题', at);\nconst t = `附件：${n}张（附后）`;");
  expect([...chars].sort()).toEqual([...new Set('标题附件：张（附后）')].sort());
});

test('the committed serif font has every character of the documents’ fixed text (else: tsx scripts/make-serif-subset.ts)', () => {
  const wanted = serifCharacters();
  expect([...wanted].length).toBeGreaterThan(200);
  expect(serifLacks(wanted)).toEqual([]);
  expect(path.basename(SERIF_OUT)).toBe(SERIF_FONT_FILE);
  // A cut of the fixed text, not a whole font: the budget of the documents function has ≈ 100 KB for it.
  expect(statSync(path.join(root, SERIF_OUT)).size).toBeLessThan(90_000);
  expect(readFileSync(path.join(root, 'server/documents/fonts/OFL-NotoSerifSC.txt'), 'utf8')).toContain('SIL OPEN FONT LICENSE Version 1.1');
});

test('fixed text asking for the serif face gets it; text with any character outside the cut gets the sans font', () => {
  const doc = newPdf({ title: 'faces' });
  expect(serifLacks(NAME_ONLY)).toEqual([NAME_ONLY]);
  for (const fixed of ['人大代表转办函', '人大代表联络站', '有事找代表 · 代表在身边', '意见登记回执', INSTRUCTION, LATEST_NOTE, claimInstructions({ claimable: true, qrImage: Buffer.from('') }), '附件：现场照片（2张）', '办理期限：2026年12月20日前答复', '编号：ZB-YL-20261205-0001']) {
    expect([fixed, useFace(doc, fixed, 'serif')]).toEqual([fixed, 'serif']);
  }
  expect(useFace(doc, `王${NAME_ONLY}`, 'serif')).toBe('sans');
  expect(useFace(doc, `人大代表${NAME_ONLY}`, 'serif')).toBe('sans');
  // Only asked-for: fixed text without `face` stays in the sans font.
  expect(useFace(doc, '人大代表转办函')).toBe('sans');
});

test('a serif line leaves the sans font selected, and characters no font has are still refused', () => {
  const doc = newPdf({ title: 'after' });
  doc.addPage({ size: 'A4', margin: 0 });
  line(doc, '人大代表转办函', { x: 40, y: 40, width: 400 }, { size: 24, face: 'serif' });
  // What a document measures next (scheduleColumn measures names itself) is measured in the sans font.
  expect(missingGlyphs(doc, NAME_ONLY)).toEqual([]);
  let thrown: unknown;
  try {
    line(doc, '人大代表𠀀', { x: 40, y: 80, width: 400 }, { size: 12, face: 'serif' });
  } catch (e) {
    thrown = e;
  }
  expect(thrown).toBeInstanceOf(AppError);
  expect((thrown as AppError).code).toBe('PDF_CHARACTER_UNSUPPORTED');
});
