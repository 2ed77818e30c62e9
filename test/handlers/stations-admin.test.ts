/** Issue 8: a region admin's stations and staff, staff editing their stations, and the QR code. */
import { startLocal, STAFF_WYH, type Local } from '../support/local';
import { dbOf } from '../../server/platform/db';

const ADMIN = 'demo-admin-yuelu';
const STAFF_XJH = 'demo-staff-xjh';
const NEW_STAFF = 'demo-staff-new';

jest.setTimeout(30_000);
let t: Local;
beforeEach(async () => {
  t = await startLocal();
});
afterEach(() => t.close());

const newStation = (over: Record<string, unknown> = {}) => ({
  code: 'WYH02',
  name: '望月湖第二联络点',
  address: '长沙市岳麓区望月湖路 52 号',
  regionCode: '430104007',
  ...over,
});

describe('admin: stations and staff', () => {
  test('creates a station in their region, gives it to a staff member, who then holds it', async () => {
    const created = await t.ok('admin', 'createStation', newStation(), ADMIN);
    expect(created).toMatchObject({ code: 'WYH02', regionName: '望月湖街道', retired: false, staff: [] });
    const given = await t.ok('admin', 'giveStation', { code: 'WYH02', openid: NEW_STAFF }, ADMIN);
    expect(given.staff).toEqual([NEW_STAFF]);
    const me = await t.ok('user', 'me', {}, NEW_STAFF);
    expect(me.roles).toContain('staff');
    const mine = await t.ok('staff', 'myStations', {}, NEW_STAFF);
    expect(mine.items.map((s: { code: string }) => s.code)).toEqual(['WYH02']);
    // the public page shows it at once
    expect((await t.ok('station', 'get', { code: 'WYH02' })).name).toBe('望月湖第二联络点');
    const taken = await t.ok('admin', 'takeStation', { code: 'WYH02', openid: NEW_STAFF }, ADMIN);
    expect(taken.staff).toEqual([]);
    expect((await t.refused('staff', 'myStations', {}, NEW_STAFF)).code).toBe('FORBIDDEN');
  });

  test('refuses a taken code, a region outside theirs, a scene-unsafe code, and non-admins — writing nothing', async () => {
    const before = await t.snapshot();
    expect((await t.refused('admin', 'createStation', newStation({ code: 'YL01' }), ADMIN)).code).toBe('STATION_CODE_TAKEN');
    expect((await t.refused('admin', 'createStation', newStation({ regionCode: '43M000' }), ADMIN)).code).toBe('OUT_OF_REGION');
    expect((await t.refused('admin', 'createStation', newStation({ code: '望月湖' }), ADMIN)).code).toBe('INVALID_PAYLOAD');
    expect((await t.refused('admin', 'createStation', newStation({ code: 'A%20B' }), ADMIN)).code).toBe('INVALID_PAYLOAD');
    expect((await t.refused('admin', 'createStation', newStation({ code: 'X'.repeat(40) }), ADMIN)).code).toBe('INVALID_PAYLOAD');
    expect((await t.refused('admin', 'createStation', newStation(), STAFF_WYH)).code).toBe('FORBIDDEN');
    expect(await t.snapshot()).toBe(before);
  });

  test('retires a station with where to go instead; its page says so; a poster for it is refused', async () => {
    await t.ok('admin', 'retireStation', { code: 'WYH01', movedTo: 'YL01' }, ADMIN);
    const page = await t.ok('station', 'get', { code: 'WYH01' });
    expect(page).toMatchObject({ retired: true, movedTo: { code: 'YL01' } });
    const poster = await t.refused('documents', 'stationPoster', { code: 'WYH01' }, STAFF_WYH);
    expect(poster.code).toBe('STATION_RETIRED');
    expect((await t.refused('admin', 'retireStation', { code: 'XJH01', movedTo: 'XJH00' }, ADMIN)).code).toBe('STATION_NOT_FOUND');
    expect((await t.refused('admin', 'retireStation', { code: 'XJH01', movedTo: 'XJH01' }, ADMIN)).code).toBe('INVALID_PAYLOAD');
  });

  test('attaches deputies of any level from the region, refuses a deputy from beside it', async () => {
    // A deputy homed in another county of 长沙市 (not 岳麓区).
    await dbOf(t.ports).collection('regions').add({ data: { _id: '430102', name: '芙蓉区', kind: 'county', parentCode: '430100', path: ['430000', '430100', '430102'] } });
    await dbOf(t.ports).collection('deputies').add({
      data: { _id: 'd-furong', name: '朱镕', level: 'county', homeRegionCode: '430102', stationCodes: [], specialties: [], bio: '', photo: '', status: 'active', leaves: [], lastAssignedAt: 0 },
    });
    const current = t.doc<{ deputyIds: string[] }>('stations', 'XJH01').deputyIds;
    const wanted = [...current, 'd-nat-1', 'd-mil-1'];
    const ok = await t.ok('admin', 'setStationDeputies', { code: 'XJH01', deputyIds: wanted }, ADMIN);
    expect(ok.deputyIds).toEqual(wanted);
    expect(t.doc<{ stationCodes: string[] }>('deputies', 'd-nat-1').stationCodes).toContain('XJH01');
    const before = await t.snapshot();
    const r = await t.refused('admin', 'setStationDeputies', { code: 'XJH01', deputyIds: [...wanted, 'd-furong'] }, ADMIN);
    expect(r.code).toBe('OUT_OF_REGION');
    expect(r.message).toContain('朱镕');
    expect(await t.snapshot()).toBe(before);
  });
});

describe('staff: their stations', () => {
  const weekly = (over: Record<string, unknown> = {}) => ({ id: 'w1', weekday: 2, start: '09:00', end: '11:30', deputyIds: ['d-town-1'], ...over });
  const schedule = (over: Record<string, unknown> = {}) => ({ weekly: [weekly()], dated: [], cancelled: [], ...over });

  test('sets a schedule with a one-off session and a cancellation; the station page publishes it', async () => {
    const s = await t.ok(
      'staff',
      'setSchedule',
      {
        code: 'WYH01',
        schedule: schedule({
          dated: [{ id: 'd1', date: '2026-12-03', start: '14:00', end: '16:00', deputyIds: ['d-county-1'] }],
          cancelled: [{ sessionId: 'w1', date: '2026-12-08', reason: '代表外出调研' }],
        }),
      },
      STAFF_WYH,
    );
    expect(s.schedule.weekly).toHaveLength(1);
    const page = await t.ok('station', 'get', { code: 'WYH01' });
    const sessions = [...page.today, ...page.upcoming];
    expect(sessions.find((x: { date: string }) => x.date === '2026-12-03')).toMatchObject({ start: '14:00', cancelled: false });
    expect(sessions.find((x: { date: string }) => x.date === '2026-12-08')).toMatchObject({ cancelled: true, cancelReason: '代表外出调研' });
  });

  test('refuses a session ending before it starts, overlapping sessions, and a stranger on duty — nothing written', async () => {
    const before = await t.snapshot();
    const backwards = await t.refused('staff', 'setSchedule', { code: 'WYH01', schedule: schedule({ weekly: [weekly({ start: '11:00', end: '09:00' })] }) }, STAFF_WYH);
    expect(backwards.code).toBe('SCHEDULE_INVALID');
    expect(backwards.message).toContain('结束时间必须晚于开始时间');
    const overlap = await t.refused(
      'staff',
      'setSchedule',
      { code: 'WYH01', schedule: schedule({ weekly: [weekly(), weekly({ id: 'w2', start: '11:00', end: '12:00' })] }) },
      STAFF_WYH,
    );
    expect(overlap.code).toBe('SCHEDULE_INVALID');
    expect(overlap.message).toContain('重叠');
    // a one-off session on a Tuesday overlapping the weekly Tuesday session
    const datedOverlap = await t.refused(
      'staff',
      'setSchedule',
      { code: 'WYH01', schedule: schedule({ dated: [{ id: 'd1', date: '2026-12-01', start: '10:00', end: '12:00', deputyIds: [] }] }) },
      STAFF_WYH,
    );
    expect(datedOverlap.code).toBe('SCHEDULE_INVALID');
    const stranger = await t.refused('staff', 'setSchedule', { code: 'WYH01', schedule: schedule({ weekly: [weekly({ deputyIds: ['d-county-2'] })] }) }, STAFF_WYH);
    expect(stranger.message).toContain('不属于本联络站');
    expect(await t.snapshot()).toBe(before);
  });

  test('staff of one station cannot act on another', async () => {
    const before = await t.snapshot();
    for (const [action, payload] of [
      ['setSchedule', { code: 'WYH01', schedule: schedule() }],
      ['updateStation', { code: 'WYH01', address: '别处' }],
      ['setDeputies', { code: 'WYH01', deputyIds: [] }],
      ['setLeaves', { code: 'WYH01', deputyId: 'd-town-1', leaves: [] }],
      ['stationCode', { code: 'WYH01' }],
    ] as const) {
      expect((await t.refused('staff', action, payload, STAFF_XJH)).code).toBe('NOT_YOUR_STATION');
    }
    expect((await t.refused('documents', 'stationPoster', { code: 'WYH01' }, STAFF_XJH)).code).toBe('NOT_YOUR_STATION');
    expect(await t.snapshot()).toBe(before);
  });

  test('records a leave, edits the address; the page shows the deputy on leave', async () => {
    await t.ok('staff', 'setLeaves', { code: 'WYH01', deputyId: 'd-town-1', leaves: [{ from: '2026-11-28', to: '2026-12-05', reason: '外出学习' }] }, STAFF_WYH);
    const page = await t.ok('station', 'get', { code: 'WYH01' });
    expect(page.deputies.find((d: { id: string }) => d.id === 'd-town-1')?.onLeave).toBe(true);
    const bad = await t.refused('staff', 'setLeaves', { code: 'WYH01', deputyId: 'd-town-1', leaves: [{ from: '2026-12-05', to: '2026-12-01' }] }, STAFF_WYH);
    expect(bad.code).toBe('SCHEDULE_INVALID');
    const edited = await t.ok('staff', 'updateStation', { code: 'WYH01', address: '望月湖路 40 号', location: { latitude: 28.2, longitude: 112.95 } }, STAFF_WYH);
    expect(edited.address).toBe('望月湖路 40 号');
  });
});

describe('station QR code (wxacode.getUnlimited stand-in)', () => {
  test('generates a code whose scene is the station code and stores it', async () => {
    const qr = await t.ok('staff', 'stationCode', { code: 'WYH01' }, STAFF_WYH);
    expect(qr).toMatchObject({ scene: 'WYH01', page: 'pages/station/index', fileId: 'local://generated/qrcodes/WYH01.png' });
    expect(t.files.read(qr.fileId)!.subarray(1, 4).toString()).toBe('PNG');
  });

  test.each([
    ['Chinese', '望月湖01', 40097],
    ['%', 'WYH%01', 40097],
    ['40 characters', 'W'.repeat(40), 40097],
  ])('the stand-in refuses a scene with %s like WeChat (%s → %d)', async (_what, scene, code) => {
    await expect(
      t.ports.openapi.getUnlimitedQrCode({ scene, page: 'pages/station/index', checkPath: true, envVersion: 'release', width: 430 }),
    ).rejects.toMatchObject({ errCode: code });
  });

  test('the stand-in refuses an unknown page, or one with a leading slash (41030)', async () => {
    for (const page of ['pages/nowhere/index', '/pages/station/index']) {
      await expect(
        t.ports.openapi.getUnlimitedQrCode({ scene: 'WYH01', page, checkPath: true, envVersion: 'release', width: 430 }),
      ).rejects.toMatchObject({ errCode: 41030 });
    }
  });

  test('a station code WeChat would refuse is answered with a clear error, nothing stored', async () => {
    // Older data may hold codes made before the rule; "%" cannot pass as a scene.
    await dbOf(t.ports).collection('stations').doc('WYH01').update({ data: { name: '望月湖' } });
    await dbOf(t.ports).collection('stations').add({ data: { ...t.doc<object>('stations', 'WYH01'), _id: 'OLD%01' } });
    await dbOf(t.ports).collection('users').doc(STAFF_WYH).update({ data: { staffStationCodes: ['WYH01', 'YL01', 'OLD%01'] } });
    const before = await t.snapshot();
    const r = await t.refused('staff', 'stationCode', { code: 'OLD%01' }, STAFF_WYH);
    expect(['QR_CODE_FAILED', 'INVALID_PAYLOAD']).toContain(r.code);
    expect(await t.snapshot()).toBe(before);
  });
});
