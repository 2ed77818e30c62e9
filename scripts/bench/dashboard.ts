/**
 * dashboard_counters_ms / dashboard_scan_ms: the county dashboard (12 months) over 1,000,000
 * opinions of one county (40 stations in its two townships, 320 deputies of every level, all
 * categories and channels, a mix of handling).
 * - Counters: what the keeper holds for those opinions, computed with the same pure facts
 *   and aggregation as the rebuild; `admin.dashboard` timed through the dispatcher, the
 *   genuine SDK client and the embedded store (median of 40 calls after 5).
 * - Scan: the same figures from every stored opinion row — read from a store file (the
 *   store's own table and row format, read back with SqliteStore.scan), facts, sums, the same
 *   math — timed once. Both must agree.
 * - Per-deputy table (deputy_table_ms, rt_deputy_table): the same opinions' per-deputy rows
 *   (core/stats/deputy-rows.ts, as the rebuild builds them) for the 320 deputies, and
 *   `admin.deputyTable` for this calendar year sorted by received, first page of 20 (median of
 *   40 calls after 5) and its database round trips; its first row checked against the rows.
 * The rows are written straight into SQLite in one transaction.
 */
import Database from 'better-sqlite3';
import { EJSON } from 'bson';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { aggregate } from '../../core/stats/counter-cells';
import { buildRows, rowChangesOf, scopeTokens, type RowChange } from '../../core/stats/deputy-rows';
import { figuresOf, mergeMetrics, responseRate, type Figures } from '../../core/stats/figures';
import { factsOf, type Metrics, type StatsFacts } from '../../core/stats/opinion-facts';
import { addDays, beijingDate } from '../../core/beijing-time';
import { CATEGORIES, CHANNELS, LEVELS, LEVEL_LABELS } from '../../core/vocabulary';
import { createRuntime } from '../../server/local/runtime';
import { SqliteStore } from '../../emulator/sqlite-store';
import { DASHBOARD, DURATION_EDGES_HOURS } from '../../server/config/stats';
import { seedIfEmpty } from '../../server/local/seed';
import { counterMeta, nestCells } from '../../server/dashboard/keep';
import { storedOpinion } from './seed-opinions';

const TOTAL = Number(process.env.BENCH_DASHBOARD_OPINIONS ?? 1_000_000);
const COUNTY = '430104';
const TOWNS = [['430000', '430100', '430104', '430104007'], ['430000', '430100', '430104', '430104010']];
const HOUR = 3600_000;
const DAY = 24 * HOUR;

export async function benchDashboard(): Promise<Record<string, number>> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-dashboard-'));
  const file = path.join(dir, 'opinions.db');
  const now = new Date();
  const rt = createRuntime({ dataDir: ':memory:' });
  try {
    rt.clock.set(now);
    await rt.callAsPlatform('setup', { action: 'init' });
    await seedIfEmpty(rt.ports);
    const t0 = Date.now();
    const changes = new Map<string, RowChange>();
    const totals = aggregate(keepRowChanges(writeOpinions(file, now), changes));
    const written = Date.now();
    rt.store.atomically(() => {
      for (const [id, cells] of totals) rt.store.insert('stats', { _id: id, ...counterMeta(id), ...nestCells(cells) });
    });
    console.log(
      `dashboard bench: ${TOTAL.toLocaleString('en')} opinions stored in ${((written - t0) / 1000).toFixed(1)} s; their ${totals.size.toLocaleString('en')} counter documents in ${((Date.now() - written) / 1000).toFixed(1)} s`,
    );

    const to = beijingDate(now).slice(0, 7);
    const times: number[] = [];
    let answer: Answer | undefined;
    for (let i = 0; i < 45; i++) {
      const started = process.hrtime.bigint();
      const r = await rt.call('admin', { action: 'dashboard', payload: { to } }, 'demo-admin-yuelu');
      if (!r.ok) throw new Error(`dashboard refused: ${r.code} ${r.message}`);
      if (i >= 5) times.push(Number(process.hrtime.bigint() - started) / 1e6);
      answer = r.data as Answer;
    }
    times.sort((a, b) => a - b);
    const countersMs = times[Math.floor(times.length / 2)];

    const store = new SqliteStore(file);
    const started = process.hrtime.bigint();
    const scanned = scanFigures(store, monthsOf(to), now);
    const scanMs = Number(process.hrtime.bigint() - started) / 1e6;
    store.close();
    const a = answer!;
    const same =
      a.totals.received === scanned.totals.received &&
      a.totals.resolved === scanned.totals.resolved &&
      a.totals.overdue === scanned.totals.overdue &&
      a.totals.result.medianHours === scanned.totals.result.medianHours &&
      a.totals.firstResponse.p90Hours === scanned.totals.firstResponse.p90Hours &&
      a.responseRate.rate === scanned.rate.rate;
    if (!same) throw new Error(`dashboard and scan disagree: ${JSON.stringify(a.totals)} vs ${JSON.stringify(scanned.totals)}`);
    console.log(
      `dashboard: counters ${countersMs.toFixed(1)} ms (fastest ${times[0].toFixed(1)}, p90 ${times[Math.floor(times.length * 0.9)].toFixed(1)}), full scan ${(scanMs / 1000).toFixed(1)} s — ${Math.round(scanMs / countersMs).toLocaleString('en')}× faster; ${a.totals.received.toLocaleString('en')} received in the 12 months`,
    );
    const table = await benchDeputyTable(rt, changes, now);
    return { dashboard_counters_ms: countersMs, dashboard_scan_ms: scanMs, dashboard_speedup: scanMs / countersMs, ...table };
  } finally {
    rt.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

type Answer = { totals: Figures; responseRate: { rate: number | null } };

/** Passes the facts on, and sums each one's per-deputy row change by deputy and month into `into`. */
function* keepRowChanges(facts: Iterable<StatsFacts>, into: Map<string, RowChange>): Generator<StatsFacts> {
  for (const f of facts) {
    for (const c of rowChangesOf(null, f)) {
      const key = `${c.deputyId} ${c.month}`;
      const had = into.get(key);
      if (!had) into.set(key, { ...c, add: { ...c.add }, scope: [...c.scope] });
      else {
        for (const [k, n] of Object.entries(c.add) as [keyof RowChange['add'], number][]) had.add[k] = (had.add[k] ?? 0) + n;
        for (const t of c.scope) if (!had.scope.includes(t)) had.scope.push(t);
      }
    }
    yield f;
  }
}

/** The 320 bench deputies, their per-deputy rows, and the county's table for this year (time and round trips). */
async function benchDeputyTable(rt: ReturnType<typeof createRuntime>, changes: Map<string, RowChange>, now: Date): Promise<Record<string, number>> {
  const deputies = new Map<string, { level: string; scope: string[] }>();
  rt.store.atomically(() => {
    for (let n = 0; n < 320; n++) {
      const town = n % 40 < 24 ? TOWNS[0] : TOWNS[1];
      const level = LEVELS[n % 5];
      const id = `bench-dep-${n}`;
      deputies.set(id, { level, scope: scopeTokens(town, level) });
      rt.store.insert('deputies', {
        _id: id, name: `代表${n}`, level, homeRegionCode: town[town.length - 1], stationCodes: [`ST${String(n % 40).padStart(3, '0')}`],
        specialties: [], bio: '', photo: '', status: 'active', leaves: [], lastAssignedAt: 0,
      });
    }
  });
  const rows = buildRows(changes.values(), deputies);
  rt.store.atomically(() => {
    for (const row of rows.values()) rt.store.insert('deputystats', { ...row, w: 0 });
  });
  const year = beijingDate(now).slice(0, 4);
  const payload = { from: `${year}-01`, to: `${year}-12`, sort: 'received', limit: 20 };
  const times: number[] = [];
  let rtTable = 0;
  let first: { deputyId: string; received: number } | undefined;
  for (let i = 0; i < 45; i++) {
    const before = rt.dbRequests();
    const started = process.hrtime.bigint();
    const r = await rt.call('admin', { action: 'deputyTable', payload }, 'demo-admin-yuelu');
    if (!r.ok) throw new Error(`deputyTable refused: ${r.code} ${r.message}`);
    if (i >= 5) times.push(Number(process.hrtime.bigint() - started) / 1e6);
    rtTable = rt.dbRequests() - before;
    first = (r.data as { items: { deputyId: string; received: number }[] }).items[0];
  }
  times.sort((a, b) => a - b);
  const most = Math.max(...[...rows.values()].filter((r) => r.period === year).map((r) => r.n));
  if (!first || first.received !== most) throw new Error(`the table's first row has ${first?.received}, the rows' most is ${most}`);
  const ms = times[Math.floor(times.length / 2)];
  console.log(
    `deputy table: ${rows.size.toLocaleString('en')} per-deputy rows for 320 deputies; this year's first page ${ms.toFixed(1)} ms (p90 ${times[Math.floor(times.length * 0.9)].toFixed(1)}), ${rtTable} round trips; top ${first.received.toLocaleString('en')} received`,
  );
  return { deputy_table_ms: ms, rt_deputy_table: rtTable };
}

const monthsOf = (to: string) => {
  const out: string[] = [];
  let [y, m] = to.split('-').map(Number);
  for (let i = 0; i < DASHBOARD.defaultMonths; i++) {
    out.unshift(`${y}-${String(m).padStart(2, '0')}`);
    if (--m === 0) [y, m] = [y - 1, 12];
  }
  return out;
};

/** Stored as the store stores it: extended JSON, dates as {"$date": ISO} (checked on the first row). */
function encode(doc: Record<string, unknown>): string {
  const plain = (v: unknown): unknown =>
    v instanceof Date ? { $date: v.toISOString() } : Array.isArray(v) ? v.map(plain) : v && typeof v === 'object' ? mapValues(v as Record<string, unknown>) : v;
  const mapValues = (o: Record<string, unknown>) => {
    const out: Record<string, unknown> = {};
    for (const k in o) if (o[k] !== undefined) out[k] = plain(o[k]);
    return out;
  };
  return JSON.stringify(mapValues(doc));
}

/**
 * Writes the opinions into a store file of their own — the store's table, the rows as it
 * writes them, in one transaction, without the dozen opinion indexes (a full scan uses none,
 * and building them over a million rows takes minutes here) — and yields each one's facts.
 */
function* writeOpinions(file: string, now: Date): Generator<StatsFacts> {
  const schema = new SqliteStore(file);
  schema.createCollection('opinions', []);
  schema.close();
  const db = new Database(file);
  const insert = db.prepare('INSERT INTO docs (coll, id, doc) VALUES (?, ?, ?)');
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  db.exec('BEGIN');
  try {
    for (let i = 0; i < TOTAL; i++) {
      const doc = benchOpinion(i, now, rand, pick);
      const text = encode(doc);
      if (i === 0 && text !== EJSON.stringify(doc, { relaxed: true })) throw new Error('rows would differ from what the store writes');
      insert.run('opinions', doc._id, text);
      yield factsOf(doc as never, null, DURATION_EDGES_HOURS);
    }
    db.exec('COMMIT');
  } finally {
    db.close();
  }
}

/** 40 stations in the county's two townships; 8 deputies a station, each of one level. */
function benchOpinion(i: number, now: Date, rand: () => number, pick: <T>(xs: readonly T[]) => T) {
  const createdAt = new Date(now.getTime() - Math.floor(rand() * 400 * DAY));
  const deputy = Math.floor(rand() * 320);
  const stationNo = deputy % 40;
  const town = stationNo < 24 ? TOWNS[0] : TOWNS[1];
  const assigned = rand() < 0.92;
  const accepted = assigned && rand() < 0.85;
  const acceptedAt = accepted ? new Date(createdAt.getTime() + rand() * 6 * DAY) : undefined;
  const resolved = accepted && rand() < 0.7;
  const resolvedAt = resolved ? new Date(acceptedAt!.getTime() + rand() * 25 * DAY) : undefined;
  return storedOpinion(i, createdAt, {
    openid: `bench-res-${i % 50_000}`,
    text: '小区公共设施需要维修。',
    stationCode: `ST${String(stationNo).padStart(3, '0')}`,
    regionCode: town[town.length - 1],
    regionPath: town,
    category: pick(CATEGORIES),
    channel: rand() < 0.8 ? 'qr' : pick(CHANNELS),
    status: resolved ? (rand() < 0.6 ? 'closed' : 'resolved') : accepted ? 'accepted' : assigned ? 'assigned' : 'triage',
    ...(assigned
      ? { assigneeDeputyId: `bench-dep-${deputy}`, assigneeName: '代表', assigneeLevelLabel: LEVEL_LABELS[LEVELS[deputy % 5]], acceptDueAt: new Date(createdAt.getTime() + 4 * DAY) }
      : {}),
    ...(accepted ? { acceptedAt, firstResponseAt: acceptedAt } : {}),
    ...(resolved ? { resolvedAt, resultKind: pick(['solved', 'partly', 'explained']), resultDueAt: new Date(acceptedAt!.getTime() + 21 * DAY) } : {}),
    ...(resolved && rand() < 0.6 ? { ratings: [{ at: resolvedAt, result: pick(['satisfied', 'basic', 'unsatisfied']), attitude: 'satisfied' }] } : {}),
    chaseCount: rand() < 0.05 ? 1 : 0,
    overdue: !resolved && accepted && rand() < 0.1,
  });
}

/** The same figures from every stored opinion row: read, decode, facts, sum. */
function scanFigures(store: SqliteStore, months: string[], now: Date) {
  const inPeriod = new Set(months);
  const byMonth = new Map<string, Metrics>(months.map((m) => [m, {}]));
  const PAGE = 50_000;
  for (let offset = 0; ; offset += PAGE) {
    const rows = store.scan('opinions', [], { offset, limit: PAGE });
    for (const doc of rows) {
      if (!(doc.regionPath as string[]).includes(COUNTY)) continue;
      const f = factsOf(doc as never, null, DURATION_EDGES_HOURS);
      if (!inPeriod.has(f.place.m)) continue;
      const cell = byMonth.get(f.place.m)!;
      for (const [k, n] of Object.entries(f.v)) cell[k] = (cell[k] ?? 0) + n;
    }
    if (rows.length < PAGE) break;
  }
  const monthCells = months.map((month) => ({ month, cell: byMonth.get(month)! }));
  return {
    totals: figuresOf(mergeMetrics(monthCells.map((m) => m.cell)), DURATION_EDGES_HOURS),
    rate: responseRate(monthCells, addDays(beijingDate(now), -DASHBOARD.rateExcludeRecentDays)),
  };
}
