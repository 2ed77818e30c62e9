/**
 * Whole lists written at the same moment by two people (docs/concurrency.md, Open risks 3
 * and 5): station ↔ deputy lists, leaves, a staff member's stations. Races are fired with
 * Promise.all through the local runtime, or — where only one interleaving shows the loss —
 * by running the other request between this one's read and its write. Nothing one writer
 * added may be lost, and no writer may get an internal error.
 */
import type { FunctionName } from '../../core/contract';
import type { Leave } from '../../core/reception-schedule';
import { dispatch } from '../../server/functions/dispatch';
import { HANDLERS } from '../../server/functions';
import type { DeputyDoc, StationDoc, UserDoc } from '../../server/model';
import type { Ports } from '../../server/platform/ports';
import { runRepairs } from '../../server/opinions/jobs/repairs';
import { finishRoster } from '../../server/roster/activation';
import { hooked, once } from '../support/db-hooks';
import { COUNTY_DEPUTY, startLocal, STAFF_WYH, type Local } from '../support/local';
import { GOOD_ROWS, upload, xlsxOf } from '../support/roster-files';
import { dbOf } from '../../server/platform/db';

const ADMIN = 'demo-admin-yuelu';
const NEW_STAFF = 'test-new-staff';

jest.setTimeout(60_000);
let t: Local;
beforeEach(async () => {
  t = await startLocal();
});
afterEach(() => t.close());

const station = (code: string) => t.doc<StationDoc>('stations', code);
const deputy = (id: string) => t.doc<DeputyDoc>('deputies', id);
const leaves = (id: string) => deputy(id).leaves.map((l: Leave) => `${l.from}~${l.to}`).sort();

/** Calls and returns the answer, ok or refused, so a race's loser can be inspected. */
const call = (fn: FunctionName, action: string, payload: unknown, openid: string) => t.call(fn, { action, payload }, openid);
/** The same, through other ports (see `beforeFirstUpdate`). */
const callWith = (ports: Ports, fn: FunctionName, action: string, payload: unknown, openid: string) =>
  dispatch(fn, HANDLERS[fn], { action, payload }, { openid, source: 'wx_client' }, ports, { checkOutput: true });

/**
 * Ports whose database runs `step` once, just before the first update of `collection`:
 * another request lands between this one's read and its write, or (a step that throws) the
 * function stops there.
 */
function beforeFirstUpdate(ports: Ports, collection: string, step: () => unknown): Ports {
  return hooked(ports, once((w) => w.collection === collection && w.kind === 'update', step));
}

/** Every deputy a station lists has the station among their own; every deputy naming it is listed. */
function expectInStep(code: string) {
  const listed = station(code).deputyIds;
  for (const id of listed) expect({ id, codes: deputy(id).stationCodes }).toEqual({ id, codes: expect.arrayContaining([code]) });
  const naming = t.docs<DeputyDoc>('deputies').filter((d) => d.stationCodes.includes(code)).map((d) => d._id);
  expect(naming.sort()).toEqual([...listed].sort());
}

describe('station ↔ deputy lists', () => {
  test('two stations attach the same deputy at once: the deputy lists both', async () => {
    const [a, b] = await Promise.all([
      call('admin', 'setStationDeputies', { code: 'WYH01', deputyIds: [...station('WYH01').deputyIds, 'd-nat-1'] }, ADMIN),
      call('admin', 'setStationDeputies', { code: 'XJH01', deputyIds: [...station('XJH01').deputyIds, 'd-nat-1'] }, ADMIN),
    ]);
    expect([a.ok, b.ok]).toEqual([true, true]);
    expect(deputy('d-nat-1').stationCodes.sort()).toEqual(['WYH01', 'XJH01', 'YL01']);
    for (const code of ['WYH01', 'XJH01', 'YL01']) expectInStep(code);
  });

  test('an edit lands between another edit\'s read and its write: both attaches stay, on both sides', async () => {
    const before = station('WYH01').deputyIds;
    const staffEdit = () => t.ok('staff', 'setDeputies', { code: 'WYH01', deputyIds: [...before, 'd-county-2'] }, STAFF_WYH);
    const r = await callWith(beforeFirstUpdate(t.ports, 'stations', staffEdit), 'admin', 'setStationDeputies', { code: 'WYH01', deputyIds: [...before, 'd-town-2'] }, ADMIN);
    expect(r.ok).toBe(true);
    expect(station('WYH01').deputyIds.sort()).toEqual([...before, 'd-county-2', 'd-town-2'].sort());
    expectInStep('WYH01');
  });

  test('a roster finish lands between an attach\'s read and its write: the imported deputies and the attached one all stay', async () => {
    const batch = await t.ok('admin', 'stageRoster', { fileId: await upload(t, await xlsxOf(GOOD_ROWS)), fileName: 'r.xlsx' }, ADMIN);
    await dbOf(t.ports).collection('rosterbatches').doc(batch.id).update({ data: { status: 'activating', activatingAt: t.clock.now() } });
    const before = station('WYH01').deputyIds;
    const finish = () => finishRoster(t.ports, batch.id);
    const attach = await callWith(beforeFirstUpdate(t.ports, 'stations', finish), 'staff', 'setDeputies', { code: 'WYH01', deputyIds: [...before, 'd-county-2'] }, STAFF_WYH);
    expect(attach.ok).toBe(true);
    expect(t.doc<{ status: string }>('rosterbatches', batch.id).status).toBe('active');
    const imported = t.docs<DeputyDoc>('deputies').filter((d) => d.importBatch === batch.id && d.stationCodes.includes('WYH01'));
    expect(imported).toHaveLength(2);
    expect(station('WYH01').deputyIds.sort()).toEqual([...before, 'd-county-2', ...imported.map((d) => d._id)].sort());
    expectInStep('WYH01');
  });

  test('an attach while a roster finishes, at once: nothing lost', async () => {
    const batch = await t.ok('admin', 'stageRoster', { fileId: await upload(t, await xlsxOf(GOOD_ROWS)), fileName: 'r.xlsx' }, ADMIN);
    await dbOf(t.ports).collection('rosterbatches').doc(batch.id).update({ data: { status: 'activating', activatingAt: t.clock.now() } });
    const before = station('WYH01').deputyIds;
    const [, attach] = await Promise.all([
      finishRoster(t.ports, batch.id),
      call('staff', 'setDeputies', { code: 'WYH01', deputyIds: [...before, 'd-county-2'] }, STAFF_WYH),
    ]);
    expect(attach.ok).toBe(true);
    const imported = t.docs<DeputyDoc>('deputies').filter((d) => d.importBatch === batch.id && d.stationCodes.includes('WYH01'));
    expect(station('WYH01').deputyIds.sort()).toEqual([...before, 'd-county-2', ...imported.map((d) => d._id)].sort());
  });

  describe('a detach and a schedule naming that deputy: no session ever names a detached deputy', () => {
    // 黄 (d-city-1) receives on Thursdays at 望月湖; they are taken off the schedule first.
    let schedule: StationDoc['schedule'];
    beforeEach(async () => {
      schedule = station('WYH01').schedule;
      const without = { ...schedule, weekly: schedule.weekly.map((s) => (s.id === 'wyh-thu' ? { ...s, deputyIds: ['d-town-1'] } : s)) };
      await t.ok('staff', 'setSchedule', { code: 'WYH01', schedule: without }, STAFF_WYH);
    });
    const detach = () => ({ code: 'WYH01', deputyIds: station('WYH01').deputyIds.filter((id) => id !== 'd-city-1') });
    function expectNobodyDetachedOnDuty() {
      const after = station('WYH01');
      const onDuty = [...after.schedule.weekly, ...after.schedule.dated].flatMap((s) => s.deputyIds);
      expect(onDuty.filter((id) => !after.deputyIds.includes(id))).toEqual([]);
      expectInStep('WYH01');
    }

    test('the schedule saved between the detach\'s check and its write: the detach is refused', async () => {
      const saveSchedule = () => t.ok('staff', 'setSchedule', { code: 'WYH01', schedule }, STAFF_WYH);
      const r = await callWith(beforeFirstUpdate(t.ports, 'stations', saveSchedule), 'staff', 'setDeputies', detach(), STAFF_WYH);
      expect(r).toMatchObject({ ok: false, code: 'SCHEDULE_INVALID' });
      expectNobodyDetachedOnDuty();
    });

    test('the detach between the schedule\'s check and its write: the schedule is refused', async () => {
      const detachNow = () => t.ok('staff', 'setDeputies', detach(), STAFF_WYH);
      const r = await callWith(beforeFirstUpdate(t.ports, 'stations', detachNow), 'staff', 'setSchedule', { code: 'WYH01', schedule }, STAFF_WYH);
      expect(r).toMatchObject({ ok: false, code: 'SCHEDULE_INVALID' });
      expect(station('WYH01').deputyIds).not.toContain('d-city-1');
      expectNobodyDetachedOnDuty();
    });

    test('both at once: one may be refused, cleanly', async () => {
      const answers = await Promise.all([call('staff', 'setDeputies', detach(), STAFF_WYH), call('staff', 'setSchedule', { code: 'WYH01', schedule }, STAFF_WYH)]);
      for (const r of answers) if (!r.ok) expect(r.code).toBe('SCHEDULE_INVALID');
      expect(answers.some((r) => r.ok)).toBe(true);
      expectNobodyDetachedOnDuty();
    });
  });

  test('stopped between the station write and the deputy writes: sending the request again completes them', async () => {
    const before = station('WYH01').deputyIds;
    await t.ok('staff', 'setDeputies', { code: 'WYH01', deputyIds: [...before, 'd-county-2'] }, STAFF_WYH);
    // Detach 赵国庆 (d-county-2), attach 王 (d-town-2); the function is killed at the first deputy write.
    const request = { code: 'WYH01', deputyIds: [...before, 'd-town-2'] };
    const stopped = await callWith(beforeFirstUpdate(t.ports, 'deputies', () => { throw new Error('killed'); }), 'staff', 'setDeputies', request, STAFF_WYH);
    expect(stopped.ok).toBe(false);
    expect(station('WYH01').deputyIds.sort()).toEqual(request.deputyIds.sort());
    expect(deputy('d-county-2').stationCodes).toContain('WYH01'); // the two disagree
    expect((await call('staff', 'setDeputies', request, STAFF_WYH)).ok).toBe(true);
    for (const code of ['WYH01', 'XJH01', 'YL01']) expectInStep(code);
    expect(deputy('d-county-2').stationCodes).toEqual(['XJH01']);
    expect(deputy('d-town-2').stationCodes.sort()).toEqual(['WYH01', 'XJH01']);
  });

  test('stopped between the station write and the deputy writes, never sent again: the daily repair brings the deputies in step', async () => {
    const before = station('WYH01').deputyIds;
    await t.ok('staff', 'setDeputies', { code: 'WYH01', deputyIds: [...before, 'd-county-2'] }, STAFF_WYH);
    const request = { code: 'WYH01', deputyIds: [...before, 'd-town-2'] };
    await callWith(beforeFirstUpdate(t.ports, 'deputies', () => { throw new Error('killed'); }), 'staff', 'setDeputies', request, STAFF_WYH);
    expect(deputy('d-county-2').stationCodes).toContain('WYH01'); // the two disagree
    const repairs = await runRepairs(t.ports);
    expect(repairs.synced).toBe(t.store.count('stations'));
    for (const code of ['WYH01', 'XJH01', 'YL01']) expectInStep(code);
    expect(deputy('d-county-2').stationCodes).toEqual(['XJH01']);
    expect(deputy('d-town-2').stationCodes.sort()).toEqual(['WYH01', 'XJH01']);
    expect((await runRepairs(t.ports)).synced).toBe(0); // once a day
  });
});

describe('leaves', () => {
  test('a deputy adds two leaves at once: both kept', async () => {
    const answers = await Promise.all([
      call('deputy', 'addLeave', { from: '2026-12-10', to: '2026-12-12', reason: '出差' }, COUNTY_DEPUTY),
      call('deputy', 'addLeave', { from: '2026-12-20', to: '2026-12-21' }, COUNTY_DEPUTY),
    ]);
    expect(answers.map((r) => r.ok)).toEqual([true, true]);
    expect(leaves('d-county-1')).toEqual(['2026-12-10~2026-12-12', '2026-12-20~2026-12-21']);
  });

  test('a cancel and an add at once: both changes kept', async () => {
    await t.ok('deputy', 'addLeave', { from: '2026-12-10', to: '2026-12-12' }, COUNTY_DEPUTY);
    const answers = await Promise.all([
      call('deputy', 'cancelLeave', { from: '2026-12-10', to: '2026-12-12' }, COUNTY_DEPUTY),
      call('deputy', 'addLeave', { from: '2026-12-20', to: '2026-12-21' }, COUNTY_DEPUTY),
    ]);
    expect(answers.map((r) => r.ok)).toEqual([true, true]);
    expect(leaves('d-county-1')).toEqual(['2026-12-20~2026-12-21']);
  });

  test('the deputy adds a leave between the staff\'s read and their write: both kept', async () => {
    const deputyAdds = () => t.ok('deputy', 'addLeave', { from: '2026-12-20', to: '2026-12-21' }, COUNTY_DEPUTY);
    const staffSet = { code: 'WYH01', deputyId: 'd-county-1', leaves: [{ from: '2026-12-01', to: '2026-12-02', reason: '开会' }] };
    const r = await callWith(beforeFirstUpdate(t.ports, 'deputies', deputyAdds), 'staff', 'setLeaves', staffSet, STAFF_WYH);
    expect(r.ok).toBe(true);
    expect(leaves('d-county-1')).toEqual(['2026-12-01~2026-12-02', '2026-12-20~2026-12-21']);
    // A leave the staff page did show and left out is removed.
    await t.ok('staff', 'setLeaves', { ...staffSet, leaves: [{ from: '2026-12-20', to: '2026-12-21' }] }, STAFF_WYH);
    expect(leaves('d-county-1')).toEqual(['2026-12-20~2026-12-21']);
  });
});

describe('a page showing an older list (the request carries the list it showed)', () => {
  test('a deputy adds a leave after the staff page loaded: the staff save keeps it', async () => {
    const shown = deputy('d-county-1').leaves; // what the staff page shows
    await t.ok('deputy', 'addLeave', { from: '2026-12-20', to: '2026-12-21' }, COUNTY_DEPUTY);
    await t.ok('staff', 'setLeaves', { code: 'WYH01', deputyId: 'd-county-1', leaves: [...shown, { from: '2026-12-01', to: '2026-12-02' }], base: shown }, STAFF_WYH);
    expect(leaves('d-county-1')).toEqual(['2026-12-01~2026-12-02', '2026-12-20~2026-12-21']);
  });

  test('another editor attaches after this page loaded: this page\'s own attach keeps it', async () => {
    const shown = station('WYH01').deputyIds; // what the staff page shows
    await t.ok('admin', 'setStationDeputies', { code: 'WYH01', deputyIds: [...shown, 'd-town-2'], base: shown }, ADMIN);
    await t.ok('staff', 'setDeputies', { code: 'WYH01', deputyIds: [...shown, 'd-county-2'], base: shown }, STAFF_WYH);
    expect(station('WYH01').deputyIds.sort()).toEqual([...shown, 'd-town-2', 'd-county-2'].sort());
    expectInStep('WYH01');
  });
});

describe("a staff member's stations", () => {
  test('two gives to a new user at once: both stations, no internal error', async () => {
    const answers = await Promise.all([
      call('admin', 'giveStation', { code: 'WYH01', openid: NEW_STAFF }, ADMIN),
      call('admin', 'giveStation', { code: 'XJH01', openid: NEW_STAFF }, ADMIN),
    ]);
    expect(answers.map((r) => (r.ok ? 'ok' : r.code))).toEqual(['ok', 'ok']);
    expect(t.doc<UserDoc>('users', NEW_STAFF).staffStationCodes?.sort()).toEqual(['WYH01', 'XJH01']);
  });

  test('a give and a take at once: both land', async () => {
    const answers = await Promise.all([
      call('admin', 'giveStation', { code: 'XJH01', openid: STAFF_WYH }, ADMIN),
      call('admin', 'takeStation', { code: 'YL01', openid: STAFF_WYH }, ADMIN),
    ]);
    expect(answers.map((r) => r.ok)).toEqual([true, true]);
    expect(t.doc<UserDoc>('users', STAFF_WYH).staffStationCodes?.sort()).toEqual(['WYH01', 'XJH01']);
  });
});
