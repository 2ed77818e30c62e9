/**
 * Keeps the per-deputy oversight rows (core/stats/deputy-rows.ts, decision 0033) with each
 * event, the way the dashboard's counters are kept (decision 0012): the opinion keeper hands
 * over what an opinion's claimed facts moved (server/dashboard/keep.ts), a recorded activity or
 * check-in adds one (server/deputies/duty.ts). The three rows of a month (month, quarter,
 * year) move by one `_.inc` update; missing rows are first created empty, listed where the
 * deputy's membership is, and the membership row notes the new periods first — so a deputy is
 * never listed both with a row and as having nothing. A rate sorted on (satisfaction) is
 * written after the increments, on each row as read.
 *
 * Like the counters, rows can be left short by a process killed between the claim and the
 * increments (never doubled); `npm run stats:rebuild` recomputes them (rebuild.ts).
 */
import {
  MEMBER,
  periodsOfMonth,
  ROW_FIELDS,
  rowId,
  satisfactionPerMille,
  scopeTokens,
  type RowChange,
  type RowFigures,
} from '../../core/stats/deputy-rows';
import type { DeputyDoc } from '../model';
import { isDuplicateKey } from '../platform/db-errors';
import type { Ports } from '../platform/ports';
import { getDeputy, storedDeputiesByIds } from '../deputies/deputies.repo';
import { regionsByCodes } from '../stations/regions.repo';
import { stationsByCodes } from '../stations/stations.repo';
import {
  addRow,
  existingRowIdsAmong,
  incrementRows,
  knownRowIds,
  noteMemberPeriods,
  rowsByIds,
  setMemberScopeAsRead,
  setRateAsRead,
  type DeputyRowDoc,
} from './deputystats.repo';

const RATING_FIELDS = new Set(['rt', 'st_satisfied', 'st_basic', 'st_unsatisfied']);

/** An empty row: every figure a number (the table's index sorts by them), no rating yet. */
export function emptyRow(deputyId: string, period: string, level: string, scope: string[]): DeputyRowDoc {
  const zeros = Object.fromEntries(ROW_FIELDS.map((f) => [f, 0])) as RowFigures;
  return { _id: rowId(deputyId, period), deputyId, period, level, scope, ...zeros, sr: -1, w: 0 };
}

/** Where a deputy is listed whatever they did: the regions of their home and of the stations they are attached to. */
export async function membershipScopes(ports: Ports, deputies: readonly DeputyDoc[]): Promise<Map<string, string[]>> {
  const [regions, stations] = await Promise.all([
    regionsByCodes(ports, [...new Set(deputies.map((d) => d.homeRegionCode))]),
    stationsByCodes(ports, [...new Set(deputies.flatMap((d) => d.stationCodes))]),
  ]);
  const pathOfRegion = new Map(regions.map((r) => [r._id, r.path]));
  const pathOfStation = new Map(stations.map((s) => [s._id, s.regionPath]));
  return new Map(
    deputies.map((d) => {
      const paths = [pathOfRegion.get(d.homeRegionCode) ?? [d.homeRegionCode], ...d.stationCodes.map((c) => pathOfStation.get(c) ?? [])];
      return [d._id, scopeTokens(paths.flat(), d.level)];
    }),
  );
}

/** Creates the deputy's rows among `ids` that do not exist yet (their periods noted on the membership row first). */
async function ensureRows(ports: Ports, deputyId: string, periods: readonly string[], inHand?: DeputyDoc): Promise<void> {
  const known = knownRowIds(ports);
  const ids = periods.map((p) => rowId(deputyId, p));
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length === 0) return;
  const memberId = rowId(deputyId, MEMBER);
  for (const id of await existingRowIdsAmong(ports, [...unknown, memberId])) known.add(id);
  const missing = periods.filter((p) => !known.has(rowId(deputyId, p)));
  if (missing.length === 0) return;
  const deputy = inHand ?? (await getDeputy(ports, deputyId));
  if (!deputy) return; // a deputy removed from the store: nothing lists them
  const scope = (await membershipScopes(ports, [deputy])).get(deputy._id) ?? [];
  if (!known.has(memberId)) {
    await addOnce(ports, { ...emptyRow(deputyId, MEMBER, deputy.level, scope), periods: [] });
    known.add(memberId);
  }
  await noteMemberPeriods(ports, memberId, missing, scope);
  for (const p of missing) {
    await addOnce(ports, emptyRow(deputyId, p, deputy.level, scope));
    known.add(rowId(deputyId, p));
  }
}

async function addOnce(ports: Ports, doc: DeputyRowDoc): Promise<void> {
  try {
    await addRow(ports, doc);
  } catch (e) {
    if (!isDuplicateKey(e)) throw e;
  }
}

/** Moves the rows by the changes an opinion's facts made (or an activity, a check-in). */
export async function applyRowChanges(ports: Ports, changes: readonly RowChange[], inHand?: DeputyDoc): Promise<void> {
  for (const c of changes) {
    const periods = periodsOfMonth(c.month);
    await ensureRows(ports, c.deputyId, periods, inHand?._id === c.deputyId ? inHand : undefined);
    const ids = periods.map((p) => rowId(c.deputyId, p));
    const moved = await incrementRows(ports, ids, c.add, c.scope);
    if (moved !== ids.length) ports.log.error('deputy rows missing while kept; a rebuild repairs them', { ids, moved });
    if (Object.keys(c.add).some((k) => RATING_FIELDS.has(k))) await refreshRates(ports, ids);
  }
}

/** Writes each row's satisfaction rate from its figures, on the row as read (five rounds; a rebuild repairs the rest). */
async function refreshRates(ports: Ports, ids: readonly string[]): Promise<void> {
  let due = [...ids];
  for (let round = 0; round < 5 && due.length; round++) {
    const again: string[] = [];
    for (const row of await rowsByIds(ports, due)) {
      const sr = satisfactionPerMille(row);
      if (row.sr !== sr && !(await setRateAsRead(ports, row._id, row.w, sr))) again.push(row._id);
    }
    due = again;
  }
  if (due.length) ports.log.error('satisfaction rate of deputy rows not written; a rebuild repairs it', { ids: due });
}

/** Counts one activity the deputy typed in (`act`), or one check-in at a station (`chk`, listed where the station is). */
export async function countDuty(ports: Ports, deputy: DeputyDoc, date: string, field: 'act' | 'chk', stationPath: readonly string[] = []): Promise<void> {
  const change: RowChange = { deputyId: deputy._id, month: date.slice(0, 7), add: { [field]: 1 }, scope: scopeTokens(stationPath, deputy.level) };
  await applyRowChanges(ports, [change], deputy);
}

/**
 * Moves one activity typed in from the month of `from` to the month of `to` (Beijing dates;
 * null: counted in none) — a correction of its date, or a withdrawal. Called once, by the
 * request whose conditional write on the activity's version won.
 */
export async function moveActivityCount(ports: Ports, deputy: DeputyDoc, from: string | null, to: string | null): Promise<void> {
  if (from && to && from.slice(0, 7) === to.slice(0, 7)) return;
  const changes: RowChange[] = [];
  if (from) changes.push({ deputyId: deputy._id, month: from.slice(0, 7), add: { act: -1 }, scope: [] });
  if (to) changes.push({ deputyId: deputy._id, month: to.slice(0, 7), add: { act: 1 }, scope: [] });
  await applyRowChanges(ports, changes, deputy);
}

/**
 * Brings the membership rows of these deputies up to date with where they are homed and
 * attached (the daily pass over every deputy: a deputy imported or attached since, who has
 * done nothing yet, is listed too). A membership row's scope is replaced, its periods kept.
 */
export async function refreshMemberships(ports: Ports, deputyIds: readonly string[]): Promise<number> {
  if (deputyIds.length === 0) return 0;
  const deputies = await storedDeputiesByIds(ports, deputyIds);
  const [scopes, members] = await Promise.all([membershipScopes(ports, deputies), rowsByIds(ports, deputies.map((d) => rowId(d._id, MEMBER)))]);
  const byId = new Map(members.map((m) => [m.deputyId, m]));
  let changed = 0;
  for (const d of deputies) {
    const scope = scopes.get(d._id) ?? [];
    const now = byId.get(d._id);
    if (now && now.level === d.level && sameSet(now.scope, scope)) continue;
    // A keeper noting a period meanwhile wins; the next day's pass looks again.
    if (now) await setMemberScopeAsRead(ports, now._id, now.w, d.level, scope);
    else await addOnce(ports, { ...emptyRow(d._id, MEMBER, d.level, scope), periods: [] });
    knownRowIds(ports).add(rowId(d._id, MEMBER));
    changed++;
  }
  return changed;
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));
