/**
 * The index-coverage rule of the local store (emulator/index-check.ts, decision 0023): which
 * query shapes a declared index or `_id` serves, as the cloud database (MongoDB) plans them.
 */
import { checkQuery, createIndexChecker, indexCheckMode, judgeRequest, originOf, queryShape, type IndexFinding } from '../../emulator/index-check';
import type { IndexSpec } from '../../server/platform/collections';
import { localDatabase } from '../../emulator/local-cloud';
import { SqliteStore } from '../../emulator/sqlite-store';

const INDEXES: IndexSpec[] = [
  { fields: ['openid', 'createdAt'] },
  { fields: ['assigneeDeputyId', 'status', 'nextDueAt'] },
  { fields: ['nextDueAt'] },
  { fields: ['regionPath', 'approvedAt'], multikey: true },
];
const served = (query: unknown, order?: Record<string, number>) => checkQuery(INDEXES, query, order).served;

describe('equality, $in and ranges on the leading field', () => {
  test('equality on a leading field is served; on a second field alone it is not', () => {
    expect(served({ openid: 'o1' })).toBe(true);
    expect(served({ createdAt: new Date('2026-12-01') })).toBe(false);
    expect(served({ status: 'pending' })).toBe(false);
  });

  test('null equality and $eq count as equality', () => {
    expect(served({ openid: null })).toBe(true);
    expect(served({ openid: { $eq: 'o1' } })).toBe(true);
  });

  test('$in on the leading field is served', () => {
    expect(served({ assigneeDeputyId: { $in: ['d1', 'd2'] } })).toBe(true);
    expect(served({ status: { $in: ['pending', 'accepted'] } })).toBe(false);
  });

  test('a range on the leading field is served, in either direction, dates or numbers', () => {
    expect(served({ nextDueAt: { $lt: new Date('2026-12-01') } })).toBe(true);
    expect(served({ nextDueAt: { $gte: 3, $lt: 9 } })).toBe(true);
    // The SDK's form of a range between two bounds: a top-level $and.
    expect(served({ $and: [{ nextDueAt: { $gt: 1 } }, { nextDueAt: { $lt: 9 } }] })).toBe(true);
  });

  test('operators that narrow nothing do not make an index serve', () => {
    expect(served({ openid: { $ne: 'o1' } })).toBe(false);
    expect(served({ openid: { $nin: ['o1'] } })).toBe(false);
    expect(served({ openid: { $exists: true } })).toBe(false);
    expect(served({ $expr: { $gt: ['$a', '$b'] } })).toBe(false);
    // …but beside a condition that narrows, they are only filters.
    expect(served({ openid: 'o1', status: { $ne: 'closed' } })).toBe(true);
  });

  test('a regular expression serves only when anchored at the start and case-sensitive', () => {
    expect(served({ openid: /^wx/ })).toBe(true);
    expect(served({ openid: /wx/ })).toBe(false);
    expect(served({ openid: /^wx/i })).toBe(false);
    expect(served({ openid: { $regularExpression: { pattern: '^wx', options: '' } } })).toBe(true);
  });

  test('the SDK wire form (values as EJSON wrappers) reads as equality and ranges', () => {
    expect(served({ openid: { $numberInt: '1' } })).toBe(true);
    expect(served({ nextDueAt: { $lt: { $date: { $numberLong: '0' } } } })).toBe(true);
    expect(served({ createdAt: { $date: { $numberLong: '0' } } })).toBe(false);
  });

  test('_id is always an index: equality, $in and ranges', () => {
    expect(served({ _id: 'x' })).toBe(true);
    expect(served({ _id: { $in: [] } })).toBe(true);
    expect(served({ _id: { $gt: 'x' }, status: 'pending' })).toBe(true);
  });
});

describe('compound indexes', () => {
  test('the next fields narrow the read only after an equality prefix', () => {
    expect(checkQuery(INDEXES, { assigneeDeputyId: 'd1', status: 'pending', nextDueAt: { $lt: 5 } }).bounds).toEqual([
      'assigneeDeputyId',
      'status',
      'nextDueAt',
    ]);
    // A gap (status free) stops the bounds at the leading field; still served.
    const gap = checkQuery(INDEXES, { assigneeDeputyId: 'd1', nextDueAt: { $lt: 5 } });
    expect(gap.served).toBe(true);
    expect(gap.bounds).toEqual(['assigneeDeputyId']);
  });

  test('the index with the longest equality prefix is chosen', () => {
    const v = checkQuery([...INDEXES, { fields: ['assigneeDeputyId'] }], { assigneeDeputyId: 'd1', status: 'pending' });
    expect(v.index).toEqual(['assigneeDeputyId', 'status', 'nextDueAt']);
  });

  test('a sort the index delivers after its equalities is covered; another is noted, not refused', () => {
    expect(checkQuery(INDEXES, { openid: 'o1' }, { createdAt: -1 }).sortCovered).toBe(true);
    expect(checkQuery(INDEXES, { assigneeDeputyId: 'd1', status: 'pending' }, { nextDueAt: 1 }).sortCovered).toBe(true);
    const other = checkQuery(INDEXES, { openid: 'o1' }, { updatedAt: -1 });
    expect(other.served).toBe(true);
    expect(other.sortCovered).toBe(false);
    // With status free, the index does not list by nextDueAt within one deputy.
    expect(checkQuery(INDEXES, { assigneeDeputyId: 'd1' }, { nextDueAt: 1 }).sortCovered).toBe(false);
  });
});

describe('$or', () => {
  test('served only when every branch is served', () => {
    expect(served({ $or: [{ openid: 'o1' }, { nextDueAt: { $lt: 3 } }] })).toBe(true);
    expect(served({ $or: [{ openid: 'o1' }, { status: 'pending' }] })).toBe(false);
  });

  test('a branch may rest on the AND around it; an AND already served needs no branch', () => {
    expect(served({ assigneeDeputyId: 'd1', $or: [{ status: 'a' }, { status: 'b' }] })).toBe(true);
    expect(served({ status: 'pending', $or: [{ openid: 'o1' }, { _id: 'x' }] })).toBe(true);
  });
});

describe('no condition', () => {
  test('is a full scan…', () => {
    expect(served({})).toBe(false);
    expect(served({}, { createdAt: -1 })).toBe(false);
    expect(checkQuery(INDEXES, {}).reason).toMatch(/full scan/);
  });

  test('…except a paging pass ordered by _id', () => {
    expect(served({}, { _id: 1 })).toBe(true);
    expect(served({ _id: { $gt: 'abc' } }, { _id: 1 })).toBe(true);
  });

  test("…or in a declared index's own order (the index is walked and the walk stops after the page)", () => {
    expect(served({}, { nextDueAt: 1 })).toBe(true);
    expect(checkQuery([{ fields: ['approvedAt', '_id'] }], {}, { approvedAt: -1, _id: -1 })).toMatchObject({ served: true, sortCovered: true });
    // Mixed directions are not an order the index holds.
    expect(checkQuery([{ fields: ['approvedAt', '_id'] }], {}, { approvedAt: -1, _id: 1 }).served).toBe(false);
  });

  test('a condition that narrows nothing is no paging pass', () => {
    expect(served({ openid: { $exists: false } }, { _id: 1 })).toBe(false);
  });
});

describe('array fields (multikey indexes)', () => {
  test('equality on an array field (an element) is served by its multikey index, with the sort after it', () => {
    const v = checkQuery(INDEXES, { regionPath: '430104' }, { approvedAt: -1 });
    expect(v).toMatchObject({ served: true, index: ['regionPath', 'approvedAt'], sortCovered: true });
    expect(served({ regionPath: { $in: ['430104', '430105'] } })).toBe(true);
  });

  test('$all and $elemMatch on an array read as conditions on its elements', () => {
    expect(served({ regionPath: { $all: ['430104'] } })).toBe(true);
    expect(served({ regionPath: { $elemMatch: { $gte: '43', $lt: '44' } } })).toBe(true);
    expect(checkQuery([{ fields: ['items.k'], multikey: true }], { items: { $elemMatch: { k: 1 } } }).served).toBe(true);
  });

  test('without the declaration, the array field is unserved like any other', () => {
    expect(checkQuery([], { regionPath: '430104' }).served).toBe(false);
  });
});

describe('shapes name fields and operators, never values', () => {
  test('values are left out', () => {
    const shape = queryShape({ openid: 'wx-secret-openid', phone: /^138/, nextDueAt: { $lt: 5, $gte: 1 }, $or: [{ a: 'x' }, { b: { $in: ['y'] } }] });
    expect(shape).toBe('{openid: $eq, phone: $regex, nextDueAt: $lt $gte, $or: [{a: $eq}, {b: $in}]}');
    expect(shape).not.toMatch(/secret|138|wx-/);
  });
});

describe('requests of the wire protocol', () => {
  const declared = (c: string) => (c === 'opinions' ? INDEXES : []);
  const q = (o: unknown) => JSON.stringify(o);

  test('get, count, update and remove are judged on their query; an insert selects nothing', () => {
    const get = judgeRequest('database.getDocument', { collectionName: 'opinions', query: q({ status: 'x' }), order: q({ createdAt: { $numberInt: '-1' } }) }, declared);
    expect(get.unserved.map((u) => u.shape)).toEqual(['get opinions {status: $eq} sort {createdAt: -1}']);
    for (const action of ['database.calculateDocument', 'database.modifyDocument', 'database.removeDocument']) {
      expect(judgeRequest(action, { collectionName: 'opinions', query: q({ status: 'x' }) }, declared).unserved).toHaveLength(1);
      expect(judgeRequest(action, { collectionName: 'opinions', query: q({ _id: 'x' }) }, declared).unserved).toHaveLength(0);
    }
    expect(judgeRequest('database.insertDocument', { collectionName: 'opinions', data: [q({ status: 'x' })] }, declared).unserved).toHaveLength(0);
  });

  test("an aggregate: its first $match, and each $lookup's foreign side", () => {
    const stages = (...s: [string, unknown][]) => s.map(([stageKey, v]) => ({ stageKey, stageValue: q(v) }));
    const byId = judgeRequest(
      'database.aggregateDocuments',
      { collectionName: 'opinions', stages: stages(['$match', { _id: 'u1' }], ['$lookup', { from: 'deputies', localField: 'd', foreignField: '_id', as: 'x' }]) },
      declared,
    );
    expect(byId.unserved).toEqual([]);
    const byField = judgeRequest(
      'database.aggregateDocuments',
      { collectionName: 'opinions', stages: stages(['$match', { openid: 'o' }], ['$lookup', { from: 'deputies', localField: 'd', foreignField: 'openid', as: 'x' }]) },
      declared,
    );
    expect(byField.unserved.map((u) => u.shape)).toEqual(['lookup deputies {openid: $in}']);
    const whole = judgeRequest('database.aggregateDocuments', { collectionName: 'opinions', stages: stages(['$group', { _id: '$status' }]) }, declared);
    expect(whole.unserved.map((u) => u.shape)).toEqual(['aggregate opinions {}']);
  });

  test('a geo operator is served by a 2dsphere index on its field only; that index serves nothing else', () => {
    const geo: IndexSpec[] = [{ fields: ['geo'], type: '2dsphere' }, { fields: ['status'] }];
    expect(checkQuery(geo, { geo: { $nearSphere: { $geometry: { type: 'Point', coordinates: [1, 2] } } } }).served).toBe(true);
    expect(checkQuery([{ fields: ['geo'] }], { geo: { $nearSphere: {} } }).served).toBe(false);
    expect(checkQuery(geo, { geo: { type: 'Point', coordinates: [1, 2] } }).served).toBe(false);
  });

  test('$geoNear is served by a geo index on its key, and unserved without one', () => {
    const stage = [{ stageKey: '$geoNear', stageValue: q({ near: { type: 'Point', coordinates: [1, 2] }, key: 'location', distanceField: 'd' }) }];
    const geo = (c: string) => (c === 'stations' ? [{ fields: ['location'], type: '2dsphere' as const }] : []);
    expect(judgeRequest('database.aggregateDocuments', { collectionName: 'stations', stages: stage }, geo).unserved).toEqual([]);
    expect(judgeRequest('database.aggregateDocuments', { collectionName: 'stations', stages: stage }, () => []).unserved).toHaveLength(1);
  });
});

describe('the checker', () => {
  const request = (query: unknown) => ['database.getDocument', { collectionName: 'opinions', query: JSON.stringify(query) }] as const;

  test("'fail' refuses an unserved query with its shape and reports each shape once; 'warn' only reports; 'off' does nothing", () => {
    const found: IndexFinding[] = [];
    const fail = createIndexChecker({ mode: 'fail', declared: () => INDEXES, report: (f) => found.push(f) });
    expect(fail(...request({ status: 'p' }))).toMatch(/no declared index serves get opinions \{status: \$eq\}/);
    expect(fail(...request({ status: 'q' }))).toBeDefined(); // refused again, not reported again
    expect(fail(...request({ openid: 'o' }))).toBeUndefined();
    expect(found.map((f) => [f.kind, f.shape])).toEqual([['unindexed', 'get opinions {status: $eq}']]);

    const warned: IndexFinding[] = [];
    const warn = createIndexChecker({ mode: 'warn', declared: () => INDEXES, report: (f) => warned.push(f) });
    expect(warn(...request({ status: 'p' }))).toBeUndefined();
    expect(warned).toHaveLength(1);

    const off = createIndexChecker({ mode: 'off', declared: () => INDEXES, report: (f) => warned.push(f) });
    expect(off(...request({ status: 'p' }))).toBeUndefined();
    expect(warned).toHaveLength(1);
  });

  test('a query with an operator the store refuses is left to that refusal', () => {
    const refuse = createIndexChecker({ mode: 'fail', declared: () => INDEXES, refused: new Set(['$where']) });
    expect(refuse(...request({ $where: 'true' }))).toBeUndefined();
    expect(refuse(...request({ status: 'p' }))).toBeDefined();
  });

  test('INDEX_CHECK names the mode; anything else falls back', () => {
    expect(indexCheckMode('fail')).toBe('fail');
    expect(indexCheckMode(' OFF ')).toBe('off');
    expect(indexCheckMode(undefined)).toBe('warn');
    expect(indexCheckMode('strict')).toBe('warn');
  });

  test('the origin is the first frame of the product code past the database seam', () => {
    const stack = [
      'Error',
      '    at check (/work/main/emulator/index-check.ts:10:5)',
      '    at findAll (/work/main/server/platform/db.ts:100:20)',
      '    at async listQueue (/work/main/server/stations/opinions-queue.repo.ts:42:17)',
    ].join('\n');
    expect(originOf(stack)).toBe('server/stations/opinions-queue.repo.ts:42');
  });

  test('through the genuine SDK, the local store refuses an unserved query with UNINDEXED_QUERY and answers a served one', async () => {
    const store = new SqliteStore(':memory:');
    store.createCollection('opinions', INDEXES);
    store.insert('opinions', { _id: 'a', openid: 'o1', status: 'p' });
    const found: IndexFinding[] = [];
    // The transport the runtime builds, over the real declarations: opinions have (openid, createdAt), nothing on their text.
    const db = localDatabase(store, () => new Date('2026-12-05T00:00:00Z'), { indexCheck: { mode: 'fail', report: (f) => found.push(f) } });
    await expect(db.collection('opinions').where({ openid: 'o1' }).get()).resolves.toMatchObject({ data: [{ _id: 'a' }] });
    const refused = await db.collection('opinions').where({ text: 'private words' }).get().then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(refused?.message).toMatch(/no declared index serves get opinions \{text: \$eq\}/);
    expect(refused?.message).not.toMatch(/private words/);
    expect(found.map((f) => f.shape)).toEqual(['get opinions {text: $eq}']);
    store.close();
  });
});
