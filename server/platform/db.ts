/**
 * The data seam: the part of the WeChat cloud database client (wx-server-sdk
 * `cloud.database()`) the product uses, declared once. In the cloud and in the local run it
 * is the same client object; locally its transport is the embedded store.
 *
 * Only repositories (`*.repo.ts`), the roots that build ports (`cloud/`, `local/`) and the
 * local store import this file; `npm run check:layers` fails otherwise (decision 0020). A
 * use case reaches data only through a repository's named functions.
 */
import { DB } from './db-key';

/** `db.command`: the query and update operators the product uses (wx-server-sdk `Command`). */
export interface DbCommand {
  eq(value: unknown): unknown;
  neq(value: unknown): unknown;
  in(values: readonly unknown[]): unknown;
  nin(values: readonly unknown[]): unknown;
  gt(value: unknown): unknown;
  gte(value: unknown): unknown;
  lt(value: unknown): unknown;
  lte(value: unknown): unknown;
  exists(present: boolean): unknown;
  and(...conditions: unknown[]): unknown;
  or(...conditions: unknown[]): unknown;
  /** Replaces the field's value whole (an object is not merged). */
  set(value: unknown): unknown;
  inc(n: number): unknown;
  push(values: unknown): unknown;
  /** Adds a value (or `{ $each: [...] }`) unless the list holds it; creates a missing list. One document, atomically. */
  addToSet(value: unknown): unknown;
  /** Removes every element equal to the value. */
  pull(value: unknown): unknown;
  remove(): unknown;
  /** Aggregation operators (`$.sum(1)` in a `group` stage). */
  aggregate: { sum(value: unknown): unknown };
}

/** `collection.aggregate()`: the stages the product uses; without a `limit` stage the cloud answers 20 rows. */
export interface DbAggregate<R> {
  match(query: object): DbAggregate<R>;
  group(spec: object): DbAggregate<R>;
  limit(n: number): DbAggregate<R>;
  end(): Promise<{ list: R[] }>;
}

export interface GetResult<T> {
  data: T[];
}

export interface DbQuery<T> {
  where(query: object): DbQuery<T>;
  orderBy(field: string, order: 'asc' | 'desc'): DbQuery<T>;
  skip(n: number): DbQuery<T>;
  limit(n: number): DbQuery<T>;
  field(projection: Record<string, boolean>): DbQuery<T>;
  get(): Promise<GetResult<T>>;
  count(): Promise<{ total: number }>;
  update(opts: { data: object }): Promise<{ stats: { updated: number } }>;
  remove(): Promise<{ stats: { removed: number } }>;
}

export interface DbDocument<T> {
  get(): Promise<{ data: T }>;
  set(opts: { data: object }): Promise<unknown>;
  update(opts: { data: object }): Promise<{ stats: { updated: number } }>;
  remove(): Promise<unknown>;
}

export interface DbCollection<T> extends DbQuery<T> {
  doc(id: string): DbDocument<T>;
  add(opts: { data: object }): Promise<{ _id: string }>;
  aggregate<R = Record<string, unknown>>(): DbAggregate<R>;
}

export interface CloudDb {
  collection<T = Record<string, unknown>>(name: string): DbCollection<T>;
  command: DbCommand;
  createCollection(name: string): Promise<unknown>;
}

/** The database client behind the ports; only repositories and roots may ask for it. */
export const dbOf = (ports: { readonly [DB]: CloudDb }): CloudDb => ports[DB];

/** Reads one document by id, or undefined (a `doc().get()` of a missing id throws). */
export async function findById<T>(db: CloudDb, collection: string, id: string): Promise<T | undefined> {
  const res = await db.collection<T>(collection).where({ _id: id }).limit(1).get();
  return res.data[0];
}

/** Reads every document matching `query`, paging by 100 as a server `get` must. */
export async function findAll<T>(db: CloudDb, collection: string, query: object, max = 1000): Promise<T[]> {
  const out: T[] = [];
  for (let offset = 0; offset < max; offset += 100) {
    const page = await db.collection<T>(collection).where(query).skip(offset).limit(100).get();
    out.push(...page.data);
    if (page.data.length < 100) break;
  }
  return out;
}

/** The next `pageSize` ids of `collection` after `after` ('' from the first), ascending: one page of a pass over the whole collection. */
export async function idsAfter(db: CloudDb, collection: string, after: string, pageSize: number): Promise<string[]> {
  const page = await db
    .collection<{ _id: string }>(collection)
    .where(after ? { _id: db.command.gt(after) } : {})
    .orderBy('_id', 'asc')
    .field({ _id: true })
    .limit(pageSize)
    .get();
  return page.data.map((d) => d._id);
}
