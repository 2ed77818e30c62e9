/**
 * Keyset paging in the local store: the conditions a page after a cursor sends, answered
 * exactly by SQLite so that walking a list page by page reads one page each time (the
 * cloud reads them from the declared index; here, without this, every page would match and
 * sort every document after the cursor in memory).
 *
 * A page after the row with sort keys (v1, …, vn) in ascending order sends, through the
 * genuine client, `{$and: [filter, {$or: [{f1: {$gt: v1}}, {f1: v1, f2: {$gt: v2}}, …]}]}`
 * (server/platform/keyset.ts); descending uses `$lt`. That `$or` is the row comparison
 * `(f1, …, fn) > (v1, …, vn)`; a range on `_id` alone (a pass in `_id` order) is one too.
 * Anything else is left to the matcher, as before.
 */
import type { RowCondition, RowValue } from './sqlite-store';

type Query = Record<string, unknown>;

const isPlainObject = (v: unknown): v is Query =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date) && !(v instanceof RegExp);

/** The top-level conditions of a query, a top-level `$and` of plain objects read as more of them. */
export function conditionsOf(query: Query): [string, unknown][] {
  const out: [string, unknown][] = [];
  for (const [key, value] of Object.entries(query)) {
    if (key === '$and' && Array.isArray(value) && value.every(isPlainObject)) {
      for (const part of value) out.push(...conditionsOf(part));
    } else {
      out.push([key, value]);
    }
  }
  return out;
}

/** Dates the stored text orders as time (1970–9999: relaxed extended JSON writes them as ISO text). */
const isTextDate = (v: Date) => {
  const t = v.getTime();
  return Number.isFinite(t) && t >= 0 && t < 253402300800000;
};

const rowValue = (v: unknown): v is RowValue =>
  typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v)) || (v instanceof Date && isTextDate(v));

const STRICT = { $gt: '>', $lt: '<' } as const;
const RANGE = { $gt: '>', $gte: '>=', $lt: '<', $lte: '<=' } as const;

/** `{op: value}` with one strict comparison operator, as `[op, value]`. */
function strict(cond: unknown): ['>' | '<', RowValue] | undefined {
  if (!isPlainObject(cond)) return undefined;
  const keys = Object.keys(cond);
  if (keys.length !== 1 || !(keys[0] in STRICT)) return undefined;
  const v = cond[keys[0]];
  return rowValue(v) ? [STRICT[keys[0] as keyof typeof STRICT], v] : undefined;
}

const same = (a: unknown, b: unknown) => (a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b);

/**
 * The `$or` of a keyset page as one row comparison: branch i pins the first i sort fields to
 * the cursor's values and compares the next one, all in the same direction.
 */
function keysetOr(branches: unknown, indexed: ReadonlySet<string>): RowCondition | undefined {
  if (!Array.isArray(branches) || branches.length === 0 || !branches.every(isPlainObject)) return undefined;
  const fields: string[] = [];
  const values: RowValue[] = [];
  let op: '>' | '<' | undefined;
  for (const [i, branch] of branches.entries()) {
    const entries = Object.entries(branch);
    if (entries.length !== i + 1) return undefined;
    for (let k = 0; k < i; k++) {
      const [f, v] = entries[k]!;
      if (f !== fields[k] || !same(v, values[k])) return undefined;
    }
    const [field, cond] = entries[i]!;
    const cmp = strict(cond);
    if (!cmp || fields.includes(field) || !indexed.has(field)) return undefined;
    if (op && cmp[0] !== op) return undefined;
    op = cmp[0];
    fields.push(field);
    values.push(cmp[1]);
  }
  // All values of one field must compare as one type: a date against dates, text against text.
  return { row: { fields, op: op!, values } };
}

/** A range on `_id` (a pass in `_id` order): one row condition per bound. */
function idRange(cond: unknown): RowCondition[] | undefined {
  if (!isPlainObject(cond)) return undefined;
  const keys = Object.keys(cond);
  if (keys.length === 0 || !keys.every((k) => k in RANGE)) return undefined;
  const out: RowCondition[] = [];
  for (const k of keys as (keyof typeof RANGE)[]) {
    const v = cond[k];
    if (typeof v !== 'string') return undefined;
    out.push({ row: { fields: ['_id'], op: RANGE[k], values: [v] } });
  }
  return out;
}

/**
 * The exact SQL conditions for one top-level condition of a query, when it is a keyset
 * `$or` on indexed fields (or `_id`) or a range on `_id`; undefined for anything else.
 */
export function exactConditions(field: string, cond: unknown, indexed: ReadonlySet<string>): RowCondition[] | undefined {
  if (field === '$or') {
    const row = keysetOr(cond, new Set([...indexed, '_id']));
    return row ? [row] : undefined;
  }
  if (field === '_id') return idRange(cond);
  return undefined;
}
