/**
 * Issue 23, decision 0032: 查找意见. Staff find cases of their stations, the region office of
 * its region and below, a deputy their own — by tracking number, phone (the last four digits
 * or the whole number), words of the text (and of what the resident added), deputy, status,
 * category, station and the day received; newest first, in keyset pages with no silent cap.
 * Erased cases are found by neither words nor phone; every search by phone is in the
 * identity-access log; a search is one read of the page (served by a declared index: the
 * local runs refuse any query that none serves).
 */
import { fromBeijing } from '../../core/beijing-time';
import type { OpinionDoc } from '../../server/model';
import type { IdentityAccessDoc } from '../../server/users/identityaccess.repo';
import { runMigrations } from '../../server/platform/migrations';
import { searchKeysBackfill } from '../../server/migrations/0005-search-keys';
import { dbOf } from '../../server/platform/db';
import { counted } from '../support/db-count';
import { agreeOnBehalf, COUNTY_DEPUTY, OTHER_RESIDENT, RESIDENT, STAFF_WYH, startLocal, type Local } from '../support/local';

jest.setTimeout(60_000);

const STAFF_XJH = 'demo-staff-xjh';
const OFFICE = 'demo-admin-yuelu'; // 岳麓区 (county)
const OTHER_OFFICE = 'test-admin-kaifu'; // 开福区, beside it
const TOWNSHIP_OFFICE = 'test-admin-xjh'; // 咸嘉湖街道, below 岳麓区
const CITY_OFFICE = 'test-admin-changsha'; // 长沙市, above it
const OTHER_DEPUTY = 'demo-deputy-county-2'; // 赵国庆 (咸嘉湖)

let t: Local;
afterEach(() => t?.close());

async function addOffices() {
  const db = dbOf(t.ports);
  await db.collection('regions').add({ data: { _id: '430105', name: '开福区', kind: 'county', parentCode: '430100', path: ['430000', '430100', '430105'] } });
  for (const [openid, region] of [
    [OTHER_OFFICE, '430105'],
    [TOWNSHIP_OFFICE, '430104010'],
    [CITY_OFFICE, '430100'],
  ] as const) {
    await db.collection('users').add({ data: { _id: openid, adminRegionCode: region } });
    await agreeOnBehalf(t, openid);
  }
}

type Found = { items: { id: string; trackingNo: string; stationCode: string; statusLabel: string; excerpt: string; holderLabel: string; createdAt: string }[]; nextCursor?: string };
const search = (desk: 'staff' | 'admin' | 'deputy', openid: string, payload: Record<string, unknown>) =>
  t.ok(desk, 'search', payload as never, openid) as Promise<Found>;
const ids = (found: Found) => found.items.map((i) => i.id);

/** Three cases: 望月湖 (李红梅 holds it), 咸嘉湖 with the same last four digits, and one entered at the desk. */
async function threeCases() {
  const lift = await t.submit({ text: '3栋电梯经常故障，老人上下楼困难。', phone: '13712345678', chosenDeputyId: 'd-county-1', place: '望月湖小区3栋' }, RESIDENT);
  t.clock.set(new Date(t.clock.now().getTime() + 60_000));
  const lights = await t.submit({ stationCode: 'XJH01', category: '交通出行', text: '咸嘉湖路口红绿灯时间太短，老人过马路不安全。', phone: '13900005678' }, OTHER_RESIDENT);
  t.clock.set(new Date(t.clock.now().getTime() + 60_000));
  const walkIn = await t.ok(
    'staff',
    'enter',
    { stationCode: 'WYH01', channel: 'phone', category: '生态环境', text: '来电反映小区垃圾清运不及时，楼道异味重。', phone: '13600001111', residentInformed: true, requestId: t.requestId() },
    STAFF_WYH,
  );
  await t.relay();
  return { lift, lights, walkIn };
}

describe('who finds what', () => {
  beforeEach(async () => {
    t = await startLocal();
    await addOffices();
  });

  test('staff find the cases of their stations only, by words and by the last four digits', async () => {
    const { lift, lights } = await threeCases();
    expect(ids(await search('staff', STAFF_WYH, { text: '电梯' }))).toEqual([lift.id]);
    expect(ids(await search('staff', STAFF_XJH, { text: '电梯' }))).toEqual([]);
    expect(ids(await search('staff', STAFF_WYH, { phone: '5678' }))).toEqual([lift.id]);
    expect(ids(await search('staff', STAFF_XJH, { phone: '5678' }))).toEqual([lights.id]);
    // Another station's tracking number finds nothing; one's own finds it.
    expect(ids(await search('staff', STAFF_XJH, { trackingNo: lift.trackingNo }))).toEqual([]);
    expect(ids(await search('staff', STAFF_WYH, { trackingNo: lift.trackingNo }))).toEqual([lift.id]);
    // Asking for a station that is not theirs is refused, not answered empty.
    expect(await t.refused('staff', 'search', { text: '红绿灯', stationCode: 'XJH01' }, STAFF_WYH)).toMatchObject({ code: 'NOT_YOUR_STATION' });
  });

  test('the office finds cases of its region and below; a township office its township; a city office its city; another county nothing', async () => {
    const { lift, lights } = await threeCases();
    expect(ids(await search('admin', OFFICE, { text: '老人' }))).toEqual([lights.id, lift.id]);
    expect(ids(await search('admin', OFFICE, { phone: '5678' }))).toEqual([lights.id, lift.id]);
    expect(ids(await search('admin', TOWNSHIP_OFFICE, { text: '老人' }))).toEqual([lights.id]);
    expect(ids(await search('admin', CITY_OFFICE, { text: '老人' }))).toEqual([lights.id, lift.id]);
    expect(ids(await search('admin', OTHER_OFFICE, { text: '老人' }))).toEqual([]);
    expect(ids(await search('admin', OTHER_OFFICE, { trackingNo: lift.trackingNo }))).toEqual([]);
    // Without words or phone: by station and day, in the region only.
    expect(ids(await search('admin', CITY_OFFICE, { stationCode: 'XJH01' }))).toEqual([lights.id]);
    expect(ids(await search('admin', OTHER_OFFICE, { stationCode: 'XJH01' }))).toEqual([]);
  });

  test('a deputy finds only the cases they hold; no phone search for deputies', async () => {
    const { lift } = await threeCases();
    expect(ids(await search('deputy', COUNTY_DEPUTY, { text: '经常故障' }))).toEqual([lift.id]);
    expect(ids(await search('deputy', COUNTY_DEPUTY, { trackingNo: lift.trackingNo }))).toEqual([lift.id]);
    expect(ids(await search('deputy', OTHER_DEPUTY, { text: '经常故障' }))).toEqual([]);
    expect(ids(await search('deputy', OTHER_DEPUTY, { trackingNo: lift.trackingNo }))).toEqual([]);
    expect(await t.refused('deputy', 'search', { phone: '5678' }, COUNTY_DEPUTY)).toMatchObject({ code: 'INVALID_PAYLOAD' });
    // A resident is no desk.
    expect(await t.refused('staff', 'search', { text: '电梯' }, RESIDENT)).toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('each criterion', () => {
  beforeEach(async () => {
    t = await startLocal();
  });

  test('a phrase is found by all its bigrams, in what the resident added too; case and width do not matter', async () => {
    const { lift, walkIn } = await threeCases();
    expect(ids(await search('staff', STAFF_WYH, { text: '电梯经常故障' }))).toEqual([lift.id]);
    expect(ids(await search('staff', STAFF_WYH, { text: '电梯 清运' }))).toEqual([]);
    // Words apart in the text: side by side in the box they are a phrase it lacks; a space asks for both.
    expect(ids(await search('staff', STAFF_WYH, { text: '3栋老人' }))).toEqual([]);
    expect(ids(await search('staff', STAFF_WYH, { text: '3栋 老人' }))).toEqual([lift.id]);
    expect(ids(await search('staff', STAFF_WYH, { text: '３栋' }))).toEqual([lift.id]);
    // The place the resident named.
    expect(ids(await search('staff', STAFF_WYH, { text: '望月湖小区' }))).toEqual([lift.id]);
    // Added information: found once added.
    await t.ok('deputy', 'accept', { id: lift.id }, COUNTY_DEPUTY);
    await t.ok('deputy', 'needInfo', { id: lift.id, question: '请问是几单元？' }, COUNTY_DEPUTY);
    expect(ids(await search('staff', STAFF_WYH, { text: '二单元' }))).toEqual([]);
    await t.ok('opinion', 'addInfo', { id: lift.id, text: '是二单元那一部电梯。', photos: [] }, RESIDENT);
    expect(ids(await search('staff', STAFF_WYH, { text: '二单元' }))).toEqual([lift.id]);
    expect(ids(await search('staff', STAFF_WYH, { text: '垃圾清运' }))).toEqual([walkIn.id]);
  });

  test('the whole phone number, deputy, status, category, station and days each narrow the search', async () => {
    const { lift, walkIn } = await threeCases();
    expect(ids(await search('staff', STAFF_WYH, { phone: '137-1234-5678' }))).toEqual([lift.id]);
    expect(ids(await search('staff', STAFF_WYH, { phone: '13700005678' }))).toEqual([]);
    expect(ids(await search('staff', STAFF_WYH, { deputyId: 'd-county-1' }))).toEqual([lift.id]);
    const statusOf = (id: string) => t.doc<OpinionDoc>('opinions', id).status;
    expect(ids(await search('staff', STAFF_WYH, { status: [statusOf(walkIn.id)] }))).toEqual([walkIn.id]);
    expect(ids(await search('staff', STAFF_WYH, { category: '生态环境' }))).toEqual([walkIn.id]);
    expect(ids(await search('staff', STAFF_WYH, { stationCode: 'YL01' }))).toEqual([]);
    expect(ids(await search('staff', STAFF_WYH, { stationCode: 'WYH01' }))).toEqual([walkIn.id, lift.id]);
    const today = '2026-11-29';
    expect(ids(await search('staff', STAFF_WYH, { from: today, to: today }))).toEqual([walkIn.id, lift.id]);
    expect(ids(await search('staff', STAFF_WYH, { to: '2026-11-28' }))).toEqual([]);
    expect(ids(await search('staff', STAFF_WYH, { text: '小区', category: '住房物业', from: today }))).toEqual([lift.id]);
    // What a line shows.
    const [line] = (await search('staff', STAFF_WYH, { trackingNo: lift.trackingNo })).items;
    expect(line).toMatchObject({ trackingNo: lift.trackingNo, stationCode: 'WYH01', holderLabel: '李红梅代表', excerpt: '3栋电梯经常故障，老人上下楼困难。', statusLabel: '已分派' });
  });

  test('bad criteria are refused with a reason', async () => {
    const refusal = (payload: unknown) => t.refused('staff', 'search', payload, STAFF_WYH);
    expect(await refusal({})).toMatchObject({ code: 'INVALID_PAYLOAD', message: '查找条件：请至少填写一项（查询编号、电话、内容、代表、状态、类别、联络站或日期）' });
    expect(await refusal({ text: '梯' })).toMatchObject({ code: 'INVALID_PAYLOAD', message: '内容至少2个相连的字' });
    expect(await refusal({ text: '电 梯' })).toMatchObject({ code: 'INVALID_PAYLOAD' });
    expect(await refusal({ text: '电'.repeat(31) })).toMatchObject({ code: 'INVALID_PAYLOAD', message: '内容不能超过30个字' });
    expect(await refusal({ phone: '123' })).toMatchObject({ code: 'INVALID_PAYLOAD', message: '联系电话请填写电话号码后四位或完整号码' });
    expect(await refusal({ from: '2026-12-01', to: '2026-11-01' })).toMatchObject({ code: 'INVALID_PAYLOAD', message: '结束日期不能早于开始日期' });
    expect(await refusal({ from: '2026-02-30' })).toMatchObject({ code: 'INVALID_PAYLOAD', message: '开始日期不是有效的日期' });
    expect(await refusal({ from: '2020-01-01', to: '2026-01-01' })).toMatchObject({ code: 'INVALID_PAYLOAD', message: '结束日期：查找期间最长三年' });
    expect(await refusal({ text: '电梯', cursor: 'bm90LWEtY3Vyc29y' })).toMatchObject({ code: 'CURSOR_INVALID' });
  });
});

test('pages: newest first, every case once, a cursor while more remain and none after the last', async () => {
  t = await startLocal();
  const made: string[] = [];
  for (let i = 0; i < 23; i++) {
    t.clock.set(new Date(fromBeijing('2026-11-29', '15:00').getTime() + i * 60_000));
    made.push((await t.submit({ text: `第${i}号楼下水道堵塞，污水外溢。` }, `page-resident-${i}`)).id);
  }
  const seen: string[] = [];
  let cursor: string | undefined;
  const sizes: number[] = [];
  do {
    const page = await search('staff', STAFF_WYH, { text: '下水道', limit: 10, ...(cursor ? { cursor } : {}) });
    sizes.push(page.items.length);
    seen.push(...ids(page));
    cursor = page.nextCursor;
  } while (cursor);
  expect(sizes).toEqual([10, 10, 3]);
  expect(seen).toEqual([...made].reverse());
});

test('an erased case is found by neither its words nor its phone (its tracking number still leads to it, to no one)', async () => {
  t = await startLocal();
  const { lift } = await threeCases();
  expect(ids(await search('staff', STAFF_WYH, { text: '经常故障' }))).toEqual([lift.id]);
  await t.ok('opinion', 'deleteMine', { confirm: true }, RESIDENT);
  expect(ids(await search('staff', STAFF_WYH, { text: '经常故障' }))).toEqual([]);
  expect(ids(await search('staff', STAFF_WYH, { phone: '5678' }))).toEqual([]);
  expect(ids(await search('admin', OFFICE, { text: '经常故障' }))).toEqual([]);
  expect(ids(await search('staff', STAFF_WYH, { trackingNo: lift.trackingNo }))).toEqual([lift.id]);
  expect(t.doc<OpinionDoc>('opinions', lift.id).searchKeys).toBeUndefined();
});

test('when the contact data is erased after the retention period, the phone no longer finds the case; its words still do', async () => {
  t = await startLocal();
  const { walkIn } = await threeCases();
  await t.ok('staff', 'take', { id: walkIn.id }, STAFF_WYH);
  await t.ok('staff', 'resolve', { id: walkIn.id, kind: 'solved', text: '已联系环卫部门，垃圾每日清运两次。' }, STAFF_WYH);
  await t.ok('staff', 'followUp', { id: walkIn.id, result: 'satisfied', attitude: 'satisfied' }, STAFF_WYH);
  expect(ids(await search('staff', STAFF_WYH, { phone: '1111' }))).toEqual([walkIn.id]);
  t.clock.set(new Date(t.clock.now().getTime() + 400 * 86_400_000));
  await t.ok('scheduler', 'tick', {}, OFFICE);
  expect(t.doc<OpinionDoc>('opinions', walkIn.id).phone).toBeUndefined();
  expect(ids(await search('staff', STAFF_WYH, { phone: '1111' }))).toEqual([]);
  expect(ids(await search('staff', STAFF_WYH, { text: '垃圾清运' }))).toEqual([walkIn.id]);
});

test('every search by phone is recorded: the cases it found, or where it looked when it found none; words are not', async () => {
  t = await startLocal();
  const { lift } = await threeCases();
  const log = () => t.docs<IdentityAccessDoc>('identityaccess').filter((e) => e.purpose === 'search');
  await search('staff', STAFF_WYH, { text: '电梯' });
  expect(log()).toEqual([]);
  await search('staff', STAFF_WYH, { phone: '5678' });
  expect(log().map((e) => [e.by, e.byRole, e.opinionId, e.trackingNo, e.seen, e.action])).toEqual([[STAFF_WYH, 'staff', lift.id, lift.trackingNo, ['phoneMatch'], 'staff.search']]);
  await search('staff', STAFF_WYH, { phone: '0000' });
  const none = log().filter((e) => e.opinionId === '');
  expect(none.map((e) => [e.stationCode, e.trackingNo]).sort()).toEqual([
    ['WYH01', ''],
    ['YL01', ''],
  ]);
  await search('admin', OFFICE, { phone: '0000' });
  expect(log().filter((e) => e.byRole === 'admin').map((e) => [e.regionCode, e.stationName, e.opinionId])).toEqual([['430104', '岳麓区', '']]);
  // The office reads them in its log.
  const entries = await t.ok('admin', 'identityAccessLog', {}, OFFICE);
  expect(entries.items.filter((e) => e.purpose === 'search').map((e) => e.purposeLabel)).toEqual(['按电话查找意见', '按电话查找意见', '按电话查找意见', '按电话查找意见']);
});

test('round trips: the caller and the page; a search by phone adds its record', async () => {
  t = await startLocal();
  await threeCases();
  const words = await counted(() => search('staff', STAFF_WYH, { text: '经常故障', status: ['assigned', 'accepted'] }));
  expect(words.count.byCollection()).toEqual({ users: 1, opinions: 1 });
  const phone = await counted(() => search('admin', OFFICE, { phone: '5678' }));
  expect(phone.count.byCollection()).toEqual({ users: 1, opinions: 1, identityaccess: 1 });
  const deputy = await counted(() => search('deputy', COUNTY_DEPUTY, { text: '电梯' }));
  expect(deputy.count.requests).toHaveLength(2);
});

test('opinions stored before search existed get their keys from migration 0005, which never gives an erased case its keys back', async () => {
  t = await startLocal();
  const { lift, lights } = await threeCases();
  await t.ok('opinion', 'deleteMine', { confirm: true }, OTHER_RESIDENT);
  // The shape before: no keys, no county.
  for (const id of [lift.id, lights.id]) {
    const { searchKeys: _k, countyCode: _c, ...before } = t.doc<OpinionDoc>('opinions', id);
    t.store.replace('opinions', before as never);
  }
  expect(ids(await search('staff', STAFF_WYH, { text: '电梯' }))).toEqual([]);
  await runMigrations(t.ports, [searchKeysBackfill]);
  expect(ids(await search('staff', STAFF_WYH, { text: '电梯' }))).toEqual([lift.id]);
  expect(ids(await search('admin', OFFICE, { text: '电梯' }))).toEqual([lift.id]);
  expect(t.doc<OpinionDoc>('opinions', lights.id)).toMatchObject({ countyCode: '430104' });
  expect(t.doc<OpinionDoc>('opinions', lights.id).searchKeys).toBeUndefined();
  // Run again: nothing to write.
  const again = await searchKeysBackfill.run(t.ports, { after: undefined, checkpoint: async () => true });
  expect(again).toBe('done');
  expect(t.doc<{ changed: number }>('migrations', '0005-search-keys')).toMatchObject({ state: 'done' });
});
