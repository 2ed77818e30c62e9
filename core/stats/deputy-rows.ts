/**
 * The per-deputy oversight rows (decision 0033): one row per deputy and period — a month
 * `YYYY-MM`, a quarter `YYYY-Qn`, a year `YYYY` — with the figures the office's table shows
 * as plain fields, so that the table is read in pages straight from an index sorted by any
 * column. Beside them, one membership row per deputy (period `member`) names where the deputy
 * is listed even in a period with nothing in it.
 *
 * A row's figures come from the same facts the dashboard counts (core/stats/opinion-facts.ts):
 * an opinion counts for the deputy holding it, in the month it was received (a cohort), and
 * moves with a hand-over; activities and check-ins count in the month of their date.
 *
 * `scope` lists where a row is listed: every region on the deputy's home path and on the paths
 * of the stations they are attached to (the membership), and the paths of the stations where
 * the period's work happened (an opinion's station, a check-in's station) — PRODUCT.md: a
 * record is visible to the admins above the home region and above the stations where the work
 * happened. Each region appears also as `<region>|<level>`, so that one index serves a table
 * narrowed to one level of deputy. Pure.
 */
import type { Metrics, StatsFacts } from './opinion-facts';
import { M, ratingMetric } from './opinion-facts';
import { MONTH_PATTERN } from './months';

/** The period of a membership row (not a time period). */
export const MEMBER = 'member';

/** The figures of a row, as stored (short names: they are fields of every row). */
export const ROW_FIELDS = ['n', 'acc', 'aot', 'res', 'rt', 'st_satisfied', 'st_basic', 'st_unsatisfied', 'chs', 'rop', 'act', 'chk'] as const;
export type RowField = (typeof ROW_FIELDS)[number];
export type RowFigures = Partial<Record<RowField, number>>;

/** What an opinion's facts give a row: the metric of the facts each field is. */
const FROM_FACTS: [RowField, string][] = [
  ['n', M.received],
  ['acc', M.accepted],
  ['aot', M.acceptedOnTime],
  ['res', M.resolved],
  ['rt', M.rated],
  ['st_satisfied', ratingMetric('satisfied')],
  ['st_basic', ratingMetric('basic')],
  ['st_unsatisfied', ratingMetric('unsatisfied')],
  ['chs', M.chases],
  ['rop', M.reopened],
];

/** The columns the table sorts by. */
export const TABLE_SORT_KEYS = ['received', 'acceptedOnTime', 'resolved', 'satisfaction', 'chases', 'reopened', 'activities', 'checkIns'] as const;
export type TableSort = (typeof TABLE_SORT_KEYS)[number];

/** The stored field each column sorts by (`sr`: the satisfaction rate). */
export const TABLE_SORTS: Record<TableSort, RowField | 'sr'> = {
  received: 'n',
  acceptedOnTime: 'aot',
  resolved: 'res',
  satisfaction: 'sr',
  chases: 'chs',
  reopened: 'rop',
  activities: 'act',
  checkIns: 'chk',
};

/** The satisfaction rate stored for sorting: per mille of the rated (满意 and 基本满意), −1 while none is rated (below any rate). */
export function satisfactionPerMille(f: RowFigures): number {
  const rated = f.rt ?? 0;
  if (rated <= 0) return -1;
  return Math.round((((f.st_satisfied ?? 0) + (f.st_basic ?? 0)) / rated) * 1000);
}

/** The periods a month's figures count in: the month, its quarter, its year. */
export function periodsOfMonth(month: string): [string, string, string] {
  const [y, m] = month.split('-');
  return [month, `${y}-Q${Math.floor((Number(m) - 1) / 3) + 1}`, y];
}

/** The row of a deputy in a period. */
export const rowId = (deputyId: string, period: string) => `${period}~${deputyId}`;

/** Scope tokens of regions for a deputy of `level`: each region, and each region with the level. */
export function scopeTokens(regions: Iterable<string>, level: string): string[] {
  const out = new Set<string>();
  for (const r of regions) {
    out.add(r);
    out.add(`${r}|${level}`);
  }
  return [...out];
}

/** The scope token a table asks for: the region, or the region and one level. */
export const scopeToken = (region: string, level?: string) => (level ? `${region}|${level}` : region);

/** The row figures of an opinion's facts (zeros left out). */
export function rowFiguresOfFacts(v: Metrics): RowFigures {
  const out: RowFigures = {};
  for (const [field, metric] of FROM_FACTS) if (v[metric]) out[field] = v[metric];
  return out;
}

/** A change to one deputy's rows of one month: figures to add, regions to list the rows under. */
export interface RowChange {
  deputyId: string;
  month: string;
  add: RowFigures;
  /** Scope tokens the rows must carry (added, never removed by an increment). */
  scope: string[];
}

/**
 * What the rows move by when an opinion's facts go from `before` to `after`: its old holder's
 * month loses its figures, the new holder's month gains them (the same deputy and month: the
 * difference). The regions of the opinion's station join the new holder's scope.
 */
export function rowChangesOf(before: StatsFacts | null | undefined, after: StatsFacts): RowChange[] {
  const byKey = new Map<string, RowChange>();
  const at = (deputyId: string, month: string) => {
    const key = `${deputyId} ${month}`;
    let c = byKey.get(key);
    if (!c) byKey.set(key, (c = { deputyId, month, add: {}, scope: [] }));
    return c;
  };
  const apply = (f: StatsFacts, sign: number) => {
    if (!f.place.dep) return;
    const c = at(f.place.dep, f.place.m);
    for (const [field, n] of Object.entries(rowFiguresOfFacts(f.v)) as [RowField, number][]) c.add[field] = (c.add[field] ?? 0) + sign * n;
    if (sign > 0 && f.place.l !== 'none') c.scope = scopeTokens(f.place.r, f.place.l);
  };
  if (before) apply(before, -1);
  apply(after, 1);
  const out: RowChange[] = [];
  for (const c of byKey.values()) {
    for (const k of Object.keys(c.add) as RowField[]) if (c.add[k] === 0) delete c.add[k];
    // A move that changes no figure and lists nowhere new (a reply, a status the rows do not show) is nothing.
    if (Object.keys(c.add).length || (c.scope.length && !sameScope(before, after))) out.push(c);
  }
  return out;
}

const sameScope = (a: StatsFacts | null | undefined, b: StatsFacts) =>
  Boolean(a && a.place.dep === b.place.dep && a.place.m === b.place.m && a.place.r.join('/') === b.place.r.join('/') && a.place.l === b.place.l);

/** The figures an opinion's facts give a row (the rest, `act` and `chk`, come from the duty record). */
export const OPINION_ROW_FIELDS: readonly RowField[] = FROM_FACTS.map(([field]) => field);
export const DUTY_ROW_FIELDS: readonly RowField[] = ['act', 'chk'];

/**
 * What an activity adds to its deputy's rows: one `act` in the month of its date — unless the
 * app wrote it itself (a check-in's 接待, counted as the check-in) or it was withdrawn.
 */
export function activityRowChange(a: { deputyId: string; date: string; automatic?: boolean; withdrawn?: unknown }): RowChange | undefined {
  if (a.automatic || a.withdrawn) return undefined;
  return { deputyId: a.deputyId, month: a.date.slice(0, 7), add: { act: 1 }, scope: [] };
}

/** What a check-in adds: one `chk` in the month of its date, listed where its station is (a deputy of `level`). */
export function checkInRowChange(a: { deputyId: string; date: string }, stationPath: readonly string[], level: string): RowChange {
  return { deputyId: a.deputyId, month: a.date.slice(0, 7), add: { chk: 1 }, scope: scopeTokens(stationPath, level) };
}

/** Month rows read back as the changes that built them (to sum them into their quarters and years with `buildRows`). */
export function changesOfMonthRows(rows: Iterable<{ deputyId: string; period: string; scope: readonly string[] } & RowFigures>): RowChange[] {
  const out: RowChange[] = [];
  for (const r of rows) {
    if (!MONTH_PATTERN.test(r.period)) continue;
    const add: RowFigures = {};
    for (const f of ROW_FIELDS) if (r[f]) add[f] = r[f];
    out.push({ deputyId: r.deputyId, month: r.period, add, scope: [...r.scope] });
  }
  return out;
}

/** Adds figures into `into`. */
export function addFigures(into: RowFigures, f: RowFigures, sign = 1): RowFigures {
  for (const [k, n] of Object.entries(f) as [RowField, number][]) into[k] = (into[k] ?? 0) + sign * n;
  return into;
}

/** A period of the table: months from `from` to `to`, read from the rows of one period when it is one. */
export type TablePeriod =
  | { kind: 'month' | 'quarter' | 'year'; period: string; from: string; to: string }
  | { kind: 'custom'; from: string; to: string; months: string[] };

/**
 * The rows that answer months `from`–`to`: one month, one calendar quarter or one calendar year
 * have rows of their own (the table is read from an index); any other run of months is summed
 * from the month rows (`custom`).
 */
export function tablePeriodOf(from: string, to: string, months: string[]): TablePeriod {
  if (from === to) return { kind: 'month', period: from, from, to };
  const [fy, fm] = from.split('-').map(Number);
  const [ty, tm] = to.split('-').map(Number);
  if (fy === ty && fm === 1 && tm === 12) return { kind: 'year', period: String(fy), from, to };
  if (fy === ty && (fm - 1) % 3 === 0 && tm === fm + 2) return { kind: 'quarter', period: `${fy}-Q${(fm - 1) / 3 + 1}`, from, to };
  return { kind: 'custom', from, to, months };
}

/** A row as the rebuild writes it: every figure a number, the rate computed. */
export type BuiltRow = { _id: string; deputyId: string; period: string; level: string; scope: string[]; periods?: string[]; sr: number } & Record<RowField, number>;

const zeros = (): Record<RowField, number> => Object.fromEntries(ROW_FIELDS.map((f) => [f, 0])) as Record<RowField, number>;

/**
 * Every row from scratch: the changes of every opinion's facts, activity and check-in, summed
 * into their months, quarters and years, listed where the deputy's membership is and where the
 * work happened; and one membership row per deputy, naming the periods that have rows. Changes
 * of a deputy not in `deputies` are left out (nothing lists them).
 */
export function buildRows(changes: Iterable<RowChange>, deputies: ReadonlyMap<string, { level: string; scope: readonly string[] }>): Map<string, BuiltRow> {
  const rows = new Map<string, BuiltRow>();
  for (const c of changes) {
    const d = deputies.get(c.deputyId);
    if (!d) continue;
    for (const period of periodsOfMonth(c.month)) {
      const id = rowId(c.deputyId, period);
      let row = rows.get(id);
      if (!row) rows.set(id, (row = { _id: id, deputyId: c.deputyId, period, level: d.level, scope: [...d.scope], sr: -1, ...zeros() }));
      addFigures(row, c.add);
      for (const t of c.scope) if (!row.scope.includes(t)) row.scope.push(t);
    }
  }
  const periods = new Map<string, string[]>();
  for (const row of rows.values()) {
    row.sr = satisfactionPerMille(row);
    periods.set(row.deputyId, [...(periods.get(row.deputyId) ?? []), row.period]);
  }
  for (const [deputyId, d] of deputies) {
    const id = rowId(deputyId, MEMBER);
    rows.set(id, { _id: id, deputyId, period: MEMBER, level: d.level, scope: [...d.scope], periods: periods.get(deputyId) ?? [], sr: -1, ...zeros() });
  }
  return rows;
}
