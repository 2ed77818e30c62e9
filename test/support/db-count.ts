/**
 * Counts what the database client sends: every request of the SDK to the local transport
 * (emulator/db-transport.ts) — reads, counts, writes — with its collection and query, so a
 * test can say how many round trips a handler makes and how often it reads one document.
 *
 * The SDK builds a request object per call from `Db.reqClass` (pinned to the local store's
 * class by emulator/local-cloud.ts); this wraps that class's `send` while counting.
 */
type Send = (action: string, params: Record<string, unknown>) => Promise<unknown>;

export interface DbRequest {
  /** The SDK's action without its prefix: getDocument, calculateDocument, modifyDocument, insertDocument, removeDocument, … */
  action: string;
  collection: string;
  /** The query's conditions as sent (parsed from the SDK's extended JSON), if any. */
  query?: Record<string, unknown>;
}

export interface DbCounter {
  readonly requests: DbRequest[];
  /** Reads (get) of `collection` aimed at the one document `id`. */
  readsOf(collection: string, id: string): number;
  /** Requests by action, e.g. `{ getDocument: 12, modifyDocument: 3 }`. */
  byAction(): Record<string, number>;
  /** Requests per collection. */
  byCollection(): Record<string, number>;
  stop(): void;
}

// The copy of @cloudbase/database that wx-server-sdk loads (the one emulator/local-cloud.ts pins).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Db } = require('@cloudbase/database') as { Db: { reqClass: { prototype: { send: Send } } } };

const parse = (q: unknown): Record<string, unknown> | undefined => {
  if (typeof q !== 'string') return (q as Record<string, unknown>) ?? undefined;
  try {
    return JSON.parse(q) as Record<string, unknown>;
  } catch {
    return undefined;
  }
};

const idOf = (q: Record<string, unknown> | undefined): unknown => {
  const v = q?._id;
  if (v && typeof v === 'object' && '$eq' in v) return (v as { $eq: unknown }).$eq;
  return v;
};

/** Starts counting the requests of the current local runtime's database client (the last one started). */
export function countDbRequests(): DbCounter {
  const proto = Db.reqClass.prototype;
  const original = proto.send;
  const requests: DbRequest[] = [];
  proto.send = function (this: unknown, action, params) {
    requests.push({ action: action.replace(/^database\./, ''), collection: String(params.collectionName ?? ''), query: parse(params.query) });
    return original.call(this, action, params);
  };
  const tally = (key: (r: DbRequest) => string) =>
    requests.reduce<Record<string, number>>((out, r) => ({ ...out, [key(r)]: (out[key(r)] ?? 0) + 1 }), {});
  return {
    requests,
    readsOf: (collection, id) => requests.filter((r) => r.action === 'getDocument' && r.collection === collection && idOf(r.query) === id).length,
    byAction: () => tally((r) => r.action),
    byCollection: () => tally((r) => r.collection),
    stop: () => {
      proto.send = original;
    },
  };
}

/** Counts the requests `run` makes; the counter stops when it is done. */
export async function counted<T>(run: () => Promise<T>): Promise<{ result: T; count: DbCounter }> {
  const count = countDbRequests();
  try {
    return { result: await run(), count };
  } finally {
    count.stop();
  }
}
