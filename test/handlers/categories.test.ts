/**
 * Categories are data the region office keeps (issue 23, decision 0035): the provincial
 * defaults everywhere, and what an office adds for its region and everything below it — never
 * beside it. Every entry point checks the category against the station's region's list; an
 * added one is routed, forwarded and kept like a default; retired, it stays on the opinions
 * that carry it and is offered for nothing new.
 */
import type { CategoryDoc, OpinionDoc } from '../../server/model';
import { dbOf } from '../../server/platform/db';
import { COUNTY_DEPUTY, RESIDENT, STAFF_WYH, startLocal, type Local } from '../support/local';

const ADMIN_YUELU = 'demo-admin-yuelu'; // 岳麓区 430104: 望月湖 (WYH01) and 咸嘉湖 (XJH01) are below it
const ADMIN_WYH = 'test-admin-wyh'; // 望月湖街道 430104007, below 岳麓区
const ADMIN_KAIFU = 'test-admin-kaifu'; // 开福区 430105, beside 岳麓区

const FUND = { name: '物业维修基金', hint: '住宅专项维修资金的申请、使用和续筹', departmentId: 'dept-yl-zj', common: true };

jest.setTimeout(60_000);
let t: Local;
beforeEach(async () => {
  t = await startLocal();
  const db = dbOf(t.ports);
  await db.collection('regions').add({ data: { _id: '430105', name: '开福区', kind: 'county', parentCode: '430100', path: ['430000', '430100', '430105'] } });
  await db.collection('users').add({ data: { _id: ADMIN_KAIFU, adminRegionCode: '430105' } });
  await db.collection('users').add({ data: { _id: ADMIN_WYH, adminRegionCode: '430104007' } });
  await t.ok('admin', 'createStation', { code: 'KF01', name: '开福区人大代表联络站', address: '开福区政务中心', regionCode: '430105' }, ADMIN_KAIFU);
});
afterEach(() => t.close());

const namesAt = async (code: string) => (await t.ok('station', 'get', { code })).categories.map((c) => c.name);
const submitAt = (stationCode: string, category: string, text = '小区维修基金申请了半年还没批下来，屋顶一直漏水。') =>
  t.call('opinion', { action: 'submit', payload: { stationCode, category, text, requestId: t.requestId() } }, RESIDENT);

describe('an office adds a category for its region', () => {
  test('its stations offer it (with its hint, among the common ones); stations beside it and the province do not', async () => {
    const added = await t.ok('admin', 'addCategory', FUND, ADMIN_YUELU);
    expect(added).toMatchObject({ name: '物业维修基金', regionCode: '430104', regionName: '岳麓区', departmentName: '岳麓区住房和城乡建设局', status: 'active', common: true });

    const wyh = await t.ok('station', 'get', { code: 'WYH01' });
    const mine = wyh.categories.find((c) => c.name === '物业维修基金');
    expect(mine).toEqual({ name: '物业维修基金', hint: FUND.hint, common: true, staffOnly: false });
    // After the eight common defaults, before the rest; the staff-only matters stay last.
    expect(wyh.categories.findIndex((c) => c.name === '物业维修基金')).toBe(8);
    expect(wyh.categories.slice(-3).map((c) => c.name)).toEqual(['涉法涉诉', '招投标等经济活动', '对代表的意见']);
    expect(await namesAt('YL01')).toContain('物业维修基金'); // the county's own 总站
    expect(await namesAt('XJH01')).toContain('物业维修基金');
    expect(await namesAt('KF01')).not.toContain('物业维修基金'); // beside
    expect(await namesAt('KF01')).toHaveLength(18); // the defaults

    // The township below sees it among those above; the office beside does not.
    const township = await t.ok('admin', 'categories', {}, ADMIN_WYH);
    expect(township.above.map((c) => c.name)).toEqual(['物业维修基金']);
    expect(township.own).toEqual([]);
    const beside = await t.ok('admin', 'categories', {}, ADMIN_KAIFU);
    expect([...beside.above, ...beside.own]).toEqual([]);
    expect(beside.defaults).toHaveLength(18);
  });

  test('the office sees the defaults read only, its own, and the departments of its region and above (never below)', async () => {
    const before = await t.ok('admin', 'categories', {}, ADMIN_YUELU);
    expect(before.region).toEqual({ code: '430104', name: '岳麓区' });
    expect(before.defaults.filter((c) => c.staffOnly).map((c) => c.name)).toEqual(['涉法涉诉', '招投标等经济活动', '对代表的意见']);
    expect(before.own).toEqual([]);
    const departments = before.departments.map((d) => d.id);
    expect(departments).toEqual(expect.arrayContaining(['dept-cs-zj', 'dept-yl-zj', 'dept-yl-jt', 'dept-yl-mz']));
    expect(departments).not.toContain('dept-wyh-sq');
    await t.ok('admin', 'addCategory', FUND, ADMIN_YUELU);
    expect((await t.ok('admin', 'categories', {}, ADMIN_YUELU)).own.map((c) => c.name)).toEqual(['物业维修基金']);
  });

  test('a name is taken once on a path: not a default, not one above, not one below; beside it is free', async () => {
    await t.ok('admin', 'addCategory', { name: '加装电梯', hint: '老旧小区加装电梯的协商、补贴和施工' }, ADMIN_WYH);
    await t.ok('admin', 'addCategory', FUND, ADMIN_YUELU);
    const before = await t.snapshot();
    const refusals = [
      await t.refused('admin', 'addCategory', { ...FUND, name: '住房物业' }, ADMIN_YUELU),
      await t.refused('admin', 'addCategory', FUND, ADMIN_YUELU),
      await t.refused('admin', 'addCategory', { ...FUND, departmentId: undefined }, ADMIN_WYH), // added above
      await t.refused('admin', 'addCategory', { name: '加装电梯', hint: '加装电梯', departmentId: 'dept-yl-zj' }, ADMIN_YUELU), // added below
    ];
    expect(refusals.map((r) => r.code)).toEqual(['CATEGORY_NAME_TAKEN', 'CATEGORY_NAME_TAKEN', 'CATEGORY_NAME_TAKEN', 'CATEGORY_NAME_TAKEN']);
    expect(refusals[0].message).toBe('“住房物业”是全省统一的类别，无需添加');
    expect(refusals[3].message).toContain('下级地区已添加');
    expect(await t.snapshot()).toBe(before);
    await t.ok('admin', 'addCategory', { ...FUND, departmentId: undefined }, ADMIN_KAIFU);
    expect(await namesAt('KF01')).toContain('物业维修基金');
  });

  test('refuses a malformed name, a department outside its path, and anyone but a region office; nothing is written', async () => {
    const before = await t.snapshot();
    const cases: [string, unknown, string][] = [
      ['a name of Latin letters', { ...FUND, name: 'fund' }, 'INVALID_PAYLOAD'],
      ['a name of one character', { ...FUND, name: '基' }, 'INVALID_PAYLOAD'],
      ['a name of 13 characters', { ...FUND, name: '维'.repeat(13) }, 'INVALID_PAYLOAD'],
      ['an empty hint', { ...FUND, hint: '  ' }, 'INVALID_PAYLOAD'],
      ['a department below the region', { ...FUND, departmentId: 'dept-wyh-sq' }, 'DEPARTMENT_NOT_FOUND'],
      ['a department that does not exist', { ...FUND, departmentId: 'dept-nope' }, 'DEPARTMENT_NOT_FOUND'],
    ];
    for (const [what, payload, code] of cases) expect([what, (await t.refused('admin', 'addCategory', payload, ADMIN_YUELU)).code]).toEqual([what, code]);
    expect((await t.refused('admin', 'addCategory', { ...FUND, departmentId: 'dept-yl-zj' }, ADMIN_KAIFU)).code).toBe('DEPARTMENT_NOT_FOUND'); // beside
    for (const who of [STAFF_WYH, COUNTY_DEPUTY, RESIDENT]) {
      expect((await t.refused('admin', 'addCategory', FUND, who)).code).toBe('FORBIDDEN');
      expect((await t.refused('admin', 'categories', {}, who)).code).toBe('FORBIDDEN');
    }
    expect(await t.snapshot()).toBe(before);
  });
});

describe('every entry point checks the category against the station’s region', () => {
  test('a resident’s submit with a category the station does not have is refused, in Chinese, writing nothing', async () => {
    await t.ok('admin', 'addCategory', FUND, ADMIN_YUELU);
    const before = await t.snapshot();
    const unknown = await submitAt('WYH01', '随便说说');
    expect(unknown).toMatchObject({ ok: false, code: 'CATEGORY_UNKNOWN', message: '“随便说说”不是本联络站的意见类别，请重新选择' });
    const beside = await submitAt('KF01', '物业维修基金');
    expect(beside).toMatchObject({ ok: false, code: 'CATEGORY_UNKNOWN' });
    expect(await t.snapshot()).toBe(before);
  });

  test('an added category routes like a default: a deputy names it as a specialty and receives it; staff enter it', async () => {
    expect((await t.ok('deputy', 'profile', {}, COUNTY_DEPUTY)).specialtyChoices).not.toContain('物业维修基金');
    const refused = await t.refused('deputy', 'saveProfile', { bio: '社区党委书记。', specialties: ['物业维修基金'], contactPreference: 'none' }, COUNTY_DEPUTY);
    expect(refused.code).toBe('CATEGORY_UNKNOWN');

    await t.ok('admin', 'addCategory', FUND, ADMIN_YUELU);
    const profile = await t.ok('deputy', 'profile', {}, COUNTY_DEPUTY);
    expect(profile.specialtyChoices).toContain('物业维修基金');
    expect(profile.specialtyChoices).not.toContain('涉法涉诉');
    await t.ok('deputy', 'saveProfile', { bio: '社区党委书记。', specialties: ['住房物业', '物业维修基金'], contactPreference: 'none' }, COUNTY_DEPUTY);

    const sent = await t.submit({ category: '物业维修基金', text: '维修基金申请了半年还没批下来，顶楼一直漏水。' });
    expect(sent).toMatchObject({ status: 'assigned', routing: { rule: 'specialty' } });
    expect(t.doc<OpinionDoc>('opinions', sent.id)).toMatchObject({ category: '物业维修基金', assigneeDeputyId: 'd-county-1' });

    const entered = await t.ok(
      'staff',
      'enter',
      { stationCode: 'WYH01', channel: 'phone', category: '物业维修基金', text: '来电反映：小区维修基金使用情况不公开。', residentInformed: true, requestId: t.requestId() },
      STAFF_WYH,
    );
    expect(t.doc<OpinionDoc>('opinions', entered.id).category).toBe('物业维修基金');
    const enteredElsewhere = await t.refused(
      'staff',
      'enter',
      { stationCode: 'WYH01', channel: 'phone', category: '随便说说', text: '来电反映：小区维修基金使用情况不公开。', residentInformed: true, requestId: t.requestId() },
      STAFF_WYH,
    );
    expect(enteredElsewhere.code).toBe('CATEGORY_UNKNOWN');
  });

  test('the department directory takes the region’s categories, added ones included, and no others', async () => {
    const dept = { regionCode: '430104007', level: 'township' as const, name: '望月湖街道维修基金办', contact: '0731-00000000' };
    expect((await t.refused('staff', 'saveDepartment', { ...dept, categories: ['物业维修基金'] }, STAFF_WYH)).code).toBe('CATEGORY_UNKNOWN');
    await t.ok('admin', 'addCategory', FUND, ADMIN_YUELU);
    const saved = await t.ok('staff', 'saveDepartment', { ...dept, categories: ['物业维修基金', '住房物业'] }, STAFF_WYH);
    expect(saved.categories).toEqual(['物业维修基金', '住房物业']);
    // 开福区's directory does not know 岳麓区's category.
    expect((await t.refused('admin', 'saveDepartment', { regionCode: '430105', level: 'county', categories: ['物业维修基金'], name: '开福区住建局', contact: '0731-1' }, ADMIN_KAIFU)).code).toBe('CATEGORY_UNKNOWN');
  });

  test('the forward picker offers the department the office named for the category', async () => {
    await t.ok('admin', 'addCategory', FUND, ADMIN_YUELU);
    const sent = await t.submit({ category: '物业维修基金', chosenDeputyId: 'd-county-1', text: '维修基金申请了半年还没批下来，顶楼一直漏水。' });
    await t.ok('deputy', 'accept', { id: sent.id }, COUNTY_DEPUTY);
    // 岳麓区住房和城乡建设局 lists 城乡建设 and 住房物业 only: it is offered because the office named it.
    const picked = await t.ok('deputy', 'departments', { id: sent.id, category: '物业维修基金' }, COUNTY_DEPUTY);
    expect(picked.items.map((d) => d.id)).toEqual(['dept-yl-zj']);
    expect(picked.items[0].categories).toContain('物业维修基金');
    const township = await t.ok('deputy', 'departments', { id: sent.id, category: '物业维修基金', level: 'township' }, COUNTY_DEPUTY);
    expect(township.items).toEqual([]);
    const forwarded = await t.ok('deputy', 'forward', { id: sent.id, departmentId: 'dept-yl-zj' }, COUNTY_DEPUTY);
    expect(forwarded.status).toBe('forwarded');
  });
});

describe('retiring a category', () => {
  test('keeps old opinions readable and forwardable, stops new ones, and may be undone by adding it again', async () => {
    const added = await t.ok('admin', 'addCategory', FUND, ADMIN_YUELU);
    const old = await t.submit({ category: '物业维修基金', chosenDeputyId: 'd-county-1', text: '维修基金申请了半年还没批下来，顶楼一直漏水。' });

    // Only the office that added it retires it.
    const before = await t.snapshot();
    expect((await t.refused('admin', 'retireCategory', { id: added.id }, ADMIN_KAIFU)).code).toBe('OUT_OF_REGION');
    expect((await t.refused('admin', 'retireCategory', { id: added.id }, ADMIN_WYH)).code).toBe('OUT_OF_REGION');
    expect((await t.refused('admin', 'retireCategory', { id: 'cat-nope' }, ADMIN_YUELU)).code).toBe('NOT_FOUND');
    expect(await t.snapshot()).toBe(before);

    const retired = await t.ok('admin', 'retireCategory', { id: added.id }, ADMIN_YUELU);
    expect(retired).toMatchObject({ status: 'retired', retiredAt: expect.any(String) });
    expect(t.doc<CategoryDoc>('categories', added.id)).toMatchObject({ name: '物业维修基金', status: 'retired' }); // never deleted
    expect(await namesAt('WYH01')).not.toContain('物业维修基金');
    expect(await submitAt('WYH01', '物业维修基金')).toMatchObject({ ok: false, code: 'CATEGORY_UNKNOWN' });
    expect((await t.ok('admin', 'categories', {}, ADMIN_WYH)).above).toEqual([]);

    // The opinion filed before keeps it, for the resident and the deputy, and still goes to its department.
    expect((await t.ok('opinion', 'detail', { id: old.id }, RESIDENT)).category).toBe('物业维修基金');
    expect((await t.ok('deputy', 'detail', { id: old.id }, COUNTY_DEPUTY)).category).toBe('物业维修基金');
    await t.ok('deputy', 'accept', { id: old.id }, COUNTY_DEPUTY);
    const picked = await t.ok('deputy', 'departments', { id: old.id, category: '物业维修基金' }, COUNTY_DEPUTY);
    expect(picked.items.map((d) => d.id)).toEqual(['dept-yl-zj']);

    // Adding the name again brings the same category back.
    const back = await t.ok('admin', 'addCategory', FUND, ADMIN_YUELU);
    expect(back).toMatchObject({ id: added.id, status: 'active' });
    expect(await namesAt('WYH01')).toContain('物业维修基金');
  });
});

test('station.get brings the station’s categories in its one request', async () => {
  await t.ok('admin', 'addCategory', FUND, ADMIN_YUELU);
  const before = t.dbRequests();
  const station = await t.ok('station', 'get', { code: 'WYH01' });
  expect(t.dbRequests() - before).toBe(1);
  expect(station.categories.map((c) => c.name)).toContain('物业维修基金');
});
