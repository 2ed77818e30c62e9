/**
 * The cloud database's wire protocol, served by the embedded store. The genuine
 * `@cloudbase/database` client (the one wx-server-sdk uses in the cloud) builds every
 * query; this class answers its `send(action, params)` as the cloud would, so the
 * handlers' database code is the code that runs in WeChat Cloud.
 */
import { EJSON, ObjectId } from 'bson';
import { update as applyUpdate } from 'mingo';
import { indexesOf, scalarIndexesOf } from '../server/platform/collections';
import { createIndexChecker, UNINDEXED_QUERY, type IndexCheckMode, type IndexFinding } from './index-check';
import { findNear, geoNearStage, nearOf } from './geo';
import { decode, encodeReply } from './bson-values';
import { conditionsOf, exactConditions } from './keyset';
import { Aggregator, Query } from './operators';
import { assertStorableDocument, assertUpdatable, assertUpdate } from './write-checks';
import { rowId, SqliteStore, StoreError, type Doc, type ElementCondition, type WhereCondition } from './sqlite-store';

type Params = Record<string, unknown>;
type Reply = { requestId: string; data?: unknown; code?: string; message?: string };

let seq = 0;
const requestId = () => `local-${Date.now().toString(36)}-${(++seq).toString(36)}`;

const MAX_LIMIT = 1000; // WeChat caps a server `get` at 100 by default and 1000 at most.
const DEFAULT_LIMIT = 100;

/**
 * Operators WeChat's database does not run; refusing them keeps local as strict as cloud.
 * `$expr` is run (the cloud documents `Command.expr` for cloud functions).
 */
const REFUSED_OPERATORS = new Set(['$where', '$function', '$accumulator', '$jsonSchema']);

function assertSafe(v: unknown): void {
  if (Array.isArray(v)) return v.forEach(assertSafe);
  if (v === null || typeof v !== 'object' || v instanceof Date || v instanceof RegExp || v instanceof ObjectId) return;
  for (const [k, x] of Object.entries(v)) {
    if (REFUSED_OPERATORS.has(k)) throw new StoreError('DATABASE_REQUEST_FAILED', `operator ${k} is not supported`);
    if (k === '__proto__' || k === 'constructor' || k === 'prototype') {
      throw new StoreError('INVALID_PARAM', `field name ${k} is not allowed`);
    }
    assertSafe(x);
  }
}

/** The values at a dotted path across `docs` (arrays flattened), as a `$lookup` equality join compares them. */
function lookupValues(docs: readonly Doc[], path: string): { present: unknown[]; nullish: boolean } {
  const present = new Set<unknown>();
  let nullish = false;
  const walk = (v: unknown, parts: string[]): void => {
    if (parts.length === 0) {
      if (Array.isArray(v)) v.forEach((x) => walk(x, []));
      else if (v === undefined || v === null) nullish = true;
      else present.add(v);
      return;
    }
    if (Array.isArray(v)) return v.forEach((x) => walk(x, parts));
    if (v === null || typeof v !== 'object') return void (nullish = true);
    walk((v as Record<string, unknown>)[parts[0]], parts.slice(1));
  };
  for (const d of docs) walk(d, path.split('.'));
  return { present: [...present], nullish };
}

/** A comparable key for a joined value (dates by time, everything else by type and value). */
const joinKey = (v: unknown) => (v instanceof Date ? `d:${v.getTime()}` : `${typeof v}:${String(v)}`);

/**
 * An equality `$lookup`: each document gets, under `as`, the joinable documents (in the order
 * they were read) whose foreign value — any element, for an array — equals one of its local
 * values; a missing local value equals a missing or null foreign one.
 */
function equalityJoin(docs: Doc[], joinable: readonly Doc[], localField: string, foreignField: string, as: string): Doc[] {
  const foreign = joinable.map((f) => {
    const { present, nullish } = lookupValues([f], foreignField);
    return { doc: f, keys: present.map(joinKey), nullish };
  });
  return docs.map((d) => {
    const { present, nullish } = lookupValues([d], localField);
    const keys = new Set(present.map(joinKey));
    const joined = foreign.filter((f) => f.keys.some((k) => keys.has(k)) || (nullish && f.nullish)).map((f) => f.doc);
    return { ...d, [as]: joined };
  });
}

/**
 * A value as SQL compares it with a field's stored JSON for equality: exactly (text, a finite
 * number; on `_id`, text or an ObjectId by its row key), loosely (a boolean, 0 and 1: SQLite
 * reads JSON's true as 1 and false as 0, so the matcher must still look), or not at all (a
 * regular expression, which is a match and not a value to equal; a date, an embedded
 * document, a number on `_id`, whose row key is text…).
 */
function sqlEquality(field: string, v: unknown): { value: unknown; exact: boolean } | undefined {
  if (v instanceof RegExp) return undefined;
  if (field === '_id') {
    if (typeof v === 'string') return { value: v, exact: true };
    return v instanceof ObjectId ? { value: rowId(v), exact: true } : undefined;
  }
  if (typeof v === 'string') return { value: v, exact: true };
  if (typeof v === 'number' && Number.isFinite(v)) return { value: v, exact: v !== 0 && v !== 1 };
  return typeof v === 'boolean' ? { value: v, exact: false } : undefined;
}

const isPlainCondition = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype;

const RANGE_OPS = { $lt: '<', $lte: '<=', $gt: '>', $gte: '>=' } as const;
const isRangeValue = (v: unknown): v is number | Date =>
  (typeof v === 'number' && Number.isFinite(v)) || (v instanceof Date && !Number.isNaN(v.getTime()));

/**
 * A condition on a field with an element index (the leading field of a multikey index) that
 * the element index answers exactly: equality to a text, `$in` texts, `$all` texts.
 */
function elementCondition(field: string, cond: unknown): ElementCondition | undefined {
  if (typeof cond === 'string') return { field, elements: [cond] };
  if (!isPlainCondition(cond)) return undefined;
  const keys = Object.keys(cond);
  if (keys.length !== 1) return undefined;
  const v = cond[keys[0]!];
  if (keys[0] === '$eq' && typeof v === 'string') return { field, elements: [v] };
  if ((keys[0] === '$in' || keys[0] === '$all') && Array.isArray(v) && v.every((x) => typeof x === 'string')) {
    return { field, elements: [...(v as string[])], ...(keys[0] === '$all' ? { all: true } : {}) };
  }
  return undefined;
}

/**
 * Equality and `$in` conditions on indexed scalar fields, pushed down to SQL, and equality,
 * `$in` and `$all` on the fields with an element index (`elementFields`). `complete`
 * when SQL alone answers the query (every condition pushed down exactly), so counting and
 * paging need not read the documents. Ranges on indexed fields (a number or a date: the
 * scheduler's deadlines, the counters' reconcile, housekeeping by age) and booleans are pushed
 * down as filters that only narrow what is read; the query is then matched as a whole as before.
 */
function pushDown(coll: string, query: Record<string, unknown>, elementFields: ReadonlySet<string> = new Set()): { where: WhereCondition[]; complete: boolean } {
  const indexed = new Set(['_id', ...scalarIndexesOf(coll).flatMap((ix) => ix.fields)]);
  const where: WhereCondition[] = [];
  let complete = true;
  for (const [field, cond] of conditionsOf(query)) {
    const exact = exactConditions(field, cond, indexed); // a keyset page's $or, a range on _id (keyset.ts)
    if (exact) {
      where.push(...exact);
      continue;
    }
    if (elementFields.has(field)) {
      const element = elementCondition(field, cond);
      if (element) where.push(element);
      else complete = false;
      continue;
    }
    let pushed = false;
    if (indexed.has(field)) {
      const equal = sqlEquality(field, cond);
      if (equal) {
        where.push({ field, values: [equal.value] });
        pushed = equal.exact;
      } else if (isPlainCondition(cond)) {
        const keys = Object.keys(cond);
        const $in = Array.isArray(cond.$in) ? cond.$in.map((v) => sqlEquality(field, v)) : [];
        if (keys.length === 1 && $in.length > 0 && $in.every((e) => e !== undefined)) {
          where.push({ field, values: $in.map((e) => e!.value) });
          pushed = $in.every((e) => e!.exact);
        } else if (field !== '_id' && keys.length > 0 && keys.every((k) => k in RANGE_OPS && isRangeValue(cond[k]))) {
          for (const k of keys as (keyof typeof RANGE_OPS)[]) {
            where.push({ field, range: { op: RANGE_OPS[k], value: cond[k] as number | Date } });
          }
        }
      }
    }
    if (!pushed) complete = false;
  }
  return { where, complete };
}

export interface TransportOptions {
  store: SqliteStore;
  now: () => Date;
  /**
   * The fidelity mode (DB_LATENCY_MS): a wait before every request is answered, as a network
   * round trip to the cloud database costs; 0 answers at once.
   */
  latencyMs?: number;
  /** Told of every request the SDK sends (the round-trip counts of the benchmark). */
  onRequest?: (action: string, collection?: string) => void;
  /**
   * Index coverage (emulator/index-check.ts): a query no declared index serves is reported
   * once per shape ('warn'), or also refused with UNINDEXED_QUERY ('fail'); 'off' checks nothing.
   */
  indexCheck?: { mode: IndexCheckMode; report?: (finding: IndexFinding) => void };
}

/** Builds the class the SDK instantiates per request (`Db.reqClass`). */
/**
 * Documents shaped by a projection. An inclusion of top-level fields (the common `field()`
 * call) is picked directly; anything else (exclusions, dotted paths, operators) goes to mingo.
 */
function projectDocs(docs: readonly Doc[], projection: Record<string, unknown>): Doc[] {
  const entries = Object.entries(projection);
  const simple = entries.every(([k, v]) => !k.includes('.') && !k.startsWith('$') && (v === 1 || v === true || (k === '_id' && (v === 0 || v === false))));
  if (!simple) return new Query({}).find<Doc>([...docs], projection).all();
  const keep = entries.filter(([, v]) => v === 1 || v === true).map(([k]) => k);
  const withId = projection._id === undefined || projection._id === 1 || projection._id === true;
  return docs.map((d) => {
    const out: Record<string, unknown> = {};
    if (withId && '_id' in d) out._id = d._id;
    for (const k of keep) if (k !== '_id' && Object.prototype.hasOwnProperty.call(d, k)) out[k] = (d as Record<string, unknown>)[k];
    return out as Doc;
  });
}

export function createLocalRequestClass({ store, now, latencyMs = 0, onRequest, indexCheck }: TransportOptions) {
  const unindexed = indexCheck && createIndexChecker({ ...indexCheck, declared: indexesOf, refused: REFUSED_OPERATORS });
  function find(coll: string, query: Record<string, unknown>, want = Infinity): Doc[] {
    store.requireCollection(coll);
    assertSafe(query);
    const near = nearOf(query); // geoNear: through the 2dsphere index, nearest first (geo.ts)
    if (near) return findNear(store, coll, near, want);
    const { where, complete } = pushDown(coll, query, store.elementFieldsOf(coll));
    const candidates = store.scan(coll, where);
    if (complete) return candidates;
    // One matcher for every query: mingo, on what SQL narrowed.
    return new Query(query).find<Doc>(candidates).all();
  }

  /**
   * The first `want` documents matching `query` in `order`, as the cloud reads a page through
   * an index: candidates in order from SQL, a chunk at a time, each matched (mingo) until the
   * page is full — never every candidate when the first ones fill it.
   */
  function walkInOrder(coll: string, where: WhereCondition[], query: Record<string, unknown>, order: NonNullable<ReturnType<typeof sqlOrder>>, want: number): Doc[] {
    const matcher = new Query(query);
    const out: Doc[] = [];
    if (want <= 0) return out;
    let offset = 0;
    let chunk = Math.max(64, want * 2);
    for (;;) {
      const rows = store.scan(coll, where, { order, offset, limit: chunk });
      for (const doc of rows) {
        if (!matcher.test(doc)) continue;
        out.push(doc);
        if (out.length >= want) return out;
      }
      if (rows.length < chunk) return out;
      offset += rows.length;
      chunk = Math.min(chunk * 4, 4_096);
    }
  }

  /**
   * An aggregate pipeline over `docs`. A `$lookup` stage names another collection: the
   * documents it can join are read from the store (for an equality join, only those whose
   * foreign field holds one of the local values), and mingo joins them.
   */
  function runPipeline(docs: Doc[], stages: Record<string, unknown>[]): Doc[] {
    let current = docs;
    let segment: Record<string, unknown>[] = [];
    const flush = () => {
      if (segment.length) current = new Aggregator(segment).run(current) as Doc[];
      segment = [];
    };
    for (const stage of stages) {
      if (!('$lookup' in stage)) {
        segment.push(stage);
        continue;
      }
      flush();
      const spec = stage.$lookup as { from: unknown; as: unknown; localField?: string; foreignField?: string; pipeline?: unknown[] };
      const from = String(spec.from);
      let joinable: Doc[];
      if (spec.localField && spec.foreignField && !spec.pipeline) {
        const values = lookupValues(current, spec.localField);
        const wanted: Record<string, unknown>[] = values.present.length ? [{ [spec.foreignField]: { $in: values.present } }] : [];
        // A missing or null local value joins the documents whose foreign field is missing or
        // null (never by `_id`: every document has one).
        if (values.nullish && spec.foreignField !== '_id') wanted.push({ [spec.foreignField]: null });
        joinable = wanted.length === 0 ? [] : find(from, wanted.length === 1 ? wanted[0] : { $or: wanted });
        current = equalityJoin(current, joinable, spec.localField, spec.foreignField, String(spec.as));
        continue;
      }
      joinable = find(from, {});
      current = new Aggregator([{ $lookup: { ...spec, from: joinable } }]).run(current) as Doc[];
    }
    flush();
    return current;
  }

  /** The query's conditions, when SQL alone can answer it. */
  function sqlOnly(p: Params): { coll: string; where: WhereCondition[] } | undefined {
    const coll = String(p.collectionName);
    store.requireCollection(coll);
    const query = (decode(p.query, now) ?? {}) as Record<string, unknown>;
    assertSafe(query);
    const { where, complete } = pushDown(coll, query, store.elementFieldsOf(coll));
    return complete ? { coll, where } : undefined;
  }

  /** Sort fields SQLite can order by: indexed scalars (dates included). */
  function sqlOrder(coll: string, order: Record<string, 1 | -1> | undefined) {
    if (!order) return [];
    const indexed = new Set(['_id', ...scalarIndexesOf(coll).flatMap((ix) => ix.fields)]);
    const fields = Object.entries(order);
    if (!fields.every(([f]) => indexed.has(f))) return undefined;
    return fields.map(([field, direction]) => ({ field, direction: direction === -1 ? (-1 as const) : (1 as const) }));
  }

  /**
   * A page SQL can deliver in order but not answer alone (a condition it only narrows, or a
   * projection): read in order and matched until `want` documents (walkInOrder). Undefined
   * when the order is not one SQL can give (a sort field without a scalar index), is not total
   * (rows equal on every key would come in SQL's order, not in the order of a full sort: only
   * an order ending with `_id`, or none — insertion order — is walked), or the query is a geo query.
   */
  function walkPage(p: Params, order: Record<string, 1 | -1> | undefined, want: number): Doc[] | undefined {
    const coll = String(p.collectionName);
    store.requireCollection(coll);
    const query = (decode(p.query, now) ?? {}) as Record<string, unknown>;
    assertSafe(query);
    if (nearOf(query)) return undefined;
    const sqlSort = sqlOrder(coll, order);
    if (!sqlSort || (sqlSort.length > 0 && sqlSort[sqlSort.length - 1]!.field !== '_id')) return undefined;
    const { where } = pushDown(coll, query, store.elementFieldsOf(coll));
    return walkInOrder(coll, where, query, sqlSort, want);
  }

  function select(p: Params): Doc[] {
    const coll = String(p.collectionName);
    const query = (decode(p.query, now) ?? {}) as Record<string, unknown>;
    const one = p.queryType === 'DOC' || p.multi === false;
    const docs = find(coll, query, one ? 1 : Number(p.offset ?? 0) + Number(p.limit ?? Infinity));
    if (one) return docs.slice(0, 1);
    return docs;
  }

  const handlers: Record<string, (p: Params) => unknown> = {
    'database.addCollection': (p) => {
      const name = String(p.collectionName);
      if (!/^[A-Za-z][A-Za-z0-9_-]{0,63}$/.test(name)) throw new StoreError('INVALID_PARAM', 'bad collection name');
      if (store.hasCollection(name)) {
        throw Object.assign(new StoreError('DATABASE_REQUEST_FAILED', 'Table exist'), {
          code: 'DATABASE_COLLECTION_ALREADY_EXIST',
        });
      }
      store.createCollection(name, indexesOf(name));
      return {};
    },

    'database.insertDocument': (p) => {
      const coll = String(p.collectionName);
      store.requireCollection(coll);
      const docs = (p.data as string[]).map((s) => decode(s, now) as Record<string, unknown>);
      const ids = store.atomically(() =>
        docs.map((d) => {
          assertSafe(d);
          assertStorableDocument(d);
          const _id = newDocId(d._id);
          store.insert(coll, { ...d, _id } as unknown as Doc);
          return _id instanceof ObjectId ? _id.toHexString() : _id;
        }),
      );
      return { insertedIds: ids };
    },

    'database.getDocument': (p) => {
      const order = decode(p.order, now) as Record<string, 1 | -1> | undefined;
      const offset = Number(p.offset ?? 0);
      const limit = Math.min(Number(p.limit ?? DEFAULT_LIMIT), MAX_LIMIT);
      const projection = decode(p.projection, now) as Record<string, 0 | 1> | undefined;
      const sql = p.queryType === 'DOC' ? undefined : sqlOnly(p);
      const sqlSort = sql ? sqlOrder(sql.coll, order) : undefined;
      const projected = projection && Object.keys(projection).length > 0;
      if (sql && sqlSort) {
        // Index-backed, as the cloud serves it from a declared index: SQLite filters, orders
        // and pages; only the page is read, then shaped by the projection.
        const page = store.scan(sql.coll, sql.where, { order: sqlSort, offset, limit });
        return { list: (projected ? projectDocs(page, projection) : page).map(encodeReply), offset, limit };
      }
      const walked = p.queryType === 'DOC' ? undefined : walkPage(p, order, offset + limit);
      if (walked) {
        const docs = walked.slice(offset, offset + limit);
        const shaped = projected ? projectDocs(docs, projection) : docs;
        return { list: shaped.map(encodeReply), offset, limit };
      }
      let docs = select(p);
      const total = docs.length;
      const sorted = order && Object.keys(order).length > 0;
      if (projected || sorted) {
        let cursor = new Query({}).find<Doc>(docs, projected ? projection : undefined);
        if (sorted) cursor = cursor.sort(order);
        docs = cursor.skip(offset).limit(limit).all();
      } else {
        docs = docs.slice(offset, offset + limit); // nothing to shape: no need for mingo's cursor
      }
      return {
        list: docs.map(encodeReply),
        total,
        offset,
        limit,
      };
    },

    'database.calculateDocument': (p) => {
      const sql = sqlOnly(p);
      return { total: sql ? store.countWhere(sql.coll, sql.where) : select({ ...p, multi: true }).length };
    },

    'database.modifyDocument': (p) => {
      const coll = String(p.collectionName);
      const data = decode(p.data, now) as Record<string, unknown>;
      assertSafe(data);
      const isOperatorUpdate = Object.keys(data).some((k) => k.startsWith('$'));
      const query = (decode(p.query, now) ?? {}) as Record<string, unknown>;
      const replacing = !isOperatorUpdate && p.merge === false;
      const modifier = (isOperatorUpdate ? data : { $set: data }) as Record<string, unknown>;
      if (replacing) assertStorableDocument(data);
      else assertUpdate(modifier); // what the cloud refuses whatever it matches (write-checks.ts)
      return store.atomically(() => {
        const matched = select(p);
        if (replacing) {
          // doc.set: replace, or insert when missing (upsert)
          const id = query._id;
          if (typeof id !== 'string' && !(id instanceof ObjectId)) throw new StoreError('DATABASE_REQUEST_FAILED', `_id of type ${typeof id} is not supported by the local store`);
          const existed = matched.length > 0;
          store.replace(coll, { ...data, _id: id } as unknown as Doc);
          return existed ? { updated: 1 } : { updated: 0, upsert_id: id instanceof ObjectId ? id.toHexString() : id };
        }
        // One updater for every update: mingo's; a document counts as updated when it changed.
        // What the cloud refuses for this document (a path into an array, $inc on text…) is refused first.
        const changed = matched.filter((doc) => {
          assertUpdatable(doc, modifier);
          return applyUpdate(doc, modifier as never, undefined, undefined, { cloneMode: 'deep' }).length > 0;
        });
        for (const doc of changed) store.replace(coll, doc);
        return { updated: changed.length };
      });
    },

    'database.removeDocument': (p) => {
      const coll = String(p.collectionName);
      return store.atomically(() => {
        const matched = select(p);
        for (const d of matched) store.remove(coll, d._id);
        return { deleted: matched.length };
      });
    },

    'database.aggregateDocuments': (p) => {
      const coll = String(p.collectionName);
      const stages = (p.stages as { stageKey: string; stageValue: string }[]).map((s) => ({
        [s.stageKey]: decode(s.stageValue, now),
      }));
      assertSafe(stages);
      const first = stages[0] as { $match?: Record<string, unknown>; $geoNear?: unknown } | undefined;
      // A first $geoNear stage reads through the 2dsphere index, nearest first (geo.ts).
      if (first && '$geoNear' in first) store.requireCollection(coll);
      const docs = first && '$geoNear' in first ? geoNearStage(store, coll, first.$geoNear) : first?.$match ? find(coll, first.$match) : find(coll, {});
      const out = runPipeline(docs, first && '$geoNear' in first ? stages.slice(1) : stages);
      const hasLimit = stages.some((s) => '$limit' in s);
      // Like the cloud, an aggregate without a $limit stage answers 20 rows.
      return { list: (hasLimit ? out : out.slice(0, 20)).map((d) => EJSON.stringify(d, { relaxed: true })) };
    },
  };

  return class LocalDbRequest {
    constructor(readonly config: unknown) {}

    async send(action: string, given: Params | undefined): Promise<Reply> {
      // A transaction's start or commit carries no parameters (refused below, as not emulated).
      const params: Params = given ?? {};
      onRequest?.(action, typeof params.collectionName === 'string' ? params.collectionName : undefined);
      // Before any wait, so the stack still names the code that sent it.
      const refusal = unindexed?.(action, params);
      if (refusal) return { requestId: requestId(), code: UNINDEXED_QUERY, message: refusal };
      if (latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, latencyMs));
      const handler = handlers[action];
      if (!handler) {
        return {
          requestId: requestId(),
          code: 'DATABASE_REQUEST_FAILED',
          message: `${action} is not supported by the local store (transactions are not used by this product)`,
        };
      }
      try {
        return { requestId: requestId(), data: handler(params) };
      } catch (e) {
        if (e instanceof StoreError) {
          const code = (e as { code: string }).code;
          return { requestId: requestId(), code, message: e.message };
        }
        return { requestId: requestId(), code: 'DATABASE_REQUEST_FAILED', message: String(e) };
      }
    }
  };
}

/** The `_id` of a document to insert: its own (text or an ObjectId, as the cloud keeps them), or a new one. */
function newDocId(id: unknown): string | ObjectId {
  if (id === undefined || id === '') return newId();
  if (typeof id === 'string' || id instanceof ObjectId) return id;
  const type = id === null ? 'null' : Array.isArray(id) ? 'array' : typeof id;
  throw new StoreError('DATABASE_REQUEST_FAILED', `_id of type ${type} is not supported by the local store: give a string or db.ObjectId`);
}

function newId(): string {
  // 32 hex characters, like the cloud database's generated ids.
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
