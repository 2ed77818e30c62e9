/**
 * Who keeps which part of the department directory (分级分类) — issue 16, item 3. Staff keep
 * the departments of the region their stations are in (a township station: its township's;
 * the county's 总站: the county's), read the regions above as deputies do, and change
 * nothing above or beside; a region admin keeps their region and everything below. A
 * department's level is its region's. Deputies elsewhere forward to what is left standing.
 */
import type { Level } from '../../core/vocabulary';
import type { DepartmentDoc } from '../../server/model';
import { startLocal, STAFF_WYH, type Local } from '../support/local';
import { dbOf } from '../../server/platform/db';

const STAFF_XJH = 'demo-staff-xjh'; // 咸嘉湖 (XJH01), township 430104010
const ADMIN_YUELU = 'demo-admin-yuelu'; // 岳麓区 430104
const ADMIN_CHANGSHA = 'test-admin-changsha'; // 长沙市 430100
const ADMIN_KAIFU = 'test-admin-kaifu'; // 开福区 430105, beside 岳麓区

jest.setTimeout(60_000);
let t: Local;
beforeEach(async () => {
  t = await startLocal();
  await dbOf(t.ports).collection('regions').add({ data: { _id: '430105', name: '开福区', kind: 'county', parentCode: '430100', path: ['430000', '430100', '430105'] } });
  await dbOf(t.ports).collection('users').add({ data: { _id: ADMIN_KAIFU, adminRegionCode: '430105' } });
  await dbOf(t.ports).collection('users').add({ data: { _id: ADMIN_CHANGSHA, adminRegionCode: '430100' } });
});
afterEach(() => t.close());

const dept = (regionCode: string, level: Level, name: string) => ({ regionCode, level, categories: ['城乡建设' as const], name, contact: '0731-00000000' });
const department = (id: string) => t.doc<DepartmentDoc | null>('departments', id);

describe('staff of a township station', () => {
  test('cannot rewrite, remove or add departments of the district, the city or the province; nothing is written', async () => {
    const before = await t.snapshot();
    const refusals = [
      await t.refused('staff', 'removeDepartment', { id: 'dept-yl-zj' }, STAFF_XJH),
      await t.refused('staff', 'removeDepartment', { id: 'dept-cs-zj' }, STAFF_XJH),
      await t.refused('staff', 'saveDepartment', { id: 'dept-yl-zj', ...dept('430104', 'county', '岳麓区住房和城乡建设局'), contact: '改掉的电话' }, STAFF_XJH),
      await t.refused('staff', 'saveDepartment', { id: 'dept-cs-zj', ...dept('430100', 'city', '长沙市住房和城乡建设局') }, STAFF_XJH),
      await t.refused('staff', 'saveDepartment', dept('430000', 'provincial', '湖南省住房和城乡建设厅'), STAFF_XJH),
    ];
    expect(refusals.map((r) => r.code)).toEqual(['OUT_OF_REGION', 'OUT_OF_REGION', 'OUT_OF_REGION', 'OUT_OF_REGION', 'OUT_OF_REGION']);
    expect(await t.snapshot()).toBe(before);
  });

  test('cannot take over a neighbouring township’s department by its id', async () => {
    const before = await t.snapshot();
    const r = await t.refused('staff', 'saveDepartment', { id: 'dept-wyh-sq', ...dept('430104010', 'township', '咸嘉湖街道社区建设办公室') }, STAFF_XJH);
    expect(r.code).toBe('OUT_OF_REGION');
    expect(await t.snapshot()).toBe(before);
  });

  test('keeps their own township’s departments, at the township’s level only', async () => {
    const saved = await t.ok('staff', 'saveDepartment', dept('430104010', 'township', '咸嘉湖街道城管中队'), STAFF_XJH);
    expect(saved).toMatchObject({ regionCode: '430104010', level: 'township' });
    const before = await t.snapshot();
    const wrongLevel = await t.refused('staff', 'saveDepartment', dept('430104010', 'provincial', '咸嘉湖街道某局'), STAFF_XJH);
    expect(wrongLevel).toMatchObject({ code: 'DEPARTMENT_LEVEL_MISMATCH', message: expect.stringContaining('乡镇') });
    expect(await t.snapshot()).toBe(before);
    await t.ok('staff', 'removeDepartment', { id: saved.id }, STAFF_XJH);
    expect(department(saved.id)).toBeFalsy();
  });

  test('reads the directory of the regions above, and is offered only its own region to edit', async () => {
    const list = await t.ok('staff', 'departments', {}, STAFF_XJH);
    expect(list.items.map((d) => d.id)).toEqual(expect.arrayContaining(['dept-cs-zj', 'dept-yl-zj', 'dept-xjh-sq']));
    expect(list.items.map((d) => d.id)).not.toContain('dept-wyh-sq');
    expect(list.regions).toEqual([{ code: '430104010', name: '咸嘉湖街道', level: 'township' }]);
  });
});

describe('staff of the county’s 总站 (YL01, in 岳麓区)', () => {
  test('keep the county’s departments, not the city’s', async () => {
    const saved = await t.ok('staff', 'saveDepartment', { id: 'dept-yl-zj', ...dept('430104', 'county', '岳麓区住房和城乡建设局') }, STAFF_WYH);
    expect(saved.regionCode).toBe('430104');
    expect((await t.refused('staff', 'removeDepartment', { id: 'dept-cs-zj' }, STAFF_WYH)).code).toBe('OUT_OF_REGION');
    expect(department('dept-cs-zj')).toBeTruthy();
    const list = await t.ok('staff', 'departments', {}, STAFF_WYH);
    expect(list.regions.map((r) => r.code).sort()).toEqual(['430104', '430104007']);
  });
});

describe('region admins: their region and everything below', () => {
  test('the district admin keeps the district’s and its townships’ departments, not the city’s; the city admin keeps the city’s', async () => {
    const county = await t.ok('admin', 'saveDepartment', dept('430104', 'county', '岳麓区城市管理局'), ADMIN_YUELU);
    const township = await t.ok('admin', 'saveDepartment', dept('430104007', 'township', '望月湖街道城管中队'), ADMIN_YUELU);
    expect([county.regionCode, township.regionCode]).toEqual(['430104', '430104007']);
    const before = await t.snapshot();
    expect((await t.refused('admin', 'removeDepartment', { id: 'dept-cs-zj' }, ADMIN_YUELU)).code).toBe('OUT_OF_REGION');
    expect((await t.refused('admin', 'saveDepartment', dept('430100', 'city', '长沙市城市管理局'), ADMIN_YUELU)).code).toBe('OUT_OF_REGION');
    expect((await t.refused('admin', 'saveDepartment', dept('430104', 'township', '岳麓区某办'), ADMIN_YUELU)).code).toBe('DEPARTMENT_LEVEL_MISMATCH');
    expect(await t.snapshot()).toBe(before);
    await t.ok('admin', 'removeDepartment', { id: 'dept-cs-zj' }, ADMIN_CHANGSHA);
    expect(department('dept-cs-zj')).toBeFalsy();
  });

  test('an admin beside the region reaches none of it', async () => {
    const before = await t.snapshot();
    expect((await t.refused('admin', 'removeDepartment', { id: 'dept-yl-zj' }, ADMIN_KAIFU)).code).toBe('OUT_OF_REGION');
    expect((await t.refused('admin', 'saveDepartment', dept('430104010', 'township', '咸嘉湖街道某办'), ADMIN_KAIFU)).code).toBe('OUT_OF_REGION');
    expect(await t.snapshot()).toBe(before);
    expect((await t.ok('admin', 'departments', {}, ADMIN_KAIFU)).items).toEqual([]);
  });

  test('the district admin’s list is the district and below, and every region there is offered with its level', async () => {
    const list = await t.ok('admin', 'departments', {}, ADMIN_YUELU);
    expect(list.items.map((d) => d.id).sort()).toEqual(['dept-wyh-sq', 'dept-xjh-sq', 'dept-yl-jt', 'dept-yl-mz', 'dept-yl-zj']);
    expect(list.regions).toEqual([
      { code: '430104', name: '岳麓区', level: 'county' },
      { code: '430104007', name: '望月湖街道', level: 'township' },
      { code: '430104010', name: '咸嘉湖街道', level: 'township' },
    ]);
  });
});
