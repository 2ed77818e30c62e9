/**
 * Fidelity suite, aggregate stages: each stage of `collection.aggregate()` the cloud database
 * documents (Aggregate.<stage>.html under
 * developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-sdk-api/database/aggregate/),
 * sent through the genuine client to the local store, with the answer its page documents.
 * `geoNear` is in db-fidelity-suite-geo.test.ts. The data are the suite's own.
 *
 * `test.failing` marks a case the store answers differently today; its comment names the
 * difference (issue 24). docs/local-store.md says how the suite is run.
 */
import { idsOf, useFidelityStore } from './support/fidelity-store';

const ITEMS = 'fa_items';
const ORDERS = 'fa_orders';
const s = useFidelityStore([ITEMS, ORDERS]);

beforeAll(async () => {
  await s.db.collection(ITEMS).add({
    data: [
      { _id: 'i1', category: 'book', price: 10, tags: ['x', 'y'], maker: { name: '甲', city: '广州' } },
      { _id: 'i2', category: 'book', price: 20, tags: ['y'] },
      { _id: 'i3', category: 'pen', price: 30, tags: [] },
      { _id: 'i4', category: 'pen', price: 40 },
      { _id: 'i5', category: 'book', price: 50, tags: ['x'] },
      { _id: 'i6', category: 'cup', price: 60, tags: null },
    ],
  });
  await s.db.collection(ORDERS).add({
    data: [
      { _id: 'o1', item: 'i1', qty: 2 },
      { _id: 'o2', item: 'i1', qty: 5 },
      { _id: 'o3', item: 'i3', qty: 1 },
    ],
  });
});

const agg = () => s.db.collection(ITEMS).aggregate();

// Aggregate.addFields.html: new fields computed from the document; the others stay.
test('addFields', async () => {
  const { list } = await agg().match({ _id: 'i2' }).addFields({ double: s.$.multiply(['$price', 2]), 'maker.city': '深圳' }).end();
  expect(list).toEqual([{ _id: 'i2', category: 'book', price: 20, tags: ['y'], double: 40, maker: { city: '深圳' } }]);
});

// Aggregate.bucket.html: one output per non-empty bucket, `_id` its lower bound, `default` for
// the rest; with `output`, only the fields it names (and `_id`).
test('bucket', async () => {
  const { list } = await agg()
    .sort({ _id: 1 })
    .bucket({ groupBy: '$price', boundaries: [0, 25, 50], default: 'other', output: { count: s.$.sum(1), ids: s.$.push('$_id') } })
    .end();
  expect(list).toEqual([
    { _id: 0, count: 2, ids: ['i1', 'i2'] },
    { _id: 25, count: 2, ids: ['i3', 'i4'] },
    { _id: 'other', count: 2, ids: ['i5', 'i6'] },
  ]);
  const counted = await agg().bucket({ groupBy: '$price', boundaries: [0, 35, 100] }).end();
  expect(counted.list).toEqual([
    { _id: 0, count: 3 },
    { _id: 35, count: 3 },
  ]);
});

// Aggregate.bucketAuto.html: the documents spread as evenly as they can over `buckets` groups,
// `_id` the group's {min, max} (max is the next group's min; the last one's, its own maximum).
test('bucketAuto', async () => {
  const { list } = await agg().bucketAuto({ groupBy: '$price', buckets: 3 }).end();
  expect(list).toEqual([
    { _id: { min: 10, max: 30 }, count: 2 },
    { _id: { min: 30, max: 50 }, count: 2 },
    { _id: { min: 50, max: 60 }, count: 2 },
  ]);
});

// Aggregate.count.html: one document counting what reached the stage, under the name given.
test('count', async () => {
  const { list } = await agg().match({ category: 'book' }).count('books').end();
  expect(list).toEqual([{ books: 3 }]);
});

// Aggregate.group.html: one output per distinct `_id` expression, with accumulators; `_id: null` groups everything.
test('group', async () => {
  const { list } = await agg()
    .group({ _id: '$category', n: s.$.sum(1), total: s.$.sum('$price'), top: s.$.max('$price') })
    .sort({ _id: 1 })
    .end();
  expect(list).toEqual([
    { _id: 'book', n: 3, total: 80, top: 50 },
    { _id: 'cup', n: 1, total: 60, top: 60 },
    { _id: 'pen', n: 2, total: 70, top: 40 },
  ]);
  const all = await agg().group({ _id: null, avg: s.$.avg('$price') }).end();
  expect(all.list).toEqual([{ _id: null, avg: 35 }]);
});

// Aggregate.limit.html, Aggregate.skip.html, Aggregate.sort.html.
test('sort, skip, limit', async () => {
  const { list } = await agg().sort({ category: 1, price: -1 }).skip(1).limit(3).project({ _id: 1 }).end();
  expect(list).toEqual([{ _id: 'i2' }, { _id: 'i1' }, { _id: 'i6' }]);
});

// Aggregate.lookup.html (cloud functions): an equality join, and a join by `let` and `pipeline`.
describe('lookup', () => {
  test('equality: localField = foreignField', async () => {
    const { list } = await agg()
      .match({ _id: s._.in(['i1', 'i2']) })
      .sort({ _id: 1 })
      .lookup({ from: ORDERS, localField: '_id', foreignField: 'item', as: 'orders' })
      .project({ _id: 1, qty: '$orders.qty' })
      .end();
    expect(list).toEqual([
      { _id: 'i1', qty: [2, 5] },
      { _id: 'i2', qty: [] },
    ]);
  });
  test('let and pipeline', async () => {
    const { _, $ } = s;
    const { list } = await agg()
      .match({ _id: s._.in(['i1', 'i3']) })
      .sort({ _id: 1 })
      .lookup({
        from: ORDERS,
        let: { id: '$_id' },
        pipeline: $.pipeline()
          .match(_.expr($.and([$.eq(['$item', '$$id']), $.gte(['$qty', 2])])))
          .project({ _id: 0, qty: 1 })
          .done(),
        as: 'big',
      })
      .project({ _id: 1, big: 1 })
      .end();
    expect(list).toEqual([
      { _id: 'i1', big: [{ qty: 2 }, { qty: 5 }] },
      { _id: 'i3', big: [] },
    ]);
  });
});

// Aggregate.match.html: query conditions and commands, as in where().
test('match', async () => {
  const { list } = await agg().match({ price: s._.gt(30), category: s._.neq('cup') }).end();
  expect(idsOf(list)).toEqual(['i4', 'i5']);
});

// Aggregate.project.html: inclusion (with `_id` unless excluded), exclusion, computed fields.
test('project', async () => {
  const one = () => agg().match({ _id: 'i1' });
  expect((await one().project({ _id: 0, category: 1, 'maker.city': 1 }).end()).list).toEqual([{ category: 'book', maker: { city: '广州' } }]);
  expect((await one().project({ tags: 0, maker: 0 }).end()).list).toEqual([{ _id: 'i1', category: 'book', price: 10 }]);
  expect((await one().project({ half: s.$.divide(['$price', 2]), first: s.$.arrayElemAt(['$tags', 0]) }).end()).list).toEqual([{ _id: 'i1', half: 5, first: 'x' }]);
});

// Aggregate.replaceRoot.html: the given embedded document (or expression) becomes the document.
test('replaceRoot', async () => {
  expect((await agg().match({ _id: 'i1' }).replaceRoot({ newRoot: '$maker' }).end()).list).toEqual([{ name: '甲', city: '广州' }]);
  const merged = await agg()
    .match({ _id: 'i1' })
    .replaceRoot({ newRoot: s.$.mergeObjects([{ price: '$price' }, '$maker']) })
    .end();
  expect(merged.list).toEqual([{ price: 10, name: '甲', city: '广州' }]);
});

// Aggregate.sample.html: `size` documents chosen at random from the input, each at most once.
test('sample', async () => {
  const { list } = await agg().sample({ size: 2 }).end();
  expect(list).toHaveLength(2);
  const ids = idsOf(list);
  expect(new Set(ids).size).toBe(2);
  for (const id of ids) expect(['i1', 'i2', 'i3', 'i4', 'i5', 'i6']).toContain(id);
  // Each document at most once: asking for all of them (or more) gives each exactly once.
  for (const size of [6, 10]) {
    const all = await agg().sample({ size }).end();
    expect(idsOf(all.list).sort()).toEqual(['i1', 'i2', 'i3', 'i4', 'i5', 'i6']);
  }
});

// Aggregate.sortByCount.html: groups by the expression and counts, most frequent first.
test('sortByCount', async () => {
  const { list } = await agg().sortByCount('$category').end();
  expect(list).toEqual([
    { _id: 'book', count: 3 },
    { _id: 'pen', count: 2 },
    { _id: 'cup', count: 1 },
  ]);
});

// Aggregate.unwind.html: one output per array element; a missing, null or empty array yields
// nothing unless `preserveNullAndEmptyArrays`; `includeArrayIndex` names the index field
// (null for a preserved document).
describe('unwind', () => {
  test('one document per element', async () => {
    const { list } = await agg().sort({ _id: 1 }).unwind('$tags').project({ tags: 1 }).end();
    expect(list).toEqual([
      { _id: 'i1', tags: 'x' },
      { _id: 'i1', tags: 'y' },
      { _id: 'i2', tags: 'y' },
      { _id: 'i5', tags: 'x' },
    ]);
  });
  test('includeArrayIndex and preserveNullAndEmptyArrays', async () => {
    const { list } = await agg()
      .match({ _id: s._.in(['i1', 'i3', 'i4', 'i6']) })
      .sort({ _id: 1 })
      .unwind({ path: '$tags', includeArrayIndex: 'index', preserveNullAndEmptyArrays: true })
      .project({ tags: 1, index: 1 })
      .end();
    expect(list).toEqual([
      { _id: 'i1', tags: 'x', index: 0 },
      { _id: 'i1', tags: 'y', index: 1 },
      { _id: 'i3', index: null },
      { _id: 'i4', index: null },
      { _id: 'i6', tags: null, index: null },
    ]);
  });
});

// An aggregate without a sort stage answers in insertion order, as the cloud does.
test('without a sort stage, in the order the documents were added', async () => {
  await s.db.collection(ORDERS).add({ data: [{ _id: 'z9', item: 'n' }, { _id: 'a1', item: 'n' }, { _id: 'm5', item: 'n' }] });
  const { list } = await s.db.collection(ORDERS).aggregate().match({ item: 'n' }).project({ _id: 1 }).end();
  expect(list.map((d: { _id: string }) => d._id)).toEqual(['z9', 'a1', 'm5']);
});
