/**
 * The embedded, durable document store behind the local run: one SQLite file (WAL),
 * documents kept as extended JSON so dates survive, expression indexes on the fields
 * listed in server/indexes.json. Like WeChat's database, it refuses to write into a
 * collection that was never created.
 */
import Database from 'better-sqlite3';
import { EJSON } from 'bson';
import type { IndexSpec } from '../server/collections';

export type Doc = Record<string, unknown> & { _id: string };

export class StoreError extends Error {
  constructor(
    readonly code: 'DATABASE_COLLECTION_NOT_EXIST' | 'DATABASE_REQUEST_FAILED' | 'INVALID_PARAM',
    message: string,
  ) {
    super(message);
  }
}

const FIELD = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;
const COLLECTION = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;

export interface Condition {
  field: string;
  values: unknown[];
}

export interface Page {
  order?: { field: string; direction: 1 | -1 }[];
  offset: number;
  limit: number;
}

/** Sort key of a field: dates are stored as {"$date": ISO}, which sorts as text. */
const sortExpr = (field: string): string =>
  field === '_id' ? 'id' : `COALESCE(json_extract(doc, '$.${field}."$date"'), ${fieldExpr(field)})`;

/** The SQL expression for a scalar field of the stored document. */
export const fieldExpr = (field: string): string => {
  if (!FIELD.test(field)) throw new StoreError('INVALID_PARAM', `bad field name ${field}`);
  return `json_extract(doc, '$.${field}')`;
};

export class SqliteStore {
  private readonly db: Database.Database;
  private readonly known = new Set<string>();
  /** Index names and fields per collection, to steer queries onto them. */
  private readonly indexes = new Map<string, { name: string; fields: string[] }[]>();

  constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    // NORMAL in WAL mode keeps every committed write across a process crash (SIGKILL).
    this.db.pragma('synchronous = NORMAL');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS collections (name TEXT PRIMARY KEY, created_at TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS docs (
        coll TEXT NOT NULL, id TEXT NOT NULL, doc TEXT NOT NULL, PRIMARY KEY (coll, id)
      ) WITHOUT ROWID;
    `);
    for (const row of this.db.prepare('SELECT name FROM collections').all() as { name: string }[]) {
      this.known.add(row.name);
    }
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
    for (const spec of indexes) {
      const ixName = indexName(name, spec.fields);
      if (!known.some((k) => k.name === ixName)) known.push({ name: ixName, fields: spec.fields });
      const cols = spec.fields.map(fieldExpr).join(', ');
      // Partial index per collection, so collections sharing the table do not collide.
      this.db.exec(
        `CREATE ${spec.unique ? 'UNIQUE ' : ''}INDEX IF NOT EXISTS ${ixName} ON docs (${cols}) WHERE coll = '${name}'`,
      );
    }
    this.indexes.set(name, known);
  }

  /** Declares the indexes of an existing collection (at start, before any query). */
  useIndexes(name: string, indexes: IndexSpec[]): void {
    if (this.known.has(name)) this.ensureIndexes(name, indexes);
  }

  /**
   * The index whose leading fields are all constrained by the query, longest first. Without
   * statistics SQLite prefers the primary key's `coll` prefix, which reads a whole collection.
   */
  private bestIndex(coll: string, where: Condition[]): string | undefined {
    const constrained = new Set(where.map((w) => w.field));
    let best: { name: string; prefix: number } | undefined;
    for (const ix of this.indexes.get(coll) ?? []) {
      let prefix = 0;
      while (prefix < ix.fields.length && constrained.has(ix.fields[prefix])) prefix++;
      if (prefix > 0 && (!best || prefix > best.prefix)) best = { name: ix.name, prefix };
    }
    return best?.name;
  }

  requireCollection(name: string): void {
    if (!this.known.has(name)) {
      throw new StoreError('DATABASE_COLLECTION_NOT_EXIST', `collection ${name} does not exist`);
    }
  }

  get(coll: string, id: string): Doc | undefined {
    const row = this.db.prepare('SELECT doc FROM docs WHERE coll = ? AND id = ?').get(coll, id) as
      | { doc: string }
      | undefined;
    return row ? decode(row.doc) : undefined;
  }

  /** Documents whose listed scalar fields equal (or are in) the given values. */
  scan(coll: string, where: Condition[], page?: Page): Doc[] {
    const { sql, params } = this.whereClause(coll, where);
    const order = page?.order?.length
      ? ` ORDER BY ${page.order.map((o) => `${sortExpr(o.field)} ${o.direction === -1 ? 'DESC' : 'ASC'}`).join(', ')}`
      : '';
    const limit = page ? ` LIMIT ${Math.max(0, Math.floor(page.limit))} OFFSET ${Math.max(0, Math.floor(page.offset))}` : '';
    const rows = this.db
      .prepare(`SELECT doc FROM docs${this.indexedBy(coll, where)} WHERE ${sql}${order}${limit}`)
      .all(...params) as { doc: string }[];
    return rows.map((r) => decode(r.doc));
  }

  /** How many documents match, counted by SQLite without reading them. */
  countWhere(coll: string, where: Condition[]): number {
    const { sql, params } = this.whereClause(coll, where);
    return (this.db.prepare(`SELECT COUNT(*) n FROM docs${this.indexedBy(coll, where)} WHERE ${sql}`).get(...params) as { n: number }).n;
  }

  private indexedBy(coll: string, where: Condition[]): string {
    if (where.some((w) => w.field === '_id')) return '';
    const ix = this.bestIndex(coll, where);
    return ix ? ` INDEXED BY ${ix}` : '';
  }

  private whereClause(coll: string, where: Condition[]) {
    // The collection is a literal (validated), so SQLite can use the partial indexes.
    if (!COLLECTION.test(coll)) throw new StoreError('INVALID_PARAM', `bad collection name ${coll}`);
    const clauses = [`coll = '${coll}'`];
    const params: unknown[] = [];
    for (const w of where) {
      const marks = w.values.map(() => '?').join(',');
      clauses.push(w.field === '_id' ? `id IN (${marks})` : `${fieldExpr(w.field)} IN (${marks})`);
      params.push(...w.values.map(toSqlValue));
    }
    return { sql: clauses.join(' AND '), params };
  }

  insert(coll: string, doc: Doc): void {
    this.requireCollection(coll);
    try {
      this.db.prepare('INSERT INTO docs (coll, id, doc) VALUES (?, ?, ?)').run(coll, doc._id, encode(doc));
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
    this.db
      .prepare('INSERT INTO docs (coll, id, doc) VALUES (?, ?, ?) ON CONFLICT (coll, id) DO UPDATE SET doc = excluded.doc')
      .run(coll, doc._id, encode(doc));
  }

  remove(coll: string, id: string): boolean {
    return this.db.prepare('DELETE FROM docs WHERE coll = ? AND id = ?').run(coll, id).changes > 0;
  }

  /** Runs `fn` atomically: all of its writes land, or none. */
  atomically<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  count(coll: string): number {
    return (this.db.prepare('SELECT COUNT(*) n FROM docs WHERE coll = ?').get(coll) as { n: number }).n;
  }

  /** Rows written through this connection so far: a refusal must not move it. */
  changes(): number {
    return (this.db.prepare('SELECT total_changes() n').get() as { n: number }).n;
  }

  /** Integrity check of the database file (used after crash tests). */
  integrity(): string {
    return (this.db.pragma('integrity_check', { simple: true }) as string) ?? 'unknown';
  }
}

const indexName = (coll: string, fields: string[]) => `ix_${coll}_${fields.join('_')}`.replace(/[^A-Za-z0-9_]/g, '_');

const toSqlValue = (v: unknown): unknown => (typeof v === 'boolean' ? (v ? 1 : 0) : v);

const encode = (doc: Doc): string => EJSON.stringify(doc, { relaxed: true });
const decode = (s: string): Doc => EJSON.parse(s, { relaxed: true }) as Doc;
