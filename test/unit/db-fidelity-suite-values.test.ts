/**
 * Fidelity suite, value types and refusals: each data type the cloud database documents
 * (guide/database/data-type.html), written and read back through the genuine client; the
 * server date; what the cloud refuses (and the local store refuses alike); and what the local
 * store refuses although the cloud answers it (transactions), each with the error it gives.
 * Pages are named above each group, under developers.weixin.qq.com/miniprogram/dev/wxcloud/.
 * The data are the suite's own.
 *
 * `test.failing` marks a case the store answers differently today; its comment names the
 * difference (issue 24). docs/local-store.md lists what the store does not emulate.
 */
import { FIDELITY_NOW, refusal, useFidelityStore } from './support/fidelity-store';

const V = 'fv_values';
const MANY = 'fv_many';
const s = useFidelityStore([V, MANY]);

const read = async (id: string) => (await s.db.collection(V).doc(id).get()).data;

// guide/database/data-type.html: String, Number, Object, Array, Bool, Date, Geo (in
// db-fidelity-suite-geo.test.ts) and Null, each read back as it was written.
describe('data types', () => {
  test('string, number, boolean, null, nested object and array read back unchanged', async () => {
    const doc = {
      _id: 'types',
      text: '代表联络站 ✓',
      empty: '',
      int: 42,
      negative: -3,
      float: 0.1 + 0.2,
      big: Number.MAX_SAFE_INTEGER,
      yes: true,
      no: false,
      nothing: null,
      nested: { a: { b: { c: [1, { d: '深' }] } } },
      list: ['x', 1, true, null, { y: 2 }, [3]],
      none: [],
      blank: {},
    };
    await s.db.collection(V).add({ data: doc });
    expect(await read('types')).toEqual(doc);
  });

  test('a Date reads back as a Date, to the millisecond, and compares as a date', async () => {
    const at = new Date('2019-05-14T09:38:51.686Z');
    await s.db.collection(V).add({
      data: [
        { _id: 'd1', at, kind: 'date' },
        { _id: 'd2', at: new Date('1969-07-20T20:17:00.000Z'), kind: 'date' },
        { _id: 'd3', at: new Date('2019-05-14T09:38:51.000Z'), kind: 'date' },
      ],
    });
    const got = await read('d1');
    expect(got.at).toBeInstanceOf(Date);
    expect(got.at.toISOString()).toBe('2019-05-14T09:38:51.686Z');
    const { data } = await s.db
      .collection(V)
      .where({ kind: 'date', at: s._.gt(new Date('2019-05-14T09:38:51.000Z')) })
      .get();
    expect(data.map((d: { _id: string }) => d._id)).toEqual(['d1']);
    const ordered = await s.db.collection(V).where({ kind: 'date' }).orderBy('at', 'asc').get();
    expect(ordered.data.map((d: { _id: string }) => d._id)).toEqual(['d2', 'd3', 'd1']);
  });

  test('numbers and strings are different types: "1" does not equal 1', async () => {
    await s.db.collection(V).add({ data: [{ _id: 'n1', kind: 'num', v: 1 }, { _id: 'n2', kind: 'num', v: '1' }] });
    const { data } = await s.db.collection(V).where({ kind: 'num', v: 1 }).get();
    expect(data.map((d: { _id: string }) => d._id)).toEqual(['n1']);
  });
});

// Database.serverDate.html: the database server's time when the request is served, shifted by
// `offset` milliseconds; usable when writing, updating and querying. The store's clock stands
// still at FIDELITY_NOW here.
describe('serverDate', () => {
  test('written, with and without an offset, as the server clock reads', async () => {
    const now = FIDELITY_NOW.getTime();
    await s.db.collection(V).add({ data: { _id: 'sd', at: s.db.serverDate(), later: s.db.serverDate({ offset: 60 * 60 * 1000 }) } });
    const got = await read('sd');
    expect(got.at).toBeInstanceOf(Date);
    expect(got.at.getTime()).toBe(now);
    expect(got.later.getTime() - got.at.getTime()).toBe(60 * 60 * 1000);
  });
  test('in an update and in a query', async () => {
    const now = FIDELITY_NOW.getTime();
    await s.db.collection(V).add({ data: { _id: 'sd2', kind: 'due', due: new Date(now - 1000) } });
    await s.db.collection(V).doc('sd2').update({ data: { seenAt: s.db.serverDate({ offset: -5000 }) } });
    expect((await read('sd2')).seenAt.getTime()).toBe(now - 5000);
    const { data } = await s.db.collection(V).where({ kind: 'due', due: s._.lt(s.db.serverDate()) }).get();
    expect(data.map((d: { _id: string }) => d._id)).toEqual(['sd2']);
  });
});

// ObjectId (the client's `ObjectId({ id })`, which wx-server-sdk's client carries as `_db.ObjectId`):
// stored as an ObjectId, read back as its 24 hex digits (as the cloud answers it), matched by one.
describe('ObjectId', () => {
  const HEX = '5f1e9c0e8f1b2c3d4e5f6a7b';
  const oid = () => s.db._db.ObjectId({ id: HEX });
  test('a field holding an ObjectId reads back as it and is found by it', async () => {
    await s.db.collection(V).add({ data: { _id: 'oid-field', ref: oid() } });
    expect(String((await read('oid-field')).ref)).toBe(HEX);
    const { data } = await s.db.collection(V).where({ ref: oid() }).get();
    expect(data.map((d: { _id: string }) => d._id)).toEqual(['oid-field']);
  });
  test('an ObjectId _id is kept', async () => {
    await s.db.collection(V).add({ data: { _id: oid(), kind: 'oid-id' } });
    const { data } = await s.db.collection(V).where({ kind: 'oid-id' }).get();
    expect(data.map((d: { _id: unknown }) => String(d._id))).toEqual([HEX]);
  });
});

// Field names: the cloud (MongoDB underneath) refuses a field name starting with `$` in a
// written document.
describe('field names', () => {
  test('a field name starting with $ is refused', async () => {
    const err = await refusal(s.db.collection(V).add({ data: { _id: 'dollar', $bad: 1 } }));
    expect(err.errCode).toEqual(expect.any(Number));
  });
  test('a nested field name starting with $ is refused', async () => {
    const err = await refusal(s.db.collection(V).add({ data: { _id: 'dollar2', a: { $bad: 1 } } }));
    expect(err.errCode).toEqual(expect.any(Number));
  });
});

// guide/database/read.html (a cloud function's get answers 100 documents when no limit is
// given) and reference-sdk-api/database/collection/Collection.limit.html (at most 1000 in cloud
// functions). The pages disagree on the cap (the guide and the older server API page say 100);
// the store follows the current reference.
test('a get answers 100 documents by default and at most 1000', async () => {
  await s.db.collection(MANY).add({ data: Array.from({ length: 1005 }, (_, i) => ({ _id: `m${String(i).padStart(4, '0')}` })) });
  expect((await s.db.collection(MANY).get()).data).toHaveLength(100);
  expect((await s.db.collection(MANY).limit(1000).get()).data).toHaveLength(1000);
  expect((await s.db.collection(MANY).count()).total).toBe(1005);
});

// reference-server-api errcode page (云开发错误码): -502005 for a collection that does not exist,
// -501001 when creating one that does.
describe('collections', () => {
  test('reading or writing a collection that does not exist: -502005', async () => {
    expect((await refusal(s.db.collection('fv_missing').get())).errCode).toBe(-502005);
    expect((await refusal(s.db.collection('fv_missing').add({ data: { a: 1 } }))).errCode).toBe(-502005);
  });
  test('creating a collection twice: -501001', async () => {
    const err = await refusal(s.db.createCollection(V));
    expect(err.errCode).toBe(-501001);
    expect(err.errMsg).toMatch(/exist/i);
  });
});

// What neither the cloud nor the local store runs: JavaScript in the database ($where,
// $function, $accumulator) and $jsonSchema. The local store refuses each with -502001
// (DATABASE_REQUEST_FAILED) naming the operator (emulator/db-transport.ts REFUSED_OPERATORS).
describe('refused operators', () => {
  test('$where', async () => {
    const err = await refusal(s.db.collection(V).where({ $where: 'this.a == 1' }).get());
    expect(err).toEqual({ errCode: -502001, errMsg: expect.stringContaining('operator $where is not supported') });
  });
  test('$function in an aggregate', async () => {
    const err = await refusal(s.db.collection(V).aggregate().project({ v: { $function: { body: 'function () { return 1 }', args: [], lang: 'js' } } }).end());
    expect(err).toEqual({ errCode: -502001, errMsg: expect.stringContaining('operator $function is not supported') });
  });
  test('$accumulator in a group', async () => {
    const err = await refusal(s.db.collection(V).aggregate().group({ _id: null, v: { $accumulator: {} } }).end());
    expect(err).toEqual({ errCode: -502001, errMsg: expect.stringContaining('operator $accumulator is not supported') });
  });
  test('$jsonSchema (Command.jsonSchema)', async () => {
    const err = await refusal(s.db.collection(V).where(s._.jsonSchema({ required: ['a'] })).get());
    expect(err).toEqual({ errCode: -502001, errMsg: expect.stringContaining('operator $jsonSchema is not supported') });
  });
});

// Database.runTransaction.html, Database.startTransaction.html: the cloud runs transactions
// (cloud functions); the local store does not emulate them (decision 0003: the product writes
// without transactions) and means to refuse each with -502001 'is not supported by the local
// store': a transaction's requests carry no parameters, and are answered with that error.
describe('transactions', () => {
  test('runTransaction is refused', async () => {
    const err = await refusal(s.db.runTransaction(async () => 'never'));
    expect(err.errMsg).toContain('not supported by the local store');
  });
  test('startTransaction is refused', async () => {
    const err = await refusal(s.db.startTransaction());
    expect(err.errMsg).toContain('not supported by the local store');
  });
  test('either way the request never reaches a transaction', async () => {
    await expect(s.db.runTransaction(async () => 'never')).rejects.toBeDefined();
    await expect(s.db.startTransaction()).rejects.toBeDefined();
  });
});

// Collection.watch.html: real-time listening is for the mini program and the web, not cloud
// functions; wx-server-sdk's collections have no `watch`, in the cloud as here.
test('a cloud function has no watch', () => {
  expect(s.db.collection(V).watch).toBeUndefined();
  expect(s.db.collection(V).where({}).watch).toBeUndefined();
});
