/**
 * Issue 23: a deputy corrects or withdraws an activity they typed in — only their own, not a
 * check-in's 接待, within ACTIVITY_CHANGE_DAYS of recording it. A correction keeps the earlier
 * version; a withdrawn activity is marked, kept, and counted nowhere: not in the duty record,
 * the office's per-deputy table or the campaign summary. Every count moves with the change
 * once — a retry, or the same change sent twice at once, writes nothing more — and a rebuild
 * agrees with what the changes left.
 */
import { addDays } from '../../core/beijing-time';
import { ACTIVITY_CHANGE_DAYS } from '../../core/duty-record';
import { rowId } from '../../core/stats/deputy-rows';
import type { ActivityDoc } from '../../server/model';
import { rebuildStats } from '../../server/dashboard/rebuild';
import { COUNTY_DEPUTY, startLocal, TUESDAY_SESSION, type Local } from '../support/local';

const ADMIN = 'demo-admin-yuelu';
const OTHER_DEPUTY = 'demo-deputy-county-2'; // 赵国庆, of 咸嘉湖
const LI = 'd-county-1'; // 李红梅, first at 望月湖 (WYH01)
const DAY = 86_400_000;

jest.setTimeout(120_000);

let t: Local;
let campaign = '';
const ids: Record<string, string> = {};

const form = (over: Record<string, unknown> = {}) => ({
  kind: 'research' as const,
  date: '2026-11-20',
  place: '望月湖街道各小区',
  people: '物业和居民代表12人',
  summary: '围绕老旧小区加装电梯开展专题调研，形成问题清单。',
  photos: [] as string[],
  ...over,
});

/** 李红梅's typed-in activities counted in the office's rows of `period` (month, quarter or year). */
const act = (period: string) => (t.doc<Record<string, number>>('deputystats', rowId(LI, period))?.act ?? 0);
const activity = (id: string) => t.doc<ActivityDoc>('activities', id);
const record = (from = '2026-10-01', to = '2026-12-31') => t.ok('deputy', 'dutyRecord', { from, to }, COUNTY_DEPUTY);
const summary = () => t.ok('admin', 'campaignProgress', { id: campaign, regionCode: '430104' }, ADMIN);
const tableRow = async (month: string) =>
  (await t.ok('admin', 'deputyTable', { from: month, to: month, limit: 50 }, ADMIN)).items.find((r) => r.name === '李红梅');

beforeAll(async () => {
  t = await startLocal(TUESDAY_SESSION); // 李红梅 receives at 望月湖 this morning
  await t.ok('deputy', 'checkIn', { stationCode: 'WYH01' }, COUNTY_DEPUTY); // her 接待, recorded by the app
  ids.research = (await t.ok('deputy', 'recordActivity', { ...form(), requestId: 'activity-research-01' }, COUNTY_DEPUTY)).id;
  ids.visit = (await t.ok('deputy', 'recordActivity', { ...form({ kind: 'visit', date: '2026-11-25', summary: '走访独居老人，了解助餐需求。' }), requestId: 'activity-visit-01' }, COUNTY_DEPUTY)).id;
  ids.group = (await t.ok('deputy', 'recordActivity', { ...form({ kind: 'group', date: '2026-11-28', summary: '代表小组集中学习，讨论物业条例。' }), requestId: 'activity-group-01' }, COUNTY_DEPUTY)).id;
  ids.reception = t.docs<ActivityDoc>('activities').find((a) => a.deputyId === LI && a.automatic)!._id;
  campaign = (await t.ok('admin', 'createCampaign', { name: '老旧小区改造调研月', from: '2026-10-01', to: '2026-12-31', regionCodes: ['430104'], levels: ['county'] }, ADMIN)).id;
});
afterAll(() => t?.close());

test('recorded: three typed in and the check-in count everywhere; each is open for correction until its last day', async () => {
  expect(act('2026-11')).toBe(3);
  expect(act('2026-12')).toBe(0); // the check-in's 接待 counts as a check-in
  expect((await record()).activities).toMatchObject({ research: 1, visit: 1, group: 1, reception: 1, total: 4 });
  const list = await t.ok('deputy', 'activities', {}, COUNTY_DEPUTY);
  const mine = list.items.find((a) => a.id === ids.research)!;
  expect(mine).toMatchObject({ version: 0, corrections: 0, changeableUntil: addDays('2026-12-01', ACTIVITY_CHANGE_DAYS) });
  expect(list.items.find((a) => a.id === ids.reception)).not.toHaveProperty('changeableUntil');
  const s = await summary();
  expect(s.activities.byKind.map((k) => [k.kind, k.count])).toEqual([['reception', 1], ['research', 1], ['inspection', 0], ['group', 1], ['visit', 1]]);
  expect(s.byRegion.find((r) => r.name === '望月湖街道')).toMatchObject({ activities: 4, checkIns: 1 });
});

test("another deputy's activity reads as not found, and nothing is written", async () => {
  const before = await t.snapshot();
  expect((await t.refused('deputy', 'updateActivity', { ...form({ place: '别处' }), id: ids.research, version: 0 }, OTHER_DEPUTY)).code).toBe('NOT_FOUND');
  expect((await t.refused('deputy', 'withdrawActivity', { id: ids.research, version: 0, reason: '不是我的' }, OTHER_DEPUTY)).code).toBe('NOT_FOUND');
  expect((await t.refused('deputy', 'updateActivity', { ...form(), id: 'no-such-activity', version: 0 }, COUNTY_DEPUTY)).code).toBe('NOT_FOUND');
  expect(await t.snapshot()).toBe(before);
});

test("a check-in's 接待 and a date after today are refused", async () => {
  const reception = activity(ids.reception);
  const r = await t.refused('deputy', 'updateActivity', { ...form({ kind: 'reception', date: reception.date, place: '别处' }), id: ids.reception, version: 0 }, COUNTY_DEPUTY);
  expect(r.code).toBe('ACTIVITY_AUTOMATIC');
  expect((await t.refused('deputy', 'withdrawActivity', { id: ids.reception, version: 0, reason: '重复' }, COUNTY_DEPUTY)).code).toBe('ACTIVITY_AUTOMATIC');
  const late = await t.refused('deputy', 'updateActivity', { ...form({ date: '2026-12-02' }), id: ids.research, version: 0 }, COUNTY_DEPUTY);
  expect(late).toMatchObject({ code: 'INVALID_PAYLOAD', message: '活动日期不能晚于今天' });
});

test('a correction keeps the earlier version, moves the count to the new month once, and a retry writes nothing', async () => {
  const corrected = form({ kind: 'inspection', date: '2026-10-30', place: '望月湖街道第一、二社区', people: '物业和居民代表15人' });
  // The page sent it twice at once (a double tap): one write.
  const [a, b] = await Promise.all([
    t.ok('deputy', 'updateActivity', { ...corrected, id: ids.research, version: 0 }, COUNTY_DEPUTY),
    t.ok('deputy', 'updateActivity', { ...corrected, id: ids.research, version: 0 }, COUNTY_DEPUTY),
  ]);
  expect(a).toEqual(b);
  expect(a).toMatchObject({ kind: 'inspection', kindLabel: '集中视察', date: '2026-10-30', place: '望月湖街道第一、二社区', version: 1, corrections: 1 });
  const stored = activity(ids.research);
  expect(stored.edits).toEqual([
    expect.objectContaining({ version: 0, kind: 'research', date: '2026-11-20', place: '望月湖街道各小区', people: '物业和居民代表12人' }),
  ]);
  expect([act('2026-10'), act('2026-11'), act('2026-Q4'), act('2026')]).toEqual([1, 2, 3, 3]);

  // A retry after a lost answer: the same answer, nothing written.
  const before = await t.snapshot();
  expect(await t.ok('deputy', 'updateActivity', { ...corrected, id: ids.research, version: 0 }, COUNTY_DEPUTY)).toEqual(a);
  expect(await t.snapshot()).toBe(before);
  // A different change on the version read before: someone (another phone) changed it since.
  const stale = await t.refused('deputy', 'updateActivity', { ...corrected, summary: '另一台手机上的修改。', id: ids.research, version: 0 }, COUNTY_DEPUTY);
  expect(stale.code).toBe('ACTIVITY_CHANGED');
  expect(await t.snapshot()).toBe(before);

  expect((await record('2026-11-01', '2026-11-30')).activities).toMatchObject({ research: 0, inspection: 0, visit: 1, group: 1, total: 2 });
  expect((await record('2026-10-01', '2026-10-31')).activities).toMatchObject({ inspection: 1, total: 1 });
  expect((await tableRow('2026-10'))?.activities).toBe(1);
  expect((await tableRow('2026-11'))?.activities).toBe(2);
  const s = await summary();
  expect(s.activities.byKind.map((k) => [k.kind, k.count])).toEqual([['reception', 1], ['research', 0], ['inspection', 1], ['group', 1], ['visit', 1]]);
});

test('a withdrawal is marked with its reason, kept, counted nowhere, once; then it can no longer be changed', async () => {
  const version = activity(ids.visit).version ?? 0;
  const w = await t.ok('deputy', 'withdrawActivity', { id: ids.visit, version, reason: '与代表小组活动重复记录' }, COUNTY_DEPUTY);
  expect(w).toMatchObject({ version: version + 1, withdrawn: { reason: '与代表小组活动重复记录' } });
  expect(w).not.toHaveProperty('changeableUntil');
  expect(activity(ids.visit)).toMatchObject({ kind: 'visit', summary: '走访独居老人，了解助餐需求。', withdrawn: { reason: '与代表小组活动重复记录' } });
  expect([act('2026-11'), act('2026-Q4'), act('2026')]).toEqual([1, 2, 2]);

  const before = await t.snapshot();
  expect(await t.ok('deputy', 'withdrawActivity', { id: ids.visit, version, reason: '与代表小组活动重复记录' }, COUNTY_DEPUTY)).toEqual(w);
  expect(await t.snapshot()).toBe(before);
  expect((await t.refused('deputy', 'updateActivity', { ...form({ kind: 'visit', date: '2026-11-25' }), id: ids.visit, version: version + 1 }, COUNTY_DEPUTY)).code).toBe('ACTIVITY_WITHDRAWN');

  // Listed (marked) for the deputy; absent from the record, the office's table and the campaign summary.
  expect((await t.ok('deputy', 'activities', {}, COUNTY_DEPUTY)).items.find((a) => a.id === ids.visit)?.withdrawn?.reason).toBe('与代表小组活动重复记录');
  const r = await record();
  expect(r.activities).toMatchObject({ visit: 0, inspection: 1, group: 1, reception: 1, total: 3 });
  expect((await tableRow('2026-11'))?.activities).toBe(1);
  const s = await summary();
  expect(s.activities.byKind.find((k) => k.kind === 'visit')?.count).toBe(0);
  expect(s.activities.total).toBe(3);
  expect(s.byRegion.find((r) => r.name === '望月湖街道')?.activities).toBe(3);
  const xlsx = await t.ok('deputy', 'exportDutyRecord', { from: '2026-10-01', to: '2026-12-31' }, COUNTY_DEPUTY);
  expect(xlsx.fileName).toContain('李红梅');
});

test('after its last day an activity is kept as recorded', async () => {
  const version = activity(ids.group).version ?? 0;
  const now = t.clock.now();
  t.clock.set(new Date(now.getTime() + (ACTIVITY_CHANGE_DAYS + 1) * DAY));
  try {
    const r = await t.refused('deputy', 'withdrawActivity', { id: ids.group, version, reason: '记错了' }, COUNTY_DEPUTY);
    expect(r.code).toBe('ACTIVITY_LOCKED');
    expect(r.message).toContain(`${ACTIVITY_CHANGE_DAYS}天`);
    expect((await t.ok('deputy', 'activities', {}, COUNTY_DEPUTY)).items.every((a) => !a.changeableUntil)).toBe(true);
  } finally {
    t.clock.set(now);
  }
});

test('a rebuild of the office rows agrees with what the changes left', async () => {
  const kept = t.docs<Record<string, unknown>>('deputystats').filter((r) => r.deputyId === LI && r.period !== 'member').map(({ w: _w, ...r }) => r);
  await rebuildStats(t.ports);
  const rebuilt = t.docs<Record<string, unknown>>('deputystats').filter((r) => r.deputyId === LI && r.period !== 'member').map(({ w: _w, ...r }) => r);
  const byId = (rows: Record<string, unknown>[]) => Object.fromEntries(rows.map((r) => [r._id as string, r.act]));
  expect(byId(rebuilt)).toEqual(byId(kept));
  expect(byId(rebuilt)).toMatchObject({ [rowId(LI, '2026-10')]: 1, [rowId(LI, '2026-11')]: 1 });
});
