/**
 * The local store's operators, stages and order against the cloud database's documented
 * answers (issue 24), asked through the genuine client exactly as a cloud function asks:
 * natural order of unsorted reads and aggregates, `$elemMatch` and `$mod`, the aggregation
 * operators where mingo's answers differ from the cloud's (emulator/operators.ts), the geo
 * operators `geoWithin` and `geoIntersects` and the `geoNear` stage (emulator/geo.ts,
 * emulator/geometry.ts), and what the store refuses loudly. Answers come from the WeChat /
 * CloudBase database reference (Command.*, AggregateCommand.*, Aggregate.*); the data are ours.
 */
import { createRuntime, type LocalRuntime } from '../../server/local/runtime';
import { dbOf } from '../../server/platform/db';

/** The genuine client, loosely typed: most operators here are outside the product's data seam. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Sdk = any;

let rt: LocalRuntime;
let db: Sdk;
let _: Sdk;
let $: Sdk;

const GEO = 'fo_geo';
const GEO_TWO = 'fo_geo_two';

beforeAll(async () => {
  rt = createRuntime({ dataDir: ':memory:', indexCheck: 'off' });
  // Geo collections carry their 2dsphere indexes, as the console would create them.
  rt.store.createCollection(GEO, [{ fields: ['location'], type: '2dsphere' }]);
  rt.store.createCollection(GEO_TWO, [
    { fields: ['home'], type: '2dsphere' },
    { fields: ['work'], type: '2dsphere' },
  ]);
  db = dbOf(rt.ports);
  _ = db.command;
  $ = db.command.aggregate;
});
afterAll(() => rt.close());

const ids = (docs: { _id: unknown }[]) => docs.map((d) => String(d._id));

/** What the client throws for a refused request. */
async function refusal(request: Promise<unknown>): Promise<{ errCode: unknown; errMsg: string }> {
  try {
    await request;
  } catch (e) {
    const err = e as { errCode?: unknown; errMsg?: unknown; message?: unknown };
    return { errCode: err.errCode, errMsg: String(err.errMsg ?? err.message) };
  }
  throw new Error('the request was answered, not refused');
}

async function collection(name: string, data: object[]): Promise<void> {
  await db.createCollection(name);
  for (const d of data) await db.collection(name).add({ data: d });
}

// ------------------------------------------------------------------------- natural order

describe('natural order: a read or an aggregate without a sort answers in insertion order', () => {
  // `stations` has declared indexes on regionCode and status, so these reads are served by
  // SQL through an index whose order (by region, then id) is not the insertion order.
  const inserted = ['s3', 's1', 's4', 's2', 's5'];
  const region: Record<string, string> = { s3: 'B', s1: 'A', s4: 'B', s2: 'A', s5: 'C' };
  beforeAll(async () => {
    await db.createCollection('stations');
    for (const id of inserted) await db.collection('stations').add({ data: { _id: id, regionCode: region[id], status: 'active', n: 1 } });
  });
  const stations = () => db.collection('stations');

  test('a whole collection, an equality and an $in on an indexed field', async () => {
    expect(ids((await stations().get()).data)).toEqual(inserted);
    expect(ids((await stations().where({ regionCode: _.in(['B', 'A']) }).get()).data)).toEqual(['s3', 's1', 's4', 's2']);
    expect(ids((await stations().where({ status: 'active' }).get()).data)).toEqual(inserted);
  });

  test('skip and limit page through insertion order', async () => {
    expect(ids((await stations().where({ status: 'active' }).skip(1).limit(2).get()).data)).toEqual(['s1', 's4']);
    expect(ids((await stations().where({ n: 1 }).skip(3).get()).data)).toEqual(['s2', 's5']);
  });

  test('an update keeps a document in its place; a new document comes last', async () => {
    await stations().doc('s1').update({ data: { n: 2 } });
    await stations().doc('s4').remove();
    await stations().add({ data: { _id: 's0', regionCode: 'A', status: 'active', n: 1 } });
    expect(ids((await stations().get()).data)).toEqual(['s3', 's1', 's2', 's5', 's0']);
    await stations().doc('s0').remove();
    await stations().add({ data: { _id: 's4', regionCode: 'B', status: 'active', n: 1 } });
  });

  test('documents equal on the sort key keep insertion order', async () => {
    const { data } = await stations().orderBy('regionCode', 'asc').get();
    expect(ids(data)).toEqual(['s1', 's2', 's3', 's4', 's5']);
    expect(data.map((d: { regionCode: string }) => d.regionCode)).toEqual(['A', 'A', 'B', 'B', 'C']);
  });

  test('an aggregate without a sort stage, with and without a first match', async () => {
    expect(ids((await stations().aggregate().project({ regionCode: 1 }).end()).list)).toEqual(['s3', 's1', 's2', 's5', 's4']);
    expect(ids((await stations().aggregate().match({ regionCode: _.in(['A', 'B']) }).end()).list)).toEqual(['s3', 's1', 's2', 's4']);
  });

  test('a page after a cursor keeps its own order (status, then _id)', async () => {
    const { data } = await stations()
      .where(_.or([{ status: _.gt('active') }, { status: 'active', _id: _.gt('s2') }]))
      .orderBy('status', 'asc')
      .orderBy('_id', 'asc')
      .get();
    expect(ids(data)).toEqual(['s3', 's4', 's5']);
  });
});

// ------------------------------------------------------------------------- query operators

describe('elemMatch (Command.elemMatch)', () => {
  const T = 'fo_elem';
  beforeAll(() =>
    collection(T, [
      { _id: 'e1', places: [{ area: 300, age: 1 }, { area: 50, age: 15 }], scores: [60, 80] },
      { _id: 'e2', places: [{ area: 150, age: 5 }, { area: 20, age: 1 }], scores: [95, 100] },
      { _id: 'e3', places: [150, 300], scores: [{ v: 99 }] },
      { _id: 'e4', places: 'none', scores: 95 },
    ]),
  );
  const find = async (where: object) => ids((await db.collection(T).where(where).get()).data);

  test('field conditions: one object element meets them all; plain values never do', async () => {
    expect(await find({ places: _.elemMatch({ area: _.gt(100), age: _.lt(2) }) })).toEqual(['e1']);
    expect(await find({ places: _.elemMatch({ area: _.gt(100) }) })).toEqual(['e1', 'e2']);
  });

  test('without elemMatch, different elements may meet different conditions', async () => {
    expect(await find({ places: { area: _.gt(100), age: _.lt(2) } })).toEqual(['e1', 'e2']);
  });

  test('a command on plain elements matches plain values, not objects or a non-array', async () => {
    expect(await find({ scores: _.elemMatch(_.gt(90)) })).toEqual(['e2']);
  });
});

describe('mod (Command.mod)', () => {
  const T = 'fo_mod';
  beforeAll(() =>
    collection(T, [
      { _id: 'm4', n: 4 },
      { _id: 'm5', n: 5 },
      { _id: 'null', n: null },
      { _id: 'text', n: '4' },
      { _id: 'missing' },
      { _id: 'arr', n: [3, 6] },
      { _id: 'neg', n: -7 },
    ]),
  );
  test('only numbers (or an array element) with that remainder', async () => {
    expect(ids((await db.collection(T).where({ n: _.mod(2, 0) }).get()).data)).toEqual(['m4', 'arr']);
    expect(ids((await db.collection(T).where({ n: _.mod(4, -3) }).get()).data)).toEqual(['neg']);
  });
  test('a divisor of 0 is refused', async () => {
    expect((await refusal(db.collection(T).where({ n: _.mod(0, 1) }).get())).errMsg).toMatch(/divisor cannot be 0/);
  });
});

// ------------------------------------------------------------------------- aggregation operators

describe('aggregation operators (AggregateCommand.*)', () => {
  const T = 'fo_expr';
  beforeAll(() =>
    collection(T, [
      {
        _id: 'x1',
        date: new Date('2019-05-14T09:38:51.686Z'),
        birthday: '1999/12/12',
        firstName: 'Yuanxin',
        nickname: '心谭',
        name: '代表联络站',
        year: 1999,
        value: -4.94,
        arr: [1, 2],
        amount: 100,
      },
    ]),
  );
  /** The projection of the one document. */
  const project = async (spec: object) => {
    const { list } = await db.collection(T).aggregate().project({ _id: 0, ...spec }).end();
    return list[0];
  };

  test('week: weeks begin on Sunday, the year’s first Sunday begins week 1 (2019-05-14 is in week 19)', async () => {
    expect(await project({ week: $.week('$date'), isoWeek: $.isoWeek('$date') })).toEqual({ week: 19, isoWeek: 20 });
    const weekOf = async (iso: string) => (await project({ w: $.week($.literal(new Date(iso))) })).w;
    expect(await weekOf('2019-01-01T00:00:00Z')).toBe(0); // a Tuesday, before the first Sunday
    expect(await weekOf('2019-01-06T00:00:00Z')).toBe(1); // the first Sunday
    expect(await weekOf('2023-01-01T00:00:00Z')).toBe(1); // the year begins on a Sunday
    expect(await weekOf('2023-12-31T12:00:00Z')).toBe(53);
  });

  test('date parts of a missing or null date are null', async () => {
    expect(await project({ w: $.week('$nothing'), y: $.year('$nothing'), d: $.dayOfYear(null) })).toEqual({ w: null, y: null, d: null });
  });

  test('substr and substrBytes: a negative length reads to the end, a negative start gives ""', async () => {
    const parts = (op: (args: unknown[]) => unknown) => ({ year: op(['$birthday', 0, 4]), month: op(['$birthday', 5, 2]), day: op(['$birthday', 8, -1]) });
    expect(await project(parts($.substr))).toEqual({ year: '1999', month: '12', day: '12' });
    expect(await project(parts($.substrBytes))).toEqual({ year: '1999', month: '12', day: '12' });
    expect(await project({ s: $.substrBytes(['$birthday', -1, 2]) })).toEqual({ s: '' });
  });

  test('substrBytes counts UTF-8 bytes, clamps a length past the end, refuses to cut a character', async () => {
    expect(await project({ a: $.substrBytes(['$nickname', 0, 3]), b: $.substrBytes(['$nickname', 3, 100]) })).toEqual({ a: '心', b: '谭' });
    expect((await refusal(project({ c: $.substrBytes(['$nickname', 1, 2]) }))).errMsg).toMatch(/continuation byte/);
  });

  test('substr takes a number as its text; substrCP counts code points', async () => {
    expect(await project({ s: $.substr(['$year', 2, 2]) })).toEqual({ s: '99' });
    expect(await project({ a: $.substrCP(['$nickname', 0, 1]), b: $.substrCP(['$name', 2, -1]), c: $.substrCP(['$name', -1, 2]) })).toEqual({
      a: '心',
      b: '联络站',
      c: '',
    });
  });

  test('indexOfCP counts code points, indexOfBytes UTF-8 bytes', async () => {
    expect(await project({ a: $.indexOfCP(['$firstName', 'a']), b: $.indexOfCP(['$name', '联络']), c: $.indexOfCP(['$name', 'x']) })).toEqual({ a: 2, b: 2, c: -1 });
    expect(await project({ a: $.indexOfBytes(['$firstName', 'a']), b: $.indexOfBytes(['$name', '联络']) })).toEqual({ a: 2, b: 6 });
    expect(await project({ a: $.indexOfCP(['$name', '站', 1, 4]), b: $.indexOfCP(['$name', '站', 6]), c: $.indexOfCP(['$nothing', 'a']) })).toEqual({
      a: -1,
      b: -1,
      c: null,
    });
    expect((await refusal(project({ a: $.indexOfCP(['$name', '站', -1]) }))).errMsg).toMatch(/nonnegative/);
  });

  test('trunc takes one number', async () => {
    expect(await project({ t: $.trunc('$value') })).toEqual({ t: -4 });
  });

  test('comparisons compare any two values in BSON order, and never look inside arrays', async () => {
    expect(
      await project({
        missingIsNotNull: $.eq(['$nothing', null]),
        nullBelowNumbers: $.lt([null, 0]),
        textAboveNumbers: $.gt(['a', 1000]),
        arrayIsNotItsElement: $.eq(['$arr', 1]),
        arrays: $.cmp(['$arr', [1, 3]]),
        neq: $.neq(['$amount', 100]),
        lte: $.lte(['$amount', 100]),
      }),
    ).toEqual({ missingIsNotNull: false, nullBelowNumbers: true, textAboveNumbers: true, arrayIsNotItsElement: false, arrays: -1, neq: false, lte: true });
  });

  test('switch without a matching branch or a default fails', async () => {
    expect(await project({ d: $.switch({ branches: [{ case: $.gt(['$amount', 50]), then: 0.9 }], default: 1 }) })).toEqual({ d: 0.9 });
    expect((await refusal(project({ d: $.switch({ branches: [{ case: $.gt(['$amount', 500]), then: 0.9 }] }) }))).errMsg).toMatch(/no default/);
  });

  test('logarithms of a non-positive number and split by "" fail', async () => {
    expect(await project({ l: $.log([8, 2]), n: $.ln(1) })).toEqual({ l: 3, n: 0 });
    expect((await refusal(project({ n: $.ln(0) }))).errMsg).toMatch(/positive/);
    expect((await refusal(project({ n: $.log10(-1) }))).errMsg).toMatch(/positive/);
    expect((await refusal(project({ s: $.split(['$birthday', '']) }))).errMsg).toMatch(/non-empty separator/);
  });

  test('dateFromParts also takes an ISO week date', async () => {
    const { d } = await project({ d: $.dateFromParts({ isoWeekYear: 2019, isoWeek: 20, isoDayOfWeek: 2, hour: 9 }) });
    expect(new Date(d).toISOString()).toBe('2019-05-14T09:00:00.000Z');
  });

  test('an operator of one argument takes it alone or as a list of one', async () => {
    expect(await project({ a: $.sqrt([$.add([9, 16])]), b: $.size(['$arr']), c: $.reverseArray(['$arr']), d: $.abs([-2]) })).toEqual({ a: 5, b: 2, c: [2, 1], d: 2 });
  });

  test('sum, avg, max in a projection: one value, the elements of one array, or a list', async () => {
    expect(await project({ a: $.sum('$amount'), b: $.sum(['$arr']), c: $.multiply([$.sum(['$arr']), 10]), d: $.avg(['$amount', 50]), e: $.max(['$arr']) })).toEqual({
      a: 100,
      b: 3,
      c: 30,
      d: 75,
      e: 2,
    });
  });

  test('the count stage answers nothing when no document reaches it', async () => {
    const count = async (amount: number) => (await db.collection(T).aggregate().match({ amount }).count('n').end()).list;
    expect(await count(100)).toEqual([{ n: 1 }]);
    expect(await count(7)).toEqual([]);
  });

  test('meta is refused (text search is not emulated)', async () => {
    expect((await refusal(project({ m: $.meta('textScore') }))).errMsg).toMatch(/\$meta is not supported/);
  });
});

// ------------------------------------------------------------------------- geo

const G = () => db.Geo;
const point = (lng: number, lat: number) => G().Point(lng, lat);
const ring = (...pts: [number, number][]) => G().LineString(pts.map(([lng, lat]) => point(lng, lat)));
/** A square from (x0, y0) to (x1, y1), closed. */
const square = (x0: number, y0: number, x1: number, y1: number) => ring([x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]);

describe('geoWithin and geoIntersects (Command.geoWithin, Command.geoIntersects)', () => {
  beforeAll(async () => {
    await db.collection(GEO).add({
      data: [
        { _id: 'centre', kind: 'shop', location: point(0, 0) },
        { _id: 'ring', kind: 'shop', location: point(1.5, 1.5) },
        { _id: 'far', kind: 'park', location: point(10, 10) },
        { _id: 'line', kind: 'road', location: G().LineString([point(-1.5, -1.5), point(1.5, -1.5)]) },
        { _id: 'crossing', kind: 'road', location: G().LineString([point(1.5, 0), point(3, 0)]) },
        { _id: 'plot', kind: 'park', location: G().Polygon([square(-1.8, 1.2, -1.2, 1.8)]) },
        { _id: 'nothing', kind: 'shop' },
      ],
    });
  });
  const find = async (where: object) => ids((await db.collection(GEO).where(where).get()).data).sort();

  test('within a polygon with a hole: the hole is outside; lines and polygons must lie wholly inside', async () => {
    const donut = G().Polygon([square(-2, -2, 2, 2), square(-1, -1, 1, 1)]);
    expect(await find({ location: _.geoWithin({ geometry: donut }) })).toEqual(['line', 'plot', 'ring']);
    const solid = G().Polygon([square(-2, -2, 2, 2)]);
    expect(await find({ location: _.geoWithin({ geometry: solid }) })).toEqual(['centre', 'line', 'plot', 'ring']);
  });

  test('within one of a MultiPolygon’s polygons', async () => {
    const two = G().MultiPolygon([G().Polygon([square(-0.5, -0.5, 0.5, 0.5)]), G().Polygon([square(9, 9, 11, 11)])]);
    expect(await find({ location: _.geoWithin({ geometry: two }) })).toEqual(['centre', 'far']);
  });

  test('edges are great circles, not straight lines on a map', async () => {
    // An edge from longitude -60 to 60 along latitude 60 bulges towards the pole: at longitude
    // 0 it passes latitude 73.9 (and one along latitude 50 passes 67.2). So (0, 70) lies inside
    // the polygon whose corners are at latitudes 50 and 60, and (0, 75) inside the one whose
    // corners are at 60 and 80; on a flat map both would lie in the second.
    await db.collection(GEO).add({ data: [{ _id: 'n70', location: point(0, 70) }, { _id: 'n75', location: point(0, 75) }] });
    const low = G().Polygon([ring([-60, 50], [60, 50], [60, 60], [-60, 60], [-60, 50])]);
    expect(await find({ location: _.geoWithin({ geometry: low }) })).toEqual(['n70']);
    const high = G().Polygon([ring([-60, 60], [60, 60], [60, 80], [-60, 80], [-60, 60])]);
    expect(await find({ location: _.geoWithin({ geometry: high }) })).toEqual(['n75']);
    await db.collection(GEO).where({ _id: _.in(['n70', 'n75']) }).remove();
  });

  test('within centerSphere: a radius in radians (metres / 6378100)', async () => {
    const km = (n: number) => (n * 1000) / 6378100;
    // (1.5, 1.5) and the line's ends are 236 km from (0, 0); the plot's far corner 283 km.
    expect(await find({ location: _.geoWithin({ centerSphere: [point(0, 0), km(250)] }) })).toEqual(['centre', 'line', 'ring']);
    expect(await find({ location: _.geoWithin({ centerSphere: [[0, 0], km(100)] }) })).toEqual(['centre']);
  });

  test('intersects: points inside, lines crossing, polygons overlapping; with other conditions', async () => {
    const box = G().Polygon([square(1, -1, 2, 2)]);
    expect(await find({ location: _.geoIntersects({ geometry: box }) })).toEqual(['crossing', 'ring']);
    const cut = G().LineString([point(-1.4, -3), point(-1.4, 3)]);
    expect(await find({ location: _.geoIntersects({ geometry: cut }) })).toEqual(['line', 'plot']);
    expect(await find({ location: _.geoIntersects({ geometry: point(1.5, 1.5) }) })).toEqual(['ring']);
    expect(await find({ kind: 'road', location: _.geoIntersects({ geometry: box }) })).toEqual(['crossing']);
  });

  test('geoNear anywhere but the top level is refused, as the cloud refuses it', async () => {
    const near = _.geoNear({ geometry: point(0, 0), maxDistance: 1000 });
    const err = await refusal(db.collection(GEO).where(_.or([{ location: near }, { kind: 'park' }])).get());
    expect(err.errMsg).toMatch(/top-level/);
  });
});

describe('the geoNear stage (Aggregate.geoNear)', () => {
  const A = 'fo_attractions';
  beforeAll(async () => {
    rt.store.createCollection(A, [{ fields: ['location'], type: '2dsphere' }]);
    await db.collection(A).add({
      data: [
        { _id: 'great-wall', docType: 'geoNear', city: 'Beijing', location: point(116.2328567, 40.242373) },
        { _id: 'canton-tower', docType: 'geoNear', city: 'Guangzhou', location: point(113.30593, 23.1361155) },
        { _id: 'palace', docType: 'geoNear', city: 'Beijing', location: point(116.3949659, 39.9163447) },
        { _id: 'baiyun', docType: 'geoNear', city: 'Guangzhou', location: point(113.306789, 23.1564721) },
        { _id: 'elsewhere', docType: 'other', location: point(113.31, 23.1) },
      ],
    });
  });
  const HERE = () => point(113.3089506, 23.0968251);

  test('nearest first, the distance in metres under distanceField (the documented example)', async () => {
    const { list } = await db
      .collection(A)
      .aggregate()
      .geoNear({ distanceField: 'distance', spherical: true, near: HERE(), query: { docType: 'geoNear' }, key: 'location', includeLocs: 'location' })
      .end();
    expect(ids(list)).toEqual(['canton-tower', 'baiyun', 'palace', 'great-wall']);
    // The distances the documentation shows for these places.
    const documented = [4384.68131486958, 6643.521654040738, 1894750.4414538583, 1928300.3308822548];
    list.forEach((d: { distance: number }, i: number) => expect(d.distance).toBeCloseTo(documented[i], 4));
  });

  test('maxDistance, minDistance, distanceMultiplier, includeLocs into a nested field, limit', async () => {
    const { list } = await db
      .collection(A)
      .aggregate()
      .geoNear({ distanceField: 'at.km', near: HERE(), spherical: true, maxDistance: 7000, minDistance: 1000, distanceMultiplier: 0.001, includeLocs: 'at.where', limit: 2 })
      .end();
    expect(ids(list)).toEqual(['canton-tower', 'baiyun']);
    expect(list[0].at.km).toBeCloseTo(4.38468, 4);
    expect(list[0].at.where).toEqual({ type: 'Point', coordinates: [113.30593, 23.1361155] });
    const one = await db.collection(A).aggregate().geoNear({ distanceField: 'd', near: HERE(), spherical: true, limit: 1 }).end();
    expect(ids(one.list)).toEqual(['elsewhere']);
  });

  test('later stages run on its output', async () => {
    const { list } = await db
      .collection(A)
      .aggregate()
      .geoNear({ distanceField: 'd', near: HERE(), spherical: true, query: { docType: 'geoNear' } })
      .group({ _id: '$city', nearest: $.first('$_id') })
      .sort({ _id: 1 })
      .end();
    expect(list).toEqual([
      { _id: 'Beijing', nearest: 'palace' },
      { _id: 'Guangzhou', nearest: 'canton-tower' },
    ]);
  });

  test('refused: not the first stage, no geo index, two geo indexes and no key, no distanceField', async () => {
    // A new options object each time: the client rewrites `near` in the one it is given.
    const stage = (more: object = {}) => ({ distanceField: 'd', near: HERE(), spherical: true, ...more });
    expect((await refusal(db.collection(A).aggregate().match({ docType: 'geoNear' }).geoNear(stage()).end())).errMsg).toMatch(/first stage/);
    await db.createCollection('fo_flat');
    expect((await refusal(db.collection('fo_flat').aggregate().geoNear(stage()).end())).errMsg).toMatch(/index/);
    expect((await refusal(db.collection(GEO_TWO).aggregate().geoNear(stage()).end())).errMsg).toMatch(/more than one/);
    expect((await db.collection(GEO_TWO).aggregate().geoNear(stage({ key: 'home' })).end()).list).toEqual([]);
    expect((await refusal(db.collection(A).aggregate().geoNear({ near: HERE(), spherical: true }).end())).errMsg).toMatch(/distanceField/);
  });
});
