/**
 * The local store's element index (decision 0032): the leading field of every multikey index
 * (an array: `regionPath`, `searchKeys`…) has a table of (element, document) rows, kept by
 * triggers in the same transaction as every insert, update and removal — whoever writes — and
 * the transport reads a query's condition on that field through it, as the cloud reads its
 * multikey index, instead of matching every document in memory.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { localDatabase } from '../../emulator/local-cloud';
import { SqliteStore, type Doc } from '../../emulator/sqlite-store';
import { Query } from '../../emulator/operators';

const MULTI = [{ fields: ['tags', 'at', '_id'], multikey: true }, { fields: ['owner', 'at', '_id'] }];
let dir: string;
beforeEach(() => (dir = mkdtempSync(path.join(os.tmpdir(), 'elements-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const idsOf = (docs: Doc[]) => docs.map((d) => d._id).sort();
const tagged = (store: SqliteStore, elements: string[], all = false) => idsOf(store.scan('things', [{ field: 'tags', elements, ...(all ? { all } : {}) }]));

describe('the element index is kept with every write', () => {
  test('insert, update and removal; only text elements; a field holding one text counts as one element', () => {
    const store = new SqliteStore(path.join(dir, 's.db'));
    store.createCollection('things', MULTI);
    expect([...store.elementFieldsOf('things')]).toEqual(['tags']);
    store.insert('things', { _id: 'a', tags: ['x', 'y', 'y'] });
    store.insert('things', { _id: 'b', tags: ['y', 'z', 7, { y: 1 }] });
    store.insert('things', { _id: 'c', tags: 'x' });
    store.insert('things', { _id: 'd' });
    expect(tagged(store, ['x'])).toEqual(['a', 'c']);
    expect(tagged(store, ['y'])).toEqual(['a', 'b']);
    expect(tagged(store, ['x', 'z'])).toEqual(['a', 'b', 'c']);
    expect(tagged(store, ['x', 'y'], true)).toEqual(['a']);
    expect(tagged(store, [])).toEqual([]);
    expect(store.countWhere('things', [{ field: 'tags', elements: ['y'] }])).toBe(2);

    store.replace('things', { _id: 'a', tags: ['z'] });
    expect(tagged(store, ['x'])).toEqual(['c']);
    expect(tagged(store, ['z'])).toEqual(['a', 'b']);
    store.replace('things', { _id: 'a', tags: ['z'], other: 1 });
    expect(tagged(store, ['z'])).toEqual(['a', 'b']);
    store.remove('things', 'b');
    expect(tagged(store, ['y'])).toEqual([]);
    expect(tagged(store, ['z'])).toEqual(['a']);
    expect(store.integrity()).toBe('ok');
    store.close();
  });

  test('a write that does not land leaves no element behind', () => {
    const store = new SqliteStore(path.join(dir, 's.db'));
    store.createCollection('things', MULTI);
    expect(() =>
      store.atomically(() => {
        store.insert('things', { _id: 'a', tags: ['x'] });
        store.insert('things', { _id: 'a', tags: ['y'] }); // duplicate key: the whole write fails
      }),
    ).toThrow(/duplicate key/);
    expect(tagged(store, ['x'])).toEqual([]);
    expect(store.count('things')).toBe(0);
    store.close();
  });

  test('declared on documents already stored, it is built from them; rows written straight into the table (a bulk load) are indexed too; a reopened store keeps it', () => {
    const file = path.join(dir, 's.db');
    let store = new SqliteStore(file);
    store.createCollection('things', []);
    store.insert('things', { _id: 'a', tags: ['x'] });
    store.useIndexes('things', MULTI);
    expect(tagged(store, ['x'])).toEqual(['a']);
    store.close();

    const raw = new Database(file);
    raw.prepare('INSERT INTO docs (coll, id, doc) VALUES (?, ?, ?)').run('things', 'b', JSON.stringify({ _id: 'b', tags: ['x', 'w'] }));
    raw.close();

    store = new SqliteStore(file);
    store.useIndexes('things', MULTI);
    expect(tagged(store, ['x'])).toEqual(['a', 'b']);
    expect(tagged(store, ['w'])).toEqual(['b']);
    store.close();
  });

  test('a store file an earlier version wrote WITHOUT ROWID opens with a multikey declaration and gets no element index', () => {
    const file = path.join(dir, 'old.db');
    const old = new Database(file);
    old.exec(`CREATE TABLE collections (name TEXT PRIMARY KEY, created_at TEXT NOT NULL);
      CREATE TABLE docs (coll TEXT NOT NULL, id TEXT NOT NULL, doc TEXT NOT NULL, PRIMARY KEY (coll, id)) WITHOUT ROWID;
      INSERT INTO collections VALUES ('regions', '2026-11-01');
      INSERT INTO docs VALUES ('regions', 'a', '{"_id":"a","path":["p","a"]}'), ('regions', 'b', '{"_id":"b","path":["q","b"]}');`);
    old.close();
    const store = new SqliteStore(file);
    store.useIndexes('regions', [{ fields: ['path'], multikey: true }]);
    expect([...store.elementFieldsOf('regions')]).toEqual([]);
    expect(store.count('regions')).toBe(2);
    expect(store.integrity()).toBe('ok');
    store.close();
  });
});

describe('the transport reads through it', () => {
  /** `n` opinions with search keys: every one holds 'aa', one in `rare` holds 'zz' too; newest last. */
  async function world(n: number, rare: number) {
    const store = new SqliteStore(path.join(dir, 'cloud.db'));
    const db = localDatabase(store, () => new Date('2026-12-05T00:00:00Z'), { indexCheck: { mode: 'fail' } });
    await db.createCollection('opinions');
    store.atomically(() => {
      for (let i = 0; i < n; i++) {
        const keys = ['aa', `k${i % 7}`, ...(i % rare === 0 ? ['zz'] : [])];
        store.insert('opinions', {
          _id: `o${String(i).padStart(5, '0')}`,
          stationCode: i % 2 ? 'S1' : 'S2',
          status: i % 3 ? 'closed' : 'accepted',
          searchKeys: keys,
          createdAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000),
        });
      }
    });
    return { store, db };
  }

  /** Counts the documents the store hands the transport. */
  function reads(store: SqliteStore) {
    const scan = store.scan.bind(store);
    let n = 0;
    store.scan = (...args: Parameters<SqliteStore['scan']>) => {
      const docs = scan(...args);
      n += docs.length;
      return docs;
    };
    return () => n;
  }

  /** The same query answered by a full match in memory: what the index must give. */
  const expected = (store: SqliteStore, query: Record<string, unknown>, limit: number) =>
    new Query(query)
      .find<Doc>(store.scan('opinions', []))
      .sort({ createdAt: -1, _id: -1 })
      .limit(limit)
      .all()
      .map((d) => d._id);

  test('a rare key: the page is read through its elements, not by matching every document', async () => {
    const { store, db } = await world(3000, 100);
    const all = expected(store, { searchKeys: 'zz', stationCode: 'S2' }, 10);
    const counted = reads(store);
    const page = await db.collection('opinions').where({ searchKeys: 'zz', stationCode: 'S2' }).orderBy('createdAt', 'desc').orderBy('_id', 'desc').limit(10).get();
    expect(page.data.map((d) => d._id)).toEqual(all);
    expect(counted()).toBe(10);
    store.close();
  });

  test('$all of a common and a rare key, with a filter SQL only narrows (a date range): read in order until the page is full', async () => {
    const { store, db } = await world(3000, 10);
    const _ = db.command;
    const since = new Date(Date.UTC(2026, 0, 1) + 1000 * 60_000);
    const query = { searchKeys: _.all(['aa', 'zz', 'k0']), status: 'accepted', createdAt: _.gte(since) };
    const want = expected(store, { searchKeys: { $all: ['aa', 'zz', 'k0'] }, status: 'accepted', createdAt: { $gte: since } }, 5);
    expect(want).toHaveLength(5);
    const counted = reads(store);
    const page = await db.collection('opinions').where(query).orderBy('createdAt', 'desc').orderBy('_id', 'desc').limit(5).get();
    expect(page.data.map((d) => d._id)).toEqual(want);
    // The first chunk of candidates in order fills the page: far fewer than the 3,000 stored.
    expect(counted()).toBeLessThanOrEqual(64);
    const count = await db.collection('opinions').where({ searchKeys: _.all(['zz', 'k0']) }).count();
    expect(count.total).toBe(new Query({ searchKeys: { $all: ['zz', 'k0'] } }).find<Doc>(store.scan('opinions', [])).all().length);
    store.close();
  });

  test('a common key beside a scalar index: walked in the scalar index order, stopping after the page', async () => {
    const { store, db } = await world(3000, 10);
    const want = expected(store, { searchKeys: 'aa', stationCode: 'S1' }, 20);
    const counted = reads(store);
    const page = await db.collection('opinions').where({ searchKeys: 'aa', stationCode: 'S1' }).orderBy('createdAt', 'desc').orderBy('_id', 'desc').limit(20).get();
    expect(page.data.map((d) => d._id)).toEqual(want);
    expect(counted()).toBe(20);
    store.close();
  });
});
