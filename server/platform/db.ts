/**
 * The data seam: the part of the WeChat cloud database client (wx-server-sdk
 * `cloud.database()`) the product uses, declared once. In the cloud and in the local run it
 * is the same client object; locally its transport is the embedded store.
 *
 * Only repositories (`*.repo.ts`), the roots that build ports (`cloud/`, `local/`) and the
 * local store import this file; `npm run check:layers` fails otherwise (decision 0020). A
 * use case reaches data only through a repository's named functions.
 */
import { AppError } from '../../core/errors';
import { DB } from './db-key';

/** `db.command`: the query and update operators the product uses (wx-server-sdk `Command`). */
export interface DbCommand {
  eq(value: unknown): unknown;
  neq(value: unknown): unknown;
  in(values: readonly unknown[]): unknown;
  nin(values: readonly unknown[]): unknown;
  /** An array field holding every one of the values (search keys: each bigram of a phrase). */
  all(values: readonly unknown[]): unknown;
  gt(value: unknown): unknown;
  gte(value: unknown): unknown;
  lt(value: unknown): unknown;
  lte(value: unknown): unknown;
  exists(present: boolean): unknown;
  /**
   * Nearest first, from the field's 2dsphere index (indexes.json `"type": "2dsphere"`): the
   * documents whose GeoJSON point lies between `minDistance` and `maxDistance` metres of `geometry`.
   */
  geoNear(options: { geometry: GeoPoint; maxDistance?: number; minDistance?: number }): unknown;
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
  /** A condition written as an aggregation expression (`_.expr($.gt(['$a', '$b']))`), as cloud functions allow. */
  expr(expression: unknown): object;
  /** Aggregation operators (`$.sum(1)` in a `group` stage, `$.gt([...])` in an `expr`). */
  aggregate: {
    sum(value: unknown): unknown;
    gt(values: unknown[]): unknown;
    /** The number of elements of an array expression. */
    size(value: unknown): unknown;
    /** The elements two array expressions have in common. */
    setIntersection(values: unknown[]): unknown;
  };
}

/** `collection.aggregate()`: the stages the product uses; without a `limit` stage the cloud answers 20 rows. */
export interface DbAggregate<R> {
  match(query: object): DbAggregate<R>;
  group(spec: object): DbAggregate<R>;
  /** A left outer join with another collection (cloud functions only, wx-server-sdk ≥ 1.3.0); an equality join here. */
  lookup(spec: { from: string; localField: string; foreignField: string; as: string }): DbAggregate<R>;
  project(spec: object): DbAggregate<R>;
  /** Fields computed from each document (aggregate expressions). */
  addFields(spec: object): DbAggregate<R>;
  sort(spec: object): DbAggregate<R>;
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
  /** Several documents in one request (wx-server-sdk answers their ids as `_ids`). */
  add(opts: { data: object[] }): Promise<{ _ids: string[] }>;
  aggregate<R = Record<string, unknown>>(): DbAggregate<R>;
}

/** A `db.Geo.Point`: stored as a GeoJSON point, read back as one of these. */
export interface GeoPoint {
  readonly longitude: number;
  readonly latitude: number;
}

export interface CloudDb {
  collection<T = Record<string, unknown>>(name: string): DbCollection<T>;
  command: DbCommand;
  /** Geo values (`db.Geo.Point(longitude, latitude)`). */
  Geo: { Point(longitude: number, latitude: number): GeoPoint };
  createCollection(name: string): Promise<unknown>;
}

/** The database client behind the ports; only repositories and roots may ask for it. */
export const dbOf = (ports: { readonly [DB]: CloudDb }): CloudDb => ports[DB];

/** Reads one document by id, or undefined (a `doc().get()` of a missing id throws). */
export async function findById<T>(db: CloudDb, collection: string, id: string): Promise<T | undefined> {
  const res = await db.collection<T>(collection).where({ _id: id }).limit(1).get();
  return res.data[0];
}

/**
 * Reads every document matching `query`, by pages of 100 (a server `get` answers at most
 * that many by default) in `_id` order, each page after the last id read — never `skip`,
 * which the cloud pays for by reading every skipped row. At most `max`: a query matching
 * more is refused loudly (LIST_TOO_LONG, naming the collection and the cap), never cut short
 * in silence. A list a person pages through is read with a cursor instead (keyset.ts); a
 * pass over a whole collection pages with `idsAfter`.
 */
export async function findAll<T>(db: CloudDb, collection: string, query: object, max = 1000): Promise<T[]> {
  const _ = db.command;
  const plain = Object.getPrototypeOf(query) === Object.prototype && !('_id' in query);
  const out: T[] = [];
  let last: string | undefined;
  for (;;) {
    const after = last === undefined ? query : plain ? { ...query, _id: _.gt(last) } : (_.and([query, { _id: _.gt(last) }]) as object);
    const limit = Math.min(100, max + 1 - out.length);
    const page = await db.collection<T & { _id: string }>(collection).where(after).orderBy('_id', 'asc').limit(limit).get();
    out.push(...page.data);
    if (out.length > max) throw new AppError('LIST_TOO_LONG', undefined, `${collection}: more than ${max} documents match ${Object.keys(query).join(', ')}`);
    if (page.data.length < limit) return out;
    last = page.data[page.data.length - 1]!._id;
  }
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
