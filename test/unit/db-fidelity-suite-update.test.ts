/**
 * Fidelity suite, update operators: each `db.command` update operator the cloud database
 * documents, sent through the genuine client to the local store, with the result the WeChat
 * cloud database documentation gives (the page each group follows is named above it, under
 * developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-sdk-api/database/). The data are
 * the suite's own.
 *
 * `test.failing` marks a case the store answers differently today; its comment names the
 * difference (issue 24). docs/local-store.md says how the suite is run.
 */
import { refusal, useFidelityStore, type Sdk } from './support/fidelity-store';

const C = 'fu_docs';
const s = useFidelityStore([C]);

let seq = 0;
/** A fresh document holding `data`, updated with `update` through `doc(id).update`; answers the stats and the document read back. */
async function updated(data: object, update: (_: Sdk) => object) {
  const id = `u${++seq}`;
  await s.db.collection(C).add({ data: { _id: id, ...data } });
  const res = await s.db.collection(C).doc(id).update({ data: update(s._) });
  const { data: doc } = await s.db.collection(C).doc(id).get();
  delete doc._id;
  return { updated: res.stats.updated as number, doc };
}

// Command.set.html: set replaces the field whole, where a plain object is merged field by field.
test('set replaces an object; a plain object merges', async () => {
  const base = { style: { color: 'blue', size: 'small' } };
  expect((await updated(base, (_) => ({ style: _.set({ color: 'red' }) }))).doc).toEqual({ style: { color: 'red' } });
  expect((await updated(base, () => ({ style: { color: 'red' } }))).doc).toEqual({ style: { color: 'red', size: 'small' } });
});

// Command.remove.html: the field is deleted.
test('remove deletes the field', async () => {
  expect((await updated({ a: 1, b: 2 }, (_) => ({ b: _.remove() }))).doc).toEqual({ a: 1 });
});

// Command.inc.html, Command.mul.html: atomic arithmetic; a missing field counts as 0.
test('inc and mul', async () => {
  expect((await updated({ n: 5 }, (_) => ({ n: _.inc(10) }))).doc).toEqual({ n: 15 });
  expect((await updated({ n: 5 }, (_) => ({ n: _.inc(-7) }))).doc).toEqual({ n: -2 });
  expect((await updated({}, (_) => ({ n: _.inc(3) }))).doc).toEqual({ n: 3 });
  expect((await updated({ n: 5 }, (_) => ({ n: _.mul(10) }))).doc).toEqual({ n: 50 });
  expect((await updated({}, (_) => ({ n: _.mul(10) }))).doc).toEqual({ n: 0 });
});

// Command.min.html, Command.max.html: the field takes the given value only when it is smaller
// (min) or greater (max) than the field's.
test('min and max', async () => {
  expect((await updated({ n: 20 }, (_) => ({ n: _.min(10) }))).doc).toEqual({ n: 10 });
  expect((await updated({ n: 5 }, (_) => ({ n: _.min(10) }))).doc).toEqual({ n: 5 });
  expect((await updated({ n: 5 }, (_) => ({ n: _.max(10) }))).doc).toEqual({ n: 10 });
  expect((await updated({ n: 20 }, (_) => ({ n: _.max(10) }))).doc).toEqual({ n: 20 });
});

// Command.rename.html: the field moves to the new name, nested fields included.
test('rename', async () => {
  expect((await updated({ old: 1, keep: 2 }, (_) => ({ old: _.rename('fresh') }))).doc).toEqual({ keep: 2, fresh: 1 });
  expect((await updated({ a: { b: 1 } }, (_) => ({ a: { b: _.rename('a.c') } }))).doc).toEqual({ a: { c: 1 } });
});

// Command.push.html: appends; with `each`, `position` inserts at an index, `sort` orders the
// whole array after the push, `slice` keeps the first (positive) or last (negative) n.
describe('push', () => {
  test('appends values', async () => {
    expect((await updated({ tags: ['a'] }, (_) => ({ tags: _.push(['b', 'c']) }))).doc).toEqual({ tags: ['a', 'b', 'c'] });
    expect((await updated({}, (_) => ({ tags: _.push(['x']) }))).doc).toEqual({ tags: ['x'] });
  });
  test('position', async () => {
    expect((await updated({ tags: ['a', 'd'] }, (_) => ({ tags: _.push({ each: ['b', 'c'], position: 1 }) }))).doc).toEqual({ tags: ['a', 'b', 'c', 'd'] });
  });
  test('sort', async () => {
    expect((await updated({ n: [3, 1] }, (_) => ({ n: _.push({ each: [2], sort: 1 }) }))).doc).toEqual({ n: [1, 2, 3] });
    expect((await updated({ n: [1, 3, 2] }, (_) => ({ n: _.push({ each: [], sort: -1 }) }))).doc).toEqual({ n: [3, 2, 1] });
    const scores = [{ s: 5 }, { s: 9 }];
    expect((await updated({ scores }, (_) => ({ scores: _.push({ each: [{ s: 7 }], sort: { s: -1 } }) }))).doc).toEqual({ scores: [{ s: 9 }, { s: 7 }, { s: 5 }] });
  });
  test('slice', async () => {
    expect((await updated({ n: [1, 2] }, (_) => ({ n: _.push({ each: [3], slice: 2 }) }))).doc).toEqual({ n: [1, 2] });
    expect((await updated({ n: [1, 2] }, (_) => ({ n: _.push({ each: [3], slice: -2 }) }))).doc).toEqual({ n: [2, 3] });
  });
  test('sort, then slice', async () => {
    expect((await updated({ n: [5, 1, 4] }, (_) => ({ n: _.push({ each: [3], sort: 1, slice: 3 }) }))).doc).toEqual({ n: [1, 3, 4] });
  });
});

// Command.pop.html, Command.shift.html, Command.unshift.html.
test('pop, shift, unshift', async () => {
  expect((await updated({ n: [1, 2, 3] }, (_) => ({ n: _.pop() }))).doc).toEqual({ n: [1, 2] });
  expect((await updated({ n: [1, 2, 3] }, (_) => ({ n: _.shift() }))).doc).toEqual({ n: [2, 3] });
  expect((await updated({ n: [3] }, (_) => ({ n: _.unshift([1, 2]) }))).doc).toEqual({ n: [1, 2, 3] });
});

// Command.addToSet.html: adds a value unless the array holds it; `$each` adds several.
test('addToSet', async () => {
  expect((await updated({ tags: ['a', 'b'] }, (_) => ({ tags: _.addToSet('b') }))).doc).toEqual({ tags: ['a', 'b'] });
  expect((await updated({ tags: ['a', 'b'] }, (_) => ({ tags: _.addToSet('c') }))).doc).toEqual({ tags: ['a', 'b', 'c'] });
  expect((await updated({ tags: ['a'] }, (_) => ({ tags: _.addToSet({ $each: ['a', 'c', 'd'] }) }))).doc).toEqual({ tags: ['a', 'c', 'd'] });
  expect((await updated({}, (_) => ({ tags: _.addToSet('x') }))).doc).toEqual({ tags: ['x'] });
});

// Command.pull.html: removes every element equal to a value, or meeting a condition (a
// command for plain values, an object of conditions for object elements).
test('pull', async () => {
  expect((await updated({ tags: ['a', 'b', 'a'] }, (_) => ({ tags: _.pull('a') }))).doc).toEqual({ tags: ['b'] });
  expect((await updated({ n: [1, 5, 9] }, (_) => ({ n: _.pull(_.gt(4)) }))).doc).toEqual({ n: [1] });
  expect((await updated({ n: [1, 5, 9] }, (_) => ({ n: _.pull(_.in([1, 9])) }))).doc).toEqual({ n: [5] });
  const places = [
    { area: 300, age: 1 },
    { area: 50, age: 1 },
  ];
  expect((await updated({ places }, (_) => ({ places: _.pull({ area: _.gt(100), age: _.lt(2) }) }))).doc).toEqual({ places: [{ area: 50, age: 1 }] });
});

// Command.pullAll.html: removes every element equal to one of the values.
test('pullAll', async () => {
  expect((await updated({ tags: ['a', 'b', 'c', 'a'] }, (_) => ({ tags: _.pullAll(['a', 'c']) }))).doc).toEqual({ tags: ['b'] });
});

// Document.update.html and the guide's update page (guide/database/update.html): nested fields
// by object or by dotted path, array elements by index.
describe('paths', () => {
  test('a nested object merges; a dotted path sets one field', async () => {
    expect((await updated({ a: { b: 1, c: 2 } }, () => ({ a: { b: 3 } }))).doc).toEqual({ a: { b: 3, c: 2 } });
    expect((await updated({ a: { b: 1, c: 2 } }, () => ({ 'a.c': 4 }))).doc).toEqual({ a: { b: 1, c: 4 } });
  });
  test('an array element by its index', async () => {
    expect((await updated({ n: [1, 2, 3] }, () => ({ 'n.1': 20 }))).doc).toEqual({ n: [1, 20, 3] });
    expect((await updated({ p: [{ a: 1 }, { a: 2 }] }, (_) => ({ 'p.0.a': _.inc(5) }))).doc).toEqual({ p: [{ a: 6 }, { a: 2 }] });
  });
  // A field path into an array of plain values ('n.name') cannot be created: the cloud refuses
  // the request (MongoDB's PathNotViable), and so does the store.
  test('a field path into an array of plain values is refused', async () => {
    await s.db.collection(C).add({ data: { _id: 'arr-path', n: [1, 2] } });
    const err = await refusal(s.db.collection(C).doc('arr-path').update({ data: { n: { name: 'x' } } }));
    expect(err.errCode).toEqual(expect.any(Number));
  });
});

// Collection.update.html (Query.update): every matching document is updated; `stats.updated` counts them.
test('where().update updates every match and counts it', async () => {
  await s.db.collection(C).add({
    data: [
      { _id: 'w1', group: 'g', n: 1 },
      { _id: 'w2', group: 'g', n: 2 },
      { _id: 'w3', group: 'h', n: 3 },
    ],
  });
  const res = await s.db.collection(C).where({ group: 'g' }).update({ data: { n: s._.inc(10) } });
  expect(res.stats.updated).toBe(2);
  const { data } = await s.db.collection(C).where({ _id: s._.in(['w1', 'w2', 'w3']) }).orderBy('_id', 'asc').get();
  expect(data.map((d: { n: number }) => d.n)).toEqual([11, 12, 3]);
});

// Document.set.html: replaces the document whole (keeping its id), or creates it.
test('doc().set replaces the document, or creates it', async () => {
  await s.db.collection(C).add({ data: { _id: 'set1', a: 1, b: 2 } });
  await s.db.collection(C).doc('set1').set({ data: { c: 3 } });
  expect((await s.db.collection(C).doc('set1').get()).data).toEqual({ _id: 'set1', c: 3 });
  await s.db.collection(C).doc('set-new').set({ data: { d: 4 } });
  expect((await s.db.collection(C).doc('set-new').get()).data).toEqual({ _id: 'set-new', d: 4 });
});

// Document.remove.html, Collection.remove.html (Query.remove): `stats.removed` counts what went.
test('remove by id and by query', async () => {
  await s.db.collection(C).add({
    data: [
      { _id: 'r1', kind: 'gone' },
      { _id: 'r2', kind: 'gone' },
      { _id: 'r3', kind: 'kept' },
    ],
  });
  expect((await s.db.collection(C).doc('r3').remove()).stats.removed).toBe(1);
  expect((await s.db.collection(C).where({ kind: 'gone' }).remove()).stats.removed).toBe(2);
  expect((await s.db.collection(C).where({ _id: s._.in(['r1', 'r2', 'r3']) }).count()).total).toBe(0);
});
