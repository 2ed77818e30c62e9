/**
 * The duty record against the store: the numbers in the app and in the exported xlsx (read
 * back with exceljs) match what is stored; the 转办函 and the record as PDFs, rendered with
 * pdftoppm and read with pdftotext, show Chinese including the rare 镕 of 黄镕's name.
 */
import { execFileSync, execSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fromBeijing } from '../../core/beijing-time';
import type { OpinionDoc } from '../../server/model';
import { openXlsx, storedXlsx } from '../support/generated-files';
import { startLocal, type Local } from '../support/local';

const HUANG = 'test-openid-huangrong'; // binds to 黄镕 (d-town-3) with the demo invite code
const PERIOD = { from: '2026-11-01', to: '2026-12-31' };
const OUT = path.resolve(__dirname, '../../test-results/deputy-pdfs');

/** Wednesday 2026-12-02 09:30 Beijing: 咸嘉湖 (XJH01) receives, 黄镕 among the deputies. */
const WEDNESDAY_SESSION = fromBeijing('2026-12-02', '09:30');

let t: Local;
let ids: string[];

function fileBytes(fileId: string): Buffer {
  const files = t.files as unknown as { read?(id: string): Buffer | undefined; memory?: Map<string, Buffer> };
  const bytes = files.read?.(fileId) ?? files.memory?.get(fileId);
  if (!bytes) throw new Error(`no stored file ${fileId}`);
  return bytes;
}

beforeAll(async () => {
  const script = path.resolve(__dirname, '../../scripts/ensure-poppler.sh');
  if (existsSync(script)) execSync(`sh ${script}`, { stdio: 'inherit' });
  mkdirSync(OUT, { recursive: true });

  t = await startLocal(WEDNESDAY_SESSION);
  await t.ok('deputy', 'bind', { inviteCode: 'HUANGRONG26' }, HUANG);
  await t.ok('deputy', 'checkIn', { stationCode: 'XJH01' }, HUANG);
  const texts = ['咸嘉湖西路人行道破损严重，雨天积水', '小区旁的篮球场灯光坏了，晚上没法活动', '学校门口早高峰拥堵，需要交通疏导', '社区图书室开放时间太短，希望延长'];
  ids = [];
  for (const [i, text] of texts.entries()) {
    const r = await t.submit({ stationCode: 'XJH01', category: '文化体育', chosenDeputyId: 'd-town-3', text: `${text}。` }, `record-resident-${i}`);
    ids.push(r.id);
  }
  const [a, b, c, d] = ids;
  for (const id of [a, b, c]) await t.ok('deputy', 'accept', { id }, HUANG);
  await t.ok('deputy', 'reply', { id: a, text: '已联系街道城管部门，本月内完成人行道修补，雨季前疏通排水。' }, HUANG);
  await t.ok('deputy', 'resolve', { id: a, kind: 'solved', text: '人行道已修补完毕，排水口已疏通，感谢反映。' }, HUANG);
  await t.ok('opinion', 'rate', { id: a, result: 'satisfied', attitude: 'satisfied' }, 'record-resident-0');
  await t.ok('deputy', 'forward', { id: b, departmentId: 'dept-xjh-sq', note: '请尽快更换球场照明灯具' }, HUANG);
  await t.ok('deputy', 'suggest', { title: '关于延长社区文体设施开放时间的建议', reasons: '居民反映社区文体设施开放时间短。', proposals: '统筹安排管理人员，晚间和周末开放。', opinionIds: [c] }, HUANG);
  await t.ok('deputy', 'recordActivity', { kind: 'visit', date: '2026-11-30', place: '咸嘉湖西社区', people: '社区居民8人', summary: '走访社区居民，了解文体设施使用情况。' }, HUANG);
  await t.ok('deputy', 'recordActivity', { kind: 'group', date: '2026-11-20', place: '咸嘉湖街道人大工委', people: '代表小组成员6人', summary: '代表小组集中学习，讨论年度履职计划。' }, HUANG);
  void d; // left assigned: received, not accepted
}, 120_000);

afterAll(() => t?.close());

/** The numbers, counted straight from the stored documents (not through the record's code). */
function fromStore() {
  const opinions = t.docs<OpinionDoc>('opinions').filter((o) => o.assigneeDeputyId === 'd-town-3');
  return {
    opinionsReceived: opinions.length,
    accepted: opinions.filter((o) => o.acceptedAt).length,
    resolvedSolved: opinions.filter((o) => o.resultKind === 'solved').length,
    forwarded: opinions.filter((o) => o.forwardedAt).length,
    satisfied: opinions.filter((o) => o.ratings?.at(-1)?.result === 'satisfied').length,
    suggestions: t.docs<{ deputyId: string }>('suggestions').filter((s) => s.deputyId === 'd-town-3').length,
    activities: t.docs<{ deputyId: string }>('activities').filter((s) => s.deputyId === 'd-town-3').length,
    attendance: t.docs<{ deputyId: string }>('attendance').filter((s) => s.deputyId === 'd-town-3').length,
  };
}

test('the record in the app matches the store', async () => {
  const r = await t.ok('deputy', 'dutyRecord', PERIOD, HUANG);
  const s = fromStore();
  expect(s).toMatchObject({ opinionsReceived: 4, accepted: 3, resolvedSolved: 1, forwarded: 1, satisfied: 1, suggestions: 1, activities: 3, attendance: 1 });
  expect(r).toMatchObject({
    deputy: { name: '黄镕' },
    sessionsAttended: s.attendance,
    opinionsReceived: s.opinionsReceived,
    accepted: s.accepted,
    acceptedOnTime: s.accepted,
    replies: 1,
    responses: 1,
    forwarded: s.forwarded,
    resolved: { solved: s.resolvedSolved, partly: 0, explained: 0, total: 1 },
    satisfaction: { satisfied: s.satisfied, rated: 1, satisfiedPercent: 100 },
    suggestionsMade: s.suggestions,
    activities: { reception: 1, visit: 1, group: 1, total: s.activities },
  });
  const outside = await t.ok('deputy', 'dutyRecord', { from: '2026-10-01', to: '2026-10-31' }, HUANG);
  expect(outside).toMatchObject({ opinionsReceived: 0, sessionsAttended: 0, activities: { total: 0 } });
});

test('the exported xlsx is stored beside the PDFs, opens with exceljs and its numbers match the store', async () => {
  const file = await t.ok('deputy', 'exportDutyRecord', PERIOD, HUANG);
  expect(file.fileName).toBe('履职档案-黄镕-2026-11-01至2026-12-31.xlsx');
  const bytes = await storedXlsx(t, file, 'duty-records', 'd-town-3-2026-11-01-2026-12-31');
  writeFileSync(path.join(OUT, 'duty-record.xlsx'), bytes);
  const wb = await openXlsx(bytes);
  const sheet = wb.getWorksheet('汇总')!;
  const values: Record<string, unknown> = {};
  sheet.eachRow((row) => {
    const [label, value] = [row.getCell(1).value, row.getCell(2).value];
    if (typeof label === 'string') values[label] = value;
  });
  const s = fromStore();
  expect(values['收到意见（件）']).toBe(s.opinionsReceived);
  expect(values['受理（件）']).toBe(s.accepted);
  expect(values['参加接待（次）']).toBe(s.attendance);
  expect(values['转交部门（件）']).toBe(s.forwarded);
  expect(values['办结·已解决（件）']).toBe(s.resolvedSolved);
  expect(values['评价·满意']).toBe(s.satisfied);
  expect(values['提出代表建议（件）']).toBe(s.suggestions);
  expect(values['履职活动合计（次）']).toBe(s.activities);
  expect(sheet.getCell('A1').value).toBe('黄镕代表履职档案');
  expect(wb.getWorksheet('履职活动')!.rowCount).toBe(1 + s.activities);
  expect(wb.getWorksheet('接待签到')!.getCell('C2').value).toBe('咸嘉湖街道人大代表联络站');
});

/** Renders page 1 at 80 dpi and reads the text back; the PNG is kept for a person to look at. */
function renderAndRead(pdf: Buffer, name: string) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'deputy-pdf-'));
  const file = path.join(dir, `${name}.pdf`);
  writeFileSync(file, pdf);
  writeFileSync(path.join(OUT, `${name}.pdf`), pdf);
  execFileSync('pdftoppm', ['-r', '80', '-png', '-f', '1', '-l', '1', file, path.join(OUT, name)]);
  const png = readFileSync(path.join(OUT, `${name}-1.png`));
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
  return { png, text, fonts };
}

test('the 转办函 PDF shows the department, the deadline and the deputy name with 镕', async () => {
  const f = await t.ok('documents', 'transferLetter', { id: ids[1] }, HUANG);
  expect(f.fileName).toMatch(/^转办函-ZB-/);
  const { png, text, fonts } = renderAndRead(fileBytes(f.fileId), 'transfer-letter');
  expect(png.length).toBeGreaterThan(10_000); // a drawn page, not a blank one
  expect(text).toContain('人大代表转办函');
  expect(text).toContain('咸嘉湖街道社区建设办公室');
  expect(text).toContain('黄镕');
  expect(text).toContain('办理期限：2026年12月16日前答复'); // 10 working days from Wednesday 2 December
  expect(text).toContain('篮球场灯光坏了');
  expect(fonts).toMatch(/yes\s+yes\s+yes/); // embedded, subset, unicode map
  expect((await t.refused('documents', 'transferLetter', { id: ids[0] }, HUANG)).code).toBe('NOT_FORWARDED');
  expect((await t.refused('documents', 'transferLetter', { id: ids[1] }, 'demo-deputy-county')).code).toBe('NOT_YOUR_OPINION');
});

test('the duty record PDF shows the numbers and 黄镕', async () => {
  const f = await t.ok('documents', 'dutyRecord', PERIOD, HUANG);
  const { png, text } = renderAndRead(fileBytes(f.fileId), 'duty-record');
  expect(png.length).toBeGreaterThan(10_000);
  expect(text).toContain('黄镕代表履职档案');
  expect(text).toMatch(/收到意见（件）\s+4/);
  expect(text).toContain('走访');
  expect(text).toContain('咸嘉湖街道人大代表联络站');
});
