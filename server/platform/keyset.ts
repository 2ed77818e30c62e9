/**
 * Lists answered page by page with a cursor (keyset paging, decision 0024). A list is read
 * in a stable, total order — sort keys ending with `_id` — and the cursor a page answers is
 * the last row's sort keys, opaque to the caller. The next page asks for the rows after those
 * keys: `(k1, …, kn) > (v1, …, vn)` written as the `$or` the database runs from the list's
 * index. Unlike `skip`, which the cloud pays for by reading every skipped row and which
 * shifts when rows are added meanwhile, a page after a cursor costs one page and never
 * repeats or drops a row that was there before the walk began.
 *
 * Generic over collections, like the rest of the platform: repositories name their list's
 * filter, sort keys and cursor tag; use cases see only `cursor` and `nextCursor` strings.
 */
import { AppError } from '../../core/errors';
import type { CloudDb } from './db';

/** One sort key: a field and its direction. Every key of a list sorts the same way (one index, read forwards or backwards). */
export interface SortKey {
  field: string;
  /** What the field holds, so a cursor's value is checked and given back its type. */
  kind: 'string' | 'number' | 'date' | 'boolean';
}

export interface ListOrder {
  /** Names the list a cursor belongs to: a cursor of another list is refused. */
  tag: string;
  keys: readonly SortKey[];
  direction: 'asc' | 'desc';
}

type KeyValue = string | number | boolean | Date;

const CURSOR_MAX = 400;

const valueAt = (doc: Record<string, unknown>, field: string): unknown =>
  field.split('.').reduce<unknown>((v, seg) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[seg] : undefined), doc);

/** The cursor after `doc` in `order`: base64url of the list's tag and the row's sort keys (dates as milliseconds). */
export function cursorAfter(order: ListOrder, doc: Record<string, unknown>): string {
  const values = order.keys.map(({ field, kind }) => {
    const v = valueAt(doc, field);
    if (kind === 'date') return new Date(v as Date | string).getTime();
    return v;
  });
  return Buffer.from(JSON.stringify([order.tag, ...values]), 'utf8').toString('base64url');
}

const refused = (why: string) => new AppError('CURSOR_INVALID', undefined, why);

/** The sort keys a cursor carries, checked against the list's order; CURSOR_INVALID for anything else. */
export function decodeCursor(order: ListOrder, cursor: string): KeyValue[] {
  if (cursor.length > CURSOR_MAX || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw refused('not a cursor');
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw refused('not a cursor');
  }
  if (!Array.isArray(parsed) || parsed[0] !== order.tag || parsed.length !== order.keys.length + 1) throw refused(`not a cursor of ${order.tag}`);
  return order.keys.map(({ kind, field }, i) => {
    const v: unknown = parsed[i + 1];
    if (kind === 'date' && typeof v === 'number' && Number.isFinite(v)) return new Date(v);
    if (kind === 'number' && typeof v === 'number' && Number.isFinite(v)) return v;
    if (kind === 'string' && typeof v === 'string') return v;
    if (kind === 'boolean' && typeof v === 'boolean') return v;
    throw refused(`${field} of the wrong type`);
  });
}

/** The condition "after these sort keys": `{$or: [{k1: gt(v1)}, {k1: v1, k2: gt(v2)}, …]}` (lt when descending). */
export function afterKeys(db: CloudDb, order: ListOrder, values: readonly KeyValue[]): object {
  const _ = db.command;
  const beyond = (v: KeyValue) => (order.direction === 'asc' ? _.gt(v) : _.lt(v));
  const branches = order.keys.map((key, i) => {
    const branch: Record<string, unknown> = {};
    for (let k = 0; k < i; k++) branch[order.keys[k]!.field] = values[k];
    branch[key.field] = beyond(values[i]!);
    return branch;
  });
  return _.or(branches) as object;
}

export interface KeysetPage<T> {
  items: T[];
  /** Absent on the last page. */
  nextCursor?: string;
}

/**
 * One page of `collection` matching `filter`, in `order`, after `cursor` (from the first row
 * without one): at most `limit` rows, in one request (one row more is asked for, to know
 * whether a next page exists).
 */
export async function keysetPage<T extends Record<string, unknown>>(
  db: CloudDb,
  collection: string,
  filter: Record<string, unknown>,
  order: ListOrder,
  limit: number,
  cursor?: string,
): Promise<KeysetPage<T>> {
  const after = cursor ? afterKeys(db, order, decodeCursor(order, cursor)) : undefined;
  const where = !after ? filter : Object.keys(filter).length ? (db.command.and([filter, after]) as object) : after;
  let q = db.collection<T>(collection).where(where);
  for (const k of order.keys) q = q.orderBy(k.field, order.direction);
  const res = await q.limit(limit + 1).get();
  const items = res.data.slice(0, limit);
  const last = items[items.length - 1];
  return res.data.length > limit && last ? { items, nextCursor: cursorAfter(order, last) } : { items };
}
