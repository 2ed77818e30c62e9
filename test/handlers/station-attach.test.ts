/** Issue 8: which deputies staff (and admins) may attach to a station, and the refusal from outside the region. */
import { startLocal, STAFF_WYH, type Local } from '../support/local';
import { dbOf } from '../../server/platform/db';

const STAFF_XJH = 'demo-staff-xjh';

jest.setTimeout(30_000);
let t: Local;
beforeEach(async () => {
  t = await startLocal();
  // A deputy homed in another county of 长沙市 (芙蓉区, beside 岳麓区), and one who left office.
  await dbOf(t.ports).collection('regions').add({ data: { _id: '430102', name: '芙蓉区', kind: 'county', parentCode: '430100', path: ['430000', '430100', '430102'] } });
  const deputy = (id: string, name: string, home: string, status: string) => ({
    _id: id, name, level: 'county', homeRegionCode: home, stationCodes: [], specialties: [], bio: '', photo: '', status, leaves: [], lastAssignedAt: 0,
  });
  await dbOf(t.ports).collection('deputies').add({ data: deputy('d-furong', '朱镕', '430102', 'active') });
  await dbOf(t.ports).collection('deputies').add({ data: deputy('d-former', '钱过', '430104010', 'inactive') });
});
afterEach(() => t.close());

const ids = (items: { id: string }[]) => items.map((d) => d.id);

describe('deputies staff may attach', () => {
  test('lists the attached first, then every level from the county down and above it, the military node — nobody beside it', async () => {
    const r = await t.ok('staff', 'attachableDeputies', { code: 'WYH01' }, STAFF_WYH);
    expect(r.scopeName).toBe('岳麓区');
    const attached = r.items.filter((d) => d.attached);
    expect(ids(attached).sort()).toEqual(['d-city-1', 'd-county-1', 'd-town-1']);
    expect(r.items.slice(0, 3).every((d) => d.attached)).toBe(true);
    expect(ids(r.items)).toEqual(expect.arrayContaining(['d-nat-1', 'd-prov-1', 'd-mil-1', 'd-county-2', 'd-town-2', 'd-town-3']));
    expect(ids(r.items)).not.toContain('d-furong');
    expect(ids(r.items)).not.toContain('d-former');
    expect(r.items.find((d) => d.id === 'd-mil-1')).toMatchObject({ homeRegionName: '湖南省军区', withinScope: true, attached: false });
    expect(r.items.find((d) => d.id === 'd-town-2')).toMatchObject({ bound: false, levelLabel: '乡镇人大代表' });
  });

  test('attaching one from the list shows them on the station page; detaching removes them', async () => {
    const current = t.doc<{ deputyIds: string[] }>('stations', 'WYH01').deputyIds;
    await t.ok('staff', 'setDeputies', { code: 'WYH01', deputyIds: [...current, 'd-county-2'] }, STAFF_WYH);
    expect((await t.ok('station', 'get', { code: 'WYH01' })).deputies.map((d) => d.name)).toContain('赵国庆');
    expect((await t.ok('staff', 'attachableDeputies', { code: 'WYH01' }, STAFF_WYH)).items.find((d) => d.id === 'd-county-2')?.attached).toBe(true);
    await t.ok('staff', 'setDeputies', { code: 'WYH01', deputyIds: current }, STAFF_WYH);
    expect((await t.ok('station', 'get', { code: 'WYH01' })).deputies.map((d) => d.name)).not.toContain('赵国庆');
    expect(t.doc<{ stationCodes: string[] }>('deputies', 'd-county-2').stationCodes).not.toContain('WYH01');
  });

  test('attaching a deputy from outside the region is refused, writing nothing', async () => {
    const current = t.doc<{ deputyIds: string[] }>('stations', 'WYH01').deputyIds;
    const before = await t.snapshot();
    const r = await t.refused('staff', 'setDeputies', { code: 'WYH01', deputyIds: [...current, 'd-furong'] }, STAFF_WYH);
    expect(r.code).toBe('OUT_OF_REGION');
    expect(r.message).toContain('朱镕');
    expect(await t.snapshot()).toBe(before);
  });

  test("staff of another station get neither the list nor the change", async () => {
    expect((await t.refused('staff', 'attachableDeputies', { code: 'WYH01' }, STAFF_XJH)).code).toBe('NOT_YOUR_STATION');
    expect((await t.refused('staff', 'attachableDeputies', { code: 'WYH01' }, 'demo-resident-1')).code).toBe('FORBIDDEN');
  });
});

describe('deputies an admin may attach', () => {
  const ADMIN = 'demo-admin-yuelu';
  test('lists deputies of the admin\'s region and above, not beside it; the setter refuses one from beside it', async () => {
    const r = await t.ok('admin', 'attachableDeputies', { code: 'XJH01' }, ADMIN);
    expect(r.scopeName).toBe('岳麓区');
    expect(ids(r.items.filter((d) => d.attached)).sort()).toEqual(['d-county-2', 'd-town-2', 'd-town-3']);
    expect(ids(r.items)).toEqual(expect.arrayContaining(['d-nat-1', 'd-mil-1', 'd-county-1']));
    expect(ids(r.items)).not.toContain('d-furong');
    const before = await t.snapshot();
    const refused = await t.refused('admin', 'setStationDeputies', { code: 'XJH01', deputyIds: ['d-county-2', 'd-furong'] }, ADMIN);
    expect(refused.code).toBe('OUT_OF_REGION');
    expect(await t.snapshot()).toBe(before);
    expect((await t.refused('admin', 'attachableDeputies', { code: 'XJH01' }, STAFF_WYH)).code).toBe('FORBIDDEN');
  });
});

describe('map location', () => {
  test('staff set the position; the public station page carries it for 打开地图/导航', async () => {
    await t.ok('staff', 'updateStation', { code: 'WYH01', location: { latitude: 28.2031, longitude: 112.954 } }, STAFF_WYH);
    expect((await t.ok('station', 'get', { code: 'WYH01' })).location).toEqual({ latitude: 28.2031, longitude: 112.954 });
    const before = await t.snapshot();
    expect((await t.refused('staff', 'updateStation', { code: 'WYH01', location: { latitude: 128, longitude: 112.954 } }, STAFF_WYH)).code).toBe('INVALID_PAYLOAD');
    expect((await t.refused('staff', 'updateStation', { code: 'WYH01', location: { latitude: 28.2 } }, STAFF_WYH)).code).toBe('INVALID_PAYLOAD');
    expect(await t.snapshot()).toBe(before);
  });
});
