/**
 * Comparing a stored counter document with what its opinions add up to (the reconcile job,
 * server/dashboard/reconcile.ts). Stored documents hold cells nested (`{ a: {n}, c: { 教育: {n} } }`,
 * see server/dashboard/keep.ts `nestCells`); here they are flat (`a`, `c.教育`), as a Delta. Pure.
 */
import type { CounterCells } from './counter-cells';
import type { Metrics } from './opinion-facts';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isMetrics = (v: Record<string, unknown>) => Object.values(v).every((x) => typeof x === 'number');

/**
 * The cells of a stored counter document, flat. Top-level objects of numbers are cells (`a`);
 * other top-level objects are groups of cells (`c`, `l`, `ch`, `s`, `g`). Scalars at the top
 * (`_id`, `kind`, `key`, `month`, `w`) are not cells.
 */
export function storedCells(doc: Record<string, unknown>): CounterCells {
  const cells: CounterCells = {};
  for (const [k, v] of Object.entries(doc)) {
    if (!isObject(v)) continue;
    if (isMetrics(v)) {
      cells[k] = { ...(v as Metrics) };
      continue;
    }
    for (const [name, m] of Object.entries(v)) if (isObject(m)) cells[`${k}.${name}`] = { ...(m as Metrics) };
  }
  return cells;
}

/** What `stored` must move by to equal `expected` (metric by metric; zeros left out). */
export function cellsDifference(expected: CounterCells | undefined, stored: CounterCells): CounterCells {
  const out: CounterCells = {};
  const cellNames = new Set([...Object.keys(expected ?? {}), ...Object.keys(stored)]);
  for (const cell of cellNames) {
    const want = expected?.[cell] ?? {};
    const have = stored[cell] ?? {};
    for (const k of new Set([...Object.keys(want), ...Object.keys(have)])) {
      const d = (want[k] ?? 0) - (have[k] ?? 0);
      if (d !== 0) (out[cell] ??= {})[k] = d;
    }
  }
  return out;
}
