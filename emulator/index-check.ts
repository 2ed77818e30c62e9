/**
 * Index coverage of the local store: does a declared index (server/platform/indexes.json) or
 * `_id` serve each query the handlers send? In WeChat Cloud (MongoDB underneath) a query no
 * index serves reads the whole collection, and at province scale it times out; locally every
 * query answers at once, so the local store checks it instead (decision 0023).
 *
 * The rule, as MongoDB plans a query:
 * - an index serves a query when its leading field is constrained in the query's top-level
 *   AND (`$and` lists flattened) by equality (`null` included), `$in`, `$all`, a range
 *   (`$gt`, `$gte`, `$lt`, `$lte`, a regular expression anchored at the start) or a geo
 *   operator; `$ne`, `$nin`, `$exists`, `$not`, `$expr` and the like narrow nothing;
 * - a compound index's next fields narrow what it reads only after a prefix of equalities
 *   (what `bounds` reports); they never make an index serve;
 * - a `$or` serves only when every branch is served (each with the AND around it);
 * - a query with no condition is a full scan, except a paging pass in an index's order: sorted
 *   by `_id`, or by a declared index's leading fields (the cloud walks that index and stops
 *   after the page); a count with no condition reads everything (a range on `_id` is served
 *   by `_id` itself);
 * - an array field is indexed like any other (a multikey index): equality matches an element;
 * - a sort the serving index does not deliver is allowed (the cloud sorts what the index
 *   found), and noted.
 *
 * Shapes name fields and operators, never values: values may be personal data.
 */
import type { IndexSpec } from '../server/platform/collections';

export type IndexCheckMode = 'off' | 'warn' | 'fail';

export const INDEX_CHECK_MODES: readonly IndexCheckMode[] = ['off', 'warn', 'fail'];

/** The mode named by `value` (INDEX_CHECK), else `fallback`. */
export function indexCheckMode(value: string | undefined, fallback: IndexCheckMode = 'warn'): IndexCheckMode {
  const v = (value ?? '').trim().toLowerCase();
  return (INDEX_CHECK_MODES as readonly string[]).includes(v) ? (v as IndexCheckMode) : fallback;
}

/** What a query does to one field, as far as an index is concerned. */
type Constraint = 'eq' | 'in' | 'range' | 'geo' | 'none';

/** A conjunction: field constraints and the `$or` lists it holds. */
interface Conjunction {
  fields: Map<string, Set<Constraint>>;
  ors: Conjunction[][];
  /** Operators over the whole document ($expr, $nor, $text…): they narrow nothing. */
  other: Set<string>;
}

export type SortOrder = Record<string, number>;

export interface Verdict {
  served: boolean;
  /** The fields of the index that serves it (`_id` for the primary key), for a served query. */
  index?: string[];
  /** How the index is read: the index fields that bound the read (an equality prefix, then one more). */
  bounds?: string[];
  /** Why it is served or not, in a few words. */
  reason: string;
  /** False when a sort was asked for that the serving index does not deliver (allowed, noted). */
  sortCovered?: boolean;
}

/** EJSON wrappers the SDK sends for values: an object with one of these keys is a value, not operators. */
const VALUE_WRAPPERS = new Set([
  '$date',
  '$numberInt',
  '$numberLong',
  '$numberDouble',
  '$numberDecimal',
  '$oid',
  '$binary',
  '$timestamp',
  '$tcb_server_date',
  '$symbol',
  '$minKey',
  '$maxKey',
  '$uuid',
]);
const REGEX_WRAPPER = '$regularExpression';

const EQ_OPS = new Set(['$eq']);
const IN_OPS = new Set(['$in', '$all']);
const RANGE_OPS = new Set(['$gt', '$gte', '$lt', '$lte']);
const GEO_OPS = new Set(['$near', '$nearSphere', '$geoWithin', '$geoIntersects', '$geoNear']);

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date) && !(v instanceof RegExp);

const isOperatorObject = (v: unknown): v is Record<string, unknown> => {
  if (!isPlainObject(v)) return false;
  const keys = Object.keys(v);
  return keys.length > 0 && keys.every((k) => k.startsWith('$')) && !keys.some((k) => VALUE_WRAPPERS.has(k) || k === REGEX_WRAPPER);
};

/** A regular expression value (decoded or as EJSON) anchored at the start and case-sensitive: a range of the index. */
function regexConstraint(v: unknown): Constraint | undefined {
  let source: string | undefined;
  let flags = '';
  if (v instanceof RegExp) {
    source = v.source;
    flags = v.flags;
  } else if (isPlainObject(v) && REGEX_WRAPPER in v) {
    const r = v[REGEX_WRAPPER] as { pattern?: string; options?: string };
    source = String(r?.pattern ?? '');
    flags = String(r?.options ?? '');
  }
  if (source === undefined) return undefined;
  return source.startsWith('^') && !flags.includes('i') ? 'range' : 'none';
}

function emptyConjunction(): Conjunction {
  return { fields: new Map(), ors: [], other: new Set() };
}

function addConstraint(c: Conjunction, field: string, k: Constraint): void {
  let s = c.fields.get(field);
  if (!s) c.fields.set(field, (s = new Set()));
  s.add(k);
}

/** Reads a query (decoded or as parsed JSON) into its top-level conjunction. */
export function parseQuery(query: unknown): Conjunction {
  const c = emptyConjunction();
  addQuery(c, query);
  return c;
}

function addQuery(c: Conjunction, query: unknown): void {
  if (!isPlainObject(query)) return;
  for (const [key, value] of Object.entries(query)) {
    if (key === '$and' && Array.isArray(value)) {
      for (const q of value) addQuery(c, q);
    } else if (key === '$or' && Array.isArray(value)) {
      c.ors.push(value.map((q) => parseQuery(q)));
    } else if (key.startsWith('$')) {
      c.other.add(key);
    } else {
      addField(c, key, value);
    }
  }
}

function addField(c: Conjunction, field: string, value: unknown): void {
  const regex = regexConstraint(value);
  if (regex) return addConstraint(c, field, regex);
  if (!isOperatorObject(value)) return addConstraint(c, field, 'eq'); // a value, null, an embedded document
  for (const [op, arg] of Object.entries(value)) {
    if (EQ_OPS.has(op)) addConstraint(c, field, regexConstraint(arg) ?? 'eq');
    else if (IN_OPS.has(op)) addConstraint(c, field, 'in');
    else if (RANGE_OPS.has(op)) addConstraint(c, field, 'range');
    else if (GEO_OPS.has(op)) addConstraint(c, field, 'geo');
    else if (op === '$regex') addConstraint(c, field, regexConstraint({ [REGEX_WRAPPER]: { pattern: String(arg), options: String(value.$options ?? '') } }) ?? 'none');
    else if (op === '$elemMatch' && isPlainObject(arg)) {
      // On values ({$gte, $lt}): the field itself; on embedded documents: their fields.
      if (isOperatorObject(arg)) addField(c, field, arg);
      else {
        const inner = parseQuery(arg);
        for (const [f, ks] of inner.fields) for (const k of ks) addConstraint(c, `${field}.${f}`, k);
        addConstraint(c, field, 'none');
      }
    } else addConstraint(c, field, 'none');
  }
}

/** The strongest constraint a field has in a conjunction. */
function strongest(ks: Set<Constraint> | undefined): Constraint {
  if (!ks) return 'none';
  for (const k of ['eq', 'in', 'range'] as const) if (ks.has(k)) return k;
  return 'none';
}

const narrows = (k: Constraint) => k !== 'none';

/** `outer` with `inner`'s constraints added (a `$or` branch read with the AND around it). */
function merged(outer: Conjunction, inner: Conjunction): Conjunction {
  const c = emptyConjunction();
  for (const src of [outer, inner]) {
    for (const [f, ks] of src.fields) for (const k of ks) addConstraint(c, f, k);
    for (const o of src.other) c.other.add(o);
  }
  c.ors = [...inner.ors];
  return c;
}

const PRIMARY: IndexSpec = { fields: ['_id'], unique: true };

interface Use {
  index: string[];
  bounds: string[];
  equalities: number;
  sortCovered: boolean;
}

/** How an index would read a conjunction (its own fields only), or undefined when its leading field is free. */
function useOf(ix: IndexSpec, c: Conjunction, sort: [string, number][]): Use | undefined {
  // A geo index is read by a geo operator only ($near, $geoWithin…), and only a geo index serves one.
  if (isGeo(ix)) {
    return c.fields.get(ix.fields[0])?.has('geo') ? { index: ix.fields, bounds: [ix.fields[0]], equalities: 0, sortCovered: sort.length === 0 } : undefined;
  }
  if (!narrows(strongest(c.fields.get(ix.fields[0])))) return undefined;
  const bounds: string[] = [];
  let equalities = 0;
  let pinnedOrder = 0; // index fields pinned to one value: they do not disturb the order after them
  for (const f of ix.fields) {
    const k = strongest(c.fields.get(f));
    if (!narrows(k)) break;
    bounds.push(f);
    if (k === 'eq' && pinnedOrder === bounds.length - 1) pinnedOrder++;
    if (k !== 'eq' && k !== 'in') break; // after a range, the next fields do not narrow the read
    equalities++;
  }
  return { index: ix.fields, bounds, equalities, sortCovered: sortDelivered(ix.fields, pinnedOrder, c, sort) };
}

/** Whether the index, after its fields pinned to one value, lists documents in the sort's order. */
function sortDelivered(fields: string[], pinned: number, c: Conjunction, sort: [string, number][]): boolean {
  const wanted = sort.filter(([f]) => strongest(c.fields.get(f)) !== 'eq');
  if (wanted.length === 0) return true;
  const rest = fields.slice(pinned);
  // Directions: the index may be read forwards or backwards, but not both at once.
  return wanted.every(([f], i) => rest[i] === f) && new Set(wanted.map(([, d]) => Math.sign(d))).size === 1;
}

const better = (a: Use, b: Use): boolean => {
  const sa = [a.equalities, a.bounds.length, a.sortCovered ? 1 : 0];
  const sb = [b.equalities, b.bounds.length, b.sortCovered ? 1 : 0];
  const i = sa.findIndex((x, k) => x !== sb[k]);
  return i >= 0 && sa[i] > sb[i];
};

function serve(indexes: IndexSpec[], c: Conjunction, sort: [string, number][]): Verdict {
  let best: Use | undefined;
  for (const ix of [PRIMARY, ...indexes]) {
    const u = useOf(ix, c, sort);
    if (u && (!best || better(u, best))) best = u;
  }
  if (best) {
    return { served: true, index: best.index, bounds: best.bounds, reason: `index (${best.index.join(', ')})`, sortCovered: best.sortCovered };
  }
  // No index on the AND: a $or whose every branch (with the AND around it) is served.
  for (const branches of c.ors) {
    const verdicts = branches.map((b) => serve(indexes, merged(c, b), sort));
    if (branches.length > 0 && verdicts.every((v) => v.served)) {
      return {
        served: true,
        index: verdicts[0].index,
        reason: `every $or branch: ${verdicts.map((v) => v.reason).join('; ')}`,
        sortCovered: sort.length === 0,
      };
    }
  }
  return { served: false, reason: c.ors.length ? 'a $or branch no index serves' : 'no index on any field it constrains' };
}

const isEmpty = (c: Conjunction) => c.fields.size === 0 && c.ors.length === 0 && c.other.size === 0;

/**
 * Whether a declared index (or `_id`) serves `query` on a collection declaring `indexes`,
 * read in `order` (the fields to sort by, 1 or -1).
 */
export function checkQuery(indexes: IndexSpec[], query: unknown, order?: SortOrder): Verdict {
  const sort = Object.entries(order ?? {}).map(([f, d]) => [f, Number(d) < 0 ? -1 : 1] as [string, number]);
  const c = parseQuery(query);
  if (isEmpty(c)) {
    // A page read in an index's own order: the index is walked from one end and the walk stops after the page.
    const walked = [PRIMARY, ...indexes].find((ix) => sort.length > 0 && sortDelivered(ix.fields, 0, c, sort));
    if (walked) return { served: true, index: walked.fields, bounds: [], reason: `a paging pass in the order of (${walked.fields.join(', ')})`, sortCovered: true };
    if (sort.length > 0 && sort[0][0] === '_id') return { served: true, index: ['_id'], bounds: [], reason: 'a paging pass in _id order', sortCovered: false };
    return { served: false, reason: 'no condition: a full scan' };
  }
  return serve(indexes, c, sort);
}

/** The query's shape: its fields and operators in the order given, never its values. */
export function queryShape(query: unknown): string {
  if (!isPlainObject(query)) return '{}';
  const parts: string[] = [];
  for (const [key, value] of Object.entries(query)) {
    if ((key === '$and' || key === '$or' || key === '$nor') && Array.isArray(value)) {
      parts.push(`${key}: [${value.map(queryShape).join(', ')}]`);
    } else if (key.startsWith('$')) {
      parts.push(key);
    } else {
      parts.push(`${key}: ${valueShape(value)}`);
    }
  }
  return `{${parts.join(', ')}}`;
}

function valueShape(value: unknown): string {
  if (regexConstraint(value)) return '$regex';
  if (!isOperatorObject(value)) return '$eq';
  return Object.entries(value)
    .map(([op, arg]) => (op === '$elemMatch' && isPlainObject(arg) && !isOperatorObject(arg) ? `$elemMatch ${queryShape(arg)}` : op))
    .join(' ');
}

/** The sort's shape: fields and directions. */
export const orderShape = (order?: SortOrder): string =>
  order && Object.keys(order).length ? ` sort {${Object.entries(order).map(([f, d]) => `${f}: ${Number(d) < 0 ? -1 : 1}`).join(', ')}}` : '';

/** One selection a request makes: a query on a collection, with its sort. */
export interface Selection {
  collection: string;
  /** `get`, `count`, `update`, `remove`, `aggregate`, `lookup`. */
  kind: string;
  query: unknown;
  order?: SortOrder;
  /** A selection the rule cannot judge served whatever its query (`$lookup` with a pipeline, `$geoNear` without an index). */
  unserved?: string;
  /** Served whatever its query (`$geoNear` on a declared index). */
  served?: string;
}

const parseJson = (v: unknown): unknown => {
  if (typeof v !== 'string') return v;
  try {
    return JSON.parse(v);
  } catch {
    return undefined;
  }
};

/** Plain numbers from the SDK's EJSON ({"$numberInt": "-1"}), for sort directions. */
const orderOf = (v: unknown): SortOrder | undefined => {
  const o = parseJson(v);
  if (!isPlainObject(o)) return undefined;
  return Object.fromEntries(
    Object.entries(o).map(([f, d]) => [f, Number(isPlainObject(d) ? Object.values(d)[0] : d) < 0 ? -1 : 1]),
  );
};

/**
 * The selections a request of the SDK's wire protocol makes (none for an insert or a
 * collection's creation): the query of a get, count, update or remove; the first `$match`
 * of an aggregate (or its `$geoNear`); the foreign side of each `$lookup`.
 */
export function selectionsOf(action: string, params: Record<string, unknown>, declared: (collection: string) => IndexSpec[]): Selection[] {
  const collection = String(params.collectionName ?? '');
  switch (action) {
    case 'database.getDocument':
      return [{ collection, kind: 'get', query: parseJson(params.query) ?? {}, order: orderOf(params.order) }];
    case 'database.calculateDocument':
      return [{ collection, kind: 'count', query: parseJson(params.query) ?? {} }];
    case 'database.modifyDocument':
      return [{ collection, kind: 'update', query: parseJson(params.query) ?? {} }];
    case 'database.removeDocument':
      return [{ collection, kind: 'remove', query: parseJson(params.query) ?? {} }];
    case 'database.aggregateDocuments':
      return aggregateSelections(collection, params.stages, declared);
    default:
      return [];
  }
}

function aggregateSelections(collection: string, rawStages: unknown, declared: (collection: string) => IndexSpec[]): Selection[] {
  const stages = (Array.isArray(rawStages) ? rawStages : []).map((s: { stageKey?: string; stageValue?: unknown }) => ({
    key: String(s?.stageKey ?? ''),
    value: parseJson(s?.stageValue),
  }));
  const out: Selection[] = [];
  const first = stages[0];
  if (first?.key === '$match') {
    const next = stages[1];
    out.push({ collection, kind: 'aggregate', query: first.value ?? {}, order: next?.key === '$sort' ? orderOf(next.value) : undefined });
  } else if (first?.key === '$geoNear') {
    const spec = isPlainObject(first.value) ? first.value : {};
    const key = typeof spec.key === 'string' ? spec.key : undefined;
    const geo = declared(collection).find((ix) => isGeo(ix) && (!key || ix.fields[0] === key));
    out.push(
      geo
        ? { collection, kind: 'aggregate', query: {}, served: `$geoNear on (${geo.fields.join(', ')})` }
        : { collection, kind: 'aggregate', query: {}, unserved: `$geoNear${key ? ` on ${key}` : ''} without a geo index` },
    );
  } else {
    out.push({ collection, kind: 'aggregate', query: {} });
  }
  for (const { key, value } of stages) {
    if (key !== '$lookup' || !isPlainObject(value)) continue;
    const from = String(value.from ?? '');
    if (typeof value.localField === 'string' && typeof value.foreignField === 'string' && value.pipeline === undefined) {
      out.push({ collection: from, kind: 'lookup', query: { [value.foreignField]: { $in: [] } } });
    } else {
      out.push({ collection: from, kind: 'lookup', query: {}, unserved: '$lookup with a pipeline (not judged: write it as an equality join)' });
    }
  }
  return out;
}

/** A geo index (`"type": "2dsphere"`). */
const isGeo = (ix: IndexSpec): boolean => ix.type === '2dsphere';

export interface Unserved {
  collection: string;
  kind: string;
  /** Fields and operators, with the sort: never values. */
  shape: string;
  reason: string;
}

export interface SortNote {
  collection: string;
  kind: string;
  shape: string;
  index: string[];
}

/** Judges every selection of a request: the unserved ones, and the served ones whose sort the index does not deliver. */
export function judgeRequest(
  action: string,
  params: Record<string, unknown>,
  declared: (collection: string) => IndexSpec[],
  refused: ReadonlySet<string> = new Set(),
): { unserved: Unserved[]; sortNotes: SortNote[] } {
  const unserved: Unserved[] = [];
  const sortNotes: SortNote[] = [];
  for (const s of selectionsOf(action, params, declared)) {
    const shape = `${s.kind} ${s.collection} ${s.unserved || s.served ? '' : queryShape(s.query)}${orderShape(s.order)}`.trim();
    if (s.served) continue;
    if (s.unserved) {
      unserved.push({ collection: s.collection, kind: s.kind, shape, reason: s.unserved });
      continue;
    }
    const v = checkQuery(declared(s.collection), s.query, s.order);
    // An operator the store refuses anyway (`$where`…) is left to the store's own refusal.
    if (!v.served && mentions(s.query, refused)) continue;
    if (!v.served) unserved.push({ collection: s.collection, kind: s.kind, shape, reason: v.reason });
    else if (v.sortCovered === false) sortNotes.push({ collection: s.collection, kind: s.kind, shape, index: v.index ?? [] });
  }
  return { unserved, sortNotes };
}

/** Whether any key of `v`, at any depth, is one of `keys`. */
function mentions(v: unknown, keys: ReadonlySet<string>): boolean {
  if (keys.size === 0 || v === null || typeof v !== 'object') return false;
  if (Array.isArray(v)) return v.some((x) => mentions(x, keys));
  return Object.entries(v).some(([k, x]) => keys.has(k) || mentions(x, keys));
}

/**
 * Where a request came from: the first frame of the product's own code (a repository, or the
 * database seam's helpers' caller) in the stack, as `server/…/x.repo.ts:line`. Cheap enough
 * to take once per new shape.
 */
export function originOf(stack: string | undefined): string | undefined {
  const frames = (stack ?? '').split('\n').slice(1);
  const ours = frames
    .map((l) => /\(?((?:[A-Za-z]:)?[^\s()]*?[\\/]((?:server|scripts)[\\/][^\s():]+):(\d+)):\d+\)?\s*$/.exec(l))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => `${m[2].replace(/\\/g, '/')}:${m[3]}`);
  return ours.find((f) => !f.startsWith('server/platform/db.ts')) ?? ours[0];
}

export interface IndexFinding {
  /** `unindexed`: no declared index serves it; `sort`: served, but the index does not deliver the sort. */
  kind: 'unindexed' | 'sort';
  collection: string;
  shape: string;
  reason: string;
  /** The product's code that sent it, when the stack names it. */
  origin?: string;
}

export const UNINDEXED_QUERY = 'UNINDEXED_QUERY';

/**
 * The check the transport runs on every request: `undefined` to answer it, or the message
 * to refuse it with (`UNINDEXED_QUERY`, in 'fail' mode). Each shape is reported once.
 */
export function createIndexChecker(options: {
  mode: IndexCheckMode;
  declared: (collection: string) => IndexSpec[];
  report?: (finding: IndexFinding) => void;
  /** Operators the store refuses whatever the indexes (`$where`…): such a query is left to that refusal. */
  refused?: ReadonlySet<string>;
}): (action: string, params: Record<string, unknown>) => string | undefined {
  const { mode, declared, report, refused } = options;
  const told = new Set<string>();
  return (action, params) => {
    if (mode === 'off') return undefined;
    const { unserved, sortNotes } = judgeRequest(action, params, declared, refused);
    if (unserved.length === 0 && sortNotes.length === 0) return undefined;
    let origin: string | undefined;
    let traced = false;
    const originOnce = () => {
      if (!traced) origin = originOf(new Error().stack);
      traced = true;
      return origin;
    };
    for (const n of sortNotes) {
      if (told.has(`sort ${n.shape}`)) continue;
      told.add(`sort ${n.shape}`);
      report?.({ kind: 'sort', collection: n.collection, shape: n.shape, reason: `index (${n.index.join(', ')}) does not deliver the sort`, origin: originOnce() });
    }
    for (const u of unserved) {
      if (told.has(u.shape)) continue;
      told.add(u.shape);
      report?.({ kind: 'unindexed', collection: u.collection, shape: u.shape, reason: u.reason, origin: originOnce() });
    }
    if (mode !== 'fail' || unserved.length === 0) return undefined;
    const u = unserved[0];
    const from = originOnce();
    return (
      `${UNINDEXED_QUERY}: no declared index serves ${u.shape} (${u.reason})${from ? ` from ${from}` : ''}: ` +
      `declare one in server/platform/indexes.json or change the query`
    );
  };
}
