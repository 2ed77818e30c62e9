/**
 * Durations kept as histogram buckets, so medians and 90th percentiles combine across
 * regions and months (a percentile of percentiles would not). Edges are upper bounds in
 * hours, ascending; bucket i holds [edges[i-1] (or 0), edges[i]), and one more bucket after
 * the last edge holds everything longer. Pure.
 */

export type Edges = readonly number[];

/** The bucket a duration (hours) falls in: 0 … edges.length. */
export function bucketOf(edges: Edges, hours: number): number {
  const h = Math.max(0, hours);
  for (let i = 0; i < edges.length; i++) if (h < edges[i]) return i;
  return edges.length;
}

/** Adds bucket counts element-wise (histograms of the same edges). */
export function mergeCounts(...all: readonly (readonly number[])[]): number[] {
  const n = Math.max(0, ...all.map((c) => c.length));
  const out = new Array<number>(n).fill(0);
  for (const c of all) for (let i = 0; i < c.length; i++) out[i] += c[i] ?? 0;
  return out;
}

/**
 * The p-quantile (0 < p ≤ 1) of the durations behind `counts`, in hours, interpolated
 * linearly inside its bucket; null when there are none. In the open last bucket the answer
 * is its lower edge (at least that long).
 */
export function percentile(edges: Edges, counts: readonly number[], p: number): number | null {
  const total = counts.reduce((a, b) => a + b, 0);
  if (total <= 0) return null;
  const rank = Math.max(1, Math.ceil(p * total));
  let before = 0;
  for (let i = 0; i < counts.length; i++) {
    const c = counts[i] ?? 0;
    if (c > 0 && before + c >= rank) {
      const lo = i === 0 ? 0 : edges[i - 1];
      if (i >= edges.length) return lo;
      const hi = edges[i];
      return lo + ((hi - lo) * (rank - before)) / c;
    }
    before += c;
  }
  return edges[edges.length - 1] ?? null;
}
