/**
 * The province bench's world (province-seed.ts writes it): the region tree of 湖南省 (14 cities,
 * 122 counties with real codes and names, 1,900 townships), 5,000 stations inside Hunan's
 * bounding box, 130,000 deputies of the five levels on one or two stations each, and the
 * users; all from one seeded PRNG, so every run builds the same province.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PRIVACY_NOTICE_VERSION } from '../../core/privacy';
import { CATEGORIES, LEVEL_LABELS, RESTRICTED_CATEGORIES, ABOUT_DEPUTY_CATEGORY, type Level } from '../../core/vocabulary';
import { DEMO_DEPUTIES, DEMO_REGIONS } from '../../server/local/demo-data';
import type { DeputyDoc, RegionDoc, StationDoc, UserDoc } from '../../server/model';

export const OPINIONS = Number(process.env.BENCH_PROVINCE_OPINIONS ?? 1_000_000);
const TOWNSHIPS = 1_900;
const STATIONS = 5_000;
const DEPUTIES: Record<Level, number> = { national: 118, provincial: 760, city: 4_622, county: 24_500, township: 100_000 };
export const PROVINCE_ADMIN = 'bench-admin-province';
export const DEPUTY_ID = 'd-county-1';
export const STATION = 'WYH01';
/** 五一广场, Changsha. */
export const CHANGSHA = { latitude: 28.196, longitude: 112.977 };
/** Hunan's bounding box. */
const BOX = { minLat: 24.64, maxLat: 30.13, minLng: 108.79, maxLng: 114.26 };
export const DAY = 86_400_000;
export const PHOTO = readFileSync(path.resolve(__dirname, '../../test/fixtures/elevator.png'));

/** mulberry32: a small seeded PRNG, so every run seeds the same province. */
export function prng(seed: number) {
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
export type Rng = ReturnType<typeof prng>;

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
export const SPECIALTIES = CATEGORIES.filter((c) => !(RESTRICTED_CATEGORIES as readonly string[]).includes(c) && c !== ABOUT_DEPUTY_CATEGORY);

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

export function buildTree(r: Rng): Tree {
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

export interface Seeded {
  tree: Tree;
  stations: StationDoc[]; // generated ones (the demo's are stored already)
  /** Every active station with its deputies' ids, the demo's included, and how busy it is. */
  active: { station: Pick<StationDoc, '_id' | 'name' | 'regionCode' | 'regionPath' | 'deputyIds'>; weight: number }[];
  deputies: DeputyDoc[]; // generated ones
  deputyById: Map<string, Pick<DeputyDoc, '_id' | 'name' | 'level'>>;
  users: UserDoc[];
}

export function buildPeople(r: Rng, tree: Tree, now: Date, demoStations: StationDoc[]): Seeded {
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
