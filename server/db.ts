/**
 * The part of the WeChat cloud database client (wx-server-sdk `cloud.database()`) the
 * handlers use. In the cloud and in the local run it is the same client object; locally
 * its transport is the embedded store.
 */
import { createHash } from 'node:crypto';

export interface DbCommand {
  in(values: readonly unknown[]): unknown;
  nin(values: readonly unknown[]): unknown;
  neq(value: unknown): unknown;
  gte(value: unknown): unknown;
  lt(value: unknown): unknown;
  exists(present: boolean): unknown;
  inc(n: number): unknown;
  push(values: unknown): unknown;
  /** Adds a value (or `{ $each: [...] }`) unless the list holds it; creates a missing list. One document, atomically. */
  addToSet(value: unknown): unknown;
  /** Removes every element equal to the value. */
  pull(value: unknown): unknown;
  remove(): unknown;
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
}

export interface CloudDb {
  collection<T = Record<string, unknown>>(name: string): DbCollection<T>;
  command: DbCommand;
  createCollection(name: string): Promise<unknown>;
}

/** The SDK's error shape: `errCode` (e.g. -502005) and `errMsg`. */
export interface CloudSdkError {
  errCode?: number;
  errMsg?: string;
  message?: string;
}

/**
 * The idempotency key of a form: who sent it (the caller's openid, from the platform), where
 * it applies (`within`: the station staff entered it for …) and its request id. The same form
 * sent twice is one document; another caller's — or the same caller's at another station —
 * same request id is another form, and never answers with this one's document.
 */
export const requestKey = (openid: string, requestId: string, ...within: string[]): string =>
  createHash('sha256').update([openid, ...within, requestId].join('\n')).digest('hex').slice(0, 24);

const text = (e: unknown) => {
  const x = e as CloudSdkError;
  return `${x?.errMsg ?? ''} ${x?.message ?? ''}`;
};

export const isDuplicateKey = (e: unknown): boolean => /duplicate key|E11000/i.test(text(e));
export const isCollectionMissing = (e: unknown): boolean =>
  (e as CloudSdkError)?.errCode === -502005 || /collection not exist/i.test(text(e));
export const isCollectionExisting = (e: unknown): boolean =>
  /already exist|table exist/i.test(text(e)) && !isCollectionMissing(e);

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
