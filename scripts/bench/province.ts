/**
 * `npm run bench -- --province` (issue 19): the figures of round-trips.ts again on a province's
 * data, and the province dashboard. With the flag, index.ts runs ONLY these figures (the
 * others need no province data and take minutes of their own); without it nothing here runs,
 * so the normal `npm run bench` is unchanged. About 7 minutes on 2 cores, most of it seeding.
 *
 * The province (deterministic: one seeded PRNG, no Math.random), in a store file in a temp dir
 * (removed afterwards). setup.init and the demo data first, through the runtime, as startLocal
 * does; then, straight into the store's table:
 *   the region tree 湖南省 → 14 cities → 122 counties (real codes and names) → 1,900 townships
 *   (codes county + 3 digits, generated names; the demo's 望月湖 and 咸嘉湖 街道 kept), and the
 *   demo's military node; 5,000 stations (the demo's four among them) with a position inside
 *   Hunan's bounding box (`location`, and `geo`, the GeoJSON point StationDoc declares);
 *   130,000 deputies of the five levels, each on one or two stations (`stationCodes`, and each
 *   station's `deputyIds`), with the open load their opinions give them; users: the demo
 *   personas, a province admin, 14 city and 122 county admins and a staff member for every
 *   fourth station (bound deputies' and residents' user documents are not seeded: the local
 *   store matches `users.staffStationCodes` in memory, so their numbers would weigh on the
 *   local time of every submit, not on its round trips); 1,000,000 opinions received over the
 *   12 months before the bench's day, a status mix by age (old ones mostly closed, recent ones
 *   open, overdue where a deadline has passed), each as the relay leaves it (notified, its
 *   statistics facts and open load recorded), the tracking-number counters of those days, and
 *   the statistics counters computed as dashboard.ts computes them (factsOf + aggregate, month
 *   by month: every counter document belongs to one month, so the months' sums are the whole
 *   sums). The rows go in through prepared statements with the indexes dropped (BulkWriter);
 *   the runtime's start builds the indexes again.
 * The demo personas keep their roles: 李红梅 (d-county-1, demo-deputy-county) holds several
 * hundred cases. Measured as round-trips.ts measures them, through the runtime and the
 * genuine SDK client:
 *   province_rt_submit (3 photos, chosen deputy), province_rt_accept, province_rt_reply,
 *   province_rt_inbox, province_rt_station_get, province_rt_detail, province_rt_dashboard
 *   (the province admin, 12 months), province_submit_p50_ms_rtt10, province_accept_p50_ms_rtt10
 *   (10 ms a database request, 50 ms an open API call), province_dashboard_ms (the province
 *   admin's 12-month dashboard, no added latency: median of 20 calls after 3, or of fewer, at
 *   least 5, when they take over a minute), and province_nearest_rt / province_nearest_ms
 *   (station.nearest from 五一广场, Changsha) when stations declare a 2dsphere index (the
 *   geoNear query); otherwise skipped, and said so.
 * A refused action has no figure: the refusal and the requests it made are printed instead.
 * Also printed: each action's requests, each seeding stage's time, the store file's size and,
 * when the dashboard is refused or slow, or a latency figure misses its target, where the time
 * goes (each read timed on its own through the runtime's ports).
 * BENCH_PROVINCE_OPINIONS=n seeds fewer opinions (for trying the script out only).
 */
import Database from 'better-sqlite3';
import { EJSON } from 'bson';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beijingDate, fromBeijing } from '../../core/beijing-time';
import { dueAfter } from '../../core/deadlines';
import { OPEN_STATUSES, type Status } from '../../core/opinion-status';
import { PRIVACY_NOTICE_VERSION } from '../../core/privacy';
import { aggregate } from '../../core/stats/counter-cells';
import { factsOf, type StatsFacts } from '../../core/stats/opinion-facts';
import { formatTrackingNumber, trackingCounterKey } from '../../core/tracking-number';
import { CATEGORIES, LEVEL_LABELS, RESTRICTED_CATEGORIES, ABOUT_DEPUTY_CATEGORY, type Level } from '../../core/vocabulary';
import { MovableClock } from '../../emulator/clock';
import type { Doc } from '../../emulator/sqlite-store';
import { DURATION_EDGES_HOURS } from '../../server/config/stats';
import { deadlineSettingsFor } from '../../server/config/deadlines';
import { CALENDAR } from '../../server/config/holidays';
import { counterMeta, nestCells } from '../../server/dashboard/keep';
import { readCounters } from '../../server/dashboard/dashboard';
import { dashboardScope } from '../../server/dashboard/scope';
import { DEMO_DEPUTIES, DEMO_PERSONAS, DEMO_REGIONS } from '../../server/local/demo-data';
import { createRuntime, type LocalRuntime } from '../../server/local/runtime';
import { seedIfEmpty } from '../../server/local/seed';
import type { DeputyDoc, OpinionDoc, RegionDoc, StationDoc, UserDoc } from '../../server/model';
import { indexesOf } from '../../server/platform/collections';
import type { Logger } from '../../server/platform/ports';
import { runRelay } from '../../server/scheduler/relay';
import { regionsWithParentIn } from '../../server/stations/regions.repo';
import { stationNamesByCodes, stationWithPeople } from '../../server/stations/stations.repo';
import { resolveActor } from '../../server/users/actor';
import { agreeOnBehalf, COUNTY_DEPUTY, RESIDENT, TUESDAY_SESSION, withHelpers } from '../../test/support/local';

const OPINIONS = Number(process.env.BENCH_PROVINCE_OPINIONS ?? 1_000_000);
const TOWNSHIPS = 1_900;
const STATIONS = 5_000;
const DEPUTIES: Record<Level, number> = { national: 118, provincial: 760, city: 4_622, county: 24_500, township: 100_000 };
const PROVINCE_ADMIN = 'bench-admin-province';
const DEPUTY_ID = 'd-county-1';
const STATION = 'WYH01';
/** 五一广场, Changsha. */
const CHANGSHA = { latitude: 28.196, longitude: 112.977 };
/** Hunan's bounding box. */
const BOX = { minLat: 24.64, maxLat: 30.13, minLng: 108.79, maxLng: 114.26 };
const DAY = 86_400_000;
const PHOTO = readFileSync(path.resolve(__dirname, '../../test/fixtures/elevator.png'));

/** mulberry32: a small seeded PRNG, so every run seeds the same province. */
function prng(seed: number) {
  let a = seed >>> 0;
  const rand = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(rand() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)];
  const around = (x: number, spread: number) => x + (rand() * 2 - 1) * spread;
  return { rand, int, pick, around };
}
type Rng = ReturnType<typeof prng>;

// ---------------------------------------------------------------------------------------------
// The region tree

/** 14 cities with their centres, and their counties (real codes and names; centres for Changsha's). */
const CITIES: { code: string; name: string; at: [number, number]; counties: string }[] = [
  { code: '430100', name: '长沙市', at: [28.23, 112.94], counties: '430102芙蓉区 430103天心区 430104岳麓区 430105开福区 430111雨花区 430112望城区 430121长沙县 430181浏阳市 430182宁乡市' },
  { code: '430200', name: '株洲市', at: [27.83, 113.13], counties: '430202荷塘区 430203芦淞区 430204石峰区 430211天元区 430212渌口区 430223攸县 430224茶陵县 430225炎陵县 430281醴陵市' },
  { code: '430300', name: '湘潭市', at: [27.83, 112.94], counties: '430302雨湖区 430304岳塘区 430321湘潭县 430381湘乡市 430382韶山市' },
  { code: '430400', name: '衡阳市', at: [26.89, 112.57], counties: '430405珠晖区 430406雁峰区 430407石鼓区 430408蒸湘区 430412南岳区 430421衡阳县 430422衡南县 430423衡山县 430424衡东县 430426祁东县 430481耒阳市 430482常宁市' },
  { code: '430500', name: '邵阳市', at: [27.24, 111.47], counties: '430502双清区 430503大祥区 430511北塔区 430522新邵县 430523邵阳县 430524隆回县 430525洞口县 430527绥宁县 430528新宁县 430529城步苗族自治县 430581武冈市 430582邵东市' },
  { code: '430600', name: '岳阳市', at: [29.36, 113.13], counties: '430602岳阳楼区 430603云溪区 430611君山区 430621岳阳县 430623华容县 430624湘阴县 430626平江县 430681汨罗市 430682临湘市' },
  { code: '430700', name: '常德市', at: [29.03, 111.7], counties: '430702武陵区 430703鼎城区 430721安乡县 430722汉寿县 430723澧县 430724临澧县 430725桃源县 430726石门县 430781津市市' },
  { code: '430800', name: '张家界市', at: [29.12, 110.48], counties: '430802永定区 430811武陵源区 430821慈利县 430822桑植县' },
  { code: '430900', name: '益阳市', at: [28.55, 112.36], counties: '430902资阳区 430903赫山区 430921南县 430922桃江县 430923安化县 430981沅江市' },
  { code: '431000', name: '郴州市', at: [25.77, 113.01], counties: '431002北湖区 431003苏仙区 431021桂阳县 431022宜章县 431023永兴县 431024嘉禾县 431025临武县 431026汝城县 431027桂东县 431028安仁县 431081资兴市' },
  { code: '431100', name: '永州市', at: [26.42, 111.61], counties: '431102零陵区 431103冷水滩区 431122东安县 431123双牌县 431124道县 431125江永县 431126宁远县 431127蓝山县 431128新田县 431129江华瑶族自治县 431181祁阳市' },
  { code: '431200', name: '怀化市', at: [27.55, 110.0], counties: '431202鹤城区 431221中方县 431222沅陵县 431223辰溪县 431224溆浦县 431225会同县 431226麻阳苗族自治县 431227新晃侗族自治县 431228芷江侗族自治县 431229靖州苗族侗族自治县 431230通道侗族自治县 431281洪江市' },
  { code: '431300', name: '娄底市', at: [27.7, 112.0], counties: '431302娄星区 431321双峰县 431322新化县 431381冷水江市 431382涟源市' },
  { code: '433100', name: '湘西土家族苗族自治州', at: [28.31, 109.74], counties: '433101吉首市 433122泸溪县 433123凤凰县 433124花垣县 433125保靖县 433126古丈县 433127永顺县 433130龙山县' },
];
const CHANGSHA_CENTRES: Record<string, [number, number]> = {
  '430102': [28.19, 113.03], '430103': [28.11, 112.99], '430104': [28.22, 112.93], '430105': [28.26, 112.99], '430111': [28.13, 113.04],
  '430112': [28.35, 112.82], '430121': [28.25, 113.08], '430181': [28.16, 113.64], '430182': [28.28, 112.55],
};

const FIRST = '东西南北新石龙金桃花白青高黄马清双大永太福兴安和平枫柳杨梅竹松云月湘沅资澧洞岩泉凤鹤狮象玉银铜茶荷杉樟莲'.split('');
const SECOND = '桥湖塘山田江坪溪岭口铺冲市湾洲河源坡港渡寨峰林阳头坊庄垅潭'.split('');
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万严覃武戴莫向汤'.split('');
const GIVEN = '建华秀英志强红梅国庆丽伟芳娜敏静磊军洋勇艳杰涛明超霞平刚桂英玉兰文斌海燕春晓东辉鹏飞雪琴慧婷俊峰德荣湘岳湖'.split('');
const SPECIALTIES = CATEGORIES.filter((c) => !(RESTRICTED_CATEGORIES as readonly string[]).includes(c) && c !== ABOUT_DEPUTY_CATEGORY);

const clampTo = (lat: number, lng: number): [number, number] => [
  Math.min(BOX.maxLat, Math.max(BOX.minLat, lat)),
  Math.min(BOX.maxLng, Math.max(BOX.minLng, lng)),
];
const round4 = (x: number) => Math.round(x * 1e4) / 1e4;

interface Place {
  region: RegionDoc;
  at: [number, number];
  city: RegionDoc;
  county?: RegionDoc;
}

interface Tree {
  regions: RegionDoc[]; // the ones to insert (the demo's are stored already)
  cities: Place[];
  counties: Place[];
  townships: Place[];
}

const regionDoc = (code: string, name: string, kind: RegionDoc['kind'], parent: RegionDoc | null): RegionDoc => ({
  _id: code,
  name,
  kind,
  parentCode: parent?._id ?? null,
  path: [...(parent?.path ?? []), code],
});

function buildTree(r: Rng): Tree {
  const demo = new Map(DEMO_REGIONS.map((x) => [x._id, x]));
  const province = demo.get('430000')!;
  const regions: RegionDoc[] = [];
  const keep = (doc: RegionDoc) => {
    if (!demo.has(doc._id)) regions.push(doc);
    return demo.get(doc._id) ?? doc;
  };
  const cities: Place[] = [];
  const counties: Place[] = [];
  for (const c of CITIES) {
    const city = keep(regionDoc(c.code, c.name, 'city', province));
    cities.push({ region: city, at: c.at, city });
    for (const entry of c.counties.split(' ')) {
      const code = entry.slice(0, 6);
      const at = CHANGSHA_CENTRES[code] ?? clampTo(r.around(c.at[0], 0.55), r.around(c.at[1], 0.55));
      counties.push({ region: keep(regionDoc(code, entry.slice(6), 'county', city)), at, city });
    }
  }
  // Townships: 10–21 a county, then evened out to exactly TOWNSHIPS.
  const counts = counties.map(() => 10 + r.int(12));
  let total = counts.reduce((a, b) => a + b, 0);
  for (let i = 0; total !== TOWNSHIPS; i = (i + 1) % counts.length) {
    if (total < TOWNSHIPS) (counts[i]++, total++);
    else if (counts[i] > 10) (counts[i]--, total--);
  }
  const townships: Place[] = [];
  counties.forEach((county, k) => {
    const n = counts[k];
    const isYuelu = county.region._id === '430104';
    const streets = isYuelu ? n : Math.max(1, Math.round(n * (county.region.name.endsWith('区') ? 0.7 : 0.25)));
    const names = new Set<string>(isYuelu ? ['望月湖街道', '咸嘉湖街道'] : []);
    for (let i = 0; i < n; i++) {
      const street = i < streets;
      const code = `${county.region._id}${String(street ? i + 1 : i - streets + (i - streets < n / 2 ? 100 : 200)).padStart(3, '0')}`;
      const kind = street ? '街道' : code.slice(6, 7) === '1' ? '镇' : '乡';
      const existing = demo.get(code);
      let name = existing?.name ?? '';
      while (!name || (names.has(name) && !existing)) name = `${r.pick(FIRST)}${r.pick(SECOND)}${kind}`;
      names.add(name);
      const region = keep(regionDoc(code, name, 'township', county.region));
      townships.push({ region, at: clampTo(r.around(county.at[0], 0.12), r.around(county.at[1], 0.12)), city: county.city, county: county.region });
    }
  });
  return { regions, cities, counties, townships };
}

// ---------------------------------------------------------------------------------------------
// Stations, deputies, users

interface Seeded {
  tree: Tree;
  stations: StationDoc[]; // generated ones (the demo's are stored already)
  /** Every active station with its deputies' ids, the demo's included, and how busy it is. */
  active: { station: Pick<StationDoc, '_id' | 'name' | 'regionCode' | 'regionPath' | 'deputyIds'>; weight: number }[];
  deputies: DeputyDoc[]; // generated ones
  deputyById: Map<string, Pick<DeputyDoc, '_id' | 'name' | 'level'>>;
  users: UserDoc[];
}

function buildPeople(r: Rng, tree: Tree, now: Date, demoStations: StationDoc[]): Seeded {
  const stations: StationDoc[] = [];
  const byTownship = new Map<string, StationDoc[]>();
  // 2 a township, the rest spread at random (the demo's four count too).
  const demoTownships = new Set(demoStations.map((s) => s.regionCode));
  const base = tree.townships.map((t) => (demoTownships.has(t.region._id) ? 1 : 2));
  const extra = new Map<number, number>();
  for (let i = base.reduce((a, b) => a + b, 0) + demoStations.length; i < STATIONS; i++) {
    const k = r.int(tree.townships.length);
    extra.set(k, (extra.get(k) ?? 0) + 1);
  }
  tree.townships.forEach((t, k) => {
    const list: StationDoc[] = [];
    const n = base[k] + (extra.get(k) ?? 0);
    for (let i = 1; i <= n; i++) {
      const [lat, lng] = clampTo(r.around(t.at[0], 0.03), r.around(t.at[1], 0.03));
      const community = `${r.pick(FIRST)}${r.pick(SECOND)}${t.region.name.endsWith('街道') ? '社区' : '村'}`;
      const doc: StationDoc = {
        _id: `${t.region._id}-${i}`,
        name: i === 1 ? `${t.region.name}人大代表联络站` : `${t.region.name}${community}人大代表联络点`,
        address: `${t.city.name}${t.county!.name}${t.region.name}${r.pick(FIRST)}${r.pick(SECOND)}路 ${1 + r.int(300)} 号`,
        regionCode: t.region._id,
        regionPath: t.region.path,
        status: 'active',
        deputyIds: [],
        schedule: { weekly: [], dated: [], cancelled: [] },
        location: { latitude: round4(lat), longitude: round4(lng) },
        geo: { type: 'Point', coordinates: [round4(lng), round4(lat)] },
        createdAt: new Date(now.getTime() - 400 * DAY),
      };
      list.push(doc);
      stations.push(doc);
    }
    byTownship.set(t.region._id, list);
  });
  const byCounty = new Map<string, StationDoc[]>();
  const byCity = new Map<string, StationDoc[]>();
  for (const t of tree.townships) {
    const list = byTownship.get(t.region._id)!;
    byCounty.set(t.county!._id, [...(byCounty.get(t.county!._id) ?? []), ...list]);
    byCity.set(t.city._id, [...(byCity.get(t.city._id) ?? []), ...list]);
  }

  // Deputies: township deputies on a station of their township, county ones of their county, and so on.
  const deputies: DeputyDoc[] = [];
  const demoCount = (level: Level) => DEMO_DEPUTIES.filter((d) => d.level === level).length;
  let n = 0;
  for (const level of ['national', 'provincial', 'city', 'county', 'township'] as const) {
    for (let i = 0; i < DEPUTIES[level] - demoCount(level); i++) {
      const t = r.pick(tree.townships);
      const pool =
        level === 'township' ? byTownship.get(t.region._id)! : level === 'county' ? byCounty.get(t.county!._id)! : level === 'city' ? byCity.get(t.city._id)! : stations;
      const home = level === 'township' || level === 'county' ? t.region._id : level === 'city' ? t.county!._id : t.city._id;
      const first = r.pick(pool);
      const codes = level !== 'township' && r.rand() < 0.1 ? [...new Set([first._id, r.pick(pool)._id])] : [first._id];
      const specialties = [...new Set([r.pick(SPECIALTIES), r.pick(SPECIALTIES), r.pick(SPECIALTIES)])].slice(0, 1 + r.int(3));
      const id = `hn-d-${(++n).toString(36)}`;
      deputies.push({
        _id: id,
        name: `${r.pick(SURNAMES)}${r.pick(GIVEN)}${r.rand() < 0.6 ? r.pick(GIVEN) : ''}`,
        level,
        homeRegionCode: home,
        stationCodes: codes,
        specialties,
        bio: `${LEVEL_LABELS[level]}人大代表,关注${specialties.join('、')}。`,
        photo: `/api/avatars/${id}.svg`,
        status: 'active',
        termEnd: '2027-12-31',
        term: '第十七届',
        leaves: [],
        lastAssignedAt: 0,
        openCount: 0,
      });
      for (const code of codes) (pool.find((s) => s._id === code) ?? stations.find((s) => s._id === code))!.deputyIds.push(id);
    }
  }
  // One weekly reception session a station, by two of its deputies.
  for (const s of stations) {
    const weekday = 1 + r.int(5);
    const morning = r.rand() < 0.5;
    s.schedule.weekly.push({
      id: `${s._id}-w${weekday}`,
      weekday,
      start: morning ? '09:00' : '14:30',
      end: morning ? '11:30' : '17:00',
      deputyIds: [...new Set([r.pick(s.deputyIds.length ? s.deputyIds : ['']), r.pick(s.deputyIds.length ? s.deputyIds : [''])])].filter(Boolean),
    });
  }

  const users: UserDoc[] = [
    { _id: PROVINCE_ADMIN, adminRegionCode: '430000', privacyAgreedAt: now, privacyVersion: PRIVACY_NOTICE_VERSION },
    ...tree.cities.map((c) => ({ _id: `bench-admin-${c.region._id}`, adminRegionCode: c.region._id })),
    ...tree.counties.filter((c) => c.region._id !== '430104').map((c) => ({ _id: `bench-admin-${c.region._id}`, adminRegionCode: c.region._id })),
    ...stations.filter((_, i) => i % 4 === 0).map((s) => ({ _id: `bench-staff-${s._id}`, staffStationCodes: [s._id], privacyAgreedAt: now, privacyVersion: PRIVACY_NOTICE_VERSION })),
  ];

  const deputyById = new Map<string, Pick<DeputyDoc, '_id' | 'name' | 'level'>>([...DEMO_DEPUTIES, ...deputies].map((d) => [d._id, d]));
  const active = [
    // The demo's stations are busy ones: 李红梅 (WYH01, YL01) holds several hundred cases.
    ...demoStations.filter((s) => s.status === 'active').map((station) => ({ station, weight: 6 })),
    ...stations.map((station) => ({ station, weight: 0.3 + r.rand() * 1.7 })),
  ];
  return { tree, stations, active, deputies, deputyById, users };
}

// ---------------------------------------------------------------------------------------------
// Opinions

/** Status mixes by age (days since received): old cases are mostly done, recent ones open. */
const MIXES: { maxAgeDays: number; mix: [Status, number][] }[] = [
  { maxAgeDays: 7, mix: [['triage', 0.05], ['assigned', 0.3], ['accepted', 0.3], ['replied', 0.12], ['need_info', 0.03], ['resolved', 0.1], ['closed', 0.04], ['withdrawn', 0.04], ['rejected', 0.02]] },
  { maxAgeDays: 30, mix: [['triage', 0.01], ['assigned', 0.04], ['accepted', 0.2], ['replied', 0.18], ['need_info', 0.03], ['resolved', 0.22], ['closed', 0.25], ['withdrawn', 0.04], ['rejected', 0.03]] },
  { maxAgeDays: 90, mix: [['assigned', 0.01], ['accepted', 0.05], ['replied', 0.08], ['need_info', 0.01], ['resolved', 0.15], ['closed', 0.62], ['withdrawn', 0.05], ['rejected', 0.03]] },
  { maxAgeDays: Infinity, mix: [['accepted', 0.01], ['replied', 0.02], ['resolved', 0.05], ['closed', 0.84], ['withdrawn', 0.05], ['rejected', 0.03]] },
];
const LEVEL_WEIGHT: Record<Level, number> = { township: 1, county: 2.5, city: 3, provincial: 3, national: 3 };
const REPLY = '已联系相关部门了解情况,正在协调处理,处理进展会及时告知您。';
const TEXTS = ['小区电梯经常故障,物业维修不及时。', '路口红绿灯时间太短,老人过马路不安全。', '村里的灌溉渠堵塞,影响春耕用水。', '学校门口早晚高峰拥堵,希望增设护学岗。', '社区卫生服务中心缺少儿科医生。', '菜市场周边占道经营,环境脏乱。'];

/** Seeded opinions are the relay's work done: notified, statistics and open load recorded. */
type Stored = OpinionDoc & { openLoadOf: string; statsRev: number; statsFacts: StatsFacts; statsAt: Date };

function opinionWriter(r: Rng, seeded: Seeded, now: Date) {
  const weights = seeded.active.map((a) => a.weight);
  const cumulative: number[] = [];
  weights.reduce((sum, w, i) => (cumulative[i] = sum + w), 0);
  const totalWeight = cumulative[cumulative.length - 1];
  const pickStation = () => {
    const x = r.rand() * totalWeight;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return seeded.active[lo].station;
  };
  const pickDeputy = (ids: string[]) => {
    const ws = ids.map((id) => LEVEL_WEIGHT[seeded.deputyById.get(id)!.level]);
    let x = r.rand() * ws.reduce((a, b) => a + b, 0);
    for (let i = 0; i < ids.length; i++) if ((x -= ws[i]) < 0) return seeded.deputyById.get(ids[i])!;
    return seeded.deputyById.get(ids[ids.length - 1])!;
  };
  // Deadlines in working days, computed once per Beijing day.
  const dueCache = new Map<string, Date>();
  const due = (at: Date, n: number) => {
    const key = `${beijingDate(at)}|${n}`;
    let d = dueCache.get(key);
    if (!d) dueCache.set(key, (d = dueAfter(CALENDAR, at, n)));
    return d;
  };
  const settings = deadlineSettingsFor([]);
  const today = beijingDate(now);
  const end = fromBeijing(today); // seeded up to the start of the bench's day (its tracking numbers stay free)
  const start = end.getTime() - 365 * DAY;
  const sequences = new Map<string, number>();
  const openLoad = new Map<string, number>();
  const after = (t: Date, maxDays: number) => new Date(Math.min(now.getTime() - 60_000, t.getTime() + (0.05 + r.rand() * maxDays) * DAY));

  function opinion(i: number): Stored {
    const createdAt = new Date(start + Math.floor(((i + r.rand()) * (end.getTime() - start)) / OPINIONS));
    const ageDays = (now.getTime() - createdAt.getTime()) / DAY;
    const mix = MIXES.find((m) => ageDays <= m.maxAgeDays)!.mix;
    let x = r.rand();
    const status = mix.find(([, p]) => (x -= p) < 0)?.[0] ?? 'closed';
    const station = pickStation();
    const category = r.rand() < 0.3 ? '住房物业' : r.pick(SPECIALTIES);
    const openid = `hn-res-${r.int(400_000).toString(36)}`;
    const seqKey = trackingCounterKey(station.regionCode, createdAt);
    const seq = (sequences.get(seqKey) ?? 0) + 1;
    sequences.set(seqKey, seq);
    const assigned = status !== 'triage' && !(status === 'withdrawn' && r.rand() < 0.4) && station.deputyIds.length > 0;
    const deputy = assigned ? pickDeputy(station.deputyIds) : undefined;
    const doc: Partial<Stored> & Record<string, unknown> = {
      _id: `hn${i.toString(36).padStart(6, '0')}`,
      trackingNo: formatTrackingNumber(station.regionCode, createdAt, seq),
      openid,
      requestId: `hn-req-${i.toString(36)}`,
      channel: r.rand() < 0.85 ? 'qr' : r.pick(['walk_in', 'phone', 'letter', 'visit'] as const),
      stationCode: station._id,
      stationName: station.name,
      regionCode: station.regionCode,
      regionPath: station.regionPath,
      category,
      scope: r.rand() < 0.8 ? 'community' : 'township',
      text: r.pick(TEXTS),
      anonymous: r.rand() < 0.1,
      allowContact: r.rand() < 0.5,
      consentPublish: r.rand() < 0.3,
      status,
      flagged: false,
      routing: deputy ? { rule: 'specialty', reason: '按专长分派', notes: [] } : { rule: 'triage', reason: '交工作人员分派', notes: [] },
      replies: [],
      timeline: [{ at: createdAt, actor: { role: 'resident' }, action: 'submit', to: 'submitted' }],
      chaseCount: r.rand() < 0.05 ? 1 : 0,
      reopenCount: 0,
      notifyPending: false,
      photos: [],
      version: 1,
      createdAt,
    };
    const timeline = doc.timeline!;
    let t = createdAt;
    const event = (action: string, from: Status, to: Status, at: Date, actor: object) => {
      timeline.push({ at, actor, action, from, to } as never);
      doc.version = (doc.version ?? 1) + 1;
      t = at;
    };
    if (!deputy) {
      if (status === 'triage' || status === 'withdrawn') {
        event('route', 'submitted', 'triage', createdAt, { role: 'system' });
        doc.triage = { kind: 'staff' };
        if (status === 'withdrawn') event('withdraw', 'triage', 'withdrawn', after(t, 3), { role: 'resident' });
      }
    } else {
      const actor = { role: 'deputy', id: deputy._id, name: deputy.name };
      event('route', 'submitted', 'assigned', createdAt, { role: 'system' });
      Object.assign(doc, { assigneeDeputyId: deputy._id, assigneeName: deputy.name, assigneeLevelLabel: LEVEL_LABELS[deputy.level], assignedAt: createdAt });
      const acceptDue = due(createdAt, settings.acceptWorkingDays);
      doc.acceptDueAt = acceptDue;
      if (status === 'withdrawn') event('withdraw', 'assigned', 'withdrawn', after(t, 2), { role: 'resident' });
      else if (status === 'rejected') event('reject', 'assigned', 'rejected', after(t, 3), actor);
      else if (status !== 'assigned') {
        const acceptedAt = after(t, r.rand() < 0.9 ? 3 : 8);
        event('accept', 'assigned', 'accepted', acceptedAt, actor);
        const resultDue = due(acceptedAt, settings.resultWorkingDays);
        Object.assign(doc, { acceptedAt, firstResponseAt: acceptedAt, resultDueAt: resultDue });
        if (status === 'need_info') {
          const at = after(t, 5);
          event('need_info', 'accepted', 'need_info', at, actor);
          Object.assign(doc, { needInfoFrom: 'accepted', resultPausedAt: at, resultRemainingDays: 5 });
        }
        if (status === 'replied' || status === 'resolved' || status === 'closed') {
          const at = after(t, 10);
          doc.replies!.push({ at, deputyId: deputy._id, byName: deputy.name, text: REPLY, countsAsResponse: true });
          event('reply', 'accepted', 'replied', at, actor);
        }
        if (status === 'resolved' || status === 'closed') {
          const resolvedAt = after(t, 15);
          event('resolve', 'replied', 'resolved', resolvedAt, actor);
          Object.assign(doc, { resolvedAt, resultKind: r.pick(['solved', 'solved', 'partly', 'explained'] as const), resultText: '已协调有关部门处理完毕。' });
          if (status === 'closed') {
            const at = after(t, 7);
            if (r.rand() < 0.6) {
              doc.ratings = [{ at, result: r.pick(['satisfied', 'satisfied', 'basic', 'unsatisfied']), attitude: 'satisfied' }];
              event('rate', 'resolved', 'closed', at, { role: 'resident' });
            } else event('close', 'resolved', 'closed', at, { role: 'system' });
          }
        }
      }
    }
    // The deadline running now, and the scheduler's overdue mark where it has passed.
    const running = status === 'assigned' ? ['accept', doc.acceptDueAt] : status === 'accepted' || status === 'replied' ? ['result', doc.resultDueAt] : undefined;
    if (running) {
      const at = running[1] as Date;
      Object.assign(doc, { nextDueAt: at, nextDueKind: running[0], overdue: at < now, overdueSince: at < now ? at : null, dueAlertLevel: at < now ? 2 : 0 });
    } else Object.assign(doc, { nextDueAt: null, nextDueKind: null });
    const holder = deputy && OPEN_STATUSES.includes(status) ? deputy._id : '';
    if (holder) openLoad.set(holder, (openLoad.get(holder) ?? 0) + 1);
    doc.openLoadOf = holder;
    doc.updatedAt = t;
    doc.notifiedEvents = timeline.length;
    const facts = factsOf(doc as unknown as OpinionDoc, null, DURATION_EDGES_HOURS);
    doc.statsRev = 1;
    doc.statsFacts = facts;
    doc.statsAt = t;
    return doc as Stored;
  }
  return { opinion, sequences, openLoad };
}

// ---------------------------------------------------------------------------------------------
// Seeding

/** A date as the store's encoding (relaxed extended JSON) writes it: zero milliseconds left out. */
const isoOf = (d: Date) => (d.getUTCMilliseconds() !== 0 ? d.toISOString() : `${d.toISOString().slice(0, -5)}Z`);
function rowText(this: Record<string, unknown>, key: string, value: unknown): unknown {
  const raw = this[key];
  return raw instanceof Date ? { $date: isoOf(raw) } : value === undefined ? null : value;
}

/**
 * Rows straight into the store's own table through prepared statements, in transactions of
 * the caller's choosing (as dashboard.ts writes its opinions), on a connection of its own
 * tuned for a bulk load (no journal, no sync, a large cache; put back to WAL when closed).
 * The expression indexes of the collections written are dropped first: the runtime that
 * opens the file next builds them again (SqliteStore.useIndexes), once, in order. Each
 * collection's rows are checked against the store's own encoding (EJSON, relaxed) on a sample.
 */
class BulkWriter {
  private readonly db: Database.Database;
  private readonly insertRow: Database.Statement;
  private readonly updateRow: Database.Statement;
  private readonly written = new Map<string, number>();

  constructor(file: string, collections: string[]) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = DELETE');
    this.db.pragma('synchronous = OFF');
    this.db.pragma('cache_size = -262144');
    for (const coll of collections) {
      const rows = this.db.prepare("SELECT name FROM sqlite_master WHERE type = 'index'").all() as { name: string }[];
      for (const { name } of rows) if (name.startsWith(`ix_${coll}_`)) this.db.exec(`DROP INDEX ${name}`);
    }
    this.insertRow = this.db.prepare('INSERT INTO docs (coll, id, doc) VALUES (?, ?, ?)');
    this.updateRow = this.db.prepare('UPDATE docs SET doc = ? WHERE coll = ? AND id = ?');
  }

  /** The row text of `doc`; `plain` for documents holding no date (counters), which JSON writes as the store does. */
  private text(coll: string, doc: Doc, plain: boolean): string {
    const text = plain ? JSON.stringify(doc) : JSON.stringify(doc, rowText);
    const n = (this.written.get(coll) ?? 0) + 1;
    this.written.set(coll, n);
    if (n % 5_000 === 1 && text !== EJSON.stringify(doc, { relaxed: true })) throw new Error(`${coll} ${doc._id}: the row would differ from what the store writes`);
    return text;
  }

  insert(coll: string, doc: Doc, plain = false): void {
    this.insertRow.run(coll, doc._id, this.text(coll, doc, plain));
  }

  replace(coll: string, doc: Doc): void {
    this.updateRow.run(this.text(coll, doc, false), coll, doc._id);
  }

  all(coll: string): Doc[] {
    return (this.db.prepare('SELECT doc FROM docs WHERE coll = ?').all(coll) as { doc: string }[]).map((r) => EJSON.parse(r.doc, { relaxed: true }) as Doc);
  }

  atomically(fn: () => void): void {
    this.db.transaction(fn)();
  }

  close(): void {
    this.db.pragma('journal_mode = WAL');
    this.db.close();
  }
}

const seconds = (from: number) => ((Date.now() - from) / 1000).toFixed(1);

export async function seedProvince(dir: string, now: Date, log: Logger): Promise<{ seeded: Seeded; stages: string[]; seedS: number }> {
  const started = Date.now();
  const stages: string[] = [];
  const r = prng(19);
  const clock = new MovableClock();
  clock.set(now);
  // Every collection the runtime expects, the demo data and its personas, as startLocal makes them.
  const rt = createRuntime({ dataDir: dir, clock, log });
  try {
    const init = await rt.callAsPlatform('setup', { action: 'init' });
    if (!init.ok) throw new Error(`setup.init refused: ${init.message}`);
    await seedIfEmpty(rt.ports);
    for (const p of DEMO_PERSONAS) await agreeOnBehalf(rt, p.openid);
  } finally {
    rt.close();
  }
  const db = new BulkWriter(path.join(dir, 'cloud.db'), ['opinions', 'deputies', 'stats', 'stations', 'users', 'regions', 'counters']);
  try {
    let t0 = Date.now();
    const tree = buildTree(r);
    const demoStations = db.all('stations') as unknown as StationDoc[];
    const seeded = buildPeople(r, tree, now, demoStations);
    db.atomically(() => {
      for (const x of tree.regions) db.insert('regions', x as unknown as Doc);
      for (const s of seeded.stations) db.insert('stations', s as unknown as Doc);
      for (const u of seeded.users) db.insert('users', u as unknown as Doc);
    });
    stages.push(
      `regions ${(tree.regions.length + DEMO_REGIONS.length).toLocaleString('en')} (${tree.cities.length} cities, ${tree.counties.length} counties, ${tree.townships.length} townships), ` +
        `stations ${(seeded.stations.length + demoStations.length).toLocaleString('en')}, users ${seeded.users.length.toLocaleString('en')} (+ the demo's): ${seconds(t0)} s`,
    );

    // Opinions in time order: each month's facts are aggregated once the month is written
    // (every counter document belongs to one month, so the months' sums are the whole sums).
    t0 = Date.now();
    const writer = opinionWriter(r, seeded, now);
    let month = '';
    let facts: StatsFacts[] = [];
    let counters = 0;
    let aggregateMs = 0;
    const flush = () => {
      const a0 = Date.now();
      const totals = aggregate(facts);
      for (const [id, cells] of totals) db.insert('stats', { _id: id, ...counterMeta(id), ...nestCells(cells) }, true);
      counters += totals.size;
      aggregateMs += Date.now() - a0;
      facts = [];
    };
    const BATCH = 50_000;
    for (let from = 0; from < OPINIONS; from += BATCH) {
      db.atomically(() => {
        for (let i = from; i < Math.min(OPINIONS, from + BATCH); i++) {
          const doc = writer.opinion(i);
          if (doc.statsFacts.place.m !== month) {
            if (facts.length) flush();
            month = doc.statsFacts.place.m;
          }
          facts.push(doc.statsFacts);
          db.insert('opinions', doc as unknown as Doc);
        }
      });
    }
    db.atomically(flush);
    stages.push(
      `opinions ${OPINIONS.toLocaleString('en')}: ${((Date.now() - t0 - aggregateMs) / 1000).toFixed(1)} s; their ${counters.toLocaleString('en')} counter documents (aggregate, month by month, and write): ${(aggregateMs / 1000).toFixed(1)} s`,
    );

    t0 = Date.now();
    db.atomically(() => {
      for (const [key, n] of writer.sequences) db.insert('counters', { _id: key, n });
      // Every deputy with the open load the seeded opinions give it, as the relay leaves it.
      for (const d of seeded.deputies) db.insert('deputies', { ...d, openCount: writer.openLoad.get(d._id) ?? 0 } as unknown as Doc);
      for (const demo of db.all('deputies').filter((d) => DEMO_DEPUTIES.some((x) => x._id === d._id))) {
        db.replace('deputies', { ...demo, openCount: writer.openLoad.get(demo._id) ?? 0 });
      }
    });
    stages.push(`deputies ${(seeded.deputies.length + DEMO_DEPUTIES.length).toLocaleString('en')} (with their open load), tracking-number counters ${writer.sequences.size.toLocaleString('en')}: ${seconds(t0)} s`);
    return { seeded, stages, seedS: (Date.now() - started) / 1000 };
  } finally {
    db.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Measuring

type Result = { ok: boolean; code?: string; message?: string; data?: unknown };
type Measured = { ok: boolean; refusal?: string; rt: number; ms: number; data?: unknown; trace: string[] };

/** Runs `call` and answers what it cost (database requests, milliseconds) and whether it was refused. */
async function measured(rt: LocalRuntime, call: () => Promise<Result>): Promise<Measured> {
  const before = rt.dbRequests();
  const trace = rt.dbTrace().length;
  const started = process.hrtime.bigint();
  const r = await call();
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const spent = { rt: rt.dbRequests() - before, ms, trace: rt.dbTrace().slice(trace) };
  return r.ok ? { ok: true, data: r.data, ...spent } : { ok: false, refusal: `${r.code} ${r.message}`, ...spent };
}

/** As `measured`, for a step the rest depends on: a refusal stops the bench. */
async function required(rt: LocalRuntime, call: () => Promise<Result>): Promise<Measured> {
  const m = await measured(rt, call);
  if (!m.ok) throw new Error(`refused: ${m.refusal}`);
  return m;
}

/** Image checks are started, not answered: no verdict lands while an action is measured. */
function holdVerdicts(rt: LocalRuntime, latencyMs: number): void {
  let n = 0;
  rt.ports.openapi.mediaCheckAsync = async () => {
    if (latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, latencyMs));
    return { traceId: `bench-province-trace-${++n}` };
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/** `getDocument stations ×51`, for a trace. */
const tally = (trace: string[]) => {
  const counts = new Map<string, number>();
  for (const t of trace) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts].map(([k, n]) => (n > 1 ? `${k} ×${n}` : k)).join(', ');
};

function open(dir: string, now: Date, log: Logger, latency?: { dbLatencyMs: number; openapiLatencyMs: number }) {
  const clock = new MovableClock();
  clock.set(now);
  return withHelpers(createRuntime({ dataDir: dir, clock, log, ...(latency ?? {}) }));
}

/** A logger that keeps the index check's findings (a query no declared index serves), to print them. */
export function findingsLogger(): Logger & { findings: Set<string> } {
  const findings = new Set<string>();
  return {
    findings,
    info: () => undefined,
    error: (message: string, extra?: Record<string, unknown>) => {
      if (message.startsWith('index check')) findings.add(`${extra?.shape ?? ''}${extra?.from ? ` from ${extra.from}` : ''}`);
    },
  } as Logger & { findings: Set<string> };
}

export async function benchProvince(): Promise<Record<string, number>> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-province-'));
  const now = TUESDAY_SESSION;
  const log = findingsLogger();
  try {
    const { stages, seedS } = await seedProvince(dir, now, log);
    const i0 = Date.now();
    open(dir, now, log).close(); // the runtime's start builds the indexes dropped for the bulk writes
    const indexS = (Date.now() - i0) / 1000;
    const size = statSync(path.join(dir, 'cloud.db')).size;
    console.log(`province bench: seeded in ${(seedS + indexS).toFixed(1)} s`);
    for (const s of stages) console.log(`  ${s}`);
    console.log(`  indexes built (runtime start): ${indexS.toFixed(1)} s; store file ${(size / 1024 ** 2).toLocaleString('en', { maximumFractionDigits: 0 })} MB`);
    return await measureProvince(dir, now, log);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The figures on a seeded province's store file (`dir`). */
export async function measureProvince(dir: string, now: Date, log: ReturnType<typeof findingsLogger>): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  const t = open(dir, now, log);
  const held = t.store.scan('opinions', [{ field: 'assigneeDeputyId', values: [DEPUTY_ID] }]) as unknown as OpinionDoc[];
  const openHeld = held.filter((o) => OPEN_STATUSES.includes(o.status)).length;
  const station = t.store.get('stations', STATION) as unknown as StationDoc;
  console.log(`  ${DEPUTY_ID} (${COUNTY_DEPUTY}) holds ${held.length} cases, ${openHeld} open; station ${STATION} has ${station.deputyIds.length} deputies`);
  try {
    holdVerdicts(t, 0);
    await agreeOnBehalf(t, PROVINCE_ADMIN);
    // Round trips: no latency, one of each action on the worst path (as round-trips.ts).
    const photos = [await t.upload(PHOTO, RESIDENT), await t.upload(PHOTO, RESIDENT), await t.upload(PHOTO, RESIDENT)];
    const submit = await required(t, () =>
      t.call('opinion', { action: 'submit', payload: { stationCode: STATION, category: '住房物业', text: '省级压测:三号楼电梯停运两天了', photos, chosenDeputyId: DEPUTY_ID, requestId: 'bench-province-rt-0' } }, RESIDENT),
    );
    await runRelay(t.ports);
    const routed = await required(t, () =>
      t.call('opinion', { action: 'submit', payload: { stationCode: STATION, category: '住房物业', text: '省级压测:小区门口路灯坏了一个月', chosenDeputyId: DEPUTY_ID, requestId: 'bench-province-rt-routed' } }, RESIDENT),
    );
    const id = (routed.data as { id: string }).id;
    await runRelay(t.ports);
    const actions: Record<string, Measured> = { submit };
    actions.accept = await required(t, () => t.call('deputy', { action: 'accept', payload: { id } }, COUNTY_DEPUTY));
    actions.reply = await required(t, () => t.call('deputy', { action: 'reply', payload: { id, text: '已联系物业,本周内修好,请您留意。' } }, COUNTY_DEPUTY));
    actions.inbox = await measured(t, () => t.call('deputy', { action: 'inbox', payload: {} }, COUNTY_DEPUTY));
    actions.station_get = await measured(t, () => t.call('station', { action: 'get', payload: { code: STATION } }));
    actions.detail = await measured(t, () => t.call('opinion', { action: 'detail', payload: { id } }, RESIDENT));
    actions.dashboard = await measured(t, () => t.call('admin', { action: 'dashboard', payload: {} }, PROVINCE_ADMIN));
    await settled(t);
    for (const [k, m] of Object.entries(actions)) {
      // A refused action has no figure: what it spent until the refusal is printed, not reported.
      if (m.ok) out[`province_rt_${k}`] = m.rt;
      console.log(`  ${k.padEnd(12)} ${String(m.rt).padStart(3)} requests, ${m.ms.toFixed(1).padStart(7)} ms${m.ok ? '' : `  ✗ REFUSED ${m.refusal}`}: ${tally(m.trace)}`);
    }
    if (actions.inbox.ok) console.log(`  inbox tab counts: ${JSON.stringify((actions.inbox.data as { counts: Record<string, number> }).counts)}`);

    // The province admin's 12-month dashboard, no added latency: median of 20 after 3.
    if (actions.dashboard.ok) {
      // (A slow one: at least 5 calls, then no more after a minute.)
      const times: number[] = [];
      let answer: { totals: { received: number }; countersRead?: number; byStation: unknown[]; byRegion: unknown[] } | undefined;
      const until = Date.now() + 60_000;
      for (let i = 0; i < 23 && (i < 8 || Date.now() < until); i++) {
        const m = await required(t, () => t.call('admin', { action: 'dashboard', payload: {} }, PROVINCE_ADMIN));
        if (i >= 3) times.push(m.ms);
        answer = m.data as typeof answer;
      }
      out.province_dashboard_ms = median(times);
      console.log(
        `  province dashboard: median of ${times.length} ${out.province_dashboard_ms.toFixed(1)} ms (fastest ${Math.min(...times).toFixed(1)}, slowest ${Math.max(...times).toFixed(1)}); ` +
          `${answer!.totals.received.toLocaleString('en')} received, ${answer!.countersRead} counter documents, ${answer!.byStation.length} station rows, ${answer!.byRegion.length} region rows`,
      );
    } else {
      console.log(`  province dashboard: ✗ refused (${actions.dashboard.refusal}): no province_dashboard_ms, no province_rt_dashboard`);
    }
    if (!actions.dashboard.ok || out.province_dashboard_ms > 50) await dashboardStages(t);

    // station.nearest from a point in Changsha, when stations declare a geo index (a geoNear query).
    if (indexesOf('stations').some((ix) => (ix as { type?: string }).type === '2dsphere')) {
      const first = await required(t, () => t.call('station', { action: 'nearest', payload: CHANGSHA }));
      const ms: number[] = [];
      for (let i = 0; i < 20; i++) ms.push((await required(t, () => t.call('station', { action: 'nearest', payload: CHANGSHA }))).ms);
      out.province_nearest_rt = first.rt;
      out.province_nearest_ms = median(ms);
      const items = (first.data as { items: { code: string }[] }).items;
      console.log(`  nearest: ${first.rt} requests (${tally(first.trace)}), median ${out.province_nearest_ms.toFixed(1)} ms, ${items.length} stations: ${items.slice(0, 5).map((x) => x.code).join(', ')}…`);
    } else {
      console.log('  nearest: skipped (stations declare no 2dsphere index: station.nearest is not geo-based yet)');
    }
  } finally {
    t.close();
  }

  // Latency: 10 ms a database request, 50 ms an open API call (as round-trips.ts).
  const RUNS = 15;
  const lt = open(dir, now, log, { dbLatencyMs: 10, openapiLatencyMs: 50 });
  try {
    holdVerdicts(lt, 50);
    const residents = Array.from({ length: RUNS }, (_, i) => `bench-province-resident-${i}`);
    for (const who of residents) await agreeOnBehalf(lt, who);
    const submits: number[] = [];
    const accepts: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const payload = { stationCode: STATION, category: '住房物业', text: `省级压测意见 ${i}:小区路灯坏了`, chosenDeputyId: DEPUTY_ID, requestId: `bench-province-rtt-${i}` };
      const s = await required(lt, () => lt.call('opinion', { action: 'submit', payload }, residents[i]));
      submits.push(s.ms);
      const a = await required(lt, () => lt.call('deputy', { action: 'accept', payload: { id: (s.data as { id: string }).id } }, COUNTY_DEPUTY));
      accepts.push(a.ms);
    }
    out.province_submit_p50_ms_rtt10 = median(submits);
    out.province_accept_p50_ms_rtt10 = median(accepts);
    console.log(`  with 10 ms a request: submit p50 ${out.province_submit_p50_ms_rtt10.toFixed(0)} ms, accept p50 ${out.province_accept_p50_ms_rtt10.toFixed(0)} ms`);
    if (out.province_submit_p50_ms_rtt10 > 150 || out.province_accept_p50_ms_rtt10 > 80) await callerStages(lt);
  } finally {
    lt.close();
  }
  if (log.findings.size) console.log(`  queries no declared index serves:\n    ${[...log.findings].join('\n    ')}`);
  return out;
}

/**
 * Until the runtime sends no more requests: a refused call's other reads (Promise.all) go on
 * after its answer, and must not be counted with what is timed next.
 */
async function settled(t: LocalRuntime): Promise<void> {
  for (let last = -1; last !== t.dbRequests(); ) {
    last = t.dbRequests();
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * Where a submit's time goes beyond its round trips: the reads every call or a submit makes,
 * each on its own through the runtime's ports (with the runtime's latency), for a resident
 * (a user document without a deputy) and for a deputy.
 */
async function callerStages(t: ReturnType<typeof open>): Promise<void> {
  console.log('  submit, read by read (median of 5, with the latency):');
  const time = async (label: string, f: () => Promise<unknown>) => {
    const ms: number[] = [];
    const before = t.dbRequests();
    for (let i = 0; i < 5; i++) {
      const s = process.hrtime.bigint();
      await f();
      ms.push(Number(process.hrtime.bigint() - s) / 1e6);
    }
    console.log(`    ${label.padEnd(52)} ${median(ms).toFixed(1).padStart(7)} ms, ${(t.dbRequests() - before) / 5} requests`);
  };
  await time(`who is calling: a resident (${RESIDENT})`, () => resolveActor(t.ports, RESIDENT));
  await time(`who is calling: a deputy (${COUNTY_DEPUTY})`, () => resolveActor(t.ports, COUNTY_DEPUTY));
  await time(`the station with its deputies and staff (${STATION})`, () => stationWithPeople(t.ports, STATION));
}

/**
 * Where the province dashboard's time goes: each of its reads on its own (through the
 * runtime's ports, as the handler makes them) and what the counters weigh; the rest of a
 * call is the figures' arithmetic and the answer's check.
 */
async function dashboardStages(t: ReturnType<typeof open>): Promise<void> {
  const actor = await resolveActor(t.ports, PROVINCE_ADMIN);
  const time = async <T>(label: string, f: () => Promise<T>): Promise<T | undefined> => {
    let value: T | undefined;
    const ms: number[] = [];
    const before = t.dbRequests();
    for (let i = 0; i < 5; i++) {
      const s = process.hrtime.bigint();
      try {
        value = await f();
      } catch (e) {
        console.log(`    ${label.padEnd(44)} ✗ ${e instanceof Error ? e.message : String(e)} (after ${(Number(process.hrtime.bigint() - s) / 1e6).toFixed(1)} ms, ${t.dbRequests() - before} requests)`);
        return undefined;
      }
      ms.push(Number(process.hrtime.bigint() - s) / 1e6);
    }
    console.log(`    ${label.padEnd(44)} ${median(ms).toFixed(1).padStart(7)} ms, ${(t.dbRequests() - before) / 5} requests`);
    return value;
  };
  await settled(t);
  console.log('  province dashboard, stage by stage (median of 5):');
  const scope = await time('scope (admin, region)', () => dashboardScope(t.ports, actor, {}));
  if (!scope) return;
  const docs = (await time('counters (12 documents by id)', () => readCounters(t.ports, scope))) ?? [];
  const stationCodes = [...new Set(docs.flatMap((d) => Object.keys((d.s as object | undefined) ?? {})))];
  await time(`names of the ${stationCodes.length} stations the counters name`, () => stationNamesByCodes(t.ports, stationCodes));
  await time('the regions one level down', () => regionsWithParentIn(t.ports, [scope.region._id]));
  const bytes = docs.reduce((sum, d) => sum + JSON.stringify(d).length, 0);
  const cells = (d: Record<string, unknown>, k: string) => Object.keys((d[k] as object | undefined) ?? {}).length;
  console.log(`    the counters: ${(bytes / 1024).toFixed(0)} KB as JSON, ${docs.map((d) => cells(d, 's')).reduce((a, b) => Math.max(a, b), 0)} station cells and ${docs.map((d) => cells(d, 'g')).reduce((a, b) => Math.max(a, b), 0)} region cells in the largest month`);
}
