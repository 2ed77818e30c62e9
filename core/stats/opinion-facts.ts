/**
 * What one opinion contributes to the statistics, as a small record ("facts") derived
 * purely from the stored opinion. The counters are the sum of every opinion's facts; when an
 * opinion changes, the counters move by (new facts − old facts), so the incremental counters
 * and a rebuild from the opinions agree by construction.
 *
 * Every figure of an opinion is attributed to the Beijing month and day it was received
 * (a cohort): "of the opinions received in March, how many were accepted on time, how long
 * until the result". A month's figures mature as its opinions are handled.
 */
import { bucketOf, type Edges } from './histogram';
import { LEVEL_LABELS, type Level } from '../vocabulary';
import { beijingDate } from '../beijing-time';

/** The stored opinion fields the statistics read (a subset of the opinion document). */
export interface StatsSource {
  createdAt: Date | string;
  regionPath: readonly string[];
  stationCode: string;
  category: string;
  channel: string;
  status: string;
  assigneeDeputyId?: string;
  assigneeLevelLabel?: string;
  acceptedAt?: Date | string | null;
  acceptDueAt?: Date | string | null;
  firstResponseAt?: Date | string | null;
  resolvedAt?: Date | string | null;
  resultDueAt?: Date | string | null;
  resultKind?: string;
  ratings?: readonly { result: string }[];
  replies?: readonly { countsAsResponse?: boolean }[];
  overdue?: boolean;
  chaseCount?: number;
  reopenCount?: number;
  forwardedAt?: Date | string | null;
  suggestionId?: string;
  /** A 汇总件 (decision 0036): it counts nothing itself; its sources count with their own moves. */
  mergedSources?: readonly string[];
}

/** Where an opinion's figures are counted: its received month/day, places and holder. */
export interface StatsPlace {
  /** Received, Beijing `YYYY-MM`. */
  m: string;
  /** Received, Beijing day of month `DD`. */
  d: string;
  /** Region codes from the province down to the station's region. */
  r: string[];
  s: string;
  c: string;
  ch: string;
  /** Level of the deputy holding it; `none` while no deputy holds it. */
  l: Level | 'none';
  /** The deputy holding it, if any. */
  dep: string | null;
}

/** The figures one opinion adds: metric name → count (zeros left out). */
export type Metrics = Record<string, number>;

export interface StatsFacts {
  place: StatsPlace;
  v: Metrics;
}

/**
 * Metric names as stored in the counters (short: they are repeated in every cell).
 * `fr<i>` / `rr<i>` are histogram buckets of hours to first response / to the result;
 * `dn<DD>` / `da<DD>` / `dr<DD>` are received / held by a deputy / responded per received day
 * (for rates that leave out the most recent days).
 */
export const M = {
  received: 'n',
  assigned: 'asg',
  accepted: 'acc',
  acceptedOnTime: 'aot',
  responded: 'rsp',
  firstResponse: 'frn',
  resolved: 'res',
  rated: 'rt',
  overdue: 'ovd',
  chased: 'chd',
  chases: 'chs',
  reopened: 'rop',
  forwarded: 'fwd',
  suggestion: 'sug',
  rejected: 'rej',
  withdrawn: 'wdr',
} as const;
export const kindMetric = (kind: string) => `rk_${kind}`;
export const ratingMetric = (result: string) => `st_${result}`;
export const firstResponseBucket = (i: number) => `fr${i}`;
export const resultBucket = (i: number) => `rr${i}`;
export const dayMetric = (what: 'n' | 'a' | 'r', dd: string) => `d${what}${dd}`;

const HOUR = 3600_000;

const ms = (d: Date | string | null | undefined): number | undefined => (d ? new Date(d).getTime() : undefined);


/** Label → level; opinions stored before the labels took full-width brackets carry 县(市区) and 市(州). */
const LEVEL_BY_LABEL = new Map(
  Object.entries(LEVEL_LABELS).flatMap(([level, label]) => [
    [label, level as Level],
    [label.replace('（', '(').replace('）', ')'), level as Level],
  ]),
);

/** A deputy's answer that counts: a reply that is not boilerplate, or a result. */
const respondedOf = (s: StatsSource): boolean => Boolean(s.resolvedAt) || (s.replies ?? []).some((r) => r.countsAsResponse !== false);

/**
 * The facts of an opinion now. `previous` carries what only the past knew: once an opinion
 * was overdue it stays counted as overdue, although the scheduler's mark is cleared by the
 * next deadline.
 */
export function factsOf(s: StatsSource, previous: StatsFacts | null | undefined, edges: Edges): StatsFacts {
  const day = beijingDate(s.createdAt);
  const place: StatsPlace = {
    m: day.slice(0, 7),
    d: day.slice(8, 10),
    r: [...s.regionPath],
    s: s.stationCode,
    c: s.category,
    ch: s.channel,
    l: (s.assigneeLevelLabel && LEVEL_BY_LABEL.get(s.assigneeLevelLabel)) || 'none',
    dep: s.assigneeDeputyId ?? null,
  };
  // A 汇总件 is no received opinion: its sources are, and each counts its own moves (they follow it).
  if (Array.isArray(s.mergedSources)) return { place, v: {} };
  const created = ms(s.createdAt)!;
  const accepted = ms(s.acceptedAt);
  const acceptDue = ms(s.acceptDueAt);
  const firstResponse = ms(s.firstResponseAt);
  // A reopened opinion keeps its old resolvedAt but is not resolved until resolved again.
  const resolved = s.status === 'resolved' || s.status === 'closed' ? ms(s.resolvedAt) : undefined;
  const resultDue = ms(s.resultDueAt);
  const assigned = Boolean(s.assigneeDeputyId);
  const responded = assigned && respondedOf(s);
  const lateAccept = acceptDue !== undefined && accepted !== undefined && accepted > acceptDue;
  const lateResult = resultDue !== undefined && resolved !== undefined && resolved > resultDue;
  const overdue = Boolean(s.overdue) || lateAccept || lateResult || (previous?.v[M.overdue] ?? 0) > 0;
  const rating = s.ratings?.length ? s.ratings[s.ratings.length - 1].result : undefined;
  const chases = s.chaseCount ?? 0;

  const v: Metrics = {};
  const add = (name: string, yes: boolean | number) => {
    const n = Number(yes);
    if (n) v[name] = n;
  };
  add(M.received, 1);
  add(dayMetric('n', place.d), 1);
  add(M.assigned, assigned);
  add(dayMetric('a', place.d), assigned);
  add(M.accepted, accepted !== undefined);
  add(M.acceptedOnTime, accepted !== undefined && acceptDue !== undefined && !lateAccept);
  add(M.responded, responded);
  add(dayMetric('r', place.d), responded);
  if (firstResponse !== undefined) {
    add(M.firstResponse, 1);
    add(firstResponseBucket(bucketOf(edges, (firstResponse - created) / HOUR)), 1);
  }
  if (resolved !== undefined) {
    add(M.resolved, 1);
    if (s.resultKind) add(kindMetric(s.resultKind), 1);
    add(resultBucket(bucketOf(edges, (resolved - created) / HOUR)), 1);
  }
  if (rating) {
    add(M.rated, 1);
    add(ratingMetric(rating), 1);
  }
  add(M.overdue, overdue);
  add(M.chased, chases > 0);
  add(M.chases, chases);
  add(M.reopened, (s.reopenCount ?? 0) > 0);
  add(M.forwarded, Boolean(s.forwardedAt));
  add(M.suggestion, Boolean(s.suggestionId));
  add(M.rejected, s.status === 'rejected');
  add(M.withdrawn, s.status === 'withdrawn');
  return { place, v };
}

/** Whether two facts would put the same numbers in the same places. */
export function sameFacts(a: StatsFacts | null | undefined, b: StatsFacts | null | undefined): boolean {
  if (!a || !b) return a === b;
  return JSON.stringify(sortedFacts(a)) === JSON.stringify(sortedFacts(b));
}

const sortedFacts = (f: StatsFacts) => ({
  place: f.place,
  v: Object.fromEntries(Object.entries(f.v).sort(([x], [y]) => x.localeCompare(y))),
});
