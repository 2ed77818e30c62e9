/**
 * The 转办函 carries what the department needs to act: the place the resident gave, the
 * information the resident added later (with its date) and the photos that passed the image
 * check, printed in the letter. A photo held by the check is never printed; the resident's
 * phone only with consent. Read back with pdftotext and pdfimages (poppler-utils).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import { fromBeijing } from '../../core/beijing-time';
import { COUNTY_DEPUTY, QUIET_SUNDAY, STAFF_WYH, startLocal, type Local } from '../support/local';

jest.setTimeout(60_000);
const OUT = path.resolve(__dirname, '../../test-results/transfer-letter');
const RESIDENT = 'test-resident-letter';
const PLACE = '望月湖小区7栋东侧路口';
const ADDED = '补充：积水最深处在7栋和8栋之间的人行道，下雨后三天都不退。';

beforeAll(() => {
  execFileSync('sh', [path.resolve(__dirname, '../../scripts/ensure-poppler.sh')], { stdio: 'inherit' });
  mkdirSync(OUT, { recursive: true });
});

/** An opaque PNG of `width` × `height`, so pdfimages tells the printed photo by its size. */
function photo(width: number, height: number): Buffer {
  const png = new PNG({ width, height });
  for (let i = 0; i < png.data.length; i += 4) png.data.set([40 + (i % 200), 120, 200, 255], i);
  return PNG.sync.write(png, { colorType: 2 });
}

/** An opinion with a place and two photos (one passed, one held for review and released by staff), information added on Tuesday, forwarded on Wednesday. */
async function forwardedWithPlacePhotosAndAddition(t: Local) {
  const passed = await t.upload(photo(64, 48), RESIDENT);
  const held = await t.upload(photo(32, 32), RESIDENT);
  t.contentSecurity.setNextMediaVerdicts(['pass', 'review']);
  const r = await t.submit(
    { category: '城乡建设', text: '小区门口人行道长期积水，老人出行很不方便。', place: PLACE, photos: [passed, held], chosenDeputyId: 'd-county-1', phone: '13800001234', allowContact: false },
    RESIDENT,
  );
  await t.contentSecurity.settle();
  await t.ok('staff', 'release', { id: r.id }, STAFF_WYH);
  await t.ok('deputy', 'accept', { id: r.id }, COUNTY_DEPUTY);
  await t.ok('deputy', 'needInfo', { id: r.id, question: '请说明积水最深的具体位置' }, COUNTY_DEPUTY);
  t.clock.set(fromBeijing('2026-12-01', '09:00'));
  await t.ok('opinion', 'addInfo', { id: r.id, text: ADDED }, RESIDENT);
  t.clock.set(fromBeijing('2026-12-02', '10:00'));
  await t.ok('deputy', 'forward', { id: r.id, departmentId: 'dept-yl-zj', note: '请现场查看并安排疏通' }, COUNTY_DEPUTY);
  return r.id as string;
}

function letterFile(t: Local, fileId: string, name: string): string {
  const file = path.join(OUT, `${name}.pdf`);
  writeFileSync(file, t.files.read(fileId)!);
  return file;
}

/** The images of the PDF as pdfimages lists them: width × height of each image (soft masks left out). */
function images(file: string): string[] {
  const rows = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  return rows.map((r) => r.trim().split(/\s+/)).filter((c) => c[2] === 'image').map((c) => `${c[3]}x${c[4]}`);
}

test('the 转办函 prints the place, the added information with its date, and the passed photo (never the held one)', async () => {
  const t = await startLocal(QUIET_SUNDAY);
  try {
    const id = await forwardedWithPlacePhotosAndAddition(t);
    const f = await t.ok('documents', 'transferLetter', { id }, COUNTY_DEPUTY);
    const file = letterFile(t, f.fileId, 'with-place-photos-addition');
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');

    expect(text).toContain('反映地点');
    expect(text).toContain(PLACE);
    // The photos in the table: the one printed as the 附件, the held one counted and who to ask.
    expect(text).toContain('现场照片附照片1张（见附件），另有1张未随函打印，如需查看请联系李红梅代表');
    expect(text).toContain('补充情况');
    expect(text).toContain('2026年12月1日');
    expect(text).toContain(ADDED.replace(/\s+/g, ''));
    expect(text).toContain('现场照片');
    expect(text).toContain('附图1');
    expect(text).not.toContain('附图2');
    // The passed photo is in the letter; the one held for review is not.
    expect(images(file)).toEqual(['64x48']);
    // No consent to be contacted: the phone stays out.
    expect(text).not.toContain('13800001234');
    expect(text).toContain('按居民意愿不提供身份信息');
  } finally {
    t.close();
  }
});

test('a photo that cannot be read from storage is named with how to see it, not dropped', async () => {
  const t = await startLocal(QUIET_SUNDAY);
  try {
    const id = await forwardedWithPlacePhotosAndAddition(t);
    const stored = t.doc<{ photos: string[] }>('opinions', id).photos[0];
    await t.files.remove(stored);
    const f = await t.ok('documents', 'transferLetter', { id }, COUNTY_DEPUTY);
    const file = letterFile(t, f.fileId, 'photo-unavailable');
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(images(file)).toEqual([]);
    expect(text).toContain('附图1');
    expect(text).toContain('李红梅代表');
    expect(text).toMatch(/附图1[^附]*无法读取/);
  } finally {
    t.close();
  }
});
