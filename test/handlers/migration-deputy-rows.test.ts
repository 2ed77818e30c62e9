/**
 * Migration 0006 (issue 23, decision 0033): the per-deputy oversight rows for the data kept
 * before them. On the demo year — every row written by the keepers as the year was played —
 * the rows are removed (the store as a release before them left it) or left as the keepers of
 * a new release would have moved them, and the migration brings them back: the same rows,
 * whether run in one go, killed anywhere and run again, paused by its time budget, or raced by
 * a keeper; run again, it writes nothing.
 */
import { fromBeijing } from '../../core/beijing-time';
import { rowId } from '../../core/stats/deputy-rows';
import { MovableClock } from '../../emulator/clock';
import { STATS_RECONCILE } from '../../server/config/stats';
import { rebuildStats } from '../../server/dashboard/rebuild';
import { keepStats } from '../../server/dashboard/keep';
import { createRuntime, type LocalRuntime } from '../../server/local/runtime';
import { seedDemoYear } from '../../server/local/demo-year';
import { seedIfEmpty } from '../../server/local/seed';
import { deputyRowsBackfill, PAGE_SIZE } from '../../server/migrations/0006-deputy-rows';
import { runMigrations, type MigrateOptions, type MigrateReport } from '../../server/platform/migrations';
import type { Ports } from '../../server/platform/ports';
import type { OpinionDoc, UserDoc } from '../../server/model';
import { hooked, once, Stopped, type Write } from '../support/db-hooks';

jest.setTimeout(240_000);

const NOW = fromBeijing('2026-12-04', '19:30');
const ID = '0006-deputy-rows';
const ADMIN = 'demo-admin-yuelu';
const YEAR = { from: '2026-01', to: '2026-12', sort: 'received', limit: 100 } as const;

type Row = { _id: string; deputyId: string; period: string; scope: string[]; periods?: string[]; w?: number } & Record<string, unknown>;
type Counted = OpinionDoc & { statsFacts?: { place: { m: string; dep: string | null } }; statsAt?: Date };

let rt: LocalRuntime;
let clock: MovableClock;
/** The rows the keepers kept while the demo year was played (write counts left out, lists sorted). */
let kept: Row[];
/** What the office's table of the year read from them. */
let keptTable: unknown;
let counted: number;
let deputies: number;
/**
 * When the tests run: once the demo year's last claims are out of their quiet period (its last
 * ticks, which place opinions in groups and settle 附议, run minutes after NOW), so that the
 * migration has the whole year to count.
 */
let settled: Date;

const stored = () => rt.store.scan('deputystats', []) as unknown as Row[];
/** The rows as compared: without their write counts (`w` counts writes, not figures), lists sorted, by id. */
const rows = (): Row[] =>
  stored()
    .map(({ w: _w, ...r }) => ({ ...r, scope: [...r.scope].sort(), ...(r.periods ? { periods: [...r.periods].sort() } : {}) }))
    .sort((a, b) => a._id.localeCompare(b._id));
const opinions = () => rt.store.scan('opinions', []) as unknown as Counted[];

const table = async () => {
  const r = await rt.call('admin', { action: 'deputyTable', payload: YEAR }, ADMIN);
  if (!r.ok) throw new Error(`${r.code} ${r.message}`);
  return r.data;
};

/** The store as a release before the rows left it: no row, and no migration run. */
function withoutRows(): void {
  for (const r of stored()) rt.store.remove('deputystats', r._id);
  forgetRuns();
}
function forgetRuns(): void {
  for (const m of rt.store.scan('migrations', [])) rt.store.remove('migrations', m._id);
}

/** Ports that count every write by collection, then let `then` (a stop, a keeper) act on it. */
function counting(then?: (w: Write, n: Record<string, number>) => Promise<void> | void) {
  const writes: Record<string, number> = {};
  const ports = hooked(rt.ports, async (w) => {
    writes[w.collection] = (writes[w.collection] ?? 0) + 1;
    await then?.(w, writes);
  });
  return { ports, writes };
}

const migrate = (ports: Ports = rt.ports, opts?: MigrateOptions): Promise<MigrateReport> => runMigrations(ports, [deputyRowsBackfill], opts);

/** Calls until finished, as the deploy calls setup.migrate. */
async function migrateToEnd(opts?: MigrateOptions): Promise<MigrateReport[]> {
  const reports: MigrateReport[] = [];
  do reports.push(await migrate(rt.ports, opts));
  while (!reports[reports.length - 1]!.finished);
  return reports;
}

beforeAll(async () => {
  clock = new MovableClock();
  clock.set(NOW);
  rt = createRuntime({ dataDir: ':memory:', clock, indexCheck: 'fail' });
  const setup = await rt.callAsPlatform('setup', { action: 'init' });
  if (!setup.ok) throw new Error(setup.message);
  await seedIfEmpty(rt.ports);
  await seedDemoYear(rt);
  const lastClaim = Math.max(NOW.getTime(), clock.now().getTime(), ...opinions().map((o) => new Date(o.statsAt ?? 0).getTime()));
  settled = new Date(lastClaim + STATS_RECONCILE.quietMs + 60_000);
  clock.set(settled);
  kept = rows();
  keptTable = await table();
  counted = opinions().filter((o) => o.statsFacts).length;
  deputies = rt.store.count('deputies');
});
afterAll(() => rt?.close());
afterEach(() => clock.set(settled));

test('the demo year kept a row for every deputy, month, quarter and year with work, and one membership row per deputy', () => {
  const periods = new Set(kept.map((r) => r.period));
  expect([...periods].sort()).toEqual([
    '2026',
    ...Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`),
    '2026-Q1',
    '2026-Q2',
    '2026-Q3',
    '2026-Q4',
    'member',
  ]);
  expect(kept.filter((r) => r.period === 'member')).toHaveLength(deputies);
  expect(kept.some((r) => Number(r.act) > 0) && kept.some((r) => Number(r.chk) > 0) && kept.some((r) => Number(r.rt) > 0)).toBe(true);
  // The whole year is counted on the opinions: nothing is in its quiet period.
  expect(Math.max(...opinions().map((o) => new Date(o.statsAt ?? 0).getTime()))).toBeLessThan(settled.getTime() - STATS_RECONCILE.quietMs);
});

test('the demo year without its rows: the migration writes exactly the rows the keepers kept, and the office reads the same table', async () => {
  withoutRows();
  expect(((await table()) as { items: unknown[] }).items).toEqual([]); // nobody is listed without rows
  const report = await migrate();
  expect(report).toEqual({
    finished: true,
    alreadyDone: [],
    ran: [{ id: ID, state: 'done', processed: counted + deputies, changed: expect.any(Number) }],
    waiting: [],
  });
  expect(report.ran[0]!.changed).toBeGreaterThan(kept.length / 2);
  expect(rows()).toEqual(kept);
  expect(await table()).toEqual(keptTable);
  expect(rt.store.get('migrations', ID)).toMatchObject({ state: 'done', processed: counted + deputies, doneAt: expect.any(Date) });
});

test('run twice = no change: the runner skips it once done, and the migration run again writes nothing', async () => {
  withoutRows();
  await migrate();
  const after = rows();
  expect(await migrate()).toEqual({ finished: true, alreadyDone: [ID], ran: [], waiting: [] });
  // Even forgotten by the runner, a second pass over every month and deputy writes nothing.
  const { ports, writes } = counting();
  const marks: string[] = [];
  const state = await deputyRowsBackfill.run(ports, { after: undefined, checkpoint: async (lastId) => (marks.push(lastId), true) });
  expect(state).toBe('done');
  expect(writes).toEqual({});
  expect(marks).toEqual([...Array.from({ length: 12 }, (_, i) => `month:2026-${String(i + 1).padStart(2, '0')}`), expect.stringMatching(/^deputy:/)]);
  expect(rows()).toEqual(after);
  expect(rows()).toEqual(kept);
});

test('killed at any write — in the months, in the deputies, at a checkpoint — and run again: the same rows, nothing counted twice', async () => {
  withoutRows();
  const full = counting();
  await migrate(full.ports);
  const total = full.writes.deputystats!;
  expect(total).toBeGreaterThan(100);
  const points: [string, number][] = [
    ['deputystats', 1],
    ['deputystats', Math.floor(total / 4)],
    ['deputystats', Math.floor(total / 2)],
    ['deputystats', Math.floor((3 * total) / 4)],
    ['deputystats', total],
    // migrations: the record, then a checkpoint per month: stopped at the sixth month's.
    ['migrations', 7],
  ];
  for (const [collection, at] of points) {
    withoutRows();
    const first = counting((w, n) => {
      if (w.collection === collection && n[collection] === at) throw new Stopped('function stopped');
    });
    await expect(migrate(first.ports)).rejects.toBeInstanceOf(Stopped);
    expect([collection, at, rt.store.get('migrations', ID)]).toEqual([collection, at, expect.objectContaining({ state: 'running' })]);
    const second = await migrate();
    expect([collection, at, second.ran.map((m) => m.state)]).toEqual([collection, at, ['done']]);
    expect(rows()).toEqual(kept);
  }
});

test('a spent time budget pauses after each month and each page of deputies; each call goes on from there until done', async () => {
  withoutRows();
  const reports = await migrateToEnd({ budgetMs: 0 });
  expect(deputies).toBeLessThan(PAGE_SIZE); // one page of deputies, which ends the migration
  expect(reports.map((r) => r.ran.map((m) => m.state).join())).toEqual([...Array.from({ length: 12 }, () => 'paused'), 'done']);
  expect(reports.map((r) => r.ran[0]!.processed)).toEqual(
    reports.map((_, i) => (i < 12 ? opinions().filter((o) => o.statsFacts && o.statsFacts.place.m <= `2026-${String(i + 1).padStart(2, '0')}`).length : counted + deputies)),
  );
  expect(rows()).toEqual(kept);
});

test('rows the keepers of the new release moved before the migration ran (changes of old cases, a hand-over, an activity) end as a rebuild writes them', async () => {
  withoutRows();
  const all = opinions();
  const by = (m: string) => all.filter((o) => o.statsFacts?.place.m === m && o.assigneeDeputyId);
  // A chase on a March case: its keeper creates March's rows of its deputy with the chase alone.
  const chased = by('2026-03')[0]!;
  rt.store.replace('opinions', { ...chased, chaseCount: chased.chaseCount + 1, updatedAt: rt.clock.now() } as never);
  await keepStats(rt.ports, chased._id);
  // A June case handed to another deputy: a row of −1 for the first, a row of +1 for the second.
  const handed = by('2026-06')[0]!;
  const other = all.find((o) => o.assigneeDeputyId && o.assigneeDeputyId !== handed.assigneeDeputyId)!;
  rt.store.replace('opinions', { ...handed, assigneeDeputyId: other.assigneeDeputyId, assigneeName: other.assigneeName, assigneeLevelLabel: other.assigneeLevelLabel, updatedAt: rt.clock.now() } as never);
  await keepStats(rt.ports, handed._id);
  // An activity typed in for November, counted on a row of its own.
  const county = (rt.store.scan('users', []) as unknown as UserDoc[]).find((u) => u.deputyId === 'd-county-1')!;
  const activity = { kind: 'research', date: '2026-11-20', place: '望月湖街道各小区', people: '居民代表12人', summary: '围绕老旧小区加装电梯开展专题调研，形成问题清单。', photos: [], requestId: 'migration-0006-activity' };
  const recorded = await rt.call('deputy', { action: 'recordActivity', payload: activity }, county._id);
  if (!recorded.ok) throw new Error(`${recorded.code} ${recorded.message}`);

  const partial = new Map(stored().map((r) => [r._id, r]));
  expect(partial.get(rowId(chased.assigneeDeputyId!, '2026-03'))).toMatchObject({ n: 0, chs: 1 });
  expect(partial.get(rowId(handed.assigneeDeputyId!, '2026-06'))).toMatchObject({ n: -1 });
  expect(partial.get(rowId('d-county-1', '2026-11'))).toMatchObject({ n: 0, act: 1 });

  clock.advance(STATS_RECONCILE.quietMs + 60_000); // their keepers are long done
  await migrateToEnd();
  const migrated = rows();
  expect(migrated).not.toEqual(kept);
  await rebuildStats(rt.ports);
  expect(migrated).toEqual(rows());

  // Put back as the demo year left them.
  rt.store.replace('opinions', chased as never);
  rt.store.replace('opinions', handed as never);
  rt.store.remove('activities', (recorded.data as { id: string }).id);
  await rebuildStats(rt.ports);
  expect(rows()).toEqual(kept);
});

test('a keeper moving a row between the migration’s read and its update: the update is refused, the month waits out the quiet period, nothing is counted twice', async () => {
  forgetRuns();
  // One month row off (as a keeper killed between its claim and its increments would leave it): the migration corrects it.
  const case1 = opinions().find((o) => o.statsFacts?.place.m === '2026-05' && o.assigneeDeputyId)!;
  const id = rowId(case1.assigneeDeputyId!, '2026-05');
  const row = rt.store.get('deputystats', id) as unknown as Row;
  rt.store.replace('deputystats', { ...row, chs: Number(row.chs) + 3 } as never);
  // Just before the correction, the case's resident chases it: its keeper claims and moves the row.
  const raced = counting(
    once(
      (w) => w.collection === 'deputystats' && w.kind === 'update' && (w.where as { _id?: string })?._id === id && 'w' in (w.where ?? {}),
      async () => {
        const now = opinions().find((o) => o._id === case1._id)!;
        rt.store.replace('opinions', { ...now, chaseCount: now.chaseCount + 1, updatedAt: rt.clock.now() } as never);
        await keepStats(rt.ports, case1._id);
      },
    ),
  );
  const first = await migrate(raced.ports);
  expect(first.ran.map((m) => m.state)).toEqual(['paused']);
  expect(rt.store.get('migrations', ID)).toMatchObject({ state: 'running', lastId: 'month:2026-04' });
  // The chase landed on the row as it was (off by three): the migration wrote nothing over it.
  expect(rt.store.get('deputystats', id)).toMatchObject({ chs: Number(row.chs) + 4 });

  // Within the quiet period the month is left alone, call after call.
  expect((await migrate()).ran.map((m) => m.state)).toEqual(['paused']);
  clock.advance(STATS_RECONCILE.quietMs);
  expect((await migrate()).ran.map((m) => m.state)).toEqual(['done']);
  expect(rt.store.get('deputystats', id)).toMatchObject({ chs: Number(row.chs) + 1 });
  const migrated = rows();
  await rebuildStats(rt.ports);
  expect(migrated).toEqual(rows());

  rt.store.replace('opinions', case1 as never);
  await rebuildStats(rt.ports);
  expect(rows()).toEqual(kept);
});

test('a month with a claim younger than the quiet period, a deputy with a check-in younger than it: not written, the call pauses there until quiet', async () => {
  withoutRows();
  const quiet = STATS_RECONCILE.quietMs;
  // Claimed four minutes ago (with a five-minute quiet period), checked in a minute ago.
  const recentClaim = opinions().find((o) => o.statsFacts?.place.m === '2026-08' && o.assigneeDeputyId)!;
  const now = rt.clock.now().getTime();
  rt.store.replace('opinions', { ...recentClaim, statsAt: new Date(now - quiet + 60_000) } as never);
  const checkIn = rt.store.scan('attendance', [])[0] as unknown as { _id: string; at: Date };
  rt.store.replace('attendance', { ...checkIn, at: new Date(now - 60_000) } as never);

  const first = await migrate();
  expect(first).toMatchObject({ finished: false, ran: [{ id: ID, state: 'paused' }] });
  expect(rt.store.get('migrations', ID)).toMatchObject({ lastId: 'month:2026-07' });
  expect(stored().filter((r) => r.period === '2026-08')).toEqual([]);

  clock.advance(120_000); // the claim is quiet now, the check-in not yet
  expect((await migrate()).ran.map((m) => m.state)).toEqual(['paused']);
  expect(rt.store.get('migrations', ID)).toMatchObject({ lastId: 'month:2026-12' });
  expect(stored().filter((r) => r.period === '2026-08').length).toBeGreaterThan(0);
  expect(stored().filter((r) => Number(r.chk) > 0)).toEqual([]); // the check-ins wait with their deputies

  clock.advance(quiet);
  expect((await migrate()).ran.map((m) => m.state)).toEqual(['done']);
  expect(rows()).toEqual(kept);
  rt.store.replace('opinions', recentClaim as never);
  rt.store.replace('attendance', checkIn as never);
});

