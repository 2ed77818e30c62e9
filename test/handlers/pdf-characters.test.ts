/**
 * Characters outside the common set never print as blanks. The embedded font covers
 * 通用规范汉字表, so names with 䶮 (U+4DAE, Extension A) and 𬌗 (U+2C317, Extension E) print;
 * a character no font here has (𠀀 U+20000, an emoji) either refuses the document with
 * PDF_CHARACTER_UNSUPPORTED naming it (posters, slips: staff can correct the name) or prints
 * 〓 in its place and lists it at the end (转办函 and reports: people's own text must go out).
 * Read back with pdftotext (poppler-utils).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../core/errors';
import { line, newPdf, paragraph, renderPdf } from '../../server/documents/pdf';
import { COUNTY_DEPUTY, STAFF_WYH, startLocal, type Local } from '../support/local';
import { dbOf } from '../../server/platform/db';
import { offendingSnippets } from '../support/chinese-punctuation';

jest.setTimeout(60_000);
const OUT = path.resolve(__dirname, '../../test-results/pdf-characters');
const NO_FONT_HAS = '𠀀'; // U+20000: not in Noto Sans SC at all

beforeAll(() => {
  execFileSync('sh', [path.resolve(__dirname, '../../scripts/ensure-poppler.sh')], { stdio: 'inherit' });
  mkdirSync(OUT, { recursive: true });
});

let t: Local;
beforeEach(async () => {
  t = await startLocal();
});
afterEach(() => t.close());

function textOf(bytes: Buffer, name: string): string {
  const file = path.join(OUT, `${name}.pdf`);
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
}

const rename = (collection: string, id: string, name: string) => dbOf(t.ports).collection(collection).doc(id).update({ data: { name } });

test('a station and a deputy named with 䶮 and 𬌗: the poster prints both', async () => {
  await rename('stations', 'WYH01', '刘䶮𬌗街道人大代表联络站');
  await rename('deputies', 'd-county-1', '王𬌗䶮');
  const answer = await t.ok('documents', 'stationPoster', { code: 'WYH01' }, STAFF_WYH);
  const text = textOf(t.files.read(answer.fileId)!, 'poster-ext-a-e');
  expect(text).toContain('刘䶮𬌗街道人大代表联络站');
  expect(text).toContain('王𬌗䶮');
});

test('a station name with a character no font has: the poster is refused, naming the character; nothing is stored', async () => {
  await rename('stations', 'WYH01', `望月湖${NO_FONT_HAS}街道人大代表联络站`);
  const stored = { files: 0 };
  const { saveGenerated } = t.ports.storage;
  t.ports.storage.saveGenerated = (...args) => (stored.files++, saveGenerated.apply(t.ports.storage, args));
  const refused = await t.refused('documents', 'stationPoster', { code: 'WYH01' }, STAFF_WYH);
  expect(refused.code).toBe('PDF_CHARACTER_UNSUPPORTED');
  expect(refused.message).toContain(NO_FONT_HAS);
  expect(refused.message).toContain('U+20000');
  expect(refused.message).toContain('望月湖');
  expect(stored.files).toBe(0);
});

test('the 转办函 prints a deputy named with 䶮 and 𬌗, and marks with 〓 and lists what no font has in the resident’s text', async () => {
  await rename('deputies', 'd-county-1', '刘䶮𬌗');
  const r = await t.submit({ text: `楼道灯坏了😀很久没人修，${NO_FONT_HAS}字也要印出来。`, chosenDeputyId: 'd-county-1' }, 'test-resident-chars');
  await t.ok('deputy', 'accept', { id: r.id }, COUNTY_DEPUTY);
  await t.ok('deputy', 'forward', { id: r.id, departmentId: 'dept-yl-zj' }, COUNTY_DEPUTY);
  const f = await t.ok('documents', 'transferLetter', { id: r.id }, COUNTY_DEPUTY);
  const text = textOf(t.files.read(f.fileId)!, 'letter-marked');
  expect(text).toContain('刘䶮𬌗代表');
  // Every character of the resident's text is there: printed, or 〓 where no font has it.
  expect(text).toContain('楼道灯坏了〓很久没人修，〓字也要印出来。');
  expect(text).toContain('U+1F600');
  expect(text).toContain('U+20000');
});

test('the fixed text of every document uses full-width punctuation next to Chinese (the data here has no ASCII punctuation)', async () => {
  const r = await t.submit({ text: '楼道灯坏了很久没人修，晚上出门很不方便。', chosenDeputyId: 'd-county-1' }, 'test-resident-punct');
  await t.ok('deputy', 'accept', { id: r.id }, COUNTY_DEPUTY);
  await t.ok('deputy', 'forward', { id: r.id, departmentId: 'dept-yl-zj' }, COUNTY_DEPUTY);
  const walkIn = await t.ok(
    'staff',
    'enter',
    { stationCode: 'WYH01', channel: 'walk_in', category: '住房物业', text: '老人来站反映：小区路灯坏了一个月没人修。', phone: '13800138000', residentInformed: true, requestId: 'walkin-punct-1' },
    STAFF_WYH,
  );
  const campaign = await t.ok(
    'admin',
    'createCampaign',
    { name: '联系群众办实事', from: '2026-11-01', to: '2026-12-31', regionCodes: ['430104'], levels: ['county', 'township'] },
    'demo-admin-yuelu',
  );
  const documents = {
    转办函: await t.ok('documents', 'transferLetter', { id: r.id }, COUNTY_DEPUTY),
    海报: await t.ok('documents', 'stationPoster', { code: 'WYH01' }, STAFF_WYH),
    登记回执: await t.ok('documents', 'entrySlip', { id: walkIn.id }, STAFF_WYH),
    履职档案: await t.ok('documents', 'dutyRecord', { from: '2026-11-01', to: '2026-12-31' }, COUNTY_DEPUTY),
    活动总结: await t.ok('documents', 'campaignSummary', { id: campaign.id, regionCode: '430104' }, 'demo-admin-yuelu'),
  };
  const found: Record<string, string[]> = {};
  for (const [name, f] of Object.entries(documents)) {
    const file = path.join(OUT, `punctuation-${name}.pdf`);
    writeFileSync(file, t.files.read(f.fileId)!);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    expect(text).toMatch(/[\u4e00-\u9fff]{6}/); // read back at all
    const wrong = offendingSnippets(text);
    if (wrong.length) found[name] = wrong;
  }
  expect(found).toEqual({});
});

describe('the text helpers, for every document', () => {
  test('refuse: a line or a paragraph with a character the font lacks throws the stable code', () => {
    const doc = newPdf({ title: 'refuse' });
    doc.addPage({ size: 'A4', margin: 0 });
    const at = { x: 40, y: 40, width: 400 };
    for (const draw of [() => line(doc, `张${NO_FONT_HAS}`, at, { size: 12 }), () => paragraph(doc, `说明：😀`, at, { size: 12 })]) {
      let thrown: unknown;
      try {
        draw();
      } catch (e) {
        thrown = e;
      }
      expect(thrown).toBeInstanceOf(AppError);
      expect((thrown as AppError).code).toBe('PDF_CHARACTER_UNSUPPORTED');
    }
    line(doc, '刘䶮 王𬌗 李玥 张璟', at, { size: 12 }); // in the font: drawn, not refused
  });

  test('mark: 〓 in place of each missing character and a note at the end; joiners and variation selectors are not characters', async () => {
    const doc = newPdf({ title: 'mark', unsupported: 'mark' });
    doc.addPage({ size: 'A4', margin: 0 });
    line(doc, `刘䶮${NO_FONT_HAS}先生`, { x: 40, y: 40, width: 400 }, { size: 12 });
    paragraph(doc, '很满意❤️👍', { x: 40, y: 80, width: 400 }, { size: 12 });
    const text = textOf(await renderPdf(doc), 'helper-marked');
    expect(text).toContain('刘䶮〓先生');
    expect(text).toMatch(/很满意[❤〓]〓/);
    expect(text).toContain('U+20000');
    expect(text).toContain('U+1F44D');
    expect(text).not.toContain('U+FE0F');
  });
});
