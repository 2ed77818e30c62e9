/**
 * The embedded, durable document store behind the local run: one SQLite file (WAL),
 * documents kept as extended JSON so dates survive, expression indexes on the scalar fields
 * listed in server/platform/indexes.json, and an element index for the field that leads each
 * multikey index (an array: `regionPath`, `searchKeys`…; decision 0032). Like WeChat's
 * database, it refuses to write into a collection that was never created.
 */
import Database from 'better-sqlite3';
import { EJSON, ObjectId } from 'bson';
import type { IndexSpec } from '../server/platform/collections';

export type Doc = Record<string, unknown> & { _id: string };

export class StoreError extends Error {
  constructor(
    readonly code: 'DATABASE_COLLECTION_NOT_EXIST' | 'DATABASE_REQUEST_FAILED' | 'INVALID_PARAM',
    message: string,
  ) {
    super(message);
  }
}

const MAX_STATEMENTS = 500;
const FIELD = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;
const COLLECTION = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;

/** A field equal to one of `values`. */
export interface Condition {
  field: string;
  values: unknown[];
}

/**
 * A field below or above a number or a date: a filter that only narrows what is read (the
 * caller still matches every document it gets), so it may keep a few too many and never
 * drops one. Dates are compared as their stored ISO text with a second to spare, since the
 * text leaves out zero milliseconds.
 */
export interface RangeCondition {
  field: string;
  range: { op: '<' | '<=' | '>' | '>='; value: number | Date };
}

/**
 * An exact comparison of several fields at once, as row values: `(a, b, _id) > (?, ?, ?)`,
 * the keyset condition of a page after a cursor (emulator/keyset.ts recognises it in a
 * query), or a range on `_id` alone. Exact for values of the field's own type: text compares
 * as the database's binary string order, numbers as numbers, dates as the stored text the
 * rows are also ordered by (`sortExpr`), so a walk from page to page neither skips nor
 * repeats a row.
 */
export interface RowCondition {
  row: { fields: string[]; op: '<' | '<=' | '>' | '>='; values: RowValue[] };
}
export type RowValue = string | number | boolean | Date;

/**
 * A field holding text elements (an array, or one text) that has an element index: the
 * documents with any of `elements` (`$in`, equality), or with every one of them (`$all`).
 * Exact, as the cloud matches an array field: an element equal to the value.
 */
export interface ElementCondition {
  field: string;
  elements: string[];
  all?: boolean;
}

export type WhereCondition = Condition | RangeCondition | RowCondition | ElementCondition;

const isRange = (w: WhereCondition): w is RangeCondition => 'range' in w;
const isRow = (w: WhereCondition): w is RowCondition => 'row' in w;
const isElement = (w: WhereCondition): w is ElementCondition => 'elements' in w;
const isEquality = (w: WhereCondition): w is Condition => !isRange(w) && !isRow(w) && !isElement(w);

/**
 * How many rows a driver's estimate counts at most: enough to tell a few hundred documents
 * from a few thousand, cheap enough (an index range, never a document) to ask per query.
 */
const ESTIMATE_CAP = 2_000;

/** One way to read a query's candidates: the clauses that drive it and the rest, and the table access. */
interface Plan {
  from: string;
  sql: string;
  params: unknown[];
}

/** Where a 2dsphere index keeps a GeoJSON point's coordinates: [longitude, latitude]. */
const latExpr = (field: string) => `json_extract(doc, '$.${checkedField(field)}.coordinates[1]')`;
const lngExpr = (field: string) => `json_extract(doc, '$.${checkedField(field)}.coordinates[0]')`;

/** A box of latitudes and longitudes (degrees), the prefilter of a geo query. */
export interface GeoBox {
  minLat: number;
  maxLat: number;
  minLng: number;
  maxLng: number;
}

export interface Page {
  order?: { field: string; direction: 1 | -1 }[];
  offset: number;
  limit: number;
}

/**
 * Sort key of a field: the same expression the indexes hold, so an index can deliver the
 * order (`_id` is the row's own key column). Dates are stored as {"$date": ISO} and their JSON
 * text sorts as the ISO string does — except that the text leaves out zero milliseconds, so
 * within one second a date on the second sorts after one with milliseconds (a limit of the
 * local store only; keyset conditions compare the same text, so paging stays consistent).
 */
const sortExpr = (field: string): string => (field === '_id' ? 'id' : fieldExpr(field));

/**
 * The ORDER BY of a read. Without a requested order the rows come in the order they were
 * inserted (their rowid, which an update in place keeps), as the cloud answers an unsorted
 * read: in its natural order, never in the order of whichever index served the query. With
 * one, rows equal on every sort key follow insertion order in the direction of the last key,
 * as a scan of an index (whose entries end with the row) delivers them forwards or backwards.
 */
const orderTerms = (order: NonNullable<Page['order']>): string => {
  const dir = (d: 1 | -1) => (d === -1 ? 'DESC' : 'ASC');
  const last = order.length ? order[order.length - 1].direction : 1;
  return [...order.map((o) => `${sortExpr(o.field)} ${dir(o.direction)}`), `rowid ${dir(last)}`].join(', ');
};

const checkedField = (field: string): string => {
  if (!FIELD.test(field)) throw new StoreError('INVALID_PARAM', `bad field name ${field}`);
  return field;
};

/** The SQL expression for a scalar field of the stored document. */
export const fieldExpr = (field: string): string => `json_extract(doc, '$.${checkedField(field)}')`;

export class SqliteStore {
  private readonly db: Database.Database;
  private readonly known = new Set<string>();
  /** Index names and fields per collection, to steer queries onto them. */
  private readonly indexes = new Map<string, { name: string; fields: string[]; unique?: boolean }[]>();
  /** Fields with a 2dsphere index (`type: "2dsphere"`), by collection: field → index name. */
  private readonly geoIndexes = new Map<string, Map<string, string>>();
  private readonly statements = new Map<string, Database.Statement>();
  /** Fields with an element index, by collection: field → its number in the `elements` table. */
  private readonly elementFields = new Map<string, Map<string, number>>();
  /** False for a store file an earlier version wrote WITHOUT ROWID: it gets no element index (multikey fields are matched in memory there). */
  private readonly rowids: boolean;

  constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    // NORMAL in WAL mode keeps every committed write across a process crash (SIGKILL).
    this.db.pragma('synchronous = NORMAL');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS collections (name TEXT PRIMARY KEY, created_at TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS docs (coll TEXT NOT NULL, id TEXT NOT NULL, doc TEXT NOT NULL, UNIQUE (coll, id));
    `);
    const docsSql = (this.db.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'docs'").get() as { sql: string }).sql;
    this.rowids = !/WITHOUT\s+ROWID/i.test(docsSql);
    if (this.rowids) {
      // The element index: one row per text element of an indexed field and document (its
      // rowid, which an update in place keeps and nothing renumbers: the store never VACUUMs).
      this.db.exec(`
        CREATE TABLE IF NOT EXISTS element_fields (fx INTEGER PRIMARY KEY, coll TEXT NOT NULL, field TEXT NOT NULL, UNIQUE (coll, field));
        CREATE TABLE IF NOT EXISTS elements (fx INTEGER NOT NULL, value NOT NULL, doc INTEGER NOT NULL, PRIMARY KEY (fx, value, doc)) WITHOUT ROWID;
      `);
    }
    for (const row of this.db.prepare('SELECT name FROM collections').all() as { name: string }[]) {
      this.known.add(row.name);
    }
  }

  /**
   * Compiled statements by SQL text: compiling took longer than running (≈ 0.8 ms against
   * 0.1 ms for an update by id). Bounded, since `$in` lists of every length make new texts.
   */
  private statement(sql: string): Database.Statement {
    let st = this.statements.get(sql);
    if (!st) {
      if (this.statements.size >= MAX_STATEMENTS) this.statements.clear();
      st = this.db.prepare(sql);
      this.statements.set(sql, st);
    }
    return st;
  }

  close(): void {
    this.db.close();
  }

  hasCollection(name: string): boolean {
    return this.known.has(name);
  }

  collections(): string[] {
    return [...this.known].sort();
  }

  /** Creates a collection; false when it already existed. */
  createCollection(name: string, indexes: IndexSpec[]): boolean {
    const existed = this.known.has(name);
    if (!existed) {
      this.db
        .prepare('INSERT INTO collections (name, created_at) VALUES (?, ?)')
        .run(name, new Date().toISOString());
      this.known.add(name);
    }
    this.ensureIndexes(name, indexes);
    return !existed;
  }

  private ensureIndexes(name: string, indexes: IndexSpec[]): void {
    const known = this.indexes.get(name) ?? [];
    const geo = this.geoIndexes.get(name) ?? new Map<string, string>();
    for (const spec of indexes) {
      // A multikey index (a field holding arrays): an expression index would hold the array's
      // JSON text, not its elements. Its leading field gets an element index instead.
      if (spec.multikey) {
        this.ensureElementIndex(name, spec.fields[0]!);
        continue;
      }
      if (spec.type === '2dsphere') {
        // A GeoJSON point's latitude and longitude, so a box of them is read from the index.
        const field = spec.fields[0]!;
        const ixName = indexName(name, [field, 'geo']);
        geo.set(field, ixName);
        this.db.exec(`CREATE INDEX IF NOT EXISTS ${ixName} ON docs (${latExpr(field)}, ${lngExpr(field)}) WHERE coll = '${name}'`);
        continue;
      }
      const ixName = indexName(name, spec.fields);
      if (!known.some((k) => k.name === ixName)) known.push({ name: ixName, fields: spec.fields, ...(spec.unique ? { unique: true } : {}) });
      const cols = spec.fields.map(sortExpr).join(', ');
      // Partial index per collection, so collections sharing the table do not collide.
      this.db.exec(
        `CREATE ${spec.unique ? 'UNIQUE ' : ''}INDEX IF NOT EXISTS ${ixName} ON docs (${cols}) WHERE coll = '${name}'`,
      );
    }
    this.indexes.set(name, known);
    this.geoIndexes.set(name, geo);
  }

  /**
   * The element index of `coll.field`: rows (field, element, document) kept by triggers on
   * every insert, update and removal of the collection's documents, whoever writes them (the
   * store, a bulk loader, a restore) and in the same transaction as the write. Built once, when
   * its triggers are first created, from the documents already stored. Text elements only (an
   * array's texts, or the field's own text): what the product's multikey fields hold.
   */
  private ensureElementIndex(coll: string, field: string): void {
    if (!this.rowids || !SIMPLE_FIELD.test(field) || !COLLECTION.test(coll)) return;
    const fields = this.elementFields.get(coll) ?? new Map<string, number>();
    this.elementFields.set(coll, fields);
    if (fields.has(field)) return;
    this.db.prepare('INSERT OR IGNORE INTO element_fields (coll, field) VALUES (?, ?)').run(coll, field);
    const fx = (this.db.prepare('SELECT fx FROM element_fields WHERE coll = ? AND field = ?').get(coll, field) as { fx: number }).fx;
    fields.set(field, fx);
    const exists = this.db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = ?").get(`el_${fx}_ins`);
    if (exists) return;
    const path = `'$.${field}'`;
    const add = (doc: 'new') => `INSERT OR IGNORE INTO elements (fx, value, doc) SELECT ${fx}, j.value, ${doc}.rowid FROM json_each(${doc}.doc, ${path}) j WHERE j.type = 'text';`;
    const drop = `DELETE FROM elements WHERE fx = ${fx} AND doc = old.rowid AND value IN (SELECT j.value FROM json_each(old.doc, ${path}) j WHERE j.type = 'text');`;
    this.db.transaction(() => {
      this.db.exec(`
        DELETE FROM elements WHERE fx = ${fx};
        CREATE TRIGGER el_${fx}_ins AFTER INSERT ON docs WHEN new.coll = '${coll}' BEGIN ${add('new')} END;
        CREATE TRIGGER el_${fx}_del AFTER DELETE ON docs WHEN old.coll = '${coll}' BEGIN ${drop} END;
        CREATE TRIGGER el_${fx}_upd AFTER UPDATE OF doc ON docs
          WHEN new.coll = '${coll}' AND json_extract(old.doc, ${path}) IS NOT json_extract(new.doc, ${path})
          BEGIN ${drop} ${add('new')} END;
        INSERT OR IGNORE INTO elements (fx, value, doc)
          SELECT ${fx}, j.value, d.rowid FROM docs d, json_each(d.doc, ${path}) j WHERE d.coll = '${coll}' AND j.type = 'text' ORDER BY 2, 3;
      `);
    })();
  }

  /** The fields of `coll` with an element index (the leading field of each multikey index). */
  elementFieldsOf(coll: string): ReadonlySet<string> {
    return new Set(this.elementFields.get(coll)?.keys() ?? []);
  }

  /** Declares the indexes of an existing collection (at start, before any query). */
  useIndexes(name: string, indexes: IndexSpec[]): void {
    if (this.known.has(name)) this.ensureIndexes(name, indexes);
  }

  /**
   * The index to steer a query onto. Without statistics SQLite prefers the `(coll, id)` key,
   * which reads a whole collection. A unique index with every field pinned to one value reads
   * one document at most, and wins. Otherwise ranked by: leading fields pinned to one value; then
   * whether the index also delivers the requested order right after them (the query stops
   * after one page instead of sorting every match); then leading fields constrained at all;
   * then how many sort keys it holds (a page is then chosen without reading documents).
   */
  private bestIndex(coll: string, where: WhereCondition[], order: Page['order'] = []): string | undefined {
    // Only equality steers the index: a range filter's expression is not the index's.
    const values = new Map(where.flatMap((w) => (isEquality(w) ? [[w.field, w.values.length] as const] : [])));
    let best: { name: string; score: number[] } | undefined;
    for (const ix of this.indexes.get(coll) ?? []) {
      let pinned = 0;
      while (pinned < ix.fields.length && values.get(ix.fields[pinned]) === 1) pinned++;
      let prefix = pinned;
      while (prefix < ix.fields.length && values.has(ix.fields[prefix])) prefix++;
      if (prefix === 0) continue;
      const ordered = order.length > 0 && ix.fields[pinned] === order[0].field ? 1 : 0;
      const sortKeys = order.filter((o) => ix.fields.includes(o.field)).length;
      // Conditions on later fields are checked from the index entry, not the document (as the cloud filters on index keys before it fetches).
      const covered = ix.fields.filter((f) => where.some((w) => 'field' in w && w.field === f)).length;
      const score = [ix.unique && pinned === ix.fields.length ? 1 : 0, pinned, ordered, prefix, covered, sortKeys];
      if (!best || isGreater(score, best.score)) best = { name: ix.name, score };
    }
    return best?.name;
  }

  requireCollection(name: string): void {
    if (!this.known.has(name)) {
      throw new StoreError('DATABASE_COLLECTION_NOT_EXIST', `collection ${name} does not exist`);
    }
  }

  get(coll: string, id: string): Doc | undefined {
    const row = this.statement('SELECT doc FROM docs WHERE coll = ? AND id = ?').get(coll, id) as
      | { doc: string }
      | undefined;
    return row ? decode(row.doc) : undefined;
  }

  /** Documents whose listed scalar fields equal (or are in) the given values, in insertion order unless `page` orders them. */
  scan(coll: string, where: WhereCondition[], page?: Page): Doc[] {
    return this.scanText(coll, where, page).map(decode);
  }

  /** As `scan`, the documents as stored (relaxed extended JSON text). */
  private scanText(coll: string, where: WhereCondition[], page?: Page): string[] {
    const { from, sql, params } = this.plan(coll, where, page?.order);
    const order = ` ORDER BY ${orderTerms(page?.order ?? [])}`;
    const limit = page ? ` LIMIT ${Math.max(0, Math.floor(page.limit))} OFFSET ${Math.max(0, Math.floor(page.offset))}` : '';
    // A page is chosen from the index alone (rowids and sort keys), and only its documents
    // are read: sorting every match would read every matching document.
    const query =
      limit
        ? `SELECT doc FROM docs WHERE rowid IN (SELECT rowid FROM ${from} WHERE ${sql}${order}${limit})${order}`
        : `SELECT doc FROM ${from} WHERE ${sql}${order}${limit}`;
    const rows = this.statement(query).all(...params) as { doc: string }[];
    // Array.from: an array of this realm (the driver's own arrays fail `instanceof Array` under jest's vm).
    return Array.from(rows, (r) => r.doc);
  }

  /** How many documents match, counted by SQLite without decoding them (exact conditions only: a range filter only narrows). */
  countWhere(coll: string, where: WhereCondition[]): number {
    const { from, sql, params } = this.plan(coll, where);
    return (this.statement(`SELECT COUNT(*) n FROM ${from} WHERE ${sql}`).get(...params) as { n: number }).n;
  }

  /**
   * How the candidates are read. Without element conditions: through the scalar index that
   * best serves the equalities (`bestIndex`, named with INDEXED BY). With them, as the cloud
   * picks among the indexes that could serve a query by trying them: each way is estimated by
   * counting its index entries (up to ESTIMATE_CAP) — the scalar index's equalities, or one
   * element condition (for `$all`, its rarest element) — and the elements drive only when few
   * and fewer; every other element condition is checked per document against the element
   * index (EXISTS).
   */
  private plan(coll: string, where: WhereCondition[], order?: Page['order']): Plan {
    if (!COLLECTION.test(coll)) throw new StoreError('INVALID_PARAM', `bad collection name ${coll}`);
    const elements = where.filter(isElement);
    const others = where.filter((w) => !isElement(w));
    const base = this.whereClause(coll, others);
    if (elements.length === 0) return { from: `docs${this.indexedBy(coll, others, order)}`, ...base };
    // No element to equal (`$in: []`, `$all: []`): nothing matches, as in the cloud.
    if (elements.some((w) => w.elements.length === 0)) return { from: 'docs', sql: `${base.sql} AND 0`, params: base.params };
    const fxOf = (w: ElementCondition) => {
      const fx = this.elementFields.get(coll)?.get(w.field);
      if (fx === undefined) throw new StoreError('INVALID_PARAM', `no element index on ${coll}.${w.field}`);
      return fx;
    };
    // The element ways: each `any` condition as a whole, each element of an `all` on its own.
    const ways = elements.flatMap((w, i) =>
      w.all ? w.elements.map((e) => ({ i, fx: fxOf(w), values: [e] })) : [{ i, fx: fxOf(w), values: w.elements }],
    );
    const estimate = (fx: number, values: string[]) =>
      (this.statement(`SELECT COUNT(*) n FROM (SELECT 1 FROM elements WHERE fx = ? AND value IN (${marks(values)}) LIMIT ${ESTIMATE_CAP})`).get(fx, ...values) as { n: number }).n;
    let drive = ways[0]!;
    let driveCount = estimate(drive.fx, drive.values);
    for (const w of ways.slice(1)) {
      if (driveCount === 0) break;
      const n = estimate(w.fx, w.values);
      if (n < driveCount) [drive, driveCount] = [w, n];
    }
    const ix = where.some((w) => isEquality(w) && w.field === '_id') ? undefined : this.bestIndex(coll, others, order);
    let scalarCount = Infinity;
    // The scalar way is counted only as far as the choice needs: whether it has as many entries
    // as the elements (elements at the cap never drive, so then it is not counted at all).
    if (ix && driveCount < ESTIMATE_CAP) {
      const fields = new Set(this.indexes.get(coll)?.find((x) => x.name === ix)?.fields ?? []);
      const eq = this.whereClause(coll, others.filter((w) => isEquality(w) && fields.has(w.field)));
      scalarCount = (this.statement(`SELECT COUNT(*) n FROM (SELECT 1 FROM docs INDEXED BY ${ix} WHERE ${eq.sql} LIMIT ${driveCount})`).get(...eq.params) as { n: number }).n;
    }
    // The elements drive when they are few (under the cap) and fewer than the scalar index's
    // entries; otherwise the scalar index does — read in the query's order when it delivers it,
    // so a page of a common word stops after the page, as the cloud's walk of its index does.
    const byElements = !ix || (driveCount < ESTIMATE_CAP && driveCount <= scalarCount);
    const clauses = [base.sql];
    const params = [...base.params];
    if (byElements) {
      clauses.push(`rowid IN (SELECT doc FROM elements WHERE fx = ? AND value IN (${marks(drive.values)}))`);
      params.push(drive.fx, ...drive.values);
    }
    for (const w of ways) {
      if (byElements && w === drive) continue;
      clauses.push(`EXISTS (SELECT 1 FROM elements e WHERE e.fx = ? AND e.value IN (${marks(w.values)}) AND e.doc = docs.rowid)`);
      params.push(w.fx, ...w.values);
    }
    // Driven by the element index: the documents are reached by rowid, never through another index.
    return { from: byElements ? 'docs NOT INDEXED' : `docs INDEXED BY ${ix}`, sql: clauses.join(' AND '), params };
  }

  private indexedBy(coll: string, where: WhereCondition[], order?: Page['order']): string {
    if (where.some((w) => isEquality(w) && w.field === '_id')) return '';
    const ix = this.bestIndex(coll, where, order);
    return ix ? ` INDEXED BY ${ix}` : '';
  }

  private whereClause(coll: string, where: WhereCondition[]) {
    // The collection is a literal (validated), so SQLite can use the partial indexes.
    if (!COLLECTION.test(coll)) throw new StoreError('INVALID_PARAM', `bad collection name ${coll}`);
    const clauses = [`coll = '${coll}'`];
    const params: unknown[] = [];
    for (const w of where) {
      if (isElement(w)) throw new StoreError('INVALID_PARAM', `element condition on ${w.field} outside a plan`);
      if (isRange(w)) {
        const { sql, param } = rangeClause(w);
        clauses.push(sql);
        params.push(param);
        continue;
      }
      if (isRow(w)) {
        const { fields, op, values } = w.row;
        clauses.push(`(${fields.map(sortExpr).join(', ')}) ${op} (${values.map(() => '?').join(', ')})`);
        params.push(...values.map(rowParam));
        continue;
      }
      clauses.push(w.field === '_id' ? `id IN (${marks(w.values)})` : `${fieldExpr(w.field)} IN (${marks(w.values)})`);
      params.push(...w.values.map(toSqlValue));
    }
    return { sql: clauses.join(' AND '), params };
  }

  /** The fields of the collection that have a 2dsphere index. */
  geoFieldsOf(coll: string): string[] {
    return [...(this.geoIndexes.get(coll)?.keys() ?? [])];
  }

  /** The index name of a 2dsphere index on `field`, if one is declared. */
  geoIndexOf(coll: string, field: string): string | undefined {
    return this.geoIndexes.get(coll)?.get(field);
  }

  /** Documents whose GeoJSON point `field` lies in one of the boxes, read through its 2dsphere index. */
  scanGeoBoxes(coll: string, field: string, boxes: readonly GeoBox[]): Doc[] {
    const ix = this.geoIndexOf(coll, field);
    if (!ix) throw new StoreError('DATABASE_REQUEST_FAILED', `unable to find index for $geoNear query on ${coll}.${field}`);
    if (!COLLECTION.test(coll)) throw new StoreError('INVALID_PARAM', `bad collection name ${coll}`);
    const out: Doc[] = [];
    for (const b of boxes) {
      const sql = `SELECT doc FROM docs INDEXED BY ${ix} WHERE coll = '${coll}' AND ${latExpr(field)} BETWEEN ? AND ? AND ${lngExpr(field)} BETWEEN ? AND ?`;
      for (const r of this.statement(sql).all(b.minLat, b.maxLat, b.minLng, b.maxLng) as { doc: string }[]) out.push(decode(r.doc));
    }
    return out;
  }

  insert(coll: string, doc: Doc): void {
    this.requireCollection(coll);
    try {
      this.statement('INSERT INTO docs (coll, id, doc) VALUES (?, ?, ?)').run(coll, rowId(doc._id), encode(doc));
    } catch (e) {
      if (String(e).includes('UNIQUE')) {
        throw new StoreError(
          'DATABASE_REQUEST_FAILED',
          `E11000 duplicate key error collection: ${coll} dup key: { _id: "${doc._id}" }`,
        );
      }
      throw e;
    }
  }

  replace(coll: string, doc: Doc): void {
    this.requireCollection(coll);
    this
      .statement('INSERT INTO docs (coll, id, doc) VALUES (?, ?, ?) ON CONFLICT (coll, id) DO UPDATE SET doc = excluded.doc')
      .run(coll, rowId(doc._id), encode(doc));
  }

  remove(coll: string, id: string): boolean {
    return this.statement('DELETE FROM docs WHERE coll = ? AND id = ?').run(coll, rowId(id)).changes > 0;
  }

  /** Runs `fn` atomically: all of its writes land, or none. */
  atomically<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  count(coll: string): number {
    return (this.statement('SELECT COUNT(*) n FROM docs WHERE coll = ?').get(coll) as { n: number }).n;
  }

  /** Rows written through this connection so far: a refusal must not move it. */
  changes(): number {
    return (this.statement('SELECT total_changes() n').get() as { n: number }).n;
  }

  /** Integrity check of the database file (used after crash tests). */
  integrity(): string {
    return (this.db.pragma('integrity_check', { simple: true }) as string) ?? 'unknown';
  }
}

const SECOND = 1000;

/**
 * SQL for a range filter. A date is stored as {"$date": ISO} (or, outside 1970–9999, as a
 * number of milliseconds, kept here since it cannot be compared as text); anything that is
 * not a date of the field (missing, null, another type) is left out, as the database's own
 * type-bracketed comparison does. A number compares with numbers; SQLite ranks text above
 * numbers, so text may be kept by `>` (the caller's match drops it) and is never by `<`.
 */
function rangeClause({ field, range: { op, value } }: RangeCondition): { sql: string; param: unknown } {
  const expr = fieldExpr(field);
  if (value instanceof Date) {
    const date = `json_extract(doc, '$.${field}."$date"')`;
    const below = op === '<' || op === '<=';
    const bound = new Date(value.getTime() + (below ? SECOND : -SECOND)).toISOString();
    return { sql: `(${date} IS NOT NULL AND (substr(${date}, 1, 1) = '{' OR ${date} ${below ? '<=' : '>='} ?))`, param: bound };
  }
  return { sql: `(${expr} IS NOT NULL AND ${expr} ${op} ?)`, param: value };
}

/** Lexicographic comparison of two scores of the same length. */
const isGreater = (a: number[], b: number[]): boolean => {
  const i = a.findIndex((x, k) => x !== b[k]);
  return i >= 0 && a[i] > b[i];
};

/**
 * For a bulk loader writing straight into a store file (scripts/bench): stops keeping the
 * element indexes of `collections` (their triggers are dropped), so rows go in at full speed.
 * The next SqliteStore that opens the file and declares the indexes builds them again, once,
 * from every document stored (in sorted order: far faster than row by row).
 */
export function suspendElementIndexes(db: Database.Database, collections: readonly string[]): void {
  const known = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'element_fields'").get();
  if (!known) return;
  for (const coll of collections) {
    for (const { fx } of db.prepare('SELECT fx FROM element_fields WHERE coll = ?').all(coll) as { fx: number }[]) {
      for (const kind of ['ins', 'upd', 'del']) db.exec(`DROP TRIGGER IF EXISTS el_${fx}_${kind}`);
    }
  }
}

/** A field an element index may be kept for: a top-level name (json_each reads one level of array). */
const SIMPLE_FIELD = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Placeholders for a list of values. */
const marks = (values: readonly unknown[]) => values.map(() => '?').join(',');

const indexName = (coll: string, fields: string[]) => `ix_${coll}_${fields.join('_')}`.replace(/[^A-Za-z0-9_]/g, '_');

const toSqlValue = (v: unknown): unknown => (typeof v === 'boolean' ? (v ? 1 : 0) : v);

/** A row value as the stored text compares: a date as its relaxed extended JSON (what `json_extract` gives of it). */
const rowParam = (v: RowValue): unknown => (v instanceof Date ? EJSON.stringify(v, { relaxed: true }) : toSqlValue(v));

/**
 * The row key of a document's `_id`: text is itself; an ObjectId (`db.ObjectId`) is
 * `ObjectId("<hex>")`, so it is never taken for a text `_id` of the same digits.
 */
export const rowId = (id: unknown): string => (id instanceof ObjectId ? `ObjectId("${id.toHexString()}")` : String(id));

const encode = (doc: Doc): string => EJSON.stringify(doc, { relaxed: true });
/**
 * A stored document read back: the text parsed as plain JSON, and only the objects holding an
 * extended JSON key (`$date`, `$oid`, …) handed to bson — what `EJSON.parse` gives, without
 * calling its reviver on every value of a large document.
 */
const decode = (s: string): Doc => revive(JSON.parse(s)) as Doc;

function revive(v: unknown): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) v[i] = revive(v[i]);
    return v;
  }
  const o = v as Record<string, unknown>;
  for (const k in o) if (k.charCodeAt(0) === 36 /* $ */) return EJSON.deserialize(o, { relaxed: true });
  for (const k in o) {
    const x = o[k];
    const y = revive(x);
    // Defined, not assigned: a key named __proto__ stays a key.
    if (y !== x) Object.defineProperty(o, k, { value: y, writable: true, enumerable: true, configurable: true });
  }
  return o;
}
