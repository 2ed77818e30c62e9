/**
 * Data moves forward (issue 18): numbered migrations run once each, in order, resumable from
 * the last page they recorded. The first one fills `openLoadOf` on opinions written before the
 * after-write step recorded it — here on the demo year put back in that previous shape.
 */
import { fromBeijing } from '../../core/beijing-time';
import { MovableClock } from '../../emulator/clock';
import { createRuntime, type LocalRuntime } from '../../server/local/runtime';
import { seedDemoYear } from '../../server/local/demo-year';
import { seedIfEmpty } from '../../server/local/seed';
import { MIGRATIONS } from '../../server/migrations';
import { countedHolder, openLoadOfBackfill, PAGE_SIZE, PENDING_GRACE_MS } from '../../server/migrations/0001-open-load-of';
import { PAGE_SIZE as SEARCH_PAGE } from '../../server/migrations/0005-search-keys';
import { runMigrations, type Migration, type MigrateReport } from '../../server/platform/migrations';
import type { Ports } from '../../server/platform/ports';
import type { DeputyDoc, OpinionDoc } from '../../server/model';
import { hooked, Stopped, type Write } from '../support/db-hooks';

jest.setTimeout(240_000);

const NOW = fromBeijing('2026-12-04', '19:30');
const ID = '0001-open-load-of';
type Stored = OpinionDoc & { openLoadOf?: string };

let rt: LocalRuntime;
/** What the after-write step recorded on each opinion of the demo year. */
let recorded: Map<string, string>;
let opinionCount: number;

beforeAll(async () => {
  const clock = new MovableClock();
  clock.set(NOW);
  rt = createRuntime({ dataDir: ':memory:', clock, indexCheck: 'fail' });
  const setup = await rt.callAsPlatform('setup', { action: 'init' });
  if (!setup.ok) throw new Error(setup.message);
  await seedIfEmpty(rt.ports);
  await seedDemoYear(rt);
  const all = opinions();
  recorded = new Map(all.map((o) => [o._id, o.openLoadOf!]));
  opinionCount = all.length;
});
afterAll(() => rt?.close());

const opinions = () => rt.store.scan('opinions', []) as unknown as Stored[];
const deputyLoads = () => (rt.store.scan('deputies', []) as unknown as DeputyDoc[]).map((d) => [d._id, d.openCount ?? 0]);

/** The store as it was before the after-write step recorded `openLoadOf`, and before any migration ran. */
function previousShape(): void {
  for (const o of opinions()) {
    const { openLoadOf: _dropped, ...before } = o;
    rt.store.replace('opinions', before as never);
  }
  for (const m of rt.store.scan('migrations', [])) rt.store.remove('migrations', m._id);
}

/** Ports that count every write by collection, then let `then` (a stop) act on it. */
function counting(then?: (w: Write, n: Record<string, number>) => void) {
  const writes: Record<string, number> = {};
  const ports = hooked(rt.ports, (w) => {
    writes[w.collection] = (writes[w.collection] ?? 0) + 1;
    then?.(w, writes);
  });
  return { ports, writes };
}

/**
 * setup.migrate called as the deploy calls it: again until `finished` (each call stops starting
 * pages after its time budget, which a busy machine may spend), the calls' reports read as one:
 * what was done before the first call, and each migration as its last call left it.
 */
const migrate = async (): Promise<MigrateReport> => {
  const reports: MigrateReport[] = [];
  do {
    const r = await rt.callAsPlatform('setup', { action: 'migrate', payload: {} });
    if (!r.ok) throw new Error(`${r.code} ${r.message}`);
    reports.push(r.data as MigrateReport);
  } while (!reports[reports.length - 1].finished);
  const ran = new Map<string, MigrateReport['ran'][number]>();
  for (const report of reports) for (const m of report.ran) ran.set(m.id, m);
  return { ...reports[reports.length - 1], alreadyDone: reports[0].alreadyDone, ran: [...ran.values()] };
};

/** 0002 runs after 0001: the demo stations were written with their geo point, so it finds nothing to fill. */
const STATION_GEO = '0002-station-geo';
const stationGeoDone = () => ({ id: STATION_GEO, state: 'done', processed: rt.store.count('stations'), changed: 0 });
/** 0003 then reconciles every month: the demo year's counters are kept in the layout by level already, so nothing moves. */
const STATS_LAYOUT = '0003-stats-layout-by-level';
const statsLayoutDone = () => ({
  id: STATS_LAYOUT,
  state: 'done',
  processed: opinions().filter((o) => (o as { statsFacts?: unknown }).statsFacts).length,
  changed: 0,
});

/** 0004 gives suggestions stored before decision 0034 a status and a region: the demo year's were written with both. */
const SUGGESTION_STATUS = '0004-suggestion-status';
const suggestionStatusDone = () => ({ id: SUGGESTION_STATUS, state: 'done', processed: rt.store.count('suggestions'), changed: 0 });
/** 0005 gives opinions stored before search (decision 0032) their search keys: the demo year's were written with them. */
const SEARCH_KEYS = '0005-search-keys';
const searchKeysDone = () => ({ id: SEARCH_KEYS, state: 'done', processed: opinionCount, changed: 0 });
/** 0006 brings the per-deputy rows (decision 0033) to their facts: every month's counted opinions, then every deputy; the demo year's keepers kept them right. */
const DEPUTY_ROWS = '0006-deputy-rows';
const deputyRowsDone = () => ({ id: DEPUTY_ROWS, state: 'done', processed: statsLayoutDone().processed + rt.store.count('deputies'), changed: 0 });
/** 0007 reconciles every month again, for the day cells: the demo year's counters were kept with them, so nothing moves. */
const DAY_CELLS = '0007-counter-day-cells';
const dayCellsDone = () => ({ ...statsLayoutDone(), id: DAY_CELLS });
/** 0008 gives opinions stored before similar opinions (decision 0036) their similarity keys: the demo year's were written with them. */
const SIMILAR_KEYS = '0008-similar-keys';
const similarKeysDone = () => ({ id: SIMILAR_KEYS, state: 'done', processed: opinionCount, changed: 0 });

const expectAllFilled = () => {
  for (const o of opinions()) expect([o._id, o.openLoadOf]).toEqual([o._id, recorded.get(o._id)]);
};

test('the demo year (written by the real after-write step) records what the backfill computes', () => {
  expect(opinionCount).toBeGreaterThan(3 * PAGE_SIZE); // several pages
  const open = opinions().filter((o) => countedHolder(o) !== '');
  expect(open.length).toBeGreaterThan(10);
  for (const o of opinions()) expect([o._id, recorded.get(o._id)]).toEqual([o._id, countedHolder(o)]);
});

test('setup.migrate fills openLoadOf on every opinion of the previous shape, moves no counter, and records the migration done', async () => {
  previousShape();
  expect(opinions().filter((o) => o.openLoadOf !== undefined)).toEqual([]);
  const loads = deputyLoads();
  expect(loads.some(([, n]) => Number(n) > 0)).toBe(true);
  const report = await migrate();
  expect(report).toEqual({ finished: true, alreadyDone: [], ran: [{ id: ID, state: 'done', processed: opinionCount, changed: opinionCount }, stationGeoDone(), statsLayoutDone(), suggestionStatusDone(), searchKeysDone(), deputyRowsDone(), dayCellsDone(), similarKeysDone()], waiting: [] });
  expectAllFilled();
  expect(deputyLoads()).toEqual(loads);
  expect(rt.store.get('migrations', ID)).toMatchObject({ state: 'done', processed: opinionCount, changed: opinionCount, doneAt: expect.any(Date) });
});

test('run twice = no change: the runner skips a migration recorded done, and the migration itself run again writes nothing', async () => {
  previousShape();
  await migrate();
  const after = JSON.stringify(opinions());
  expect(await migrate()).toEqual({ finished: true, alreadyDone: [ID, STATION_GEO, STATS_LAYOUT, SUGGESTION_STATUS, SEARCH_KEYS, DEPUTY_ROWS, DAY_CELLS, SIMILAR_KEYS], ran: [], waiting: [] });
  expect(JSON.stringify(opinions())).toBe(after);
  // Even forgotten by the runner, a second pass finds nothing to write.
  const { ports, writes } = counting();
  await openLoadOfBackfill.run(ports, { after: undefined, checkpoint: async () => true });
  expect(writes).toEqual({});
  expect(JSON.stringify(opinions())).toBe(after);
});

test('killed in the middle of a page and run again: it goes on from the last recorded page, finishes, and no opinion is written twice', async () => {
  previousShape();
  const killAt = PAGE_SIZE + 25; // the 25th opinion of the second page
  const first = counting((w, n) => {
    if (w.collection === 'opinions' && n.opinions === killAt) throw new Stopped('function stopped');
  });
  await expect(runMigrations(first.ports, MIGRATIONS)).rejects.toBeInstanceOf(Stopped);
  const landed = killAt - 1;
  expect(opinions().filter((o) => o.openLoadOf !== undefined)).toHaveLength(landed);
  const sorted = opinions().map((o) => o._id).sort();
  expect(rt.store.get('migrations', ID)).toMatchObject({ state: 'running', lastId: sorted[PAGE_SIZE - 1], processed: PAGE_SIZE, changed: PAGE_SIZE });

  const second = counting();
  const report = await runMigrations(second.ports, MIGRATIONS);
  expect(second.writes.opinions).toBe(opinionCount - landed);
  // The counts are those of recorded pages: the first run's first page, then this run's.
  expect(report.ran).toEqual([{ id: ID, state: 'done', processed: opinionCount, changed: PAGE_SIZE + second.writes.opinions }, stationGeoDone(), statsLayoutDone(), suggestionStatusDone(), searchKeysDone(), deputyRowsDone(), dayCellsDone(), similarKeysDone()]);
  expectAllFilled();
  expect(rt.store.get('migrations', ID)).toMatchObject({ state: 'done' });
});

test('killed at a checkpoint (a page written, not recorded): the page is read again and nothing in it is written twice', async () => {
  previousShape();
  // migrations writes: the record, then one checkpoint per page; stop at the second page's.
  const first = counting((w, n) => {
    if (w.collection === 'migrations' && n.migrations === 3) throw new Stopped('function stopped');
  });
  await expect(runMigrations(first.ports, MIGRATIONS)).rejects.toBeInstanceOf(Stopped);
  expect(first.writes.opinions).toBe(2 * PAGE_SIZE);
  expect(rt.store.get('migrations', ID)).toMatchObject({ state: 'running', processed: PAGE_SIZE });

  const second = counting();
  await runMigrations(second.ports, MIGRATIONS);
  expect(second.writes.opinions).toBe(opinionCount - 2 * PAGE_SIZE);
  expectAllFilled();
  // Page 2 was changed by the first run, but only page 1 was recorded: counts cover recorded pages.
  expect(rt.store.get('migrations', ID)).toMatchObject({ state: 'done', processed: opinionCount, changed: opinionCount - PAGE_SIZE });
});

test('a spent time budget pauses at a page end; each call goes on from there until the run is finished', async () => {
  previousShape();
  const reports: MigrateReport[] = [];
  do reports.push(await runMigrations(rt.ports, MIGRATIONS, { budgetMs: 0 }));
  while (!reports[reports.length - 1]!.finished);
  const full = Math.floor(opinionCount / PAGE_SIZE);
  expect(opinionCount % PAGE_SIZE).not.toBe(0); // the last page is short: it ends the migration
  const backfills = reports.map((r) => r.ran.filter((m) => m.id !== STATS_LAYOUT && m.id !== DEPUTY_ROWS && m.id !== DAY_CELLS).map((m) => `${m.state} ${m.processed}`)).filter((r) => r.length);
  expect(backfills).toEqual([
    ...Array.from({ length: full }, (_, i) => [`paused ${(i + 1) * PAGE_SIZE}`]),
    [`done ${opinionCount}`, `done ${rt.store.count('stations')}`],
    // 0004 runs once 0003 is done; the demo year's suggestions fit one page; then 0005 pages through the opinions.
    [`done ${rt.store.count('suggestions')}`, `paused ${SEARCH_PAGE}`],
    ...Array.from({ length: Math.floor(opinionCount / SEARCH_PAGE) - 1 }, (_, i) => [`paused ${(i + 2) * SEARCH_PAGE}`]),
    [`done ${opinionCount}`],
    // 0008 pages through the opinions once 0006 and 0007 are done.
    ...Array.from({ length: Math.floor(opinionCount / SEARCH_PAGE) }, (_, i) => [`paused ${(i + 1) * SEARCH_PAGE}`]),
    [`done ${opinionCount}`],
  ]);
  // 0003 pauses after every month and finishes with the last one.
  const layout = reports.flatMap((r) => r.ran.filter((m) => m.id === STATS_LAYOUT));
  expect(layout.length).toBeGreaterThan(10);
  expect(layout.map((m) => m.state)).toEqual([...layout.slice(1).map(() => 'paused'), 'done']);
  // 0006 likewise after every month, then finishes with the demo year's one page of deputies.
  const rows = reports.flatMap((r) => r.ran.filter((m) => m.id === DEPUTY_ROWS));
  expect(rows.map((m) => m.state)).toEqual([...layout.map(() => 'paused'), 'done']);
  // 0007 after every month, as 0003.
  const days = reports.flatMap((r) => r.ran.filter((m) => m.id === DAY_CELLS));
  expect(days.map((m) => m.state)).toEqual(layout.map((m) => m.state));
  expectAllFilled();
});

test('0007 gives counters kept before the day cells their days back, and moves nothing else', async () => {
  const kept = rt.store.scan('stats', []) as Record<string, unknown>[];
  const withDays = kept.filter((c) => JSON.stringify(c).includes('"y":'));
  expect(withDays.length).toBeGreaterThan(0);
  // As counters were kept before: month cells only.
  const strip = (v: unknown): unknown => {
    if (!v || typeof v !== 'object' || Array.isArray(v) || v instanceof Date) return v;
    return Object.fromEntries(Object.entries(v).filter(([k]) => k !== 'y').map(([k, x]) => [k, strip(x)]));
  };
  for (const c of kept) rt.store.replace('stats', strip(c) as never);
  expect((rt.store.scan('stats', []) as unknown[]).some((c) => JSON.stringify(c).includes('"y":'))).toBe(false);
  rt.store.remove('migrations', DAY_CELLS);
  let report: MigrateReport;
  do report = await runMigrations(rt.ports, MIGRATIONS.filter((m) => m.id === DAY_CELLS));
  while (!report.finished);
  // Figures only: keys in order, zero cells (a keeper leaves them, a reconcile does not write them) left out.
  const figures = (v: unknown): unknown => {
    if (!v || typeof v !== 'object' || Array.isArray(v) || v instanceof Date) return v;
    const kept = Object.entries(v)
      .map(([k, x]) => [k, figures(x)] as const)
      .filter(([, x]) => x !== 0 && !(x && typeof x === 'object' && !(x instanceof Date) && Object.keys(x).length === 0));
    return Object.fromEntries(kept.sort(([a], [b]) => a.localeCompare(b)));
  };
  const byId = (list: Record<string, unknown>[]) => new Map(list.map((c) => [String(c._id), JSON.stringify(figures(strip({ ...c, version: 0, updatedAt: 0, w: 0 })))]));
  const days = (list: Record<string, unknown>[]) => new Map(list.map((c) => [String(c._id), JSON.stringify(figures((c as { y?: unknown }).y ?? {}))]));
  const after = rt.store.scan('stats', []) as Record<string, unknown>[];
  expect(byId(after)).toEqual(byId(kept));
  expect(days(after)).toEqual(days(kept));
});

test('an opinion whose after-write step may be in flight is left alone; one pending past the grace is the sweep’s and is filled', async () => {
  previousShape();
  const [recent, stale] = opinions().sort((a, b) => a._id.localeCompare(b._id));
  const now = rt.clock.now().getTime();
  rt.store.replace('opinions', { ...recent!, notifyPending: true, updatedAt: new Date(now - 60_000) } as never);
  rt.store.replace('opinions', { ...stale!, notifyPending: true, updatedAt: new Date(now - PENDING_GRACE_MS - 60_000) } as never);
  await migrate();
  const byId = new Map(opinions().map((o) => [o._id, o]));
  expect(byId.get(recent!._id)!.openLoadOf).toBeUndefined();
  expect(byId.get(stale!._id)!.openLoadOf).toBe(recorded.get(stale!._id));
  expect(opinions().filter((o) => o.openLoadOf === undefined).map((o) => o._id)).toEqual([recent!._id]);
  rt.store.replace('opinions', { ...byId.get(recent!._id)!, notifyPending: false, openLoadOf: recorded.get(recent!._id) } as never);
  rt.store.replace('opinions', { ...byId.get(stale!._id)!, notifyPending: false } as never);
});

test('0003: cells the layout by level no longer moves (a station and a township in the province\'s month) go to zero, the rest stays', async () => {
  previousShape();
  const id = 'r:430000:2026-09';
  type Counter = { _id: string; s?: Record<string, { n?: number }>; g: Record<string, { n?: number }> } & Record<string, unknown>;
  const kept = rt.store.get('stats', id) as unknown as Counter;
  expect(kept.s).toBeUndefined(); // the demo year was counted in the new layout: no station in a province
  expect(Object.keys(kept.g).sort()).toEqual(['430000', '430100', '430104']);
  // As an earlier version kept it: a cell per station and per township.
  rt.store.replace('stats', { ...kept, s: { WYH01: { n: 7, acc: 2 } }, g: { ...kept.g, '430104007': { n: 3 } } } as never);
  const report = await migrate();
  expect(report.ran.find((m) => m.id === STATS_LAYOUT)).toMatchObject({ state: 'done', changed: expect.any(Number) });
  const after = rt.store.get('stats', id) as unknown as Counter;
  expect(after.s).toEqual({ WYH01: { n: 0, acc: 0 } });
  expect(after.g['430104007']).toEqual({ n: 0 });
  const { s: _s, g: _g, w: _w, ...rest } = after;
  const { s: _s0, g: _g0, w: _w0, ...restKept } = kept;
  expect(rest).toEqual(restKept);
  expect(Object.fromEntries(Object.entries(after.g).filter(([k]) => k !== '430104007'))).toEqual(kept.g);
});

describe('the runner', () => {
  const fake = (id: string, pages: number, log: string[]): Migration => ({
    id,
    description: id,
    async run(_ports: Ports, resume) {
      let n = resume.after ? Number(resume.after) : 0;
      while (n < pages) {
        n++;
        log.push(`${id}:${n}`);
        if (!(await resume.checkpoint(String(n), { processed: 1, changed: 1 })) && n < pages) return 'paused';
      }
      return 'done';
    },
  });
  beforeEach(() => {
    for (const m of rt.store.scan('migrations', [])) rt.store.remove('migrations', m._id);
  });

  test('runs migrations in order, records each done and skips it next time; a paused one keeps the later ones waiting', async () => {
    const log: string[] = [];
    const list = [fake('0001-a', 1, log), fake('0002-b', 2, log), fake('0003-c', 1, log)];
    // 0002 pauses after each page: 0003 waits for it.
    let calls = 0;
    const budgeted = async () => runMigrations(rt.ports, list, { budgetMs: calls++ === 0 ? 0 : undefined });
    expect(await budgeted()).toEqual({
      finished: false,
      alreadyDone: [],
      ran: [
        { id: '0001-a', state: 'done', processed: 1, changed: 1 },
        { id: '0002-b', state: 'paused', processed: 1, changed: 1 },
      ],
      waiting: ['0003-c'],
    });
    expect(await budgeted()).toEqual({
      finished: true,
      alreadyDone: ['0001-a'],
      ran: [
        { id: '0002-b', state: 'done', processed: 2, changed: 2 },
        { id: '0003-c', state: 'done', processed: 1, changed: 1 },
      ],
      waiting: [],
    });
    expect(await budgeted()).toEqual({ finished: true, alreadyDone: ['0001-a', '0002-b', '0003-c'], ran: [], waiting: [] });
    expect(log).toEqual(['0001-a:1', '0002-b:1', '0002-b:2', '0003-c:1']);
  });

  test('refuses a list out of order or with an id twice', async () => {
    const log: string[] = [];
    await expect(runMigrations(rt.ports, [fake('0002-b', 1, log), fake('0001-a', 1, log)])).rejects.toThrow(/in id order/);
    await expect(runMigrations(rt.ports, [fake('0001-a', 1, log), fake('0001-a', 1, log)])).rejects.toThrow(/once each/);
    expect(log).toEqual([]);
  });

  test('setup.migrate answers only WeChat’s server API', async () => {
    const r = await rt.call('setup', { action: 'migrate', payload: {} }, 'demo-resident-1');
    expect(r).toMatchObject({ ok: false, code: 'PLATFORM_ONLY' });
  });
});
