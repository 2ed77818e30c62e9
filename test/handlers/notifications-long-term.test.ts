/**
 * Issue 20, done-when: a deputy with a long-term grant receives every new case, chase and
 * overdue message with no further taps; revoking it — in WeChat's settings (seen on the next
 * visit) or as WeChat's 43101 — stops the sends and shows the deputy as unreachable.
 */
import { fromBeijing } from '../../core/beijing-time';
import { answerDialog, ConsentRefused } from '../../server/local/consent';
import { TEMPLATES } from '../../server/config/templates';
import { COUNTY_DEPUTY, STAFF_WYH, startLocal, type Local } from '../support/local';
import { change, entriesFor, messages, tick } from './notifications-support';

jest.setTimeout(60_000);

// Monday 2026-11-30 10:00 Beijing: routing picks by specialty (李红梅, d-county-1).
const MONDAY = fromBeijing('2026-11-30', '10:00');
const DEPUTY_REMINDERS = ['opinion_new', 'opinion_update', 'deadline_reminder'];

async function newCase(t: Local, text: string): Promise<string> {
  const r = await t.submit({ text, chosenDeputyId: 'd-county-1' });
  await t.relay();
  expect(r.status).toBe('assigned');
  return r.id as string;
}

const keysOf = (t: Local) => messages(t, COUNTY_DEPUTY).map((m) => m.templateKey);

test('one acceptance at binding: every new case, chase and overdue message arrives, no further taps', async () => {
  const t = await startLocal(MONDAY);
  await answerDialog(t, COUNTY_DEPUTY, DEPUTY_REMINDERS); // one dialog, three long-term ids
  const ids: string[] = [];
  for (let i = 1; i <= 4; i++) ids.push(await newCase(t, `第${i}件：小区${i}栋门口的路灯已经坏了一个多月，晚上出行很不方便。`));
  for (let n = 1; n <= 2; n++) await change(t, ids[0], { mover: 'resident', action: 'chase', set: { chaseCount: n } });
  // Past the accept deadline (Thursday 23:59) with nobody accepting: the day-before and overdue reminders.
  t.clock.set(fromBeijing('2026-12-02', '09:05'));
  await tick(t);
  t.clock.set(fromBeijing('2026-12-04', '00:10'));
  await tick(t);

  const got = keysOf(t);
  expect(got.filter((k) => k === 'opinion_new')).toHaveLength(4);
  expect(got.filter((k) => k === 'opinion_update')).toHaveLength(2);
  // Four cases: a day-before reminder and an overdue message each.
  expect(got.filter((k) => k === 'deadline_reminder')).toHaveLength(8);
  expect(entriesFor(t, COUNTY_DEPUTY).every((e) => e.state === 'sent')).toBe(true);
  const mine = await t.ok('subscription', 'reminders', {}, COUNTY_DEPUTY);
  expect(mine.role).toBe('deputy');
  expect(mine.reach).toMatchObject({ reachable: true, label: '可接收提醒' });
  expect(mine.reach?.lastSentAt).toBeDefined();
  expect(mine.items.filter((i) => i.longTerm).map((i) => [i.key, i.on])).toEqual(DEPUTY_REMINDERS.map((k) => [k, true]));
  t.close();
});

test('turned off in WeChat’s settings, seen on the next visit: nothing more is attempted', async () => {
  const t = await startLocal(MONDAY);
  await answerDialog(t, COUNTY_DEPUTY, DEPUTY_REMINDERS);
  await newCase(t, '3栋电梯经常故障，老人上下楼困难，希望尽快维修。');
  expect(keysOf(t)).toEqual(['opinion_new']);

  // The deputy switches 新意见待受理提醒 off in the mini-program's settings page, then opens the app.
  t.wxSubscriptions.setItem(COUNTY_DEPUTY, TEMPLATES.opinion_new.templateId, false, t.clock.now());
  const after = await t.ok('subscription', 'sync', t.wxSubscriptions.settings(COUNTY_DEPUTY), COUNTY_DEPUTY);
  expect(after.reach).toMatchObject({ reachable: false, label: '在微信设置中关闭了提醒' });
  expect(after.items.find((i) => i.key === 'opinion_new')).toMatchObject({ on: false });
  expect(after.items.find((i) => i.key === 'deadline_reminder')).toMatchObject({ on: true });

  const attempts = t.subscribeMessages.attempts;
  await newCase(t, '5栋楼道的灯坏了很久，晚上回家看不清台阶。');
  expect(t.subscribeMessages.attempts).toBe(attempts); // not even tried
  expect(entriesFor(t, COUNTY_DEPUTY, 'opinion_new').map((e) => e.state)).toEqual(['sent', 'skipped']);
  expect(keysOf(t)).toEqual(['opinion_new']);

  // Turned on again in the settings: the next visit stands the grant again, without a dialog.
  t.wxSubscriptions.setItem(COUNTY_DEPUTY, TEMPLATES.opinion_new.templateId, true, t.clock.now());
  const back = await t.ok('subscription', 'sync', t.wxSubscriptions.settings(COUNTY_DEPUTY), COUNTY_DEPUTY);
  expect(back.reach).toMatchObject({ reachable: true });
  await newCase(t, '7栋门前的下水道堵了，下雨天积水很深。');
  expect(keysOf(t)).toEqual(['opinion_new', 'opinion_new']);
  t.close();
});

test('turned off without a visit: the next send answers 43101, the grant ends, later sends are not tried', async () => {
  const t = await startLocal(MONDAY);
  await answerDialog(t, COUNTY_DEPUTY, DEPUTY_REMINDERS);
  t.wxSubscriptions.setMainSwitch(COUNTY_DEPUTY, false); // all subscription messages off, app not opened

  await newCase(t, '3栋电梯经常故障，老人上下楼困难，希望尽快维修。');
  expect(entriesFor(t, COUNTY_DEPUTY, 'opinion_new')[0]).toMatchObject({ state: 'dead', lastError: { code: 43101 } });
  const mine = await t.ok('subscription', 'reminders', {}, COUNTY_DEPUTY);
  expect(mine.reach).toMatchObject({ reachable: false, label: '微信退回了提醒（已关闭订阅）' });
  expect(mine.reach?.endedAt).toBeDefined();

  const attempts = t.subscribeMessages.attempts;
  await newCase(t, '5栋楼道的灯坏了很久，晚上回家看不清台阶。');
  expect(t.subscribeMessages.attempts).toBe(attempts);
  expect(entriesFor(t, COUNTY_DEPUTY, 'opinion_new').map((e) => e.state)).toEqual(['dead', 'skipped']);
  expect(messages(t, COUNTY_DEPUTY)).toHaveLength(0);

  // Asking again while the main switch is off is refused by WeChat itself (20004); nothing is recorded.
  await expect(answerDialog(t, COUNTY_DEPUTY, ['opinion_new'])).rejects.toEqual(expect.any(ConsentRefused));
  expect((await t.ok('subscription', 'reminders', {}, COUNTY_DEPUTY)).reach?.reachable).toBe(false);
  t.close();
});

test('an acceptance the app recorded but WeChat never saw is not a grant: 43101, then unreachable', async () => {
  const t = await startLocal(MONDAY);
  // The app's ledger says yes (e.g. a forged grant call); WeChat has no consent.
  await t.ok('subscription', 'grant', { results: { opinion_new: 'accept' } }, COUNTY_DEPUTY);
  await newCase(t, '3栋电梯经常故障，老人上下楼困难，希望尽快维修。');
  expect(entriesFor(t, COUNTY_DEPUTY, 'opinion_new')[0]).toMatchObject({ state: 'dead', lastError: { code: 43101 } });
  expect((await t.ok('subscription', 'reminders', {}, COUNTY_DEPUTY)).reach?.reachable).toBe(false);
  t.close();
});

test('staff are asked once too: every station alert arrives on one grant', async () => {
  const t = await startLocal(MONDAY);
  await answerDialog(t, STAFF_WYH, ['staff_alert', 'staff_digest']);
  const id = await newCase(t, '3栋电梯经常故障，老人上下楼困难，希望尽快维修。');
  for (let n = 1; n <= 4; n++) await change(t, id, { mover: 'resident', action: 'chase', set: { chaseCount: n } });
  // Chases from the second on alert staff: three alerts, besides anything the calendar sends.
  const alerts = messages(t, STAFF_WYH, 'staff_alert').map((m) => m.data.thing1.value).filter((v) => v.startsWith('意见已被催办'));
  expect(alerts).toEqual(['意见已被催办2次', '意见已被催办3次', '意见已被催办4次']);
  expect((await t.ok('subscription', 'reminders', {}, STAFF_WYH)).reach).toMatchObject({ reachable: true });
  t.close();
});
