/**
 * Issue 20, "nobody unreachable goes unnoticed": staff see which of their deputies have no
 * working grant for new-case reminders (with the date of the last delivered message), the
 * office sees the same of its staff, and a case whose deputy cannot be reached is flagged in
 * the staff queue (办理中). Reach costs one request for a whole list, not one per person.
 */
import { beijingDate, fromBeijing } from '../../core/beijing-time';
import { answerDialog } from '../../server/local/consent';
import { COUNTY_DEPUTY, STAFF_WYH, TOWNSHIP_DEPUTY, startLocal, type Local } from '../support/local';
import { ADMIN, entriesFor } from './notifications-support';

jest.setTimeout(60_000);

// Monday 2026-11-30 10:00 Beijing: nobody on leave, routing honours the resident's choice.
const MONDAY = fromBeijing('2026-11-30', '10:00');
const STAFF_XJH = 'demo-staff-xjh';

/** An ISO time on this Beijing date (the local clock moves on by milliseconds as handlers run). */
const isoOn = (date: string) => ({
  asymmetricMatch: (v: unknown) => typeof v === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(v) && beijingDate(v) === date,
  toString: () => `an ISO time on ${date}`,
});

async function newCase(t: Local, deputyId: string, text: string): Promise<string> {
  const r = await t.submit({ text, chosenDeputyId: deputyId });
  await t.relay();
  expect(r.status).toBe('assigned');
  return r.id as string;
}

/** A deputy of a station as the staff desk shows them. */
async function onDesk(t: Local, staff: string, stationCode: string, deputyId: string) {
  const station = (await t.ok('staff', 'myStations', {}, staff)).items.find((s) => s.code === stationCode);
  const deputy = station?.deputies.find((d) => d.id === deputyId);
  if (!deputy) throw new Error(`${deputyId} is not on ${stationCode}`);
  return deputy.reach;
}

test('a standing grant is reachable with the last delivery; a send WeChat answers 43101 shows the deputy unreachable on the desk', async () => {
  const t = await startLocal(MONDAY);
  await answerDialog(t, COUNTY_DEPUTY, ['opinion_new']);
  expect(await onDesk(t, STAFF_WYH, 'WYH01', 'd-county-1')).toEqual({ reachable: true, label: '可接收提醒' }); // nothing delivered yet
  // 周丽 is bound but never accepted the reminder.
  expect(await onDesk(t, STAFF_WYH, 'WYH01', 'd-town-1')).toEqual({ reachable: false, label: '未开启提醒' });

  await newCase(t, 'd-county-1', '3栋电梯经常故障，老人上下楼困难，希望尽快维修。');
  expect(entriesFor(t, COUNTY_DEPUTY, 'opinion_new').map((e) => e.state)).toEqual(['sent']);
  expect(await onDesk(t, STAFF_WYH, 'WYH01', 'd-county-1')).toEqual({ reachable: true, label: '可接收提醒', lastSentAt: isoOn('2026-11-30') });

  // The deputy turns every subscription message off in WeChat and does not open the app.
  t.clock.set(fromBeijing('2026-12-01', '09:00'));
  t.wxSubscriptions.setMainSwitch(COUNTY_DEPUTY, false);
  await newCase(t, 'd-county-1', '5栋楼道的灯坏了很久，晚上回家看不清台阶。');
  expect(entriesFor(t, COUNTY_DEPUTY, 'opinion_new')[1]).toMatchObject({ state: 'dead', lastError: { code: 43101 } });
  expect(await onDesk(t, STAFF_WYH, 'WYH01', 'd-county-1')).toEqual({
    reachable: false,
    label: '微信退回了提醒（已关闭订阅）',
    lastSentAt: isoOn('2026-11-30'), // the last message WeChat took, not the one it refused
    endedAt: isoOn('2026-12-01'),
  });
  t.close();
});

test('turned off in WeChat’s settings and seen on the next visit: the desk says so', async () => {
  const t = await startLocal(MONDAY);
  await answerDialog(t, COUNTY_DEPUTY, ['opinion_new']);
  t.wxSubscriptions.setMainSwitch(COUNTY_DEPUTY, false);
  await t.ok('subscription', 'sync', t.wxSubscriptions.settings(COUNTY_DEPUTY), COUNTY_DEPUTY);
  expect(await onDesk(t, STAFF_WYH, 'WYH01', 'd-county-1')).toMatchObject({ reachable: false, label: '在微信设置中关闭了提醒' });
  t.close();
});

test('a deputy not bound to WeChat is unreachable; the desk reads every deputy’s reach in one request, however many are bound', async () => {
  const t = await startLocal(MONDAY);
  // 咸嘉湖站: 赵国庆 bound, 吴喆 and 黄镕 not.
  const reachOf = async () => Object.fromEntries((await t.ok('staff', 'myStations', {}, STAFF_XJH)).items[0]!.deputies.map((d) => [d.name, d.reach]));
  expect(await reachOf()).toEqual({
    赵国庆: { reachable: false, label: '未开启提醒' },
    吴喆: { reachable: false, label: '未绑定微信' },
    黄镕: { reachable: false, label: '未绑定微信' },
  });
  const before = t.dbRequests();
  await reachOf();
  const oneBound = t.dbRequests() - before;

  await t.ok('deputy', 'bind', { inviteCode: 'HUANGRONG26' }, 'demo-deputy-new');
  await answerDialog(t, 'demo-deputy-new', ['opinion_new']);
  const after = t.dbRequests();
  expect((await reachOf())['黄镕']).toEqual({ reachable: true, label: '可接收提醒' });
  expect(t.dbRequests() - after).toBe(oneBound);
  t.close();
});

test('the queue flags a case whose deputy cannot be reached, not one whose deputy can, at the same cost for any number of cases', async () => {
  const t = await startLocal(MONDAY);
  await answerDialog(t, TOWNSHIP_DEPUTY, ['opinion_new']);
  // 李红梅 never accepted; 周丽 did.
  const unreached = await newCase(t, 'd-county-1', '3栋电梯经常故障，老人上下楼困难，希望尽快维修。');
  const reached = await newCase(t, 'd-town-1', '5栋楼道的灯坏了很久，晚上回家看不清台阶。');

  const page = async () => (await t.ok('staff', 'queue', { view: 'open', code: 'WYH01' }, STAFF_WYH)).items;
  const items = await page();
  expect(items.map((i) => i.id).sort()).toEqual([unreached, reached].sort());
  const byId = Object.fromEntries(items.map((i) => [i.id, i]));
  expect(byId[unreached]).toMatchObject({ assigneeName: '李红梅', assigneeReach: { reachable: false, label: '未开启提醒' } });
  expect(byId[reached]).toMatchObject({ assigneeName: '周丽', assigneeReach: { reachable: true, label: '可接收提醒', lastSentAt: isoOn('2026-11-30') } });

  // Two cases of two deputies or four of three: the same round trips (the page's deputies, then their grants).
  const before = t.dbRequests();
  await page();
  const forTwo = t.dbRequests() - before;
  await newCase(t, 'd-county-1', '7栋门前的下水道堵了，下雨天积水很深。');
  await newCase(t, 'd-city-1', '小区东门的路灯坏了一个多月，晚上出行很不方便。');
  const again = t.dbRequests();
  expect((await page()).map((i) => i.assigneeName).sort()).toEqual(['周丽', '李红梅', '李红梅', '王志强'].sort());
  expect(t.dbRequests() - again).toBe(forTwo);

  // Cases in triage have no deputy: nothing to flag.
  const triage = (await t.ok('staff', 'queue', { view: 'triage' }, STAFF_WYH)).items;
  expect(triage.every((i) => i.assigneeReach === undefined)).toBe(true);
  t.close();
});

test('the office sees which staff cannot be reached', async () => {
  const t = await startLocal(MONDAY);
  await answerDialog(t, STAFF_WYH, ['staff_alert']);
  const staff = Object.fromEntries((await t.ok('admin', 'staffOverview', {}, ADMIN)).staff.map((s) => [s.openid, s.reach]));
  expect(staff[STAFF_WYH]).toEqual({ reachable: true, label: '可接收提醒' });
  expect(staff[STAFF_XJH]).toEqual({ reachable: false, label: '未开启提醒' });
  t.close();
});
