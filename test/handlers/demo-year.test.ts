/**
 * The demo year (server/local/demo-year): seeded into a fresh store as `npm start` does, it
 * is the same year every time for the same now, has every state a newcomer should see, gives
 * every demo deputy and staff member work, makes the showcase public and the dashboard add
 * up, and leaves counters a rebuild from the opinions agrees with — as only the real handlers
 * would leave them.
 */
import { createHash } from 'node:crypto';
import { fromBeijing } from '../../core/beijing-time';
import { MovableClock } from '../../emulator/clock';
import { createRuntime, type LocalRuntime } from '../../server/local/runtime';
import { DEMO_PERSONAS, FIRST_VISIT_RESIDENT } from '../../server/local/demo-data';
import { seedDemoYear, type DemoYearReport } from '../../server/local/demo-year';
import { seedIfEmpty } from '../../server/local/seed';
import type { OpinionDoc, RegionDoc, UserDoc } from '../../server/model';
import { rebuildStats } from '../../server/dashboard/rebuild';
import type { SimGroupDoc } from '../../server/similar/simgroup-doc';

// A bound, not a measure: a year played through the handlers takes ~40 s alone and several times that on a busy machine.
jest.setTimeout(900_000);

/** A Friday evening in December, Beijing. */
const NOW = fromBeijing('2026-12-04', '19:30');

/** A fresh store with the demo data and the demo year, as server/local/main.ts makes it. */
async function freshYear(): Promise<{ rt: LocalRuntime; report: DemoYearReport }> {
  const clock = new MovableClock();
  clock.set(NOW);
  const rt = createRuntime({ dataDir: ':memory:', clock, indexCheck: 'fail' });
  const setup = await rt.callAsPlatform('setup', { action: 'init' });
  if (!setup.ok) throw new Error(setup.message);
  expect(await seedIfEmpty(rt.ports)).toBe(true);
  return { rt, report: await seedDemoYear(rt) };
}

async function answer<T>(rt: LocalRuntime, fn: string, action: string, payload: object, openid?: string): Promise<T> {
  const r = await rt.call(fn as never, { action, payload }, openid);
  if (!r.ok) throw new Error(`${fn}.${action} refused: ${r.code} ${r.message}`);
  return r.data as T;
}

const opinionsOf = (rt: LocalRuntime) => rt.store.scan('opinions', []) as unknown as OpinionDoc[];

/** What the year is made of: every opinion's number, channel, text, status, holder and ratings, in number order. */
function digest(rt: LocalRuntime): string {
  const rows = opinionsOf(rt)
    .map((o) => [o.trackingNo, o.channel, o.stationCode, o.text, o.status, o.assigneeDeputyId ?? '', (o.ratings ?? []).map((r) => r.result).join('>')].join('|'))
    .sort();
  return createHash('sha256').update(rows.join('\n')).digest('hex');
}

// One runtime at a time: the local database client serves the runtime made last.
let first: { digest: string; opinions: number };
let year: { rt: LocalRuntime; report: DemoYearReport };
beforeAll(async () => {
  const earlier = await freshYear();
  first = { digest: digest(earlier.rt), opinions: earlier.report.opinions };
  earlier.rt.close();
  year = await freshYear();
});
afterAll(() => year?.rt.close());

test('the same now gives the same year: numbers, texts, statuses, holders and ratings', () => {
  expect(year.report.opinions).toBe(first.opinions);
  expect(digest(year.rt)).toBe(first.digest);
});

test('a year of several hundred opinions over the twelve months before now, and the clock back at now', () => {
  const { rt, report } = year;
  expect(report.opinions).toBeGreaterThanOrEqual(300);
  expect(report.opinions).toBeLessThanOrEqual(500);
  // The residents' opinions, and the year's two 汇总件 (no resident's: they count nothing of their own).
  expect(rt.store.count('opinions')).toBe(report.opinions + 2);
  const months = new Set(opinionsOf(rt).map((o) => new Date(new Date(o.createdAt).getTime() + 8 * 3600_000).toISOString().slice(0, 7)));
  expect(months.size).toBe(12);
  expect(opinionsOf(rt).every((o) => new Date(o.createdAt) < NOW)).toBe(true);
  expect(Math.abs(rt.clock.now().getTime() - NOW.getTime())).toBeLessThan(report.ms + 60_000);
  expect(report.activities).toBeGreaterThan(10);
  expect(report.checkIns).toBeGreaterThan(50);
});

test('every state a newcomer should see is there, with channels, chases, photos and ratings of all three kinds', () => {
  const ops = opinionsOf(year.rt);
  const statuses = new Set(ops.map((o) => o.status));
  for (const s of ['held', 'triage', 'assigned', 'accepted', 'need_info', 'forwarded', 'suggestion', 'replied', 'resolved', 'closed', 'withdrawn', 'rejected'] as const) {
    expect([s, statuses.has(s)]).toEqual([s, true]);
  }
  const closed = ops.filter((o) => o.status === 'closed');
  expect(closed.length / ops.length).toBeGreaterThan(0.6);
  const finalRatings = new Set(closed.map((o) => o.ratings?.at(-1)?.result).filter(Boolean));
  expect([...finalRatings].sort()).toEqual(['basic', 'satisfied', 'unsatisfied']);
  expect(ops.some((o) => o.reopenCount > 0)).toBe(true);
  expect(new Set(ops.map((o) => o.channel))).toEqual(new Set(['qr', 'walk_in', 'phone', 'letter', 'visit']));
  expect(ops.filter((o) => o.channel === 'qr').length / ops.length).toBeGreaterThan(0.6);
  expect(ops.some((o) => o.claimedAt)).toBe(true);
  const open = ['assigned', 'accepted', 'need_info', 'forwarded', 'suggestion', 'replied'];
  const overdue = ops.filter((o) => o.overdue && open.includes(o.status));
  expect(overdue.length).toBeGreaterThanOrEqual(3);
  expect(overdue.some((o) => o.chaseCount > 0)).toBe(true);
  expect(ops.some((o) => o.anonymous)).toBe(true);
  expect(ops.some((o) => o.photos.length > 0)).toBe(true);
  expect(ops.some((o) => o.forward?.answer)).toBe(true);
  expect(ops.some((o) => o.status === 'accepted' && o.additions?.length)).toBe(true);
  expect(ops.some((o) => o.flagged && o.status === 'triage')).toBe(true);
  expect(ops.filter((o) => o.status === 'rejected').every((o) => o.timeline.at(-1)?.note)).toBe(true);
});

test('the showcase is public: entries for consented, satisfied cases through showcase.list', async () => {
  const { rt } = year;
  const list = await answer<{ total: number; items: { title: string; result: string }[] }>(rt, 'showcase', 'list', { regionCode: '430104' });
  expect(list.total).toBe(rt.store.count('showcase'));
  expect(list.total).toBeGreaterThanOrEqual(10);
  const published = opinionsOf(rt).filter((o) => o.publishedAt);
  expect(published.length).toBe(list.total);
  expect(published.every((o) => o.consentPublish && !(o.ratings ?? []).some((r) => r.result === 'unsatisfied'))).toBe(true);
});

const DEPUTIES = DEMO_PERSONAS.filter((p) => p.roles.includes('deputy')).map((p) => p.openid);
const STAFF = DEMO_PERSONAS.filter((p) => p.roles.includes('staff')).map((p) => p.openid);

test.each(DEPUTIES)('%s has an inbox with items in several tabs', async (openid) => {
  const inbox = await answer<{ total: number; counts: Record<string, number> }>(year.rt, 'deputy', 'inbox', {}, openid);
  expect(inbox.total).toBeGreaterThan(0);
  const tabs = ['new', 'in_progress', 'waiting', 'overdue', 'done'].filter((t) => inbox.counts[t] > 0);
  expect([openid, tabs.length >= 3, tabs.includes('new'), tabs.includes('done')]).toEqual([openid, true, true, true]);
});

test.each(STAFF)('%s has a queue: cases to triage, to follow up by phone, to publish', async (openid) => {
  for (const view of ['triage', 'followup', 'showcase', 'published']) {
    const q = await answer<{ total: number }>(year.rt, 'staff', 'queue', { view }, openid);
    expect([openid, view, q.total > 0]).toEqual([openid, view, true]);
  }
});

test('the admin dashboard shows the year: non-zero figures, and the regions add up to the total', async () => {
  const dash = await answer<{
    totals: Record<string, number | object | null>;
    byRegion: { received: number; resolved: number; overdue: number }[];
    byChannel: { received: number }[];
  }>(year.rt, 'admin', 'dashboard', {}, 'demo-admin-yuelu');
  for (const figure of ['received', 'accepted', 'resolved', 'rated', 'overdue', 'chased', 'reopened', 'forwarded', 'suggestion', 'rejected', 'withdrawn']) {
    expect([figure, (dash.totals[figure] as number) > 0]).toEqual([figure, true]);
  }
  expect(dash.totals.received).toBe(year.report.opinions);
  const sum = (rows: { [k: string]: number }[], k: string) => rows.reduce((n, r) => n + r[k], 0);
  expect(dash.byRegion.length).toBeGreaterThan(1);
  expect(sum(dash.byRegion, 'received')).toBe(dash.totals.received);
  expect(sum(dash.byRegion, 'resolved')).toBe(dash.totals.resolved);
  expect(sum(dash.byRegion, 'overdue')).toBe(dash.totals.overdue);
  expect(sum(dash.byChannel, 'received')).toBe(dash.totals.received);
});

test('the campaign has numbers, and the deputies a duty record', async () => {
  const { rt } = year;
  const campaigns = await answer<{ items: { id: string; name: string }[] }>(rt, 'admin', 'campaigns', {}, 'demo-admin-yuelu');
  expect(campaigns.items.map((c) => c.name)).toEqual(['2026年“联系群众办实事”主题活动']);
  const progress = await answer<{ sessionsHeld: number; opinions: Record<string, number>; satisfaction: { rated: number } }>(
    rt,
    'admin',
    'campaignProgress',
    { id: campaigns.items[0].id, regionCode: '430104' },
    'demo-admin-yuelu',
  );
  expect(progress.sessionsHeld).toBeGreaterThan(0);
  expect(progress.opinions.received).toBeGreaterThan(0);
  expect(progress.opinions.forwarded).toBeGreaterThan(0);
  expect(progress.opinions.converted).toBeGreaterThan(0);
  expect(progress.satisfaction.rated).toBeGreaterThan(0);
  const kinds = new Set((rt.store.scan('activities', []) as unknown as { kind: string }[]).map((a) => a.kind));
  expect([...kinds].sort()).toEqual(['group', 'inspection', 'reception', 'research', 'visit']);
  // 李红梅 corrected one activity and withdrew one saved twice (issue 23); the summary counts by kind and township.
  const acts = rt.store.scan('activities', []) as unknown as { deputyId: string; edits?: unknown[]; withdrawn?: { reason: string } }[];
  expect(acts.filter((a) => a.edits?.length).map((a) => a.deputyId)).toEqual(['d-county-1']);
  expect(acts.filter((a) => a.withdrawn).map((a) => [a.deputyId, a.withdrawn!.reason])).toEqual([['d-county-1', '同一次活动重复保存了两条，撤回这一条']]);
  const summary = progress as unknown as { activities: { total: number; byKind: { count: number }[] }; byRegion: { name: string; received: number }[] };
  expect(summary.activities.byKind.reduce((n, k) => n + k.count, 0)).toBe(summary.activities.total);
  expect(summary.byRegion.map((r) => r.name)).toEqual(expect.arrayContaining(['望月湖街道', '咸嘉湖街道']));
  expect(summary.byRegion.reduce((n, r) => n + r.received, 0)).toBe(progress.opinions.received);
});

test('the counters are exactly what a rebuild from the opinions gives', async () => {
  const { rt } = year;
  // A cell an opinion moved out of (a hand-over, a reopen) stays at 0, and a counter left
  // with nothing but zeros stays too; a rebuild writes neither.
  const sorted = () =>
    JSON.stringify(
      rt.store
        .scan('stats', [])
        .map(({ w: _w, ...cells }) => figures(cells) as Record<string, unknown>)
        .filter(({ _id: _i, kind: _k, key: _y, month: _m, ...rest }) => Object.keys(rest).length > 0)
        .sort((a, b) => String(a._id).localeCompare(String(b._id))),
    );
  const kept = sorted();
  const report = await rebuildStats(rt.ports);
  // It reads the two 汇总件 too (their facts are empty: they count nothing).
  expect(report.opinions).toBe(year.report.opinions + 2);
  expect(report.factsUpdated).toBe(0);
  expect(sorted()).toBe(kept);
});

test('张女士 stays a first visit; 李先生 has a year of his own', async () => {
  const { rt } = year;
  expect((rt.store.get('users', FIRST_VISIT_RESIDENT) as unknown as UserDoc | undefined)?.privacyVersion).toBeUndefined();
  expect(opinionsOf(rt).filter((o) => o.openid === FIRST_VISIT_RESIDENT)).toEqual([]);
  const mine = await answer<{ items: { status: string }[] }>(rt, 'opinion', 'mine', {}, 'demo-resident-2');
  expect(new Set(mine.items.map((i) => i.status))).toEqual(new Set(['closed', 'withdrawn', 'need_info', 'resolved', 'replied']));
});

test('the office has a station without staff: one case it assigned and the deputy answered, one waiting in its queue', async () => {
  const { rt } = year;
  const here = opinionsOf(rt)
    .filter((o) => o.stationCode === 'THL01')
    .sort((a, b) => a.trackingNo.localeCompare(b.trackingNo));
  expect(here.map((o) => [o.status, o.triage?.kind, o.assigneeDeputyId ?? ''])).toEqual([
    ['replied', 'admin', 'd-county-2'],
    ['triage', 'admin', ''],
  ]);
  expect(here[0].timeline.find((e) => e.action === 'assign')?.actor.role).toBe('admin');
  const queue = await answer<{ items: { id: string }[] }>(rt, 'admin', 'officeQueue', { view: 'routed' }, 'demo-admin-yuelu');
  expect(queue.items.map((i) => i.id)).toContain(here[1]._id);
});

test('the office added a category of its own early in the year; its stations offer it and two cases use it, through its department', async () => {
  const { rt } = year;
  const station = await answer<{ categories: { name: string }[] }>(rt, 'station', 'get', { code: 'WYH01' });
  expect(station.categories.map((c) => c.name)).toContain('物业维修基金');
  const fund = opinionsOf(rt)
    .filter((o) => o.category === '物业维修基金')
    .sort((a, b) => a.trackingNo.localeCompare(b.trackingNo));
  expect(fund.map((o) => [o.stationCode, o.status, o.forward?.departmentId])).toEqual([
    ['WYH01', 'closed', 'dept-yl-zj'],
    ['XJH01', 'forwarded', 'dept-yl-zj'],
  ]);
});

/** A counter document with its keys in order and its zero cells left out. */
function figures(v: unknown): unknown {
  if (!v || typeof v !== 'object' || Array.isArray(v) || v instanceof Date) return v;
  const kept = Object.entries(v)
    .map(([k, x]) => [k, figures(x)] as const)
    .filter(([, x]) => x !== 0 && !(x && typeof x === 'object' && !(x instanceof Date) && Object.keys(x).length === 0));
  return Object.fromEntries(kept.sort(([a], [b]) => a.localeCompare(b)));
}

test('the year forms groups of similar opinions as they came in: 汇总整理 offers cases to merge, the dashboard names hot topics', async () => {
  const { rt } = year;
  const ops = opinionsOf(rt).filter((o) => !o.mergedSources);
  // Every opinion placed by the scheduler's own pass, each counted once.
  expect(ops.every((o) => o.simGroup)).toBe(true);
  const groups = rt.store.scan('simgroups', []) as unknown as SimGroupDoc[];
  expect(groups.reduce((n, g) => n + g.caseCount, 0)).toBe(ops.length);
  expect(groups.filter((g) => g.caseCount >= 2).length).toBeGreaterThan(20);
  // A few residents joined the published lift and street-light cases by 附议 (seconds-script.ts): their groups count them.
  const seconded = ops.filter((o) => (o.secondCount ?? 0) > 0);
  expect(seconded.length).toBeGreaterThanOrEqual(1);
  expect(groups.reduce((n, g) => n + g.secondCount, 0)).toBe(ops.reduce((n, o) => n + (o.secondCount ?? 0), 0));
  type Groups = { items: { openCases: { id: string; stationCode: string }[] }[] };
  const office = await answer<Groups>(rt, 'admin', 'groups', { period: 'month' }, 'demo-admin-yuelu');
  expect(office.items.length).toBeGreaterThanOrEqual(2);
  expect(office.items.every((g) => g.openCases.length >= 2)).toBe(true);
  // Several residents lately about one lift at 望月湖 (designs.ts): the staff of that station can merge them.
  const wyh = await answer<Groups>(rt, 'staff', 'groups', { period: 'month' }, 'demo-staff-wyh');
  expect(wyh.items.some((g) => g.openCases.filter((c) => opinionsOf(rt).find((o) => o._id === c.id)?.text.includes('5片2栋')).length >= 3)).toBe(true);
  type Hot = { items: { total: number; cases: number; seconds: number }[] };
  const hot = await answer<Hot>(rt, 'admin', 'hotTopics', { period: 'custom', from: '2026-11-05', to: '2026-12-04' }, 'demo-admin-yuelu');
  expect(hot.items.length).toBeGreaterThanOrEqual(3);
  expect(hot.items.every((h, i) => h.total === h.cases + h.seconds && h.total >= 2 && (i === 0 || hot.items[i - 1]!.total >= h.total))).toBe(true);
});

test('staff merged similar cases into 汇总件: one answered, resolved and rated months ago, teaching the county a link; one with its department now', async () => {
  const { rt } = year;
  const ops = opinionsOf(rt);
  const byId = (id: string) => ops.find((o) => o._id === id)!;
  const parents = ops.filter((o) => o.mergedSources).sort((a, b) => a.trackingNo.localeCompare(b.trackingNo));
  expect(parents.map((p) => [p.stationCode, p.status, p.mergedSources!.length, p.forward?.departmentId, Boolean(p.forward?.answer)])).toEqual([
    ['WYH01', 'closed', 3, 'dept-wyh-sq', true],
    ['XJH01', 'forwarded', 2, 'dept-xjh-sq', false],
  ]);
  const [done, open] = parents;
  // 望月湖小区: the result reached each resident's own case, and each rated it.
  expect(done.resultKind).toBe('solved');
  expect(done.mergedSources!.map((id) => [byId(id).status, byId(id).mergedInto, byId(id).ratings?.at(-1)?.result])).toEqual([
    ['closed', done._id, 'satisfied'],
    ['closed', done._id, 'satisfied'],
    ['closed', done._id, 'basic'],
  ]);
  expect(done.mergedSources!.every((id) => byId(id).resultText === done.resultText && byId(id).mergeFollow?.endedAt)).toBe(true);
  // 咸嘉新村: forwarded with one 转办函, no answer yet, on time; its sources follow it.
  expect(open.overdue).toBeFalsy();
  expect(open.mergedSources!.every((id) => byId(id).status === 'forwarded' && byId(id).mergedInto === open._id && !byId(id).forward?.answer)).toBe(true);
  const queue = await answer<{ items: { id: string }[] }>(rt, 'staff', 'queue', { view: 'open' }, 'demo-staff-xjh');
  expect(queue.items.map((i) => i.id)).toContain(open._id);
  const office = await answer<{ merge?: { role: string; sources: unknown[] }; workerCan: { departmentAnswer: boolean } }>(rt, 'admin', 'case', { id: open._id }, 'demo-admin-yuelu');
  expect(office).toMatchObject({ merge: { role: 'parent', sources: [expect.anything(), expect.anything()] }, workerCan: { departmentAnswer: true } });

  // Two of the three named 消防通道, one 停车位 (two problems to the dictionary): the county learned the link.
  expect((rt.store.get('regions', '430104') as unknown as RegionDoc).similarLinks).toEqual({ 'fire_lane~parking_shortage': 1 });
  const groups = await answer<{ learned?: { labels: string[]; merges: number }[] }>(rt, 'admin', 'groups', { period: 'month' }, 'demo-admin-yuelu');
  expect(groups.learned?.map((l) => ({ labels: [...l.labels].sort(), merges: l.merges }))).toEqual([{ labels: ['停车难', '消防通道堵塞'].sort(), merges: 1 }]);
});
