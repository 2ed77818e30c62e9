/**
 * Posters and the documents function: the poster PDF is rendered with pdftoppm (Debian
 * poppler-utils, installed by scripts/ensure-poppler.sh when missing), the QR code is decoded
 * from the rendered page with jsqr + pngjs, and the decoded scene opens the station through
 * the API. The rendered PNG is kept in test-results/ for a person to look at.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { loadFont, missingGlyphs, newPdf } from '../../server/documents/pdf';
import { buildFunction } from '../../scripts/build-functions';
import { startLocal, STAFF_WYH, type Local } from '../support/local';
import { dbOf } from '../../server/platform/db';

jest.setTimeout(120_000);
const root = path.resolve(__dirname, '../..');
const out = path.join(root, 'test-results');
const ADMIN = 'demo-admin-yuelu';
const STAFF_XJH = 'demo-staff-xjh';

beforeAll(() => {
  execFileSync('sh', [path.join(root, 'scripts/ensure-poppler.sh')], { stdio: 'inherit' });
  mkdirSync(out, { recursive: true });
});

let t: Local;
beforeEach(async () => {
  t = await startLocal();
});
afterEach(() => t.close());

/** Renders page `page` of the PDF at `dpi` and returns the PNG file. */
function renderPage(pdfFile: string, page: number, dpi: number): string {
  const prefix = pdfFile.replace(/\.pdf$/, `-p${page}`);
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', pdfFile, prefix]);
  return `${prefix}.png`;
}

function decodeQr(pngFile: string): string | undefined {
  const png = PNG.sync.read(readFileSync(pngFile));
  return jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height)?.data;
}

async function posterFile(code: string, staff: string): Promise<{ file: string; answer: { fileId: string; url: string; bytes: number; pages: number } }> {
  const answer = await t.ok('documents', 'stationPoster', { code }, staff);
  const bytes = t.files.read(answer.fileId)!;
  const file = path.join(out, `poster-${code}.pdf`);
  writeFileSync(file, bytes);
  return { file, answer };
}

test('the poster of a station renders, its QR code decodes from the page and opens the station', async () => {
  const { file, answer } = await posterFile('WYH01', STAFF_WYH);
  expect(answer).toMatchObject({ pages: 1, url: expect.stringMatching(/^\/api\/storage\/generated\/posters\/WYH01-\d{14}-[0-9a-f]{16}\.pdf$/) });
  expect(answer.bytes).toBeLessThan(400_000);

  // The font is embedded and subset; the Chinese text reads back.
  const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
  expect(fonts).toMatch(/NotoSansSC.*yes\s+yes\s+yes/);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  for (const words of ['人大代表联络站', '望月湖街道人大代表联络站', '接待安排', '驻站代表', '周丽', '李红梅', '微信扫一扫', '岳麓区']) {
    expect(text).toContain(words);
  }
  // Deputies named as residents know them, from the station's regions, not by the level taxonomy.
  expect(text).toContain('李红梅岳麓区人大代表');
  expect(text).toContain('周丽望月湖街道人大代表');
  expect(text).not.toMatch(/县[（(]市区[）)]|乡镇人大代表/);

  // Scanned from a metre: the code is printed about 10.5 cm wide; at 100 dpi it still decodes.
  const png = renderPage(file, 1, 100);
  const decoded = decodeQr(png);
  expect(decoded).toBe('http://127.0.0.1:8787/#/pages/station/index?scene=WYH01');
  const scene = decodeURIComponent(new URL(decoded!.replace('/#/', '/')).searchParams.get('scene')!);
  const station = await t.ok('station', 'get', { code: scene });
  expect(station).toMatchObject({ code: 'WYH01', name: '望月湖街道人大代表联络站' });
  // The copy a person looks at.
  renderPage(file, 1, 110);
});

test('names with rare characters print: the font has 镕, 喆, 堃, 珺; the poster of 咸嘉湖 shows 吴喆', async () => {
  const doc = newPdf({ title: 'glyphs' });
  expect(missingGlyphs(doc, '朱镕基 吴喆 王堃 李珺 张翀 刘旻 陈彧 望月湖街道')).toEqual([]);
  expect(loadFont().length).toBeGreaterThan(0);
  const { file } = await posterFile('XJH01', STAFF_XJH);
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  expect(text).toContain('吴喆');
});

test('a poster for a retired station, or another station’s, is refused', async () => {
  expect((await t.refused('documents', 'stationPoster', { code: 'XJH00' }, STAFF_XJH)).code).toBe('NOT_YOUR_STATION');
  await dbOf(t.ports).collection('users').doc(STAFF_XJH).update({ data: { staffStationCodes: ['XJH01', 'XJH00'] } });
  const retired = await t.refused('documents', 'stationPoster', { code: 'XJH00' }, STAFF_XJH);
  expect(retired.code).toBe('STATION_RETIRED');
  expect(retired.message).toContain('XJH01');
});

test('a region batch: one page per active station; 5,000 stations are refused before any work', async () => {
  // The work a batch does: mini-program codes asked of WeChat, files stored.
  const work = { codes: 0, saved: 0 };
  const { getUnlimitedQrCode } = t.ports.openapi;
  const { saveGenerated } = t.ports.storage;
  t.ports.openapi.getUnlimitedQrCode = (input) => (work.codes++, getUnlimitedQrCode.call(t.ports.openapi, input));
  t.ports.storage.saveGenerated = (...args) => (work.saved++, saveGenerated.apply(t.ports.storage, args));
  const batch = await t.ok('documents', 'regionPosters', { regionCode: '430104' }, ADMIN);
  expect(batch.pages).toBe(3); // YL01, WYH01, XJH01 (XJH00 is retired)
  expect(work.saved).toBe(1);
  const file = path.join(out, 'posters-430104.pdf');
  writeFileSync(file, t.files.read(batch.fileId)!);
  expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Pages:\s+3/);
  expect((await t.refused('documents', 'regionPosters', { regionCode: '430102' }, ADMIN)).code).toBe('REGION_NOT_FOUND');
  expect((await t.refused('documents', 'regionPosters', { regionCode: '430104' }, STAFF_WYH)).code).toBe('FORBIDDEN');

  const template = t.doc<Record<string, unknown>>('stations', 'WYH01');
  for (let i = 0; i < 5000; i++) t.store.insert('stations', { ...template, _id: `BULK${String(i).padStart(4, '0')}` });
  const files = t.store.count('stations');
  // Refused before any work: no mini-program code asked of WeChat, no file stored.
  Object.assign(work, { codes: 0, saved: 0 });
  const refused = await t.refused('documents', 'regionPosters', { regionCode: '430104' }, ADMIN);
  expect(refused.code).toBe('BATCH_TOO_LARGE');
  expect(refused.message).toContain('5003');
  expect(work).toEqual({ codes: 0, saved: 0 });
  expect(t.store.count('stations')).toBe(files);
});

test('the documents function with its fonts stays within 5 MB', async () => {
  await buildFunction('documents');
  const dir = path.join(root, 'cloudfunctions/documents');
  // Every file the deploy uploads, fonts and their licences included.
  const files = readdirSync(dir).filter((f) => statSync(path.join(dir, f)).isFile());
  expect(files).toEqual(expect.arrayContaining(['index.js', 'NotoSansSC-GBK.woff', 'NotoSerifSC-Documents.woff', 'OFL.txt', 'OFL-NotoSerifSC.txt']));
  const total = files.reduce((sum, f) => sum + readFileSync(path.join(dir, f)).length, 0);
  expect(total).toBeLessThanOrEqual(5_000_000);
  // The bundle loads in plain Node and finds its fonts beside it.
  const script = `const m = require(${JSON.stringify(path.join(dir, 'index.js'))});
    m.main({ action: 'stationPoster', payload: { code: 'WYH01' } }).then((r) => { process.stdout.write(JSON.stringify(r)); process.exit(0); });`;
  const answer = execFileSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8', timeout: 30_000 }).trim().split('\n').pop()!;
  expect(JSON.parse(answer.slice(answer.indexOf('{')))).toMatchObject({ ok: false, code: 'LOGIN_REQUIRED' });
});
