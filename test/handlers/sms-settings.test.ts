/**
 * Issue 20, the SMS fallback as the app shows it: the reminders view carries a deputy's or
 * staff member's 短信备用提醒 (whether SMS goes here, and their number masked) without a request
 * of its own; `subscription.templates` tells the resident's form whether SMS is offered; the
 * person's data export holds their SMS number and, per opinion, whether SMS was asked for; the
 * staff outbox says which entries went by SMS.
 */
import { fromBeijing } from '../../core/beijing-time';
import type { SmsSetup } from '../../server/platform/openapi/port';
import { counted } from '../support/db-count';
import { COUNTY_DEPUTY, OTHER_RESIDENT, RESIDENT, STAFF_WYH, startLocal, type Local } from '../support/local';
import { entriesFor } from './notifications-support';

jest.setTimeout(60_000);

// Monday 2026-11-30 10:00 Beijing: no reception session, so routing picks by specialty (李红梅).
const MONDAY = fromBeijing('2026-11-30', '10:00');
const SMS: SmsSetup = { env: 'local-test-env', templateId: '2345678', linkDays: 30 };
const DEPUTY_PHONE = '13800000001';

const withSms = () => startLocal(MONDAY, ':memory:', { sms: SMS });
const withoutSms = () => startLocal(MONDAY, ':memory:', { sms: false });

/** A case for 李红梅, its after-write step (outbox, sends) done. */
async function submitted(t: Local, payload: Record<string, unknown> = {}, openid = RESIDENT) {
  const r = await t.submit({ chosenDeputyId: 'd-county-1', ...payload }, openid);
  await t.relay();
  return r.id as string;
}

describe('the reminders view: 短信备用提醒 for deputies and staff', () => {
  test('SMS configured: available, 未设置 until a number is set, then the number masked, in reminders and sync alike', async () => {
    const t = await withSms();
    expect((await t.ok('subscription', 'reminders', {}, COUNTY_DEPUTY)).sms).toEqual({ available: true });
    await t.ok('subscription', 'smsPhone', { phone: DEPUTY_PHONE }, COUNTY_DEPUTY);
    const mine = await t.ok('subscription', 'reminders', {}, COUNTY_DEPUTY);
    expect(mine.sms).toEqual({ available: true, phone: '138****0001' });
    expect(JSON.stringify(mine)).not.toContain(DEPUTY_PHONE);
    const synced = await t.ok('subscription', 'sync', t.wxSubscriptions.settings(COUNTY_DEPUTY), COUNTY_DEPUTY);
    expect(synced.sms).toEqual({ available: true, phone: '138****0001' });
    // Taken back: available, no number.
    await t.ok('subscription', 'smsPhone', { phone: null }, COUNTY_DEPUTY);
    expect((await t.ok('subscription', 'reminders', {}, COUNTY_DEPUTY)).sms).toEqual({ available: true });
    t.close();
  });

  test('staff have it too; residents never', async () => {
    const t = await withSms();
    await t.ok('subscription', 'smsPhone', { phone: '13900000009' }, STAFF_WYH);
    const staff = await t.ok('subscription', 'reminders', {}, STAFF_WYH);
    expect(staff.role).toBe('staff');
    expect(staff.sms).toEqual({ available: true, phone: '139****0009' });
    const resident = await t.ok('subscription', 'reminders', {}, RESIDENT);
    expect(resident.role).toBe('resident');
    expect(resident).not.toHaveProperty('sms');
    t.close();
  });

  test('SMS not configured: not available, though a number set earlier is still shown masked', async () => {
    const t = await withoutSms();
    await t.ok('subscription', 'smsPhone', { phone: DEPUTY_PHONE }, COUNTY_DEPUTY);
    expect((await t.ok('subscription', 'reminders', {}, COUNTY_DEPUTY)).sms).toEqual({ available: false, phone: '138****0001' });
    t.close();
  });

  test('no request of its own: the number comes with the user read that resolves the caller', async () => {
    const t = await withSms();
    const before = await counted(() => t.ok('subscription', 'reminders', {}, COUNTY_DEPUTY));
    await t.ok('subscription', 'smsPhone', { phone: DEPUTY_PHONE }, COUNTY_DEPUTY);
    const after = await counted(() => t.ok('subscription', 'reminders', {}, COUNTY_DEPUTY));
    expect(after.result.sms?.phone).toBe('138****0001');
    expect(after.count.requests.length).toBe(before.count.requests.length);
    expect(after.count.byCollection().users).toBe(1);
    t.close();
  });
});

describe('subscription.templates: whether the resident may ask for SMS', () => {
  test('smsAvailable follows the configuration, for anyone asking', async () => {
    const on = await withSms();
    expect((await on.ok('subscription', 'templates', { audience: 'resident' }, RESIDENT)).smsAvailable).toBe(true);
    expect((await on.ok('subscription', 'templates', { audience: 'resident' })).smsAvailable).toBe(true);
    on.close();
    const off = await withoutSms();
    const answer = await off.ok('subscription', 'templates', { audience: 'resident' }, RESIDENT);
    expect(answer.smsAvailable).toBe(false);
    expect(answer.templates.length).toBeGreaterThan(0);
    off.close();
  });
});

describe('my data: the SMS number and, per opinion, whether SMS was asked for', () => {
  test("a resident's export says which opinion asked for SMS; a deputy's holds their SMS number, masked", async () => {
    const t = await withSms();
    const asked = await submitted(t, { phone: '13900000003', smsNotify: true });
    const quiet = await submitted(t, { phone: '13900000004', text: '楼道灯不亮已经一个月了，请尽快维修。' });
    const mine = await t.ok('opinion', 'exportMine', {}, RESIDENT);
    const byId = new Map(mine.opinions.map((o) => [o.id, o]));
    expect(byId.get(asked)).toMatchObject({ phone: '13900000003', smsNotify: true });
    expect(byId.get(quiet)).toMatchObject({ phone: '13900000004', smsNotify: false });
    expect(mine).not.toHaveProperty('smsPhone');

    await t.ok('subscription', 'smsPhone', { phone: DEPUTY_PHONE }, COUNTY_DEPUTY);
    const deputy = await t.ok('opinion', 'exportMine', {}, COUNTY_DEPUTY);
    expect(deputy.smsPhone).toBe('138****0001');
    expect(JSON.stringify(deputy)).not.toContain(DEPUTY_PHONE);
    t.close();
  });
});

describe('the staff outbox: the channel of each entry', () => {
  test('an entry that went by SMS says sms; one that went as a subscription message says subscribe', async () => {
    const t = await withSms();
    await t.ok('subscription', 'smsPhone', { phone: DEPUTY_PHONE }, COUNTY_DEPUTY);
    await submitted(t);
    const [bySms] = entriesFor(t, COUNTY_DEPUTY, 'opinion_new');
    expect(bySms).toMatchObject({ state: 'sent', channel: 'sms' });
    // Without an SMS number, the next case's reminder is a subscription entry (skipped: no grant).
    await t.ok('subscription', 'smsPhone', { phone: null }, COUNTY_DEPUTY);
    await submitted(t, { text: '路口红绿灯时间太短，老人过马路来不及。' }, OTHER_RESIDENT);
    const plain = entriesFor(t, COUNTY_DEPUTY, 'opinion_new').find((e) => e._id !== bySms._id)!;
    expect(plain.channel).toBe('subscribe');

    const list = await t.ok('subscription', 'outbox', { limit: 50 }, STAFF_WYH);
    const byId = new Map(list.items.map((i) => [i.id, i]));
    expect(byId.get(bySms._id)).toMatchObject({ channel: 'sms', state: 'sent' });
    expect(byId.get(plain._id)).toMatchObject({ channel: 'subscribe' });
    expect(list.items.every((i) => i.channel === 'sms' || i.channel === 'subscribe')).toBe(true);
    t.close();
  });
});
