/**
 * Issue 25, decision 0036: the grouping pass places opinions into groups of similar opinions as
 * the product forms them (one after another, in the order they came in), resumably and within
 * its budget, never a 汇总件; the groups list (汇总整理) shows a desk the groups with two or more
 * cases it may merge, biggest first, in keyset pages; the hot topics (热点问题) count cases and
 * 附议 in a period per region level; the weekly report gathers the week. Every query is served
 * by a declared index (the local store refuses any other).
 */
import { fromBeijing } from '../../core/beijing-time';
import type { OpinionDoc } from '../../server/model';
import { dbOf } from '../../server/platform/db';
import { GROUPING, noteSecond, runGrouping } from '../../server/similar/grouping';
import type { SimGroupDoc } from '../../server/similar/simgroup-doc';
import { gatherWeeklyReport } from '../../server/similar/weekly-report';
import { runTick } from '../../server/scheduler/tick';
import { counted } from '../support/db-count';
import { hooked, stopAt, Stopped } from '../support/db-hooks';
import { resolveActor } from '../../server/users/actor';
import { agreeOnBehalf, OTHER_RESIDENT, RESIDENT, STAFF_WYH, startLocal, type Local } from '../support/local';

jest.setTimeout(120_000);

const STAFF_XJH = 'demo-staff-xjh';
const OFFICE = 'demo-admin-yuelu'; // 岳麓区 (county)
const TOWNSHIP_OFFICE = 'test-admin-wyh'; // 望月湖街道, below 岳麓区
const OTHER_TOWNSHIP_OFFICE = 'test-admin-xjh'; // 咸嘉湖街道
const CITY_OFFICE = 'test-admin-changsha'; // 长沙市, above it
const OTHER_OFFICE = 'test-admin-kaifu'; // 开福区, beside it

/** A Monday morning in December, Beijing. */
const MONDAY = fromBeijing('2026-12-07', '09:00');

let t: Local;
afterEach(() => t?.close());

async function addOffices() {
  const db = dbOf(t.ports);
  await db.collection('regions').add({ data: { _id: '430105', name: '开福区', kind: 'county', parentCode: '430100', path: ['430000', '430100', '430105'] } });
  for (const [openid, region] of [
    [TOWNSHIP_OFFICE, '430104007'],
    [OTHER_TOWNSHIP_OFFICE, '430104010'],
    [CITY_OFFICE, '430100'],
    [OTHER_OFFICE, '430105'],
  ] as const) {
    await db.collection('users').add({ data: { _id: openid, adminRegionCode: region } });
    await agreeOnBehalf(t, openid);
  }
}

let residents = 0;
/** A resident of their own writes at a station; the clock moves a minute first. */
async function write(text: string, more: Record<string, unknown> = {}) {
  t.clock.set(new Date(t.clock.now().getTime() + 60_000));
  const openid = `test-resident-g${++residents}`;
  return t.submit({ text, ...more }, openid);
}

/** The pass as the tick runs it, once what was written has settled. */
async function group(budgetMs?: number) {
  t.clock.set(new Date(t.clock.now().getTime() + GROUPING.settleMs + 1000));
  await t.relay();
  return runGrouping(t.ports, budgetMs === undefined ? {} : { budgetMs });
}

const opinion = (id: string) => t.doc<OpinionDoc>('opinions', id);
const groups = () => t.docs<SimGroupDoc>('simgroups');

// Each the same problem at the same place in nearly the same words: the pass is under test here, not the method (test/similar).
const LIFT = [
  '望月湖小区3栋电梯又坏了，老人上下楼很困难，希望尽快修好。',
  '望月湖小区3栋电梯又坏了，老人上下楼很困难，请尽快维修。',
  '望月湖小区3栋的电梯又坏了，老人上下楼困难，希望尽快修好。',
];
const LIGHTS = ['咸嘉湖路口红绿灯时间太短，老人过马路来不及。', '咸嘉湖路口红绿灯时间太短，老人过马路很危险。', '咸嘉湖路口的红绿灯时间太短，老人过马路来不及。'];

describe('the grouping pass', () => {
  beforeEach(async () => {
    t = await startLocal(MONDAY);
  });

  test('places opinions one after another: the same problem at the same place joins, another problem or place starts its own', async () => {
    const lifts: { id: string }[] = [];
    for (const text of LIFT) lifts.push(await write(text, { category: '住房物业' }));
    const lights: { id: string }[] = [];
    for (const text of LIGHTS.slice(0, 2)) lights.push(await write(text, { stationCode: 'XJH01', category: '交通出行' }));
    const other = await write('桃花岭公园的健身器材坏了好久，没人来修。', { category: '城乡建设' });

    const report = await group();
    expect(report).toMatchObject({ started: 3, joined: 3, skipped: 0, more: false });
    expect(lifts.map((o) => opinion(o.id).simGroup)).toEqual([lifts[0]!.id, lifts[0]!.id, lifts[0]!.id]);
    expect(lights.map((o) => opinion(o.id).simGroup)).toEqual([lights[0]!.id, lights[0]!.id]);
    expect(opinion(other.id).simGroup).toBe(other.id);

    const lift = t.doc<SimGroupDoc>('simgroups', lifts[0]!.id);
    expect(lift).toMatchObject({ countyCode: '430104', regionPath: ['430000', '430100', '430104'], townshipCodes: ['430104007'], stationCodes: ['WYH01'], caseCount: 3, secondCount: 0, weight: 3 });
    expect(lift.members).toEqual(lifts.map((o) => o.id));
    expect(lift.label).toContain('望月湖');
    expect(Object.values(lift.days).reduce((n, c) => n + (c.cases ?? 0), 0)).toBe(3);
    // Run again: nothing more, nothing counted twice.
    expect(await group()).toMatchObject({ started: 0, joined: 0 });
    expect(t.doc<SimGroupDoc>('simgroups', lifts[0]!.id).caseCount).toBe(3);
  });

  test('the tick runs it: a new opinion is in its group after the next tick', async () => {
    const a = await write(LIFT[0]!);
    const b = await write(LIFT[1]!);
    t.clock.set(new Date(t.clock.now().getTime() + GROUPING.settleMs + 1000));
    const report = await runTick(t.ports);
    expect(report.grouping).toMatchObject({ started: 1, joined: 1 });
    expect(opinion(b.id).simGroup).toBe(a.id);
  });

  test('a placement costs three round trips: the candidates, the group, the opinion', async () => {
    await write(LIFT[0]!);
    await group();
    for (const text of [...LIFT.slice(1), ...LIFT]) await write(text);
    t.clock.set(new Date(t.clock.now().getTime() + GROUPING.settleMs + 1000));
    await t.relay();
    const { result, count } = await counted(() => runGrouping(t.ports));
    expect(result).toMatchObject({ joined: 5, started: 0 });
    const byAction = count.byAction();
    // One write of the group and one of the opinion each; one read of candidates each, and one look for the first
    // among the groups' members; besides, the job (read, saved), the page, the county's stations and regions, the changes.
    expect(count.requests.filter((r) => r.collection === 'simgroups' && r.action === 'modifyDocument')).toHaveLength(5);
    expect(count.requests.filter((r) => r.collection === 'opinions' && r.action === 'modifyDocument')).toHaveLength(5);
    expect(count.requests.length).toBeLessThanOrEqual(5 * 3 + 1 + 7);
  });
});

describe('the grouping pass, cut short and bounded', () => {
  beforeEach(async () => {
    t = await startLocal(MONDAY);
  });

  test('cut between the group and the opinion, the next run counts every opinion once', async () => {
    const lifts: { id: string }[] = [];
    for (const text of LIFT) lifts.push(await write(text));
    t.clock.set(new Date(t.clock.now().getTime() + GROUPING.settleMs + 1000));
    await t.relay();
    // Killed at the second opinion's own write: its group counts it, it does not know its group yet.
    let n = 0;
    const killed = hooked(t.ports, stopAt((w) => w.collection === 'opinions' && Boolean(w.data && 'simGroup' in w.data) && ++n === 2));
    await expect(runGrouping(killed)).rejects.toBeInstanceOf(Stopped);
    expect(opinion(lifts[1]!.id).simGroup).toBeUndefined();
    expect(t.doc<SimGroupDoc>('simgroups', lifts[0]!.id).caseCount).toBe(2);

    expect(await runGrouping(t.ports)).toMatchObject({ joined: 2, started: 0 });
    const g = t.doc<SimGroupDoc>('simgroups', lifts[0]!.id);
    expect(g.caseCount).toBe(3);
    expect(g.members).toEqual(lifts.map((o) => o.id));
    expect(lifts.map((o) => opinion(o.id).simGroup)).toEqual(lifts.map(() => lifts[0]!.id));
    expect(groups()).toHaveLength(1);
  });

  test('within its budget: a run stops placing when its time is up, and the next one goes on from there', async () => {
    const written: { id: string }[] = [];
    for (let i = 0; i < 8; i++) written.push(await write(i % 2 ? LIFT[i % 3]! : `${['枫林三路', '桐梓坡路', '银盆南路', '麓山南路'][i / 2]}的路灯坏了好几天，晚上走路看不见。`));
    t.clock.set(new Date(t.clock.now().getTime() + GROUPING.settleMs + 1000));
    await t.relay();
    // A clock of the pass's own: a millisecond a look, three allowed.
    let ms = 0;
    const first = await runGrouping(t.ports, { budgetMs: 3, timer: () => ms++ });
    expect(first.more).toBe(true);
    const placedFirst = first.started + first.joined;
    expect(placedFirst).toBeGreaterThan(0);
    expect(placedFirst).toBeLessThan(8);
    expect(written.filter((o) => opinion(o.id).simGroup)).toHaveLength(placedFirst);
    // The oldest first: those placed are the first written.
    expect(written.slice(0, placedFirst).every((o) => opinion(o.id).simGroup)).toBe(true);
    const rest = await runGrouping(t.ports);
    expect(rest.started + rest.joined).toBe(8 - placedFirst);
    expect(rest.more).toBe(false);
    expect(written.every((o) => opinion(o.id).simGroup)).toBe(true);
    expect(groups().reduce((n, g) => n + g.caseCount, 0)).toBe(8);
  });

  test('a 汇总件 is never placed or counted; its sources stay in their group', async () => {
    const lifts: { id: string }[] = [];
    for (const text of LIFT) lifts.push(await write(text));
    await group();
    // A parent as the merge makes it: its own opinion, listing its sources.
    const parent = { ...opinion(lifts[0]!.id), _id: 'test-parent-1', trackingNo: 'TEST-PARENT-1', requestId: 'test-parent', mergedSources: lifts.map((o) => o.id) };
    delete (parent as Partial<OpinionDoc>).simGroup;
    await dbOf(t.ports).collection('opinions').add({ data: parent });
    const report = await group();
    expect(report).toMatchObject({ started: 0, joined: 0, skipped: 1 });
    expect(opinion('test-parent-1').simGroup).toBeUndefined();
    expect(t.doc<SimGroupDoc>('simgroups', lifts[0]!.id)).toMatchObject({ caseCount: 3 });
  });

  test('whether members can be merged follows their cases: one taken out leaves the group with those still open', async () => {
    const lifts: { id: string }[] = [];
    for (const text of LIFT) lifts.push(await write(text));
    await group();
    expect(t.doc<SimGroupDoc>('simgroups', lifts[0]!.id)).toMatchObject({ openCount: 3 });
    await t.ok('staff', 'reject', { id: lifts[1]!.id, reason: '同一问题已在其他意见中办理，请关注其进展。' }, STAFF_WYH);
    const report = await group();
    expect(report.followed).toBe(1);
    const g = t.doc<SimGroupDoc>('simgroups', lifts[0]!.id);
    expect(g).toMatchObject({ openCount: 2, caseCount: 3 });
    expect(g.open.map((e) => e.split('|')[0])).toEqual([lifts[0]!.id, lifts[2]!.id]);
  });

  test('a 附议 on a placed opinion counts in its group on the day it was made, through opinion.second and unsecond too', async () => {
    const lifts: { id: string }[] = [];
    for (const text of LIFT.slice(0, 2)) lifts.push(await write(text));
    await group();
    expect(await noteSecond(t.ports, { _id: lifts[1]!.id }, 1)).toBe(true);
    expect(await noteSecond(t.ports, opinion(lifts[0]!.id), 1)).toBe(true);
    expect(await noteSecond(t.ports, opinion(lifts[0]!.id), -1)).toBe(true);
    const g = t.doc<SimGroupDoc>('simgroups', lifts[0]!.id);
    expect(g).toMatchObject({ secondCount: 1, weight: 3, caseCount: 2 });
    expect(g.days['2026-12-07']).toMatchObject({ seconds: 1 });
    // Through 附议 itself: a resident joins a published case, and leaves it again.
    const published = await write(LIFT[2]!, { consentPublish: true });
    await group();
    await t.ok('opinion', 'second', { id: published.id, requestId: t.requestId() }, OTHER_RESIDENT);
    expect(t.doc<SimGroupDoc>('simgroups', lifts[0]!.id)).toMatchObject({ secondCount: 2, caseCount: 3 });
    await t.ok('opinion', 'unsecond', { id: published.id }, OTHER_RESIDENT);
    expect(t.doc<SimGroupDoc>('simgroups', lifts[0]!.id)).toMatchObject({ secondCount: 1 });
    expect(t.doc<SimGroupDoc>('simgroups', lifts[0]!.id).days['2026-12-07']).toMatchObject({ seconds: 1 });
    // Not placed yet: nothing in any group (the pass counts its secondCount when it places it).
    const later = await write(LIFT[1]!);
    expect(await noteSecond(t.ports, { _id: later.id }, 1)).toBe(false);
  });
});

type GroupsAnswer = { period: { from: string; to: string }; items: { id: string; label: string; cases: number; seconds: number; caseCount: number; countyName?: string; sample?: string; stations: { code: string; name: string }[]; openCases: { id: string; excerpt: string }[]; moreOpen: number }[]; nextCursor?: string };
const groupsOf = (desk: 'staff' | 'admin', openid: string, payload: Record<string, unknown> = {}) => t.ok(desk, 'groups', payload as never, openid) as Promise<GroupsAnswer>;

describe('汇总整理: the groups a desk may merge', () => {
  let lifts: { id: string }[];
  let lights: { id: string }[];
  beforeEach(async () => {
    t = await startLocal(MONDAY);
    await addOffices();
    lifts = [];
    for (const text of LIFT) lifts.push(await write(text, { consentPublish: true }));
    lights = [];
    for (const text of LIGHTS.slice(0, 2)) lights.push(await write(text, { stationCode: 'XJH01', category: '交通出行' }));
    await write('桃花岭公园的健身器材坏了好久，没人来修。', { category: '城乡建设' });
    await group();
  });

  test('staff see the groups of their stations with two or more cases open to merging, each with its cases', async () => {
    const wyh = await groupsOf('staff', STAFF_WYH);
    expect(wyh.items.map((g) => g.id)).toEqual([lifts[0]!.id]);
    expect(wyh.items[0]).toMatchObject({ cases: 3, seconds: 0, caseCount: 3, moreOpen: 0, stations: [{ code: 'WYH01', name: '望月湖街道人大代表联络站' }] });
    expect(wyh.items[0]!.openCases.map((c) => c.id)).toEqual(lifts.map((o) => o.id));
    expect(wyh.items[0]!.sample).toContain('电梯');
    expect((await groupsOf('staff', STAFF_XJH)).items.map((g) => g.id)).toEqual([lights[0]!.id]);
    expect(await t.refused('staff', 'groups', { stationCode: 'XJH01' }, STAFF_WYH)).toMatchObject({ code: 'NOT_YOUR_STATION' });
    expect(await t.refused('staff', 'groups', {}, RESIDENT)).toMatchObject({ code: 'FORBIDDEN' });
  });

  test('the county office sees its county; a township office its township; a city office every county, named; another county nothing', async () => {
    expect((await groupsOf('admin', OFFICE)).items.map((g) => g.id)).toEqual([lifts[0]!.id, lights[0]!.id]);
    expect((await groupsOf('admin', TOWNSHIP_OFFICE)).items.map((g) => g.id)).toEqual([lifts[0]!.id]);
    expect((await groupsOf('admin', OTHER_TOWNSHIP_OFFICE)).items.map((g) => g.id)).toEqual([lights[0]!.id]);
    const city = await groupsOf('admin', CITY_OFFICE);
    expect(city.items.map((g) => [g.id, g.countyName])).toEqual([
      [lifts[0]!.id, '岳麓区'],
      [lights[0]!.id, '岳麓区'],
    ]);
    expect((await groupsOf('admin', OTHER_OFFICE)).items).toEqual([]);
    expect(await t.refused('admin', 'groups', { stationCode: 'WYH01' }, OTHER_OFFICE)).toMatchObject({ code: 'OUT_OF_REGION' });
    expect((await groupsOf('admin', OFFICE, { stationCode: 'XJH01' })).items.map((g) => g.id)).toEqual([lights[0]!.id]);
  });

  test('biggest first in keyset pages: every group once, none skipped', async () => {
    const first = await groupsOf('admin', OFFICE, { limit: 1 });
    expect(first.items.map((g) => g.id)).toEqual([lifts[0]!.id]);
    expect(first.nextCursor).toBeDefined();
    const second = await groupsOf('admin', OFFICE, { limit: 1, cursor: first.nextCursor });
    expect(second.items.map((g) => g.id)).toEqual([lights[0]!.id]);
    const third = second.nextCursor ? await groupsOf('admin', OFFICE, { limit: 1, cursor: second.nextCursor }) : { items: [] };
    expect(third.items).toEqual([]);
    expect(await t.refused('admin', 'groups', { cursor: 'not-a-cursor' }, OFFICE)).toMatchObject({ code: 'CURSOR_INVALID' });
  });

  test('a group with fewer than two cases still open to merging is not offered; the period and category narrow the list', async () => {
    await t.ok('staff', 'reject', { id: lights[1]!.id, reason: '同一问题已在其他意见中办理，请关注其进展。' }, STAFF_XJH);
    // Even before the pass follows, the list checks each case as it is now.
    expect((await groupsOf('admin', OFFICE)).items.map((g) => g.id)).toEqual([lifts[0]!.id]);
    await group();
    expect((await groupsOf('admin', OFFICE)).items.map((g) => g.id)).toEqual([lifts[0]!.id]);
    expect((await groupsOf('admin', OFFICE, { category: '交通出行' })).items).toEqual([]);
    expect((await groupsOf('admin', OFFICE, { period: 'custom', from: '2026-11-01', to: '2026-11-30' })).items).toEqual([]);
    expect((await groupsOf('admin', OFFICE, { period: 'week' })).period).toMatchObject({ from: '2026-12-07', to: '2026-12-07' });
    expect(await t.refused('admin', 'groups', { period: 'custom', from: '2026-11-01' }, OFFICE)).toMatchObject({ code: 'INVALID_PAYLOAD' });
    expect(await t.refused('admin', 'groups', { period: 'week', from: '2026-11-01', to: '2026-11-02' }, OFFICE)).toMatchObject({ code: 'INVALID_PAYLOAD' });
  });
});

type HotAnswer = { region: { code: string }; items: { id: string; label: string; cases: number; seconds: number; total: number; countyName?: string; places: string }[]; complete: boolean };
const hot = (openid: string, payload: Record<string, unknown> = {}) => t.ok('admin', 'hotTopics', payload as never, openid) as Promise<HotAnswer>;

describe('热点问题', () => {
  let lifts: { id: string }[];
  let lights: { id: string }[];
  beforeEach(async () => {
    t = await startLocal(MONDAY);
    await addOffices();
    lifts = [];
    for (const text of LIFT.slice(0, 2)) lifts.push(await write(text));
    lights = [];
    for (const text of LIGHTS) lights.push(await write(text, { stationCode: 'XJH01', category: '交通出行' }));
    await write('桃花岭公园的健身器材坏了好久，没人来修。', { category: '城乡建设' });
    await group();
  });

  test('the heaviest groups by cases plus 附议 in the period, a lone case with no 附议 none', async () => {
    // Two 附议 on the lift: it outweighs the lights (2 + 2 > 3).
    await noteSecond(t.ports, { _id: lifts[0]!.id }, 1);
    await noteSecond(t.ports, { _id: lifts[1]!.id }, 1);
    const county = await hot(OFFICE);
    expect(county.items.map((h) => [h.id, h.cases, h.seconds, h.total])).toEqual([
      [lifts[0]!.id, 2, 2, 4],
      [lights[0]!.id, 3, 0, 3],
    ]);
    expect(county.complete).toBe(true);
    expect(county.items[1]!.places).toBe('咸嘉湖街道人大代表联络站');
    // Last month had none of them.
    expect((await hot(OFFICE, { period: 'custom', from: '2026-11-01', to: '2026-11-30' })).items).toEqual([]);
    expect((await hot(OFFICE, { limit: 1 })).items.map((h) => h.id)).toEqual([lifts[0]!.id]);
  });

  test('per region level: a township its township, a city across counties named by county, another county none', async () => {
    expect((await hot(TOWNSHIP_OFFICE)).items.map((h) => h.id)).toEqual([lifts[0]!.id]);
    expect((await hot(OTHER_TOWNSHIP_OFFICE)).items.map((h) => h.id)).toEqual([lights[0]!.id]);
    expect((await hot(CITY_OFFICE)).items.map((h) => [h.id, h.countyName])).toEqual([
      [lights[0]!.id, '岳麓区'],
      [lifts[0]!.id, '岳麓区'],
    ]);
    expect((await hot(OTHER_OFFICE)).items).toEqual([]);
    expect((await hot(OFFICE, { regionCode: '430104010' })).items.map((h) => h.id)).toEqual([lights[0]!.id]);
    expect(await t.refused('admin', 'hotTopics', { regionCode: '430104' }, OTHER_OFFICE)).toMatchObject({ code: 'OUT_OF_REGION' });
    expect(await t.refused('admin', 'hotTopics', {}, STAFF_WYH)).toMatchObject({ code: 'FORBIDDEN' });
  });

  test("the campaign's 活动总结 names the hot topics of its days, in the app, the xlsx and the PDF", async () => {
    const campaign = await t.ok('admin', 'createCampaign', { name: '十二月走访活动', from: '2026-12-01', to: '2026-12-31', regionCodes: ['430104'], levels: ['county'], requestId: t.requestId() }, OFFICE);
    const progress = await t.ok('admin', 'campaignProgress', { id: campaign.id, regionCode: '430104' }, OFFICE);
    expect(progress.hotTopics.map((h) => [h.id, h.cases])).toEqual([
      [lights[0]!.id, 3],
      [lifts[0]!.id, 2],
    ]);
    await t.ok('admin', 'exportCampaignSummary', { id: campaign.id, regionCode: '430104' }, OFFICE);
    const pdf = await t.ok('documents', 'campaignSummary', { id: campaign.id, regionCode: '430104' }, OFFICE);
    expect(pdf.pages).toBeGreaterThanOrEqual(1);
  });

  test('the weekly report: the week received (no 附议, no 汇总件 of its own), its hot topics and its 汇总件', async () => {
    await noteSecond(t.ports, { _id: lifts[0]!.id }, 1);
    const parent = { ...opinion(lights[0]!.id), _id: 'test-parent-2', trackingNo: 'TEST-PARENT-2', requestId: 'test-parent-2', text: '咸嘉湖路口红绿灯时间太短（等3件）', mergedSources: lights.map((o) => o.id) };
    delete (parent as Partial<OpinionDoc>).simGroup;
    await dbOf(t.ports).collection('opinions').add({ data: parent });
    await group();
    const office = await resolveActor(t.ports, OFFICE);
    const report = await gatherWeeklyReport(t.ports, office, '2026-12-09');
    expect(report.week).toEqual({ from: '2026-12-07', to: '2026-12-13' });
    // Six opinions written this week; the 附议 and the 汇总件 are not received opinions.
    expect(report.received).toBe(6);
    expect(report.hotTopics.map((h) => [h.id, h.total])).toEqual([
      [lights[0]!.id, 3],
      [lifts[0]!.id, 3],
    ]);
    expect(report.merged).toEqual([expect.objectContaining({ id: 'test-parent-2', sources: 3, title: '咸嘉湖路口红绿灯时间太短（等3件）' })]);
    // The week before: nothing.
    const before = await gatherWeeklyReport(t.ports, office, '2026-12-06');
    expect(before).toMatchObject({ received: 0, hotTopics: [], merged: [] });

    const xlsx = await t.ok('admin', 'weeklyReport', { week: '2026-12-07' }, OFFICE);
    expect(xlsx.fileName).toBe('意见汇总报告-岳麓区-2026-12-07.xlsx');
    expect(xlsx.summary).toMatchObject({ received: 6, week: { from: '2026-12-07', to: '2026-12-13' } });
    const pdf = await t.ok('documents', 'weeklyReport', { week: '2026-12-07' }, OFFICE);
    expect(pdf.pages).toBeGreaterThanOrEqual(1);
    expect(pdf.fileName).toBe('意见汇总报告-岳麓区-2026-12-07.pdf');
    expect(await t.refused('documents', 'weeklyReport', { week: '2026-12-07', regionCode: '430105' }, OFFICE)).toMatchObject({ code: 'OUT_OF_REGION' });
  });
});
