/**
 * Fidelity suite, geography: the `db.Geo` value types, the geo query operators and the
 * `geoNear` aggregate stage, sent through the genuine client to the local store, with the
 * answers the WeChat cloud database documentation gives (the page each group follows is named
 * above it, under developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-sdk-api/database/).
 * The cloud answers geo queries from a 2dsphere index on the field (geoNear needs one), so
 * the collection is created with one. The places are the suite's own.
 *
 * `test.failing` marks a case the store answers differently today; its comment names the
 * difference (issue 24). docs/local-store.md says how the suite is run.
 */
import { idsOf, refusal, useFidelityStore, type Sdk } from './support/fidelity-store';

const P = 'fg_places';
const s = useFidelityStore([], (rt) => {
  rt.store.createCollection(P, [{ fields: ['location'], type: '2dsphere' }]);
});

const HERE = [113.3245, 23.1064] as const;
// B is about 1 km east of A, C about 13 km north-east, D is in Beijing.
const PLACES = {
  A: [113.3245, 23.1064],
  B: [113.3343, 23.1064],
  C: [113.4, 23.2],
  D: [116.4, 39.9],
} as const;

const point = (lnglat: readonly [number, number] | readonly number[]) => s.db.Geo.Point(lnglat[0], lnglat[1]);
/** The rectangle 113.30–113.35 E, 23.10–23.15 N, as a closed ring. */
const box = (): Sdk => {
  const G = s.db.Geo;
  const ring = [
    [113.3, 23.1],
    [113.35, 23.1],
    [113.35, 23.15],
    [113.3, 23.15],
    [113.3, 23.1],
  ].map(([lng, lat]) => G.Point(lng, lat));
  return G.Polygon([G.LineString(ring)]);
};

beforeAll(async () => {
  await s.db.collection(P).add({
    data: Object.entries(PLACES).map(([_id, lnglat]) => ({ _id, kind: _id === 'C' ? 'park' : 'shop', location: point(lnglat) })),
  });
});

// Geo.Point.html, Geo.LineString.html, Geo.Polygon.html, Geo.MultiPoint.html,
// Geo.MultiLineString.html, Geo.MultiPolygon.html: stored as GeoJSON, read back as the same
// Geo objects (longitude and latitude on a Point; toJSON gives the GeoJSON). wx-server-sdk's
// `db.Geo.Point` is a factory, so the class is checked by name.
describe('Geo values', () => {
  test('a Point reads back as a Point', async () => {
    const { data } = await s.db.collection(P).doc('A').get();
    expect(data.location.constructor.name).toBe('Point');
    expect([data.location.longitude, data.location.latitude]).toEqual([113.3245, 23.1064]);
    expect(data.location.toJSON()).toEqual({ type: 'Point', coordinates: [113.3245, 23.1064] });
  });
  test('line strings, polygons and their multi forms read back as themselves', async () => {
    const G = s.db.Geo;
    const line = G.LineString([G.Point(0, 0), G.Point(1, 1)]);
    const values = { line, poly: box(), points: G.MultiPoint([G.Point(1, 2), G.Point(3, 4)]), lines: G.MultiLineString([line]), polys: G.MultiPolygon([box()]) };
    await s.db.collection(P).add({ data: { _id: 'shapes', ...values } });
    const { data } = await s.db.collection(P).doc('shapes').get();
    const kinds = { line: 'LineString', poly: 'Polygon', points: 'MultiPoint', lines: 'MultiLineString', polys: 'MultiPolygon' };
    for (const [k, v] of Object.entries(values)) {
      expect(data[k].constructor.name).toBe(kinds[k as keyof typeof kinds]);
      expect(data[k].toJSON()).toEqual(v.toJSON());
    }
    expect(data.poly.toJSON().type).toBe('Polygon');
    await s.db.collection(P).doc('shapes').remove();
  });
});

// Command.geoNear.html: nearest first, within [minDistance, maxDistance] metres.
describe('geoNear', () => {
  const near = (opts: object) => s.db.collection(P).where({ location: s._.geoNear({ geometry: point(HERE), ...opts }) }).get();
  test('nearest first, within maxDistance', async () => {
    expect((await near({ maxDistance: 2000 })).data.map((d: { _id: string }) => d._id)).toEqual(['A', 'B']);
    expect((await near({ maxDistance: 20000 })).data.map((d: { _id: string }) => d._id)).toEqual(['A', 'B', 'C']);
  });
  test('beyond minDistance', async () => {
    expect((await near({ maxDistance: 20000, minDistance: 500 })).data.map((d: { _id: string }) => d._id)).toEqual(['B', 'C']);
  });
  test('with other conditions', async () => {
    const { data } = await s.db
      .collection(P)
      .where({ kind: 'shop', location: s._.geoNear({ geometry: point(PLACES.D), maxDistance: 3_000_000 }) })
      .get();
    expect(data.map((d: { _id: string }) => d._id)).toEqual(['D', 'B', 'A']);
  });
});

// Command.geoWithin.html: inside a Polygon (or MultiPolygon), or within `centerSphere`
// ([[lng, lat], radius in radians]).
describe('geoWithin', () => {
  test('inside a polygon', async () => {
    expect(idsOf((await s.db.collection(P).where({ location: s._.geoWithin({ geometry: box() }) }).get()).data)).toEqual(['A', 'B']);
  });
  test('within centerSphere', async () => {
    const within = s._.geoWithin({ centerSphere: [[HERE[0], HERE[1]], 2000 / 6378100] });
    expect(idsOf((await s.db.collection(P).where({ location: within }).get()).data)).toEqual(['A', 'B']);
  });
});

// Command.geoIntersects.html: the field's geometry meets the given one.
test('geoIntersects', async () => {
  expect(idsOf((await s.db.collection(P).where({ location: s._.geoIntersects({ geometry: box() }) }).get()).data)).toEqual(['A', 'B']);
});

// Aggregate.geoNear.html: the first stage; nearest first, the distance (metres) in
// `distanceField`, `query` filters, `includeLocs` copies the point used.
test('the geoNear stage', async () => {
  const { list } = await s.db
    .collection(P)
    .aggregate()
    .geoNear({ distanceField: 'distance', spherical: true, near: point(HERE), maxDistance: 20000, query: { kind: 'shop' }, key: 'location', includeLocs: 'loc' })
    .end();
  expect(list.map((d: { _id: string }) => d._id)).toEqual(['A', 'B']);
  expect(list[0].distance).toBeCloseTo(0, 3);
  expect(list[1].distance).toBeGreaterThan(950);
  expect(list[1].distance).toBeLessThan(1050);
  expect(list[1].loc).toEqual({ type: 'Point', coordinates: [113.3343, 23.1064] });
});

// Command.geoNear.html: the cloud answers geoNear from the field's geo index and refuses it without one.
test('geoNear on a field without a 2dsphere index is refused', async () => {
  const err = await refusal(s.db.collection(P).where({ kind: s._.geoNear({ geometry: point(HERE), maxDistance: 10 }) }).get());
  expect(err.errCode).toBe(-502001);
  expect(err.errMsg).toMatch(/index/);
});
