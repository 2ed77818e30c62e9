/**
 * Issue 20, the optional SMS fallback against the stand-in (emulator/openapi/sms.ts): off
 * unless configured; a deputy (or staff member) with no working grant but an SMS phone gets an
 * SMS whose URL Link opens the case; a resident only when they asked for SMS on the opinion;
 * the same outbox, the same states — retried with the outbox's backoff, dead after
 * MAX_ATTEMPTS or on a permanent refusal, unknown when the outcome is not known.
 */
import type { AddressInfo } from 'node:net';
import { fromBeijing } from '../../core/beijing-time';
import { OPINION_PAGE } from '../../server/config/pages';
import { createHttpApp } from '../../server/local/http-app';
import { renderSmsSection } from '../../server/local/sms-section';
import type { OpinionDoc, UserDoc } from '../../server/model';
import type { SmsSetup } from '../../server/platform/openapi/port';
import { backoffMs, MAX_ATTEMPTS } from '../../server/notifications/outbox/sender';
import { COUNTY_DEPUTY, OTHER_RESIDENT, RESIDENT, STAFF_WYH, startLocal, type Local } from '../support/local';
import { ADMIN, change, entriesFor, grant, messages, opinion, outbox, tick } from './notifications-support';

jest.setTimeout(60_000);

// Monday 2026-11-30 10:00 Beijing: no reception session, so routing picks by specialty (李红梅).
const MONDAY = fromBeijing('2026-11-30', '10:00');
const SMS: SmsSetup = { env: 'local-test-env', templateId: '2345678', linkDays: 30 };
const DEPUTY_PHONE = '13800000001';

const withSms = () => startLocal(MONDAY, ':memory:', { sms: SMS });

/** A case for 李红梅 (chosen by the resident: the next case would otherwise go to the least loaded deputy). */
async function submitted(t: Local, payload: Record<string, unknown> = {}, openid = RESIDENT) {
  const r = await t.submit({ chosenDeputyId: 'd-county-1', ...payload }, openid);
  await t.relay();
  expect(opinion(t, r.id).assigneeDeputyId).toBe('d-county-1');
  return r.id as string;
}

/** Accepted, then resolved: the resident's result (opinion_result, an SMS-worthy template). */
async function resolved(t: Local, id: string) {
  await t.ok('deputy', 'accept', { id }, COUNTY_DEPUTY);
  await t.relay();
  await change(t, id, { to: 'resolved', mover: 'deputy', action: 'resolve', note: '已解决' }, 'deputy');
}

/** Follows a URL Link through the local run's HTTP face: where it sends the browser. */
async function follow(t: Local, urlLink: string): Promise<{ status: number; location: string | null }> {
  const server = createHttpApp(t).listen(0);
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  try {
    const { port } = server.address() as AddressInfo;
    const res = await fetch(`http://127.0.0.1:${port}${new URL(urlLink).pathname}`, { redirect: 'manual' });
    return { status: res.status, location: res.headers.get('location') };
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

describe('off unless configured', () => {
  test('no SMS setup: a deputy with an SMS phone and no grant is skipped as before, nothing sent', async () => {
    const t = await startLocal(MONDAY, ':memory:', { sms: false });
    expect(await t.ok('subscription', 'smsPhone', { phone: DEPUTY_PHONE }, COUNTY_DEPUTY)).toEqual({ phone: '138****0001', available: false });
    await submitted(t);
    expect(entriesFor(t, COUNTY_DEPUTY, 'opinion_new')[0]).toMatchObject({ state: 'skipped', channel: 'subscribe', attempts: 1 });
    expect(t.sms.attempts).toBe(0);
    expect(t.sms.messages()).toEqual([]);
    t.close();
  });
});

describe('deputies and staff', () => {
  test('no grant, an SMS phone: an SMS with the title and tracking number whose link opens the case on the deputy page', async () => {
    const t = await withSms();
    expect(await t.ok('subscription', 'smsPhone', { phone: '138 0000 0001' }, COUNTY_DEPUTY)).toEqual({ phone: '138****0001', available: true });
    expect(t.doc<UserDoc>('users', COUNTY_DEPUTY).smsPhone).toBe(DEPUTY_PHONE);
    const id = await submitted(t);
    const [entry] = entriesFor(t, COUNTY_DEPUTY, 'opinion_new');
    expect(entry).toMatchObject({ state: 'sent', channel: 'sms', attempts: 1, lastError: null });
    expect(entry.history.map((h) => h.state)).toEqual(['queued', 'sending', 'sending', 'sent']);
    expect(messages(t, COUNTY_DEPUTY)).toEqual([]); // no subscription message was possible
    const [sms] = t.sms.messages(DEPUTY_PHONE);
    expect(sms.params).toEqual([`新意见待受理提醒 ${opinion(t, id).trackingNo}`]);
    // The link, in the stand-in's record and followed over HTTP: the case on the deputy's page.
    expect(t.sms.resolveLink(sms.linkId!, t.clock.now())).toMatchObject({ path: 'packages/deputy/pages/detail/index', query: `id=${id}` });
    expect(await follow(t, sms.urlLink)).toEqual({ status: 302, location: `/#/${OPINION_PAGE.deputy(id)}` });
    // The phone is read at send time, never copied into the outbox; the messages page masks it.
    expect(JSON.stringify(outbox(t))).not.toContain(DEPUTY_PHONE);
    const section = renderSmsSection(t);
    expect(section).toContain('138****0001');
    expect(section).not.toContain(DEPUTY_PHONE);
    expect(section).toContain(sms.urlLink);
    t.close();
  });

  test('a working grant goes as a subscription message, not by SMS', async () => {
    const t = await withSms();
    await t.ok('subscription', 'smsPhone', { phone: DEPUTY_PHONE }, COUNTY_DEPUTY);
    await grant(t, COUNTY_DEPUTY, 'opinion_new');
    await submitted(t);
    expect(entriesFor(t, COUNTY_DEPUTY, 'opinion_new')[0]).toMatchObject({ state: 'sent', channel: 'subscribe' });
    expect(messages(t, COUNTY_DEPUTY, 'opinion_new')).toHaveLength(1);
    expect(t.sms.attempts).toBe(0);
    t.close();
  });

  test('no SMS phone, or one taken back: skipped; a template without smsFallback is never sent by SMS', async () => {
    const t = await withSms();
    await t.ok('subscription', 'smsPhone', { phone: DEPUTY_PHONE }, COUNTY_DEPUTY);
    expect(await t.ok('subscription', 'smsPhone', { phone: null }, COUNTY_DEPUTY)).toEqual({ available: true });
    expect(t.doc<UserDoc>('users', COUNTY_DEPUTY)).not.toHaveProperty('smsPhone');
    const id = await submitted(t);
    expect(entriesFor(t, COUNTY_DEPUTY, 'opinion_new')[0]).toMatchObject({ state: 'skipped', channel: 'subscribe' });
    await t.ok('subscription', 'smsPhone', { phone: DEPUTY_PHONE }, COUNTY_DEPUTY);
    await change(t, id, { mover: 'resident', action: 'chase', set: { chaseCount: 1 } }); // opinion_update: no smsFallback
    expect(entriesFor(t, COUNTY_DEPUTY, 'opinion_update')[0]).toMatchObject({ state: 'skipped' });
    expect(t.sms.attempts).toBe(0);
    t.close();
  });

  test('the number: a mobile of the deputy or staff member themselves; a resident is refused', async () => {
    const t = await withSms();
    expect((await t.refused('subscription', 'smsPhone', { phone: '07318888888' }, COUNTY_DEPUTY)).code).toBe('SMS_PHONE_NOT_MOBILE');
    expect((await t.refused('subscription', 'smsPhone', { phone: '12ab' }, COUNTY_DEPUTY)).code).toBe('INVALID_PAYLOAD');
    expect((await t.refused('subscription', 'smsPhone', { phone: DEPUTY_PHONE }, RESIDENT)).code).toBe('SMS_PHONE_OFFICE_ONLY');
    expect(await t.ok('subscription', 'smsPhone', { phone: '13900000009' }, STAFF_WYH)).toEqual({ phone: '139****0009', available: true });
    expect(await t.ok('subscription', 'smsPhone', { phone: '13900000010' }, ADMIN)).toEqual({ phone: '139****0010', available: true });
    t.close();
  });
});

describe('residents', () => {
  test('a phone given without asking for SMS never gets one; asking for it brings the result by SMS, opening their case', async () => {
    const t = await withSms();
    const quiet = await submitted(t, { phone: '13900000002' }, RESIDENT);
    const asked = await submitted(t, { phone: '13900000003', smsNotify: true, text: '楼道灯不亮已经一个月了，请尽快维修。' }, OTHER_RESIDENT);
    expect(opinion(t, quiet)).not.toHaveProperty('smsNotify');
    expect(opinion(t, asked).smsNotify).toBe(true);
    await resolved(t, quiet);
    await resolved(t, asked);

    expect(entriesFor(t, RESIDENT, 'opinion_result')[0]).toMatchObject({ state: 'skipped', channel: 'subscribe' });
    expect(t.sms.messages('13900000002')).toEqual([]);
    expect(entriesFor(t, OTHER_RESIDENT, 'opinion_result')[0]).toMatchObject({ state: 'sent', channel: 'sms' });
    const [sms] = t.sms.messages('13900000003');
    expect(sms.params[0]).toBe(`意见办结通知 ${opinion(t, asked).trackingNo}`);
    expect(await follow(t, sms.urlLink)).toEqual({ status: 302, location: `/#/${OPINION_PAGE.resident(asked)}` });
    // Progress updates are not SMS-worthy (opinion_progress has no smsFallback): skipped as before.
    expect(entriesFor(t, OTHER_RESIDENT, 'opinion_progress').map((e) => e.state)).toEqual(['skipped']);
    expect(t.sms.messages()).toHaveLength(1);
    t.close();
  });

  test('asking for SMS needs a mobile phone on the opinion', async () => {
    const t = await withSms();
    const base = { stationCode: 'WYH01', category: '住房物业', text: '小区电梯经常故障，物业维修不及时。', smsNotify: true };
    expect((await t.refused('opinion', 'submit', { ...base, requestId: t.requestId() }, RESIDENT)).code).toBe('SMS_NEEDS_PHONE');
    expect((await t.refused('opinion', 'submit', { ...base, phone: '07318888888', requestId: t.requestId() }, RESIDENT)).code).toBe('SMS_PHONE_NOT_MOBILE');
    t.close();
  });

  test('erasing: the phone and the wish for SMS go with the opinion; a deputy who erases their data loses their SMS number, not their office', async () => {
    const t = await withSms();
    const id = await submitted(t, { phone: '13900000003', smsNotify: true }, OTHER_RESIDENT);
    await t.ok('opinion', 'deleteMine', { confirm: true }, OTHER_RESIDENT);
    const erased = t.doc<OpinionDoc>('opinions', id);
    expect(erased).not.toHaveProperty('phone');
    expect(erased).not.toHaveProperty('smsNotify');
    await t.ok('subscription', 'smsPhone', { phone: DEPUTY_PHONE }, COUNTY_DEPUTY);
    await t.ok('opinion', 'deleteMine', { confirm: true }, COUNTY_DEPUTY);
    expect(t.doc<UserDoc>('users', COUNTY_DEPUTY)).not.toHaveProperty('smsPhone');
    expect(t.doc<UserDoc>('users', COUNTY_DEPUTY).deputyId).toBe('d-county-1');
    t.close();
  });
});

describe('the same outbox, the same states', () => {
  test(`a failing SMS is retried with the outbox's backoff, stays SMS, and is dead after ${MAX_ATTEMPTS} attempts`, async () => {
    const t = await withSms();
    await t.ok('subscription', 'smsPhone', { phone: DEPUTY_PHONE }, COUNTY_DEPUTY);
    t.sms.failNext(MAX_ATTEMPTS, -1);
    await submitted(t);
    const entry = () => entriesFor(t, COUNTY_DEPUTY, 'opinion_new')[0];
    expect(entry()).toMatchObject({ state: 'failed', channel: 'sms', attempts: 1, lastError: { code: -1 } });
    const failedAt = new Date(entry().history.at(-1)!.at).getTime();
    expect(Math.abs(new Date(entry().nextAttemptAt).getTime() - failedAt - backoffMs(1))).toBeLessThan(100);
    // Not due yet: a tick before the backoff has passed sends nothing.
    await tick(t);
    expect(t.sms.attempts).toBe(1);
    // A grant given meanwhile does not move the retry off SMS (it never takes a credit).
    await grant(t, COUNTY_DEPUTY, 'opinion_new');
    const subscribeAttempts = t.subscribeMessages.attempts;
    for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt++) {
      t.clock.advance(backoffMs(attempt) + 1000);
      await tick(t);
      expect(entry().attempts).toBe(attempt + 1);
    }
    expect(entry()).toMatchObject({ state: 'dead', channel: 'sms', attempts: MAX_ATTEMPTS });
    expect(entry().history.at(-1)?.note).toBe(`已重试${MAX_ATTEMPTS}次`);
    expect(t.sms.attempts).toBe(MAX_ATTEMPTS);
    expect(t.sms.messages()).toEqual([]);
    expect(t.subscribeMessages.messages(COUNTY_DEPUTY).filter((m) => m.templateKey === 'opinion_new')).toEqual([]);
    expect(t.subscribeMessages.attempts - subscribeAttempts).toBeLessThanOrEqual(1); // at most the staff alert about it
    // Dead is final: later ticks send nothing more.
    t.clock.advance(3600_000);
    await tick(t);
    expect(t.sms.attempts).toBe(MAX_ATTEMPTS);
    t.close();
  });

  test('a transient failure, then delivered once', async () => {
    const t = await withSms();
    await t.ok('subscription', 'smsPhone', { phone: DEPUTY_PHONE }, COUNTY_DEPUTY);
    t.sms.failNext(1, -1);
    await submitted(t);
    t.clock.advance(backoffMs(1) + 1000);
    await tick(t);
    await tick(t);
    expect(entriesFor(t, COUNTY_DEPUTY, 'opinion_new')[0]).toMatchObject({ state: 'sent', channel: 'sms', attempts: 2, lastError: null });
    expect(t.sms.messages(DEPUTY_PHONE)).toHaveLength(1);
    t.close();
  });

  test('a permanent refusal is dead at once; an outcome not known is unknown and never resent', async () => {
    const t = await withSms();
    await t.ok('subscription', 'smsPhone', { phone: DEPUTY_PHONE }, COUNTY_DEPUTY);
    t.sms.failNext(1, -501007);
    await submitted(t);
    expect(entriesFor(t, COUNTY_DEPUTY, 'opinion_new')[0]).toMatchObject({ state: 'dead', channel: 'sms', attempts: 1, lastError: { code: -501007 } });

    const real = t.ports.openapi.sendSms;
    t.ports.openapi.sendSms = async () => {
      throw new Error('socket hang up');
    };
    await submitted(t, { text: '路口红绿灯时间太短，老人过马路来不及。' });
    t.ports.openapi.sendSms = real;
    const unknown = entriesFor(t, COUNTY_DEPUTY, 'opinion_new').find((e) => e.state !== 'dead');
    expect(unknown).toMatchObject({ state: 'unknown', channel: 'sms', attempts: 1 });
    t.clock.advance(3600_000);
    await tick(t);
    expect(t.sms.messages()).toEqual([]);
    t.close();
  });
});
