/**
 * Dashboard figures from counter cells (core/stats/counter-cells.ts): sums, rates and
 * percentiles from merged histogram buckets. Pure; the server only reads the cells.
 */
import { percentile, type Edges } from './histogram';
import { dayMetric, firstResponseBucket, kindMetric, M, ratingMetric, resultBucket, type Metrics } from './opinion-facts';

export const STATS_RESULT_KINDS = ['solved', 'partly', 'explained'] as const;
export const RATING_RESULTS = ['satisfied', 'basic', 'unsatisfied'] as const;

export interface DurationFigure {
  count: number;
  medianHours: number | null;
  p90Hours: number | null;
}

export interface Figures {
  received: number;
  assigned: number;
  accepted: number;
  acceptedOnTime: number;
  /** Of the accepted, the share accepted by the deadline; null when none was accepted. */
  acceptedOnTimeRate: number | null;
  firstResponse: DurationFigure;
  result: DurationFigure;
  resolved: number;
  resolvedByKind: Record<(typeof STATS_RESULT_KINDS)[number], number>;
  rated: number;
  satisfaction: Record<(typeof RATING_RESULTS)[number], number> & { rate: number | null };
  overdue: number;
  chased: number;
  chases: number;
  reopened: number;
  forwarded: number;
  suggestion: number;
  rejected: number;
  withdrawn: number;
}

/** Adds cells metric by metric. */
export function mergeMetrics(cells: readonly (Metrics | undefined)[]): Metrics {
  const out: Metrics = {};
  for (const c of cells) if (c) for (const [k, n] of Object.entries(c)) out[k] = (out[k] ?? 0) + n;
  return out;
}

/**
 * `whole` less each of `parts`, metric by metric (zeros left out): what a cell holds beyond
 * its parts, e.g. a region's own stations, beside those of the regions below it.
 */
export function lessMetrics(whole: Metrics | undefined, parts: readonly (Metrics | undefined)[]): Metrics {
  const out = mergeMetrics([whole]);
  for (const p of parts) if (p) for (const [k, n] of Object.entries(p)) out[k] = (out[k] ?? 0) - n;
  for (const k of Object.keys(out)) if (out[k] === 0) delete out[k];
  return out;
}

const ratio = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

export function histogramOf(cell: Metrics, edges: Edges, bucket: (i: number) => string): number[] {
  return Array.from({ length: edges.length + 1 }, (_, i) => cell[bucket(i)] ?? 0);
}

function duration(cell: Metrics, edges: Edges, bucket: (i: number) => string): DurationFigure {
  const counts = histogramOf(cell, edges, bucket);
  return {
    count: counts.reduce((a, b) => a + b, 0),
    medianHours: percentile(edges, counts, 0.5),
    p90Hours: percentile(edges, counts, 0.9),
  };
}

export function figuresOf(cell: Metrics, edges: Edges): Figures {
  const n = (k: string) => cell[k] ?? 0;
  const sat = Object.fromEntries(RATING_RESULTS.map((r) => [r, n(ratingMetric(r))])) as Record<(typeof RATING_RESULTS)[number], number>;
  return {
    received: n(M.received),
    assigned: n(M.assigned),
    accepted: n(M.accepted),
    acceptedOnTime: n(M.acceptedOnTime),
    acceptedOnTimeRate: ratio(n(M.acceptedOnTime), n(M.accepted)),
    firstResponse: duration(cell, edges, firstResponseBucket),
    result: duration(cell, edges, resultBucket),
    resolved: n(M.resolved),
    resolvedByKind: Object.fromEntries(STATS_RESULT_KINDS.map((k) => [k, n(kindMetric(k))])) as Figures['resolvedByKind'],
    rated: n(M.rated),
    satisfaction: { ...sat, rate: ratio(sat.satisfied + sat.basic, n(M.rated)) },
    overdue: n(M.overdue),
    chased: n(M.chased),
    chases: n(M.chases),
    reopened: n(M.reopened),
    forwarded: n(M.forwarded),
    suggestion: n(M.suggestion),
    rejected: n(M.rejected),
    withdrawn: n(M.withdrawn),
  };
}

export interface ResponseRate {
  /** Opinions held by a deputy and received before `before`. */
  eligible: number;
  responded: number;
  rate: number | null;
  /** Opinions received on or after this Beijing day are left out (too recent to judge). */
  before: string;
}

/**
 * Deputies' response rate over months of cells, leaving out opinions received on or after
 * `before` (YYYY-MM-DD): whole months before it, the days before it in its own month.
 * Boilerplate replies never count as responses (they are not in `rsp`).
 */
export function responseRate(months: readonly { month: string; cell: Metrics }[], before: string): ResponseRate {
  const cutMonth = before.slice(0, 7);
  const cutDay = Number(before.slice(8, 10));
  let eligible = 0;
  let responded = 0;
  for (const { month, cell } of months) {
    if (month < cutMonth) {
      eligible += cell[M.assigned] ?? 0;
      responded += cell[M.responded] ?? 0;
    } else if (month === cutMonth) {
      for (let d = 1; d < cutDay; d++) {
        const dd = String(d).padStart(2, '0');
        eligible += cell[dayMetric('a', dd)] ?? 0;
        responded += cell[dayMetric('r', dd)] ?? 0;
      }
    }
  }
  return { eligible, responded, rate: ratio(responded, eligible), before };
}
