/**
 * Brings the per-deputy oversight rows (decision 0033) to what their facts say while the
 * keepers go on moving them — migration 0006 runs it over every month and every deputy. The
 * figures are recomputed with the rebuild's own computation (`buildRows` over `rowChangesOf`
 * of the opinions' claimed facts, `activityRowChange`, `checkInRowChange`, `membershipScopes`)
 * and written the way the counters' reconcile writes (reconcile.ts), never added blindly:
 *   1. the rows are read first, each with its write count `w`;
 *   2. then their facts; anything that moved within the quiet period (a claim, an activity, a
 *      check-in: its keeper's increments may still be on the way) means "not now": nothing is
 *      written and the caller asks again later. A change left unclaimed for longer (its
 *      keeper died) is claimed and counted here, as the relay would have;
 *   3. each row that differs is moved by the difference in one update on the condition that
 *      `w` is still as read — a keeper that moved it since makes the update a no-op, and the
 *      whole unit is read again (a few rounds). A row that does not exist is created and
 *      moved the keepers' way (`applyRowChanges`: month, quarter and year together, its period
 *      noted on the membership row first), so an increment landing meanwhile adds to it.
 * A keeper's change made after step 2 read its opinion is not in the sum; its increments land
 * either before the update (`w` moved) or after it (they add to a right base). Run twice, the
 * second run writes nothing.
 *
 * Month rows take their opinion figures from a month's claimed facts (`reconcileMonthRows`,
 * by month: the facts of a hand-over name the new holder only, so a month is the unit in which
 * every fact of a row is seen) and their activities and check-ins from each deputy's duty record
 * (`reconcileDeputyRows`, by deputy), which then sums the month rows into the quarters and
 * years and checks the membership row. The quarter and year rows are read before the month
 * rows they are summed from: the keepers move a month and its quarter and year in one update.
 */
import {
  activityRowChange,
  buildRows,
  changesOfMonthRows,
  checkInRowChange,
  DUTY_ROW_FIELDS,
  MEMBER,
  OPINION_ROW_FIELDS,
  ROW_FIELDS,
  rowChangesOf,
  rowId,
  satisfactionPerMille,
  type BuiltRow,
  type RowChange,
  type RowField,
  type RowFigures,
} from '../../core/stats/deputy-rows';
import { MONTH_PATTERN } from '../../core/stats/months';
import { sameFacts, type StatsFacts } from '../../core/stats/opinion-facts';
import { STATS_RECONCILE } from '../config/stats';
import type { DeputyDoc } from '../model';
import { isDuplicateKey } from '../platform/db-errors';
import type { Ports } from '../platform/ports';
import { storedDeputiesByIds } from '../deputies/deputies.repo';
import { activitiesOfDeputiesSince, attendanceOfDeputySince } from '../deputies/duty.repo';
import { opinionsCountedInMonthPage } from '../opinions/opinions.repo';
import { stationsByCodes } from '../stations/stations.repo';
import { applyRowChanges, membershipScopes, refreshMemberships } from './deputy-rows';
import { addRow, correctRowAsRead, noteMemberPeriods, rowsOfDeputies, rowsOfPeriodPage, type DeputyRowDoc } from './deputystats.repo';
import { currentFacts, keepStats, type CountedOpinion } from './keep';

export interface RowsReconcile {
  /** Opinions read (a month), or deputies (a page of deputies). */
  processed: number;
  /** Rows written: moved, created, a membership row refreshed or its periods noted. */
  changed: number;
  /** Something moved within the quiet period, or keepers kept winning: the rest is left for a later call. */
  waiting: boolean;
}

/** Rounds of reading again after a keeper moved a row between the read and the update. */
const ROUNDS = 3;
const PAGE = 100;
const RATING_FIELDS: ReadonlySet<RowField> = new Set(['rt', 'st_satisfied', 'st_basic', 'st_unsatisfied']);

const time = (v: Date | string | undefined | null) => (v ? new Date(v).getTime() : 0);

type Members = Map<string, { level: string; scope: string[] }>;

/** The stored deputies among `ids` and where each is listed (the rows' membership), by pages of 100. */
async function deputiesAndMembers(ports: Ports, ids: readonly string[]): Promise<{ deputies: DeputyDoc[]; members: Members }> {
  const deputies: DeputyDoc[] = [];
  const members: Members = new Map();
  for (let i = 0; i < ids.length; i += 100) {
    const slice = await storedDeputiesByIds(ports, ids.slice(i, i + 100));
    for (const [id, scope] of await membershipScopes(ports, slice)) members.set(id, { level: slice.find((d) => d._id === id)!.level, scope });
    deputies.push(...slice);
  }
  return { deputies, members };
}

type Move = 'same' | 'written' | 'conflict';

/**
 * Moves the row `have` (as read; absent: there is none) to the figures of `want` in `fields`
 * (absent: zeros), listed under `want`'s scope too. A missing month row is created the keepers'
 * way; a missing quarter or year row is added whole, its period noted first.
 */
async function moveRow(ports: Ports, deputy: DeputyDoc, period: string, have: DeputyRowDoc | undefined, want: BuiltRow | undefined, fields: readonly RowField[]): Promise<Move> {
  if (!have) {
    if (!want) return 'same';
    const add: RowFigures = {};
    for (const f of fields) if (want[f]) add[f] = want[f];
    if (MONTH_PATTERN.test(period)) {
      await applyRowChanges(ports, [{ deputyId: deputy._id, month: period, add, scope: want.scope }], deputy);
      return 'written';
    }
    await noteMemberPeriods(ports, rowId(deputy._id, MEMBER), [period], []);
    try {
      await addRow(ports, { ...want, w: 0 });
      return 'written';
    } catch (e) {
      if (!isDuplicateKey(e)) throw e;
      return 'conflict'; // a keeper created it meanwhile: read again
    }
  }
  const add: RowFigures = {};
  const after: RowFigures = { ...have };
  for (const f of fields) {
    const d = (want?.[f] ?? 0) - (have[f] ?? 0);
    if (d !== 0) add[f] = d;
    after[f] = want?.[f] ?? 0;
  }
  const scope = (want?.scope ?? []).filter((t) => !have.scope.includes(t));
  const sr = fields.some((f) => RATING_FIELDS.has(f)) ? satisfactionPerMille(after) : have.sr;
  if (Object.keys(add).length === 0 && scope.length === 0 && sr === have.sr) return 'same';
  return (await correctRowAsRead(ports, have._id, have.w, add, sr === have.sr ? {} : { sr }, scope)) ? 'written' : 'conflict';
}

/** Every row of a period, by pages (its ids share the period's prefix). */
async function rowsOfPeriod(ports: Ports, period: string): Promise<Map<string, DeputyRowDoc>> {
  const out = new Map<string, DeputyRowDoc>();
  for (let after: string | undefined; ; ) {
    const page = await rowsOfPeriodPage(ports, period, after, PAGE);
    for (const r of page) out.set(r.deputyId, r);
    if (page.length < PAGE) return out;
    after = page[page.length - 1]._id;
  }
}

/**
 * The opinion figures (`n` … `rop`) and the opinions' station regions of every month row of
 * `month`, from the facts claimed on the opinions received that month.
 */
export async function reconcileMonthRows(ports: Ports, month: string): Promise<RowsReconcile> {
  let changed = 0;
  let processed = 0;
  /** Opinions this call claimed (a dead keeper's change), and when: their claims are ours, not in flight. */
  const ours = new Map<string, [number, number]>();
  for (let round = 0; round < ROUNDS; round++) {
    const stored = await rowsOfPeriod(ports, month);
    const quietSince = ports.clock.now().getTime() - STATS_RECONCILE.quietMs;
    const facts = new Map<string, StatsFacts>();
    let waiting = false;
    let claimed = 0;
    for (let offset = 0; ; offset += STATS_RECONCILE.page) {
      const page = (await opinionsCountedInMonthPage(ports, month, offset, STATS_RECONCILE.page)) as CountedOpinion[];
      for (const doc of page) {
        if (!sameFacts(doc.statsFacts, currentFacts(doc))) {
          if (time(doc.updatedAt) < quietSince) {
            const from = ports.clock.now().getTime();
            await keepStats(ports, doc._id, doc);
            ours.set(doc._id, [from, ports.clock.now().getTime()]);
            claimed++;
          } else waiting = true; // its keeper is on the way
        } else if (time(doc.statsAt) >= quietSince) {
          const span = ours.get(doc._id);
          if (!span || time(doc.statsAt) < span[0] || time(doc.statsAt) > span[1]) waiting = true;
        }
        // A page read again after a new opinion landed before it repeats one: once each.
        if (doc.statsFacts) facts.set(doc._id, doc.statsFacts);
      }
      if (page.length < STATS_RECONCILE.page) break;
    }
    processed = facts.size;
    if (waiting) return { processed, changed, waiting: true };
    if (claimed > 0) continue; // those claims moved rows: read them again

    const changes = [...facts.values()].flatMap((f) => rowChangesOf(null, f));
    const { deputies, members } = await deputiesAndMembers(ports, [...new Set([...changes.map((c) => c.deputyId), ...stored.keys()])]);
    const built = buildRows(changes, members);
    let conflicts = 0;
    for (const deputy of deputies) {
      const moved = await moveRow(ports, deputy, month, stored.get(deputy._id), built.get(rowId(deputy._id, month)), OPINION_ROW_FIELDS);
      if (moved === 'written') changed++;
      if (moved === 'conflict') conflicts++;
    }
    if (conflicts === 0) return { processed, changed, waiting: false };
  }
  return { processed, changed, waiting: true };
}

/** The deputies' activities and check-ins as row changes; `recent` when one moved within the quiet period. */
async function dutyChanges(ports: Ports, deputies: readonly DeputyDoc[], quietSince: number): Promise<{ changes: RowChange[]; recent: boolean }> {
  const changes: RowChange[] = [];
  let recent = false;
  const activities = await activitiesOfDeputiesSince(ports, deputies.map((d) => d._id), '', 10_000 * deputies.length);
  for (const a of activities) {
    const changed = a as typeof a & { updatedAt?: Date; withdrawn?: { at: Date } };
    if (Math.max(time(a.createdAt), time(changed.updatedAt), time(changed.withdrawn?.at)) >= quietSince) recent = true;
    const c = activityRowChange(a);
    if (c) changes.push(c);
  }
  for (const d of deputies) {
    const checkIns = await attendanceOfDeputySince(ports, d._id, '', 10_000);
    if (checkIns.some((a) => time(a.at) >= quietSince)) recent = true;
    const paths = new Map((await stationsByCodes(ports, [...new Set(checkIns.map((a) => a.stationCode))])).map((s) => [s._id, s.regionPath]));
    for (const a of checkIns) changes.push(checkInRowChange(a, paths.get(a.stationCode) ?? [], d.level));
  }
  return { changes, recent };
}

const byId = (rows: readonly DeputyRowDoc[]) => new Map(rows.map((r) => [r._id, r]));
const isPeriodRow = (r: { period: string }) => r.period !== MEMBER && !MONTH_PATTERN.test(r.period);

/**
 * For these deputies: their membership rows (where they are listed), the activities and
 * check-ins of every month row, then every quarter and year row summed from the month rows,
 * and the periods their membership row names. Run after every month's opinion figures.
 *
 * The quarter, year and membership rows are read first, then the month rows, then the duty
 * record: a keeper moves a month and its quarter and year in one update, so it is in both reads
 * or in neither (or moves a row after its read, and refuses the update made on it).
 */
export async function reconcileDeputyRows(ports: Ports, deputyIds: readonly string[]): Promise<RowsReconcile> {
  let changed = 0;
  for (let round = 0; round < ROUNDS; round++) {
    changed += await refreshMemberships(ports, deputyIds);
    const { deputies, members } = await deputiesAndMembers(ports, deputyIds);
    const ids = deputies.map((d) => d._id);
    const periods = byId((await rowsOfDeputies(ports, ids)).filter((r) => !MONTH_PATTERN.test(r.period)));
    const months = byId((await rowsOfDeputies(ports, ids)).filter((r) => MONTH_PATTERN.test(r.period)));
    const duty = await dutyChanges(ports, deputies, ports.clock.now().getTime() - STATS_RECONCILE.quietMs);
    if (duty.recent) return { processed: deputies.length, changed, waiting: true };

    // Activities and check-ins of the month rows.
    const built = buildRows(duty.changes, members);
    let conflicts = 0;
    let created = 0;
    for (const d of deputies) {
      const wanted = new Set<string>();
      for (const rows of [months, built]) for (const r of rows.values()) if (r.deputyId === d._id && MONTH_PATTERN.test(r.period)) wanted.add(r.period);
      for (const m of [...wanted].sort()) {
        const id = rowId(d._id, m);
        const have = months.get(id);
        const moved = await moveRow(ports, d, m, have, built.get(id), DUTY_ROW_FIELDS);
        if (moved === 'conflict') conflicts++;
        if (moved !== 'written') continue;
        changed++;
        if (!have) created++;
        // Written on the row as read: it now holds what was asked.
        else for (const f of DUTY_ROW_FIELDS) have[f] = built.get(id)?.[f] ?? 0;
      }
    }
    // A row created meanwhile may hold a keeper's increment too: read the rows again.
    if (conflicts > 0 || created > 0) continue;

    // Quarters and years: the sums of their month rows.
    const sums = buildRows(changesOfMonthRows(months.values()), members);
    for (const d of deputies) {
      const wanted = new Set<string>();
      for (const rows of [periods, sums]) for (const r of rows.values()) if (r.deputyId === d._id && isPeriodRow(r)) wanted.add(r.period);
      for (const p of [...wanted].sort()) {
        const moved = await moveRow(ports, d, p, periods.get(rowId(d._id, p)), sums.get(rowId(d._id, p)), ROW_FIELDS);
        if (moved === 'written') changed++;
        if (moved === 'conflict') conflicts++;
      }
      // The membership row names every period the deputy has a row for (else the table lists them as having nothing there).
      const member = periods.get(rowId(d._id, MEMBER));
      if (!member) continue;
      const has = new Set([...[...months.values()].filter((r) => r.deputyId === d._id).map((r) => r.period), ...wanted]);
      const missing = [...has].filter((p) => !(member.periods ?? []).includes(p)).sort();
      if (missing.length && (await noteMemberPeriods(ports, member._id, missing, []))) changed++;
    }
    if (conflicts === 0) return { processed: deputies.length, changed, waiting: false };
  }
  return { processed: deputyIds.length, changed, waiting: true };
}
