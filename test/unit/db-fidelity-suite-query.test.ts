/**
 * Fidelity suite, query operators: each `db.command` query operator the cloud database
 * documents, asked of the local store through the genuine client, with the answer the WeChat
 * cloud database documentation gives for it. The page each group follows is named above it
 * (developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-sdk-api/database/…). The data are
 * the suite's own; the rule each case checks is the documented one.
 *
 * `test.failing` marks a case the store answers differently today; its comment names the
 * difference (issue 24). docs/local-store.md says how the suite is run.
 */
import { idsOf, useFidelityStore } from './support/fidelity-store';

const T = 'fq_todos';
const ORDER = 'fq_order';
const s = useFidelityStore([T, ORDER]);

beforeAll(async () => {
  await s.db.collection(T).add({
    data: [
      {
        _id: 'q1',
        title: '修路',
        progress: 20,
        tags: ['road', 'urgent'],
        stat: { year: 2018, lang: 'zh' },
        places: [
          { area: 300, age: 1 },
          { area: 50, age: 15 },
        ],
        scores: [60, 80, 90],
        done: false,
      },
      {
        _id: 'q2',
        title: '路灯',
        progress: 50,
        tags: ['light'],
        stat: { year: 2018, lang: 'zh', extra: 1 },
        places: [
          { area: 150, age: 5 },
          { area: 20, age: 1 },
        ],
        scores: [95, 100],
        done: true,
      },
      { _id: 'q3', title: 'Road sign', progress: 100, tags: ['road', 'sign', 'urgent'], stat: { year: 2019 }, places: [], scores: [], done: true, note: null },
      { _id: 'q4', title: '绿化', progress: 80 },
    ],
  });
});

const find = async (where: object) => idsOf((await s.db.collection(T).where(where).get()).data);

// Command.eq.html: an object given to eq must equal the field whole; the same object given
// plainly matches its sub-fields one by one. A plain value matches an array holding it.
describe('eq', () => {
  test('an object in eq matches the whole field; a plain object matches sub-fields', async () => {
    expect(await find({ stat: s._.eq({ year: 2018, lang: 'zh' }) })).toEqual(['q1']);
    expect(await find({ stat: { year: 2018, lang: 'zh' } })).toEqual(['q1', 'q2']);
  });
  test('a value matches an array that holds it; an array in eq matches the array whole', async () => {
    expect(await find({ tags: 'road' })).toEqual(['q1', 'q3']);
    expect(await find({ tags: s._.eq(['light']) })).toEqual(['q2']);
  });
});

// Command.neq.html: not equal, including the documents without the field.
test('neq matches other values and missing fields', async () => {
  expect(await find({ progress: s._.neq(50) })).toEqual(['q1', 'q3', 'q4']);
  expect(await find({ tags: s._.neq('road') })).toEqual(['q2', 'q4']);
});

// Command.lt.html, Command.lte.html, Command.gt.html, Command.gte.html; Command.and.html for the chained form.
test('lt, lte, gt, gte and a chained range', async () => {
  expect(await find({ progress: s._.lt(50) })).toEqual(['q1']);
  expect(await find({ progress: s._.lte(50) })).toEqual(['q1', 'q2']);
  expect(await find({ progress: s._.gt(80) })).toEqual(['q3']);
  expect(await find({ progress: s._.gte(80) })).toEqual(['q3', 'q4']);
  expect(await find({ progress: s._.gt(20).and(s._.lt(100)) })).toEqual(['q2', 'q4']);
});

// Command.in.html, Command.nin.html: any of the values (an array field: any element); nin also
// matches documents without the field.
test('in and nin', async () => {
  expect(await find({ progress: s._.in([20, 80]) })).toEqual(['q1', 'q4']);
  expect(await find({ progress: s._.nin([20, 80]) })).toEqual(['q2', 'q3']);
  expect(await find({ tags: s._.in(['light', 'sign']) })).toEqual(['q2', 'q3']);
  expect(await find({ tags: s._.nin(['road']) })).toEqual(['q2', 'q4']);
});

// Command.and.html, Command.or.html: across fields (an array of conditions) and on one field.
test('and, or', async () => {
  expect(await find(s._.and([{ progress: s._.gt(10) }, { done: true }]))).toEqual(['q2', 'q3']);
  expect(await find(s._.or([{ progress: s._.lt(30) }, { progress: s._.gt(90) }]))).toEqual(['q1', 'q3']);
  expect(await find({ progress: s._.lt(30).or(s._.gt(90)) })).toEqual(['q1', 'q3']);
  expect(await find(s._.or([{ tags: 'light' }, { stat: { year: 2019 } }]))).toEqual(['q2', 'q3']);
});

// Command.nor.html: none of the conditions holds; documents without the fields match too.
test('nor', async () => {
  expect(await find(s._.nor([{ progress: s._.lt(30) }, { tags: 'light' }]))).toEqual(['q3', 'q4']);
});

// Command.not.html: the negation of a field condition; documents without the field match too.
test('not', async () => {
  expect(await find({ progress: s._.not(s._.gt(50)) })).toEqual(['q1', 'q2']);
  expect(await find({ tags: s._.not(s._.eq('road')) })).toEqual(['q2', 'q4']);
});

// Command.exists.html: a field set to null exists.
test('exists', async () => {
  expect(await find({ tags: s._.exists(true) })).toEqual(['q1', 'q2', 'q3']);
  expect(await find({ tags: s._.exists(false) })).toEqual(['q4']);
  expect(await find({ note: s._.exists(true) })).toEqual(['q3']);
});

// Command.mod.html: mod(divisor, remainder).
test('mod', async () => {
  expect(await find({ progress: s._.mod(20, 0) })).toEqual(['q1', 'q3', 'q4']);
  expect(await find({ progress: s._.mod(30, 20) })).toEqual(['q1', 'q2', 'q4']);
});

// Command.all.html: the array holds every value given; with elemMatch, an element for each condition.
describe('all', () => {
  test('every value', async () => {
    expect(await find({ tags: s._.all(['road', 'urgent']) })).toEqual(['q1', 'q3']);
  });
  // The genuine client does not encode a command inside `all([elemMatch(…)])` (it sends the
  // command object's own fields, and so would reach the cloud); the conditions are written
  // with `$` operators, which it passes through.
  test('one element for each elemMatch', async () => {
    const both = s._.all([s._.elemMatch({ area: { $gt: 100 }, age: { $lt: 2 } }), s._.elemMatch({ area: { $lt: 60 }, age: { $gt: 10 } })]);
    expect(await find({ places: both })).toEqual(['q1']);
  });
});

// Command.elemMatch.html: one element meets every condition (an array of objects, or of plain
// values with a command); without elemMatch the conditions may hold on different elements.
describe('elemMatch', () => {
  test('one object element meets every condition', async () => {
    expect(await find({ places: s._.elemMatch({ area: s._.gt(100), age: s._.lt(2) }) })).toEqual(['q1']);
    expect(await find({ places: { area: s._.gt(100), age: s._.lt(2) } })).toEqual(['q1', 'q2']);
  });
  // The documented `elemMatch(_.gt(80).lt(100))` is sent by the genuine client as an
  // `{operator, operands}` object (a chained command is not encoded inside elemMatch), so the
  // cloud gets the same malformed query; one command, or `$` operators, are encoded.
  test('one plain element meets the command', async () => {
    expect(await find({ scores: s._.elemMatch(s._.gt(90)) })).toEqual(['q2']);
    expect(await find({ scores: s._.elemMatch({ $gt: 80, $lt: 100 }) })).toEqual(['q1', 'q2']);
  });
  // A number has no field `area`, so a field condition matches no array of plain values
  // (issue 24: the store matched them).
  test('a field condition never matches an array of plain values', async () => {
    expect(await find({ scores: s._.elemMatch({ area: s._.gt(0) }) })).toEqual([]);
  });
});

// Command.size.html: the array's length.
test('size', async () => {
  expect(await find({ tags: s._.size(2) })).toEqual(['q1']);
  expect(await find({ places: s._.size(0) })).toEqual(['q3']);
});

// Database.RegExp.html and the guide's query page (guide/database/query.html, 正则表达式查询):
// a JavaScript RegExp literal or db.RegExp({ regexp, options }) matches strings, and array
// elements; a regex on _id selects documents to count or remove.
describe('regular expressions', () => {
  test('a RegExp literal, with a flag', async () => {
    expect(await find({ title: /road/i })).toEqual(['q3']);
  });
  test('db.RegExp', async () => {
    expect(await find({ title: s.db.RegExp({ regexp: '^路', options: '' }) })).toEqual(['q2']);
    expect(await find({ title: s.db.RegExp({ regexp: 'SIGN$', options: 'i' }) })).toEqual(['q3']);
  });
  test('an array element', async () => {
    expect(await find({ tags: /^ur/ })).toEqual(['q1', 'q3']);
  });
  test('on _id, for count', async () => {
    expect((await s.db.collection(T).where({ _id: /^q[12]$/ }).count()).total).toBe(2);
  });
});

// Command.expr.html (cloud functions): an aggregation expression over the document's own fields.
test('expr', async () => {
  expect(await find(s._.expr(s.$.gt(['$progress', 60])))).toEqual(['q3', 'q4']);
  expect(await find(s._.and([{ done: true }, s._.expr(s.$.eq(['$progress', s.$.multiply([50, 2])]))]))).toEqual(['q3']);
});

// Collection.where / the guide's query page: a dotted path reaches a nested field, and an array
// element by its index.
test('nested fields and array elements by path', async () => {
  expect(await find({ 'stat.year': 2019 })).toEqual(['q3']);
  expect(await find({ 'places.0.area': s._.gt(200) })).toEqual(['q1']);
  expect(await find({ 'places.area': 20 })).toEqual(['q2']);
});

// Collection.count.html, Collection.skip.html, Collection.limit.html, Collection.orderBy.html,
// Collection.field.html.
describe('count, orderBy, skip, limit and field', () => {
  test('count answers the number of matching documents', async () => {
    expect((await s.db.collection(T).where({ done: true }).count()).total).toBe(2);
  });
  test('orderBy, then skip and limit', async () => {
    const { data } = await s.db.collection(T).orderBy('progress', 'desc').skip(1).limit(2).get();
    expect(data.map((d: { _id: string }) => d._id)).toEqual(['q4', 'q2']);
  });
  test('orderBy on two fields', async () => {
    const { data } = await s.db.collection(T).where({ progress: s._.exists(true) }).orderBy('done', 'asc').orderBy('progress', 'desc').get();
    expect(data.map((d: { _id: string }) => d._id)).toEqual(['q4', 'q1', 'q3', 'q2']);
  });
  test('field keeps only the fields named (and _id)', async () => {
    const { data } = await s.db.collection(T).where({ _id: 'q2' }).field({ title: true, 'stat.year': true }).get();
    expect(data).toEqual([{ _id: 'q2', title: '路灯', stat: { year: 2018 } }]);
  });
  // A query without orderBy answers in insertion order, as the cloud does.
  test('without orderBy, in the order the documents were added', async () => {
    await s.db.collection(ORDER).add({ data: ['n3', 'n1', 'n4', 'n2'].map((_id, i) => ({ _id, i })) });
    await s.db.collection(ORDER).add({ data: { _id: 'n0', i: 4 } });
    const { data } = await s.db.collection(ORDER).get();
    expect(data.map((d: { _id: string }) => d._id)).toEqual(['n3', 'n1', 'n4', 'n2', 'n0']);
    const { data: some } = await s.db.collection(ORDER).where({ i: s._.gte(1) }).get();
    expect(some.map((d: { _id: string }) => d._id)).toEqual(['n1', 'n4', 'n2', 'n0']);
  });
});
