/**
 * No silent caps at province scale (issue 19, decision 0024): 5,000 stations, 3,000 showcase
 * entries and 2,000 queued cases, seeded straight into the store, are walked page by page
 * through the handlers — station.list, showcase.list, every tab of staff.queue — and every
 * walk answers each row once, in order, none left out; station.nearest answers the truly
 * nearest stations (a brute-force haversine over all 5,000) from one geoNear query, in at
 * most two database round trips.
 */
import { EMPTY_SCHEDULE } from '../../core/reception-schedule';
import { counted } from '../support/db-count';
import { STAFF_WYH, startLocal, type Local } from '../support/local';
import { dbOf, findAll } from '../../server/platform/db';
import { runMigrations } from '../../server/platform/migrations';
import { MIGRATIONS } from '../../server/migrations';
import type { OpinionDoc, StationDoc } from '../../server/model';
import type { ShowcaseDoc } from '../../server/campaigns/showcase.repo';
import { NEAREST_WITHIN_M } from '../../server/stations/public-stations';

const STATIONS = 5000;
const SHOWCASE = 3000;
const QUEUED = 2000;
const CITIES = 14;
const COUNTIES = 120;

/** A small deterministic generator (mulberry32): the same province every run. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = prng(19);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

const city = (i: number) => `43C${String(i).padStart(2, '0')}`;
const county = (i: number) => `43K${String(i).padStart(3, '0')}`;
const cityOfCounty = (k: number) => city(k % CITIES);

let t: Local;
let stations: StationDoc[];
let showcase: ShowcaseDoc[];
let queued: OpinionDoc[];

const T0 = Date.parse('2026-03-01T00:00:00Z');
const second = (n: number) => new Date(T0 + n * 1000);

beforeAll(async () => {
  t = await startLocal();
  const insert = (coll: string, docs: object[]) =>
    t.store.atomically(() => docs.forEach((d) => t.store.insert(coll, d as Parameters<Local['store']['insert']>[1])));

  // Regions: 14 cities, 120 counties under them (names only; the lists name a station's region).
  insert('regions', [
    ...Array.from({ length: CITIES }, (_, i) => ({ _id: city(i), name: `第${i + 1}市`, kind: 'city', parentCode: '43', path: ['43', city(i)] })),
    ...Array.from({ length: COUNTIES }, (_, k) => ({ _id: county(k), name: `第${k + 1}县`, kind: 'county', parentCode: cityOfCounty(k), path: ['43', cityOfCounty(k), county(k)] })),
  ]);

  // 5,000 stations across Hunan (24.6–30.1 N, 108.8–114.3 E); 1 in 20 retired, 1 in 100 without a position.
  stations = Array.from({ length: STATIONS }, (_, i) => {
    const k = Math.floor(rand() * COUNTIES);
    const latitude = 24.6 + rand() * 5.5;
    const longitude = 108.8 + rand() * 5.5;
    const placed = i % 100 !== 7;
    return {
      _id: `P${String((i * 7919) % 100000).padStart(5, '0')}`,
      name: `第${i}联络站`,
      address: `第${k}县第${i}号`,
      regionCode: county(k),
      regionPath: ['43', cityOfCounty(k), county(k)],
      status: i % 20 === 3 ? 'retired' : 'active',
      deputyIds: [],
      schedule: EMPTY_SCHEDULE,
      createdAt: second(i),
      ...(placed ? { location: { latitude, longitude }, geo: { type: 'Point', coordinates: [longitude, latitude] } } : {}),
    } as StationDoc;
  });
  insert('stations', stations);

  // 3,000 showcase entries: the demo stations and five others, approvals often at the same second.
  const showcaseStations = ['WYH01', 'XJH01', 'YL01', ...stations.slice(0, 5).map((s) => s._id)];
  showcase = Array.from({ length: SHOWCASE }, (_, i) => {
    const st = pick(showcaseStations);
    const inDemo = ['WYH01', 'XJH01', 'YL01'].includes(st);
    return {
      _id: `sc${String(Math.floor(rand() * 1e9)).padStart(9, '0')}${i}`,
      publicId: `pub${i}`,
      stationCode: st,
      stationName: st,
      regionPath: inDemo ? ['43', '4301', '430104'] : stations.find((s) => s._id === st)!.regionPath,
      category: '其他',
      title: `第${i}件`,
      summary: '摘要',
      result: '已解决',
      resolvedAt: second(i),
      approvedAt: second(Math.floor(i / 3)), // three entries to a second: ties broken by id
      approvedBy: 'demo-staff-wyh',
    };
  });
  insert('showcase', showcase);

  // 2,000 queued cases at the staff's two stations, in every tab's shape.
  queued = Array.from({ length: QUEUED }, (_, i) => {
    const kind = i % 10;
    const status = kind < 5 ? 'triage' : kind < 6 ? 'held' : kind < 8 ? 'resolved' : kind < 9 ? 'closed' : 'rejected';
    const done = status === 'resolved' || status === 'closed';
    return {
      _id: `q${String(Math.floor(rand() * 1e9)).padStart(9, '0')}${i}`,
      trackingNo: `430104-20260301-${String(i).padStart(4, '0')}`,
      openid: `resident-${i}`,
      requestId: `r${i}`,
      channel: 'qr',
      stationCode: i % 3 === 0 ? 'YL01' : 'WYH01',
      stationName: '站',
      regionCode: '430104',
      regionPath: ['43', '4301', '430104'],
      category: '其他',
      scope: 'community',
      text: `第${i}条意见：小区路灯坏了`,
      anonymous: false,
      allowContact: false,
      consentPublish: i % 4 !== 1,
      status,
      flagged: false,
      ...(status === 'held' ? { textReview: true } : { routing: { rule: 'staff', reason: '待分派', notes: [] } }),
      replies: [],
      timeline: [],
      chaseCount: 0,
      reopenCount: 0,
      notifyPending: false,
      notifiedEvents: 0,
      version: 1,
      createdAt: second(Math.floor(i / 4)), // four cases to a second
      updatedAt: second(i),
      photos: [],
      ...(done ? { resultText: '已办结', resultKind: 'solved' } : {}),
      ...(done && i % 7 === 0 ? { ratings: [{ at: second(i), result: i % 14 === 0 ? 'unsatisfied' : 'satisfied', attitude: 'satisfied' }] } : {}),
      ...(done && i % 3 === 0 && i % 14 !== 0 && i % 4 !== 1 ? { publishedAt: second(i) } : {}),
      ...(done && i % 11 === 0 ? { erasedAt: second(i), consentPublish: false } : {}),
    } as unknown as OpinionDoc;
  });
  insert('opinions', queued);
}, 60_000);
afterAll(() => t.close());

const byKeys =
  <T>(...keys: ((x: T) => string | number)[]) =>
  (a: T, b: T): number => {
    for (const k of keys) {
      const [x, y] = [k(a), k(b)];
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  };

/** Every page of a list, walked through its cursors. */
async function walk<I>(load: (cursor?: string) => Promise<{ items: I[]; nextCursor?: string }>): Promise<{ items: I[]; pages: number }> {
  const items: I[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const page = await load(cursor);
    pages++;
    items.push(...page.items);
    cursor = page.nextCursor;
    if (pages > 1000) throw new Error('no end of the list');
  } while (cursor);
  return { items, pages };
}

describe('station.list', () => {
  test('every station once, active first and by code, over pages of 100 (the 4 demo stations and 5,000 more)', async () => {
    const { items, pages } = await walk((cursor) => t.ok('station', 'list', { limit: 100, ...(cursor ? { cursor } : {}) }));
    const all = t.docs<StationDoc>('stations');
    const expected = [...all].sort(byKeys((s) => s.status, (s) => s._id)).map((s) => s._id);
    expect(all).toHaveLength(STATIONS + 4);
    expect(items.map((i) => i.code)).toEqual(expected);
    expect(pages).toBe(Math.ceil(expected.length / 100));
    // Names are those of the station's own region.
    const sample = items.find((i) => i.code === stations[10]!._id)!;
    expect(sample.regionName).toBe(`第${Number(stations[10]!.regionCode.slice(3)) + 1}县`);
  });

  test('of one city: its stations only, in the same order', async () => {
    const c = city(5);
    const { items } = await walk((cursor) => t.ok('station', 'list', { regionCode: c, limit: 100, ...(cursor ? { cursor } : {}) }));
    const expected = stations.filter((s) => s.regionPath.includes(c)).sort(byKeys((s) => s.status, (s) => s._id)).map((s) => s._id);
    expect(expected.length).toBeGreaterThan(200);
    expect(items.map((i) => i.code)).toEqual(expected);
  });

  test('the first page keeps the old answer: active stations first, by code, without a cursor when it is all', async () => {
    const first = await t.ok('station', 'list', { regionCode: '430104' });
    expect(first.items.map((i) => [i.code, i.retired])).toEqual([
      ['WYH01', false],
      ['XJH01', false],
      ['YL01', false],
      ['XJH00', true],
    ]);
    expect(first.nextCursor).toBeUndefined();
  });

  test('a cursor that is not one, or of another list, is refused with a stable code', async () => {
    expect((await t.refused('station', 'list', { cursor: 'not a cursor!' })).code).toBe('INVALID_PAYLOAD');
    expect((await t.refused('station', 'list', { cursor: 'bm9wZQ' })).code).toBe('CURSOR_INVALID');
    const showcasePage = await t.ok('showcase', 'list', { limit: 1 });
    expect((await t.refused('station', 'list', { cursor: showcasePage.nextCursor })).code).toBe('CURSOR_INVALID');
  });
});

describe('station.nearest', () => {
  const R_KM = 6378.1; // the sphere the cloud measures on; the order does not depend on it
  const rad = (d: number) => (d * Math.PI) / 180;
  const haversineKm = (lat1: number, lng1: number, lat2: number, lng2: number) =>
    2 * R_KM * Math.asin(Math.sqrt(Math.sin(rad(lat2 - lat1) / 2) ** 2 + Math.cos(rad(lat1)) * Math.cos(rad(lat2)) * Math.sin(rad(lng2 - lng1) / 2) ** 2));

  const bruteForce = (all: StationDoc[], latitude: number, longitude: number) =>
    all
      .filter((s) => s.status === 'active' && s.location)
      .map((s) => ({ code: s._id, km: haversineKm(latitude, longitude, s.location!.latitude, s.location!.longitude) }))
      .filter((x) => x.km * 1000 <= NEAREST_WITHIN_M)
      .sort((a, b) => a.km - b.km)
      .slice(0, 10)
      .map((x) => x.code);

  test('the truly nearest 10 active stations, nearest first, from one geoNear query: at most 2 round trips', async () => {
    const here = prng(7);
    const all = t.docs<StationDoc>('stations');
    for (let n = 0; n < 25; n++) {
      const latitude = 24.6 + here() * 5.5;
      const longitude = 108.8 + here() * 5.5;
      const before = t.dbRequests();
      const { count, result } = await counted(() => t.ok('station', 'nearest', { latitude, longitude }));
      expect(t.dbRequests() - before).toBeLessThanOrEqual(2);
      expect(count.requests.filter((r) => r.collection === 'stations')).toEqual([expect.objectContaining({ query: expect.objectContaining({ geo: { $nearSphere: expect.anything() } }) })]);
      const answered = result.items;
      expect([n, answered.map((i) => i.code)]).toEqual([n, bruteForce(all, latitude, longitude)]);
      const km = answered.map((i) => i.distanceKm!);
      expect(km).toEqual([...km].sort((a, b) => a - b));
    }
  });

  test('far from every station (Beijing): nothing near, nothing read beyond the geo query', async () => {
    const before = t.dbRequests();
    expect((await t.ok('station', 'nearest', { latitude: 39.9, longitude: 116.4 })).items).toEqual([]);
    expect(t.dbRequests() - before).toBeLessThanOrEqual(2);
  });

  test('a station stored before the geo point existed is found once migration 0002 has filled it in', async () => {
    const at = { latitude: 26.1234, longitude: 111.4321 };
    t.store.insert('stations', { _id: 'OLD01', name: '旧站', address: '旧址', regionCode: county(1), regionPath: ['43', cityOfCounty(1), county(1)], status: 'active', deputyIds: [], schedule: EMPTY_SCHEDULE as never, createdAt: second(0), location: at });
    expect((await t.ok('station', 'nearest', at)).items.map((i) => i.code)).not.toContain('OLD01');
    const stationGeo = MIGRATIONS.filter((m) => m.id === '0002-station-geo');
    const first = await runMigrations(t.ports, stationGeo);
    expect(first.ran).toEqual([expect.objectContaining({ id: '0002-station-geo', state: 'done', processed: STATIONS + 5, changed: 1 })]);
    expect((await t.ok('station', 'nearest', at)).items[0]?.code).toBe('OLD01');
    expect(t.doc<{ geo: unknown }>('stations', 'OLD01').geo).toEqual({ type: 'Point', coordinates: [at.longitude, at.latitude] });
    // Done once: a second run has nothing to do.
    expect((await runMigrations(t.ports, stationGeo)).alreadyDone).toEqual(['0002-station-geo']);
  });
});

describe('showcase.list', () => {
  /** Newest approval first; among entries approved at the same moment, the greater id first. */
  const expectedIds = (docs: ShowcaseDoc[]) =>
    [...docs]
      .sort(byKeys((d) => new Date(d.approvedAt).getTime(), (d) => d._id))
      .reverse()
      .map((d) => d.publicId);

  test('all 3,000 entries, newest approval first (ties by id), each once, over pages of 50; total counts them all', async () => {
    const { items, pages } = await walk((cursor) => t.ok('showcase', 'list', { limit: 50, ...(cursor ? { cursor } : {}) }));
    expect(items.map((i) => i.id)).toEqual(expectedIds(showcase));
    expect(pages).toBe(SHOWCASE / 50);
    expect((await t.ok('showcase', 'list', {})).total).toBe(SHOWCASE);
  });

  test('of one station, and of a region and below: exactly theirs', async () => {
    const station = await walk((cursor) => t.ok('showcase', 'list', { stationCode: 'WYH01', limit: 50, ...(cursor ? { cursor } : {}) }));
    expect(station.items.map((i) => i.id)).toEqual(expectedIds(showcase.filter((d) => d.stationCode === 'WYH01')));
    const region = await walk((cursor) => t.ok('showcase', 'list', { regionCode: '430104', limit: 50, ...(cursor ? { cursor } : {}) }));
    const inRegion = showcase.filter((d) => d.regionPath.includes('430104'));
    expect(inRegion.length).toBeGreaterThan(1000);
    expect(region.items.map((i) => i.id)).toEqual(expectedIds(inRegion));
  });
});

describe('staff.queue', () => {
  const expected = (keep: (o: OpinionDoc) => boolean) =>
    queued
      .filter((o) => ['WYH01', 'YL01'].includes(o.stationCode) && keep(o))
      .sort(byKeys((o) => new Date(o.createdAt).getTime(), (o) => o._id))
      .map((o) => o._id);
  const rated = (o: OpinionDoc) => (o.ratings ?? []).some((r) => r.result === 'unsatisfied' || r.attitude === 'unsatisfied');
  const TABS = {
    triage: (o: OpinionDoc) => o.status === 'triage' || o.status === 'held',
    followup: (o: OpinionDoc) => o.status === 'resolved' && !o.erasedAt,
    showcase: (o: OpinionDoc) => (o.status === 'resolved' || o.status === 'closed') && o.consentPublish && !o.publishedAt && !o.erasedAt && !rated(o),
    published: (o: OpinionDoc) => (o.status === 'resolved' || o.status === 'closed') && o.consentPublish && Boolean(o.publishedAt),
  } as const;

  test.each(Object.keys(TABS) as (keyof typeof TABS)[])('%s: every case once, oldest first (ties by id), over pages of 50; total counts them', async (view) => {
    const { items } = await walk((cursor) => t.ok('staff', 'queue', { view, limit: 50, ...(cursor ? { cursor } : {}) }, STAFF_WYH));
    const want = expected(TABS[view]);
    expect(want.length).toBeGreaterThan(50);
    expect(items.map((i) => i.id)).toEqual(want);
    expect((await t.ok('staff', 'queue', { view }, STAFF_WYH)).total).toBe(want.length);
  });

  test('one station of the two: only its cases', async () => {
    const { items } = await walk((cursor) => t.ok('staff', 'queue', { view: 'triage', code: 'YL01', limit: 50, ...(cursor ? { cursor } : {}) }, STAFF_WYH));
    expect(items.map((i) => i.id)).toEqual(expected((o) => o.stationCode === 'YL01' && TABS.triage(o)));
  });
});

describe('no silent cap left in the seam', () => {
  test('findAll reads past 1,000 in _id order, and refuses loudly past its cap instead of cutting the list', async () => {
    const db = dbOf(t.ports);
    const all = await findAll<{ _id: string }>(db, 'stations', { status: 'active' }, 10_000);
    expect(all.map((s) => s._id)).toEqual(t.docs<StationDoc>('stations').filter((s) => s.status === 'active').map((s) => s._id).sort());
    await expect(findAll(db, 'stations', { status: 'active' }, 1000)).rejects.toMatchObject({ code: 'LIST_TOO_LONG' });
  });
});
