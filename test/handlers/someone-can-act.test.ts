/**
 * PRODUCT.md, "Who can act on a case": every case always has someone who can move it. On a
 * seeded local run, every routing outcome (core/route-opinion.ts) — the resident's chosen
 * deputy, the deputy on duty, a specialty, triage for the station's staff, triage for the
 * office of a station without staff, triage where nobody is on the path (the top office,
 * decision 0030), a restricted category, 对代表的意见, and a case held by content security (at
 * a station with staff and at one without) — lands in some person's list, and that person's
 * move on it succeeds.
 */
import { PNG } from 'pngjs';
import type { RoutingRule, TriageTarget } from '../../core/route-opinion';
import type { OpinionDoc, RegionDoc, StationDoc } from '../../server/model';
import { DEMO_DEPUTIES } from '../../server/local/demo-data';
import { dbOf } from '../../server/platform/db';
import { STAFF_WYH, startLocal, TUESDAY_SESSION, type Local } from '../support/local';

jest.setTimeout(60_000);

const OFFICE = 'demo-admin-yuelu';
const STAFF_XJH = 'demo-staff-xjh';

let t: Local;
beforeAll(async () => {
  t = await startLocal(TUESDAY_SESSION); // 周丽 and 李红梅 receive at 望月湖 now
  // A station the office opened without staff, with 李红梅 attached.
  await t.ok('admin', 'createStation', { code: 'YL02', name: '岳麓区桃花岭社区代表联络点', address: '长沙市岳麓区桃花岭路1号', regionCode: '430104' }, OFFICE);
  await t.ok('admin', 'setStationDeputies', { code: 'YL02', deputyIds: ['d-county-1'] }, OFFICE);
  // A station where no region on the path has an admin (开福区, no deputies, no staff).
  const db = dbOf(t.ports);
  const kaifu: RegionDoc = { _id: '430105', name: '开福区', kind: 'county', parentCode: '430100', path: ['430000', '430100', '430105'] };
  await db.collection('regions').add({ data: kaifu });
  const kf: StationDoc = {
    _id: 'KF01', name: '开福区四方坪人大代表联络站', address: '长沙市开福区四方坪', regionCode: kaifu._id, regionPath: kaifu.path,
    status: 'active', deputyIds: [], schedule: { weekly: [], dated: [], cancelled: [] }, createdAt: t.clock.now(),
  };
  await db.collection('stations').add({ data: kf });
});
afterAll(() => t.close());

const opinion = (id: string) => t.doc<OpinionDoc>('opinions', id);
const openidOf = (deputyId: string) => DEMO_DEPUTIES.find((d) => d._id === deputyId)!.openid!;

async function heldAt(stationCode: string, n: number) {
  const png = new PNG({ width: 40 + n, height: 30 });
  png.data.fill(0x70 + n);
  const resident = `act-res-held-${n}`;
  const photo = await t.upload(PNG.sync.write(png), resident);
  t.contentSecurity.setNextMediaVerdicts(['review']);
  const o = await t.submit({ stationCode, category: '城乡建设', text: '小区门口的广告牌歪了，担心掉下来砸到人。', photos: [photo] }, resident);
  await t.contentSecurity.settle();
  return o.id as string;
}

/** Who works a case: lists it in their own list, then moves it. */
interface Person {
  label: string;
  lists: (id: string) => Promise<boolean>;
  moves: (id: string) => Promise<unknown>;
}
const deputyOf = (id: string): Person => {
  const openid = openidOf(opinion(id).assigneeDeputyId!);
  return {
    label: `deputy ${openid}`,
    lists: async (x) => (await t.ok('deputy', 'inbox', { tab: 'new' }, openid)).items.some((i) => i.id === x),
    moves: (x) => t.ok('deputy', 'accept', { id: x }, openid),
  };
};
const staff = (openid: string, move: (id: string) => Promise<unknown>): Person => ({
  label: `staff ${openid}`,
  lists: async (x) => (await t.ok('staff', 'queue', { view: 'triage' }, openid)).items.some((i) => i.id === x),
  moves: move,
});
const office = (move: (id: string) => Promise<unknown>): Person => ({
  label: `office ${OFFICE}`,
  lists: async (x) => (await t.ok('admin', 'officeQueue', { view: 'routed' }, OFFICE)).items.some((i) => i.id === x),
  moves: move,
});

interface Outcome {
  name: string;
  make: () => Promise<string>;
  routed: { status: string; rule?: RoutingRule; triage?: TriageTarget['kind'] };
  who: (id: string) => Person;
}

const OUTCOMES: Outcome[] = [
  {
    name: 'the deputy the resident chose',
    make: async () => (await t.submit({ chosenDeputyId: 'd-county-1', text: '望月湖小区3栋电梯经常故障，物业维修不及时。' }, 'act-res-1')).id,
    routed: { status: 'assigned', rule: 'chosen' },
    who: deputyOf,
  },
  {
    name: 'the deputy on duty',
    make: async () => (await t.submit({ category: '其他', text: '社区活动室周末不开放，希望延长开放时间。' }, 'act-res-2')).id,
    routed: { status: 'assigned', rule: 'on_duty' },
    who: deputyOf,
  },
  {
    name: 'a deputy by specialty',
    make: async () => (await t.submit({ stationCode: 'XJH01', category: '生态环境', text: '咸嘉湖边有人倾倒垃圾，气味很大，希望加强管理。' }, 'act-res-3')).id,
    routed: { status: 'assigned', rule: 'specialty' },
    who: deputyOf,
  },
  {
    name: 'triage for the station’s staff',
    make: async () => (await t.submit({ stationCode: 'XJH01', category: '教育', text: '小区附近没有公办幼儿园，孩子入园要跑很远。' }, 'act-res-4')).id,
    routed: { status: 'triage', rule: 'triage', triage: 'staff' },
    who: () => staff(STAFF_XJH, (id) => t.ok('staff', 'assign', { id, deputyId: 'd-county-2' }, STAFF_XJH)),
  },
  {
    name: 'triage for the office of a station without staff',
    make: async () => (await t.submit({ stationCode: 'YL02', category: '教育', text: '小区附近没有公办幼儿园，孩子入园要跑很远。' }, 'act-res-5')).id,
    routed: { status: 'triage', rule: 'triage', triage: 'admin' },
    who: () => office((id) => t.ok('admin', 'assign', { id, deputyId: 'd-county-1' }, OFFICE)),
  },
  {
    name: 'triage with nobody on the path: the top office',
    make: async () => (await t.submit({ stationCode: 'KF01', category: '教育', text: '小区附近没有公办幼儿园，孩子入园要跑很远。' }, 'act-res-6')).id,
    routed: { status: 'triage', rule: 'triage', triage: 'none' },
    who: () => office((id) => t.ok('admin', 'take', { id }, OFFICE)),
  },
  {
    name: 'a restricted category (涉法涉诉)',
    make: async () => (await t.submit({ category: '涉法涉诉', text: '我的案件法院一直没有判决，请代表过问。' }, 'act-res-7')).id,
    routed: { status: 'triage', rule: 'restricted', triage: 'staff' },
    who: () => staff(STAFF_WYH, (id) => t.ok('staff', 'take', { id }, STAFF_WYH)),
  },
  {
    name: '对代表的意见',
    make: async () => (await t.submit({ category: '对代表的意见', text: '我们社区的代表从来不来接待群众，希望管一管。' }, 'act-res-8')).id,
    routed: { status: 'triage', rule: 'restricted', triage: 'staff' },
    who: () => staff(STAFF_WYH, (id) => t.ok('staff', 'take', { id }, STAFF_WYH)),
  },
  {
    name: 'held by content security, at a station with staff',
    make: () => heldAt('WYH01', 1),
    routed: { status: 'held' },
    who: () => staff(STAFF_WYH, (id) => t.ok('staff', 'release', { id }, STAFF_WYH)),
  },
  {
    name: 'held by content security, at a station without staff',
    make: () => heldAt('YL02', 2),
    routed: { status: 'held', triage: 'admin' },
    who: () => office((id) => t.ok('admin', 'release', { id }, OFFICE)),
  },
];

test.each(OUTCOMES)('$name: someone lists it and moves it', async ({ make, routed, who }) => {
  const id = await make();
  await t.relay();
  const doc = opinion(id);
  expect({ status: doc.status, rule: doc.routing?.rule, triage: doc.triage?.kind }).toEqual({ status: routed.status, rule: routed.rule, triage: routed.triage });
  const person = who(id);
  expect([person.label, await person.lists(id)]).toEqual([person.label, true]);
  await expect(person.moves(id)).resolves.toBeDefined();
  expect(opinion(id).version).toBeGreaterThan(doc.version);
});

test('every routing rule was among the outcomes', () => {
  const rules = new Set(OUTCOMES.map((o) => o.routed.rule).filter(Boolean));
  expect([...rules].sort()).toEqual(['chosen', 'on_duty', 'restricted', 'specialty', 'triage']);
  const kinds = new Set(OUTCOMES.map((o) => o.routed.triage).filter(Boolean));
  expect([...kinds].sort()).toEqual(['admin', 'none', 'staff']);
});
