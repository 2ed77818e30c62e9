/**
 * `npm run bench -- --province` (issue 19): the figures of round-trips.ts again on a province's
 * data, and the province dashboard. With the flag, index.ts runs ONLY these figures (the
 * others need no province data and take minutes of their own); without it nothing here runs,
 * so the normal `npm run bench` is unchanged. About 7 minutes on 2 cores, most of it seeding.
 *
 * The province (deterministic: one seeded PRNG, no Math.random), in a store file in a temp dir
 * (removed afterwards). setup.init and the demo data first, through the runtime, as startLocal
 * does; then, straight into the store's table:
 *   the region tree 湖南省 → 14 cities → 122 counties (real codes and names) → 1,900 townships
 *   (codes county + 3 digits, generated names; the demo's 望月湖 and 咸嘉湖 街道 kept), and the
 *   demo's military node; 5,000 stations (the demo's four among them) with a position inside
 *   Hunan's bounding box (`location`, and `geo`, the GeoJSON point StationDoc declares);
 *   130,000 deputies of the five levels, each on one or two stations (`stationCodes`, and each
 *   station's `deputyIds`), with the open load their opinions give them; users: the demo
 *   personas, a province admin, 14 city and 122 county admins and a staff member for every
 *   fourth station (bound deputies' and residents' user documents are not seeded: the local
 *   store matches `users.staffStationCodes` in memory, so their numbers would weigh on the
 *   local time of every submit, not on its round trips); 1,000,000 opinions received over the
 *   12 months before the bench's day, a status mix by age (old ones mostly closed, recent ones
 *   open, overdue where a deadline has passed), each as the relay leaves it (notified, its
 *   statistics facts and open load recorded), the tracking-number counters of those days, and
 *   the statistics counters computed as dashboard.ts computes them (factsOf + aggregate, month
 *   by month: every counter document belongs to one month, so the months' sums are the whole
 *   sums). The rows go in through prepared statements with the indexes dropped (BulkWriter);
 *   the runtime's start builds the indexes again.
 * The demo personas keep their roles: 李红梅 (d-county-1, demo-deputy-county) holds several
 * hundred cases. Measured as round-trips.ts measures them, through the runtime and the
 * genuine SDK client:
 *   province_rt_submit (3 photos, chosen deputy), province_rt_accept, province_rt_reply,
 *   province_rt_inbox, province_rt_station_get, province_rt_detail, province_rt_dashboard
 *   (the province admin, 12 months), province_submit_p50_ms_rtt10, province_accept_p50_ms_rtt10
 *   (10 ms a database request, 50 ms an open API call), province_dashboard_ms (the province
 *   admin's 12-month dashboard, no added latency: median of 20 calls after 3, or of fewer, at
 *   least 5, when they take over a minute), and province_nearest_rt / province_nearest_ms
 *   (station.nearest from 五一广场, Changsha) when stations declare a 2dsphere index (the
 *   geoNear query); otherwise skipped, and said so.
 * A refused action has no figure: the refusal and the requests it made are printed instead.
 * Also printed: each action's requests, each seeding stage's time, the store file's size and,
 * when the dashboard is refused or slow, or a latency figure misses its target, where the time
 * goes (each read timed on its own through the runtime's ports).
 * BENCH_PROVINCE_OPINIONS=n seeds fewer opinions (for trying the script out only).
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { OPEN_STATUSES } from '../../core/opinion-status';
import { MovableClock } from '../../emulator/clock';
import { readCounters } from '../../server/dashboard/dashboard';
import { dashboardScope } from '../../server/dashboard/scope';
import { createRuntime, type LocalRuntime } from '../../server/local/runtime';
import type { OpinionDoc, StationDoc } from '../../server/model';
import { indexesOf } from '../../server/platform/collections';
import type { Logger } from '../../server/platform/ports';
import { runRelay } from '../../server/scheduler/relay';
import { regionsWithParentIn } from '../../server/stations/regions.repo';
import { stationNamesByCodes, stationWithPeople } from '../../server/stations/stations.repo';
import { resolveActor } from '../../server/users/actor';
import { agreeOnBehalf, COUNTY_DEPUTY, RESIDENT, TUESDAY_SESSION, withHelpers } from '../../test/support/local';
import { CHANGSHA, DEPUTY_ID, PHOTO, PROVINCE_ADMIN, STATION, seedProvince } from './province-seed';

// ---------------------------------------------------------------------------------------------
// Measuring

type Result = { ok: boolean; code?: string; message?: string; data?: unknown };
type Measured = { ok: boolean; refusal?: string; rt: number; ms: number; data?: unknown; trace: string[] };

/** Runs `call` and answers what it cost (database requests, milliseconds) and whether it was refused. */
async function measured(rt: LocalRuntime, call: () => Promise<Result>): Promise<Measured> {
  const before = rt.dbRequests();
  const trace = rt.dbTrace().length;
  const started = process.hrtime.bigint();
  const r = await call();
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const spent = { rt: rt.dbRequests() - before, ms, trace: rt.dbTrace().slice(trace) };
  return r.ok ? { ok: true, data: r.data, ...spent } : { ok: false, refusal: `${r.code} ${r.message}`, ...spent };
}

/** As `measured`, for a step the rest depends on: a refusal stops the bench. */
async function required(rt: LocalRuntime, call: () => Promise<Result>): Promise<Measured> {
  const m = await measured(rt, call);
  if (!m.ok) throw new Error(`refused: ${m.refusal}`);
  return m;
}

/** Image checks are started, not answered: no verdict lands while an action is measured. */
function holdVerdicts(rt: LocalRuntime, latencyMs: number): void {
  let n = 0;
  rt.ports.openapi.mediaCheckAsync = async () => {
    if (latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, latencyMs));
    return { traceId: `bench-province-trace-${++n}` };
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/** `getDocument stations ×51`, for a trace. */
const tally = (trace: string[]) => {
  const counts = new Map<string, number>();
  for (const t of trace) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts].map(([k, n]) => (n > 1 ? `${k} ×${n}` : k)).join(', ');
};

function open(dir: string, now: Date, log: Logger, latency?: { dbLatencyMs: number; openapiLatencyMs: number }) {
  const clock = new MovableClock();
  clock.set(now);
  return withHelpers(createRuntime({ dataDir: dir, clock, log, ...(latency ?? {}) }));
}

/** A logger that keeps the index check's findings (a query no declared index serves), to print them. */
export function findingsLogger(): Logger & { findings: Set<string> } {
  const findings = new Set<string>();
  return {
    findings,
    info: () => undefined,
    error: (message: string, extra?: Record<string, unknown>) => {
      if (message.startsWith('index check')) findings.add(`${extra?.shape ?? ''}${extra?.from ? ` from ${extra.from}` : ''}`);
    },
  } as Logger & { findings: Set<string> };
}

export async function benchProvince(): Promise<Record<string, number>> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-province-'));
  const now = TUESDAY_SESSION;
  const log = findingsLogger();
  try {
    const { stages, seedS } = await seedProvince(dir, now, log);
    const i0 = Date.now();
    open(dir, now, log).close(); // the runtime's start builds the indexes dropped for the bulk writes
    const indexS = (Date.now() - i0) / 1000;
    const size = statSync(path.join(dir, 'cloud.db')).size;
    console.log(`province bench: seeded in ${(seedS + indexS).toFixed(1)} s`);
    for (const s of stages) console.log(`  ${s}`);
    console.log(`  indexes built (runtime start): ${indexS.toFixed(1)} s; store file ${(size / 1024 ** 2).toLocaleString('en', { maximumFractionDigits: 0 })} MB`);
    return await measureProvince(dir, now, log);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The figures on a seeded province's store file (`dir`). */
export async function measureProvince(dir: string, now: Date, log: ReturnType<typeof findingsLogger>): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  const t = open(dir, now, log);
  const held = t.store.scan('opinions', [{ field: 'assigneeDeputyId', values: [DEPUTY_ID] }]) as unknown as OpinionDoc[];
  const openHeld = held.filter((o) => OPEN_STATUSES.includes(o.status)).length;
  const station = t.store.get('stations', STATION) as unknown as StationDoc;
  console.log(`  ${DEPUTY_ID} (${COUNTY_DEPUTY}) holds ${held.length} cases, ${openHeld} open; station ${STATION} has ${station.deputyIds.length} deputies`);
  try {
    holdVerdicts(t, 0);
    await agreeOnBehalf(t, PROVINCE_ADMIN);
    // Round trips: no latency, one of each action on the worst path (as round-trips.ts).
    const photos = [await t.upload(PHOTO, RESIDENT), await t.upload(PHOTO, RESIDENT), await t.upload(PHOTO, RESIDENT)];
    const submit = await required(t, () =>
      t.call('opinion', { action: 'submit', payload: { stationCode: STATION, category: '住房物业', text: '省级压测:三号楼电梯停运两天了', photos, chosenDeputyId: DEPUTY_ID, requestId: 'bench-province-rt-0' } }, RESIDENT),
    );
    await runRelay(t.ports);
    const routed = await required(t, () =>
      t.call('opinion', { action: 'submit', payload: { stationCode: STATION, category: '住房物业', text: '省级压测:小区门口路灯坏了一个月', chosenDeputyId: DEPUTY_ID, requestId: 'bench-province-rt-routed' } }, RESIDENT),
    );
    const id = (routed.data as { id: string }).id;
    await runRelay(t.ports);
    const actions: Record<string, Measured> = { submit };
    actions.accept = await required(t, () => t.call('deputy', { action: 'accept', payload: { id } }, COUNTY_DEPUTY));
    actions.reply = await required(t, () => t.call('deputy', { action: 'reply', payload: { id, text: '已联系物业,本周内修好,请您留意。' } }, COUNTY_DEPUTY));
    actions.inbox = await measured(t, () => t.call('deputy', { action: 'inbox', payload: {} }, COUNTY_DEPUTY));
    actions.station_get = await measured(t, () => t.call('station', { action: 'get', payload: { code: STATION } }));
    actions.detail = await measured(t, () => t.call('opinion', { action: 'detail', payload: { id } }, RESIDENT));
    actions.dashboard = await measured(t, () => t.call('admin', { action: 'dashboard', payload: {} }, PROVINCE_ADMIN));
    await settled(t);
    for (const [k, m] of Object.entries(actions)) {
      // A refused action has no figure: what it spent until the refusal is printed, not reported.
      if (m.ok) out[`province_rt_${k}`] = m.rt;
      console.log(`  ${k.padEnd(12)} ${String(m.rt).padStart(3)} requests, ${m.ms.toFixed(1).padStart(7)} ms${m.ok ? '' : `  ✗ REFUSED ${m.refusal}`}: ${tally(m.trace)}`);
    }
    if (actions.inbox.ok) console.log(`  inbox tab counts: ${JSON.stringify((actions.inbox.data as { counts: Record<string, number> }).counts)}`);

    // The province admin's 12-month dashboard, no added latency: median of 20 after 3.
    if (actions.dashboard.ok) {
      // (A slow one: at least 5 calls, then no more after a minute.)
      const times: number[] = [];
      let answer: { totals: { received: number }; countersRead?: number; byStation: unknown[]; byRegion: unknown[] } | undefined;
      const until = Date.now() + 60_000;
      for (let i = 0; i < 23 && (i < 8 || Date.now() < until); i++) {
        const m = await required(t, () => t.call('admin', { action: 'dashboard', payload: {} }, PROVINCE_ADMIN));
        if (i >= 3) times.push(m.ms);
        answer = m.data as typeof answer;
      }
      out.province_dashboard_ms = median(times);
      console.log(
        `  province dashboard: median of ${times.length} ${out.province_dashboard_ms.toFixed(1)} ms (fastest ${Math.min(...times).toFixed(1)}, slowest ${Math.max(...times).toFixed(1)}); ` +
          `${answer!.totals.received.toLocaleString('en')} received, ${answer!.countersRead} counter documents, ${answer!.byStation.length} station rows, ${answer!.byRegion.length} region rows`,
      );
    } else {
      console.log(`  province dashboard: ✗ refused (${actions.dashboard.refusal}): no province_dashboard_ms, no province_rt_dashboard`);
    }
    if (!actions.dashboard.ok || out.province_dashboard_ms > 50) await dashboardStages(t);

    // station.nearest from a point in Changsha, when stations declare a geo index (a geoNear query).
    if (indexesOf('stations').some((ix) => (ix as { type?: string }).type === '2dsphere')) {
      const first = await required(t, () => t.call('station', { action: 'nearest', payload: CHANGSHA }));
      const ms: number[] = [];
      for (let i = 0; i < 20; i++) ms.push((await required(t, () => t.call('station', { action: 'nearest', payload: CHANGSHA }))).ms);
      out.province_nearest_rt = first.rt;
      out.province_nearest_ms = median(ms);
      const items = (first.data as { items: { code: string }[] }).items;
      console.log(`  nearest: ${first.rt} requests (${tally(first.trace)}), median ${out.province_nearest_ms.toFixed(1)} ms, ${items.length} stations: ${items.slice(0, 5).map((x) => x.code).join(', ')}…`);
    } else {
      console.log('  nearest: skipped (stations declare no 2dsphere index: station.nearest is not geo-based yet)');
    }
  } finally {
    t.close();
  }

  // Latency: 10 ms a database request, 50 ms an open API call (as round-trips.ts).
  const RUNS = 15;
  const lt = open(dir, now, log, { dbLatencyMs: 10, openapiLatencyMs: 50 });
  try {
    holdVerdicts(lt, 50);
    const residents = Array.from({ length: RUNS }, (_, i) => `bench-province-resident-${i}`);
    for (const who of residents) await agreeOnBehalf(lt, who);
    const submits: number[] = [];
    const accepts: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const payload = { stationCode: STATION, category: '住房物业', text: `省级压测意见 ${i}:小区路灯坏了`, chosenDeputyId: DEPUTY_ID, requestId: `bench-province-rtt-${i}` };
      const s = await required(lt, () => lt.call('opinion', { action: 'submit', payload }, residents[i]));
      submits.push(s.ms);
      const a = await required(lt, () => lt.call('deputy', { action: 'accept', payload: { id: (s.data as { id: string }).id } }, COUNTY_DEPUTY));
      accepts.push(a.ms);
    }
    out.province_submit_p50_ms_rtt10 = median(submits);
    out.province_accept_p50_ms_rtt10 = median(accepts);
    console.log(`  with 10 ms a request: submit p50 ${out.province_submit_p50_ms_rtt10.toFixed(0)} ms, accept p50 ${out.province_accept_p50_ms_rtt10.toFixed(0)} ms`);
    if (out.province_submit_p50_ms_rtt10 > 150 || out.province_accept_p50_ms_rtt10 > 80) await callerStages(lt);
  } finally {
    lt.close();
  }
  if (log.findings.size) console.log(`  queries no declared index serves:\n    ${[...log.findings].join('\n    ')}`);
  return out;
}

/**
 * Until the runtime sends no more requests: a refused call's other reads (Promise.all) go on
 * after its answer, and must not be counted with what is timed next.
 */
async function settled(t: LocalRuntime): Promise<void> {
  for (let last = -1; last !== t.dbRequests(); ) {
    last = t.dbRequests();
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * Where a submit's time goes beyond its round trips: the reads every call or a submit makes,
 * each on its own through the runtime's ports (with the runtime's latency), for a resident
 * (a user document without a deputy) and for a deputy.
 */
async function callerStages(t: ReturnType<typeof open>): Promise<void> {
  console.log('  submit, read by read (median of 5, with the latency):');
  const time = async (label: string, f: () => Promise<unknown>) => {
    const ms: number[] = [];
    const before = t.dbRequests();
    for (let i = 0; i < 5; i++) {
      const s = process.hrtime.bigint();
      await f();
      ms.push(Number(process.hrtime.bigint() - s) / 1e6);
    }
    console.log(`    ${label.padEnd(52)} ${median(ms).toFixed(1).padStart(7)} ms, ${(t.dbRequests() - before) / 5} requests`);
  };
  await time(`who is calling: a resident (${RESIDENT})`, () => resolveActor(t.ports, RESIDENT));
  await time(`who is calling: a deputy (${COUNTY_DEPUTY})`, () => resolveActor(t.ports, COUNTY_DEPUTY));
  await time(`the station with its deputies and staff (${STATION})`, () => stationWithPeople(t.ports, STATION));
}

/**
 * Where the province dashboard's time goes: each of its reads on its own (through the
 * runtime's ports, as the handler makes them) and what the counters weigh; the rest of a
 * call is the figures' arithmetic and the answer's check.
 */
async function dashboardStages(t: ReturnType<typeof open>): Promise<void> {
  const actor = await resolveActor(t.ports, PROVINCE_ADMIN);
  const time = async <T>(label: string, f: () => Promise<T>): Promise<T | undefined> => {
    let value: T | undefined;
    const ms: number[] = [];
    const before = t.dbRequests();
    for (let i = 0; i < 5; i++) {
      const s = process.hrtime.bigint();
      try {
        value = await f();
      } catch (e) {
        console.log(`    ${label.padEnd(44)} ✗ ${e instanceof Error ? e.message : String(e)} (after ${(Number(process.hrtime.bigint() - s) / 1e6).toFixed(1)} ms, ${t.dbRequests() - before} requests)`);
        return undefined;
      }
      ms.push(Number(process.hrtime.bigint() - s) / 1e6);
    }
    console.log(`    ${label.padEnd(44)} ${median(ms).toFixed(1).padStart(7)} ms, ${(t.dbRequests() - before) / 5} requests`);
    return value;
  };
  await settled(t);
  console.log('  province dashboard, stage by stage (median of 5):');
  const scope = await time('scope (admin, region)', () => dashboardScope(t.ports, actor, {}));
  if (!scope) return;
  const docs = (await time('counters (12 documents by id)', () => readCounters(t.ports, scope))) ?? [];
  const stationCodes = [...new Set(docs.flatMap((d) => Object.keys((d.s as object | undefined) ?? {})))];
  await time(`names of the ${stationCodes.length} stations the counters name`, () => stationNamesByCodes(t.ports, stationCodes));
  await time('the regions one level down', () => regionsWithParentIn(t.ports, [scope.region._id]));
  const bytes = docs.reduce((sum, d) => sum + JSON.stringify(d).length, 0);
  const cells = (d: Record<string, unknown>, k: string) => Object.keys((d[k] as object | undefined) ?? {}).length;
  console.log(`    the counters: ${(bytes / 1024).toFixed(0)} KB as JSON, ${docs.map((d) => cells(d, 's')).reduce((a, b) => Math.max(a, b), 0)} station cells and ${docs.map((d) => cells(d, 'g')).reduce((a, b) => Math.max(a, b), 0)} region cells in the largest month`);
}
