/**
 * Official documents print their titles, headings and fixed labels in a Song-style face
 * (Noto Serif SC cut to the documents' fixed text, decision 0007) and everything people typed
 * in the sans font. Checked from the PDFs: the fonts a page uses (pdffonts, poppler-utils) and
 * the text read back (pdftotext). The rendered pages are kept in test-results/serif-documents/
 * for a person to look at.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { line, newPdf, renderPdf } from '../../server/documents/pdf';
import { COUNTY_DEPUTY, STAFF_WYH, startLocal, type Local } from '../support/local';

jest.setTimeout(60_000);
const OUT = path.resolve(__dirname, '../../test-results/serif-documents');
const SERIF = /NotoSerifSC-SemiBold\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/;
const SANS = /NotoSansSC-Regular\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/;

beforeAll(() => {
  execFileSync('sh', [path.resolve(__dirname, '../../scripts/ensure-poppler.sh')], { stdio: 'inherit' });
  mkdirSync(OUT, { recursive: true });
});

function save(bytes: Buffer, name: string): string {
  const file = path.join(OUT, `${name}.pdf`);
  writeFileSync(file, bytes);
  return file;
}
const fontsOf = (file: string) => execFileSync('pdffonts', [file], { encoding: 'utf8' });
const textOf = (file: string) => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
/** Page 1 at 110 dpi, beside the PDF. */
const renderFirstPage = (file: string) =>
  execFileSync('pdftoppm', ['-png', '-r', '110', '-f', '1', '-l', '1', '-singlefile', file, file.replace(/\.pdf$/, '')]);

describe('documents from the local run', () => {
  let t: Local;
  beforeEach(async () => {
    t = await startLocal();
  });
  afterEach(() => t.close());

  test('a 转办函 carries the serif face (title, labels, headings) and the sans face (the resident’s words, names)', async () => {
    const r = await t.submit({ text: '楼道灯坏了很久没人修，晚上出门很不方便。', chosenDeputyId: 'd-county-1' }, 'test-resident-serif');
    await t.ok('deputy', 'accept', { id: r.id }, COUNTY_DEPUTY);
    await t.ok('deputy', 'forward', { id: r.id, departmentId: 'dept-yl-zj', note: '请现场查看并安排维修' }, COUNTY_DEPUTY);
    const f = await t.ok('documents', 'transferLetter', { id: r.id }, COUNTY_DEPUTY);
    const file = save(t.files.read(f.fileId)!, 'transfer-letter');
    const fonts = fontsOf(file);
    expect(fonts).toMatch(SERIF);
    expect(fonts).toMatch(SANS);
    const text = textOf(file);
    for (const words of ['人大代表转办函', '查询编号', '反映内容', '代表意见', '楼道灯坏了很久没人修，晚上出门很不方便。', '请现场查看并安排维修']) expect(text).toContain(words);
    renderFirstPage(file);
  });

  test('a station poster carries the serif face (header, headings, instruction) and the sans face (station, deputies, sessions)', async () => {
    const answer = await t.ok('documents', 'stationPoster', { code: 'WYH01' }, STAFF_WYH);
    const file = save(t.files.read(answer.fileId)!, 'poster-WYH01');
    const fonts = fontsOf(file);
    expect(fonts).toMatch(SERIF);
    expect(fonts).toMatch(SANS);
    const text = textOf(file);
    for (const words of ['人大代表联络站', '接待安排', '驻站代表', '微信扫一扫', '望月湖街道人大代表联络站', '李红梅']) expect(text).toContain(words);
    renderFirstPage(file);
  });
});

describe('the face rule, one line per document', () => {
  test('fixed text asked in the serif face prints in it alone', async () => {
    const doc = newPdf({ title: 'serif only' });
    doc.addPage({ size: 'A6', margin: 0 });
    line(doc, '人大代表转办函', { x: 20, y: 20, width: 250 }, { size: 20, face: 'serif' });
    const file = save(await renderPdf(doc), 'fixed-serif');
    expect(fontsOf(file)).toMatch(SERIF);
    expect(fontsOf(file)).not.toMatch(/NotoSansSC/);
    expect(textOf(file)).toBe('人大代表转办函');
  });

  test('text asked in the serif face with a character outside the cut (鑫) prints whole in the sans face', async () => {
    const doc = newPdf({ title: 'falls back' });
    doc.addPage({ size: 'A6', margin: 0 });
    line(doc, '人大代表王鑫', { x: 20, y: 20, width: 250 }, { size: 20, face: 'serif' });
    const file = save(await renderPdf(doc), 'variable-sans');
    expect(fontsOf(file)).toMatch(SANS);
    expect(fontsOf(file)).not.toMatch(/NotoSerifSC/);
    expect(textOf(file)).toBe('人大代表王鑫');
  });
});
