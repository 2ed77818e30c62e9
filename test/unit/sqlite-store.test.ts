import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { SqliteStore } from '../../emulator/sqlite-store';

const ix = [{ fields: ['owner', 'status', 'dueAt'] }, { fields: ['owner', 'updatedAt'] }];
let dir: string;
beforeEach(() => (dir = mkdtempSync(path.join(os.tmpdir(), 'store-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const day = (n: number) => new Date(Date.UTC(2026, 10, n));

describe('SqliteStore', () => {
  it('opens a store an earlier version wrote WITHOUT ROWID as it is: every document, the indexes and the unique key work', () => {
    const file = path.join(dir, 'old.db');
    const old = new Database(file);
    old.exec(`CREATE TABLE collections (name TEXT PRIMARY KEY, created_at TEXT NOT NULL);
      CREATE TABLE docs (coll TEXT NOT NULL, id TEXT NOT NULL, doc TEXT NOT NULL, PRIMARY KEY (coll, id)) WITHOUT ROWID;
      INSERT INTO collections VALUES ('things', '2026-11-01');
      INSERT INTO docs VALUES ('things', 'a', '{"_id":"a","owner":"x","status":"open"}'), ('things', 'b', '{"_id":"b","owner":"y","status":"done"}');`);
    old.close();

    const store = new SqliteStore(file);
    store.useIndexes('things', ix);
    expect(store.count('things')).toBe(2);
    expect(store.get('things', 'b')).toEqual({ _id: 'b', owner: 'y', status: 'done' });
    expect(store.countWhere('things', [{ field: 'owner', values: ['x'] }])).toBe(1);
    expect(() => store.insert('things', { _id: 'a', owner: 'z' })).toThrow(/duplicate key/);
    expect(store.integrity()).toBe('ok');
    store.close();
  });

  it('pages a sorted query in date order, nulls first, exactly as a full sort would', () => {
    const store = new SqliteStore(path.join(dir, 'new.db'));
    store.createCollection('things', ix);
    const due = [5, null, 3, 9, 3, 1, null, 7];
    due.forEach((d, i) =>
      store.insert('things', { _id: `t${i}`, owner: 'x', status: i % 2 ? 'open' : 'doing', dueAt: d === null ? null : day(d), createdAt: day(20 + i) }),
    );
    store.insert('things', { _id: 'other', owner: 'y', status: 'open', dueAt: day(2), createdAt: day(1) });
    const where = [{ field: 'owner', values: ['x'] }, { field: 'status', values: ['open', 'doing'] }];
    const order = [{ field: 'dueAt', direction: 1 as const }, { field: 'createdAt', direction: 1 as const }];
    const all = store.scan('things', where, { order, offset: 0, limit: 100 }).map((d) => d._id);
    expect(all).toEqual(['t1', 't6', 't5', 't2', 't4', 't0', 't7', 't3']);
    const pages = [0, 3, 6].flatMap((offset) => store.scan('things', where, { order, offset, limit: 3 }).map((d) => d._id));
    expect(pages).toEqual(all);
    const newest = store.scan('things', [{ field: 'owner', values: ['x'] }], { order: [{ field: 'createdAt', direction: -1 }], offset: 1, limit: 2 });
    expect(newest.map((d) => d._id)).toEqual(['t6', 't5']);
    expect(newest[0].createdAt).toEqual(day(26));
    store.close();
  });
});
