/**
 * Issue 6, bad input and faults: a sender failing 3 times then succeeding; permanent
 * refusals; the process stopped between `sending` and the result; a template missing from
 * config; values WeChat would refuse; 1,000 notifications through a sender failing 30% of
 * the time — 0 lost, 0 duplicated, none without a credit, every dead or unknown one shown
 * to staff.
 */
import { fromBeijing } from '../../core/beijing-time';
import type { Intent } from '../../core/notification-rules';
import { OpenApiError } from '../../server/platform/openapi/port';
import { TEMPLATES } from '../../server/config/templates';
import { buildEntry, enqueue } from '../../server/notifications/outbox/enqueue';
import { backoffMs, drainOutbox, MAX_ATTEMPTS, STALE_SENDING_MS } from '../../server/notifications/outbox/sender';
import { timerJobFor } from '../../server/scheduler/timer';
import { schedulerHandlers } from '../../server/functions/scheduler';
import { COUNTY_DEPUTY, RESIDENT, STAFF_WYH, startLocal } from '../support/local';
import { assertNoDuplicates, change, entriesFor, grant, messages, opinion, outbox, tick } from './notifications-support';
import { dbOf } from '../../server/platform/db';

jest.setTimeout(120_000);
const MONDAY = fromBeijing('2026-11-30', '10:00');

test('a sender failing 3 times then succeeding: retried with growing backoff, delivered once', async () => {
  const t = await startLocal(MONDAY);
  await grant(t, COUNTY_DEPUTY, 'opinion_new');
  t.subscribeMessages.failNext(3, -1);
  await t.submit({});
  await t.relay(); // the first attempt: the relay that follows the submit
  const entry = () => entriesFor(t, COUNTY_DEPUTY, 'opinion_new')[0];
  expect(entry()).toMatchObject({ state: 'failed', attempts: 1, lastError: { code: -1 } });
  // Not due yet: a tick before the backoff has passed sends nothing.
  await tick(t);
  expect(entry().attempts).toBe(1);
  for (let attempt = 1; attempt <= 3; attempt++) {
    t.clock.advance(backoffMs(attempt) + 1000);
    await tick(t);
  }
  expect(entry()).toMatchObject({ state: 'sent', attempts: 4, lastError: null });
  expect(entry().history.map((h) => h.state)).toEqual(['queued', 'sending', 'failed', 'sending', 'failed', 'sending', 'failed', 'sending', 'sent']);
  expect(messages(t, COUNTY_DEPUTY)).toHaveLength(1);
  // A long-term grant: failures do not end it; it still stands after the delivery.
  expect((await t.ok('subscription', 'credits', {}, COUNTY_DEPUTY)).credits.opinion_new).toBe(1);
  t.close();
});

test(`${MAX_ATTEMPTS} transient failures: dead, and staff are told`, async () => {
  const t = await startLocal(MONDAY);
  await grant(t, COUNTY_DEPUTY, 'opinion_new');
  await grant(t, STAFF_WYH, 'staff_alert');
  t.subscribeMessages.failNext(MAX_ATTEMPTS, -1);
  await t.submit({});
  for (let i = 0; i < MAX_ATTEMPTS + 1; i++) {
    t.clock.advance(40 * 60_000);
    await tick(t);
  }
  expect(entriesFor(t, COUNTY_DEPUTY)[0]).toMatchObject({ state: 'dead', attempts: MAX_ATTEMPTS, alerted: true });
  expect(messages(t, STAFF_WYH, 'staff_alert').map((m) => m.data.thing1.value)).toEqual(['消息未能送达：新意见待受理提醒']);
  t.close();
});

test('a permanent refusal (43101) is dead at once, empties the ledger, and shows in the staff outbox', async () => {
  const t = await startLocal(MONDAY);
  await grant(t, COUNTY_DEPUTY, 'opinion_new', 3);
  t.subscribeMessages.failNext(1, 43101);
  const r = await t.submit({});
  await t.relay();
  expect(entriesFor(t, COUNTY_DEPUTY)[0]).toMatchObject({ state: 'dead', attempts: 1, lastError: { code: 43101 } });
  expect((await t.ok('subscription', 'credits', {}, COUNTY_DEPUTY)).credits.opinion_new).toBe(0);
  const list = await t.ok('subscription', 'outbox', { state: 'dead' }, STAFF_WYH);
  expect(list.items).toEqual([expect.objectContaining({ state: 'dead', stateLabel: '无法送达', trackingNo: opinion(t, r.id).trackingNo, recipientLabel: '代表 李红梅' })]);
  // Staff of another station do not see it.
  expect((await t.ok('subscription', 'outbox', {}, 'demo-staff-xjh')).total).toBe(0);
  t.close();
});

test('the process stopped between `sending` and the result: unknown, shown to staff, never resent', async () => {
  const t = await startLocal(MONDAY);
  await grant(t, COUNTY_DEPUTY, 'opinion_new', 2);
  await grant(t, STAFF_WYH, 'staff_alert');
  const real = t.ports.openapi.sendSubscribeMessage;
  // WeChat receives the message, then the process is killed before it can record the answer.
  let received!: () => void;
  const weChatHasIt = new Promise<void>((resolve) => (received = resolve));
  t.ports.openapi.sendSubscribeMessage = async (input) => {
    await real(input);
    received();
    return new Promise<void>(() => undefined);
  };
  await t.submit({});
  void t.relay(); // the relay that follows it sends, and never hears back
  await weChatHasIt;
  expect(messages(t, COUNTY_DEPUTY)).toHaveLength(1);
  t.ports.openapi.sendSubscribeMessage = real; // a new process
  const entry = () => entriesFor(t, COUNTY_DEPUTY, 'opinion_new')[0];
  expect(entry().state).toBe('sending');

  await tick(t); // too early to call it stale
  expect(entry().state).toBe('sending');
  t.clock.advance(STALE_SENDING_MS + 1000);
  expect((await tick(t)).staleMarkedUnknown).toBe(1);
  expect(entry().state).toBe('unknown');
  await tick(t);
  await tick(t);
  expect(messages(t, COUNTY_DEPUTY)).toHaveLength(1);
  expect(messages(t, STAFF_WYH, 'staff_alert').map((m) => m.data.thing1.value)).toEqual(['消息发送结果不明：新意见待受理提醒']);
  expect((await t.ok('subscription', 'outbox', { state: 'unknown' }, STAFF_WYH)).total).toBe(1);
  t.close();
});

test('an error that is not an answer from WeChat (a timeout) is unknown, not retried', async () => {
  const t = await startLocal(MONDAY);
  await grant(t, COUNTY_DEPUTY, 'opinion_new', 2);
  const real = t.ports.openapi.sendSubscribeMessage;
  t.ports.openapi.sendSubscribeMessage = async () => {
    throw new Error('ESOCKETTIMEDOUT');
  };
  await t.submit({});
  await t.relay();
  t.ports.openapi.sendSubscribeMessage = real;
  t.clock.advance(3600_000);
  await tick(t);
  expect(entriesFor(t, COUNTY_DEPUTY)[0]).toMatchObject({ state: 'unknown', attempts: 1 });
  expect(messages(t, COUNTY_DEPUTY)).toHaveLength(0);
  t.close();
});

test('events whose relay never ran (process killed after the write) are swept, once', async () => {
  const t = await startLocal(MONDAY);
  await grant(t, RESIDENT, 'opinion_progress', 3);
  const r = await t.submit({});
  // An accept written as changeOpinion writes it, but the relay after it never ran.
  const _ = dbOf(t.ports).command;
  const doc = opinion(t, r.id);
  await dbOf(t.ports).collection('opinions').doc(r.id).update({
    data: {
      status: 'accepted',
      version: doc.version + 1,
      notifyPending: true,
      timeline: _.push([{ at: t.clock.now(), actor: { role: 'deputy', id: 'd-county-1' }, action: 'accept', from: 'assigned', to: 'accepted' }]),
    },
  });
  expect(messages(t, RESIDENT)).toHaveLength(0);
  expect((await tick(t)).relayed).toBe(1);
  expect(messages(t, RESIDENT).map((m) => m.data.phrase2.value)).toEqual(['已受理']);
  expect(opinion(t, r.id)).toMatchObject({ notifyPending: false, notifiedEvents: 3 });
  expect((await tick(t)).relayed).toBe(0);
  // Relaying the same events again writes nothing new.
  const { afterOpinionWriteOf } = await import('../../server/opinions/after-write');
  await dbOf(t.ports).collection('opinions').doc(r.id).update({ data: { notifiedEvents: 0 } });
  expect(await afterOpinionWriteOf(t.ports, r.id)).toEqual([]);
  assertNoDuplicates(t);
  t.close();
});

describe('values WeChat would refuse are fitted or refused before sending', () => {
  test('emoji, HTML and long text in an opinion reach the deputy fitted', async () => {
    const t = await startLocal(MONDAY);
    await grant(t, COUNTY_DEPUTY, 'opinion_new');
    await t.submit({ text: '电梯又坏了😡😡😡老人上下楼太难了，请代表帮忙反映一下，谢谢🙏' });
    await t.relay();
    const [m] = messages(t, COUNTY_DEPUTY);
    expect(m.data.thing2.value).toBe('住房物业：电梯又坏了老人上下楼太难了，…');
    t.close();
  });

  test('a template missing from config, a digit in a phrase, a 200-character name: born dead, never attempted, staff told', async () => {
    const t = await startLocal(MONDAY);
    await grant(t, STAFF_WYH, 'staff_alert');
    const before = t.subscribeMessages.attempts;
    const now = t.clock.now();
    const ctx = (n: number) => ({ eventKey: `test-${n}`, stationCode: 'WYH01', stationName: '望月湖站', trackingNo: `T-${n}`, page: 'pages/opinion/index?id=x' });
    const resident = { ref: RESIDENT, openid: RESIDENT, label: '居民' };
    const progress = (statusPhrase: string): Intent => ({ audience: 'resident', template: 'opinion_progress', values: { trackingNo: 'T-1', statusPhrase, note: 'x', at: now } });
    const withoutProgress = { ...TEMPLATES, opinion_progress: undefined };
    const nameTemplate = {
      ...TEMPLATES,
      opinion_progress: { ...TEMPLATES.opinion_progress, fields: [{ key: 'name1', type: 'name' as const, value: 'note' as const, label: '姓名' }] },
    };
    const entries = [
      buildEntry(progress('已受理'), resident, ctx(1), now, withoutProgress),
      buildEntry(progress('已受理2次'), resident, ctx(2), now),
      buildEntry({ ...progress('已受理'), values: { note: '😀😀1234567890' } }, resident, ctx(3), now, nameTemplate),
      buildEntry(progress('已受理'), { ref: 'deputy:x', label: '代表 未绑定' }, ctx(4), now),
    ];
    expect(entries.map((e) => [e.state, e.lastError?.code])).toEqual([['dead', 40037], ['dead', 47003], ['dead', 47003], ['dead', 40003]]);
    // A 200-character name is cut to fit, not refused.
    const longName = buildEntry({ ...progress('已受理'), values: { note: '欧阳'.repeat(100) } }, resident, ctx(5), now, nameTemplate);
    expect(longName.data.name1.value).toBe('欧阳欧阳欧阳欧阳欧阳');
    await enqueue(t.ports, entries);
    await tick(t);
    // None of the four was attempted; the four staff alerts about them were sent (a standing grant).
    expect(t.subscribeMessages.attempts - before).toBe(4);
    expect(messages(t, STAFF_WYH, 'staff_alert')).toHaveLength(4);
    expect(entriesFor(t, STAFF_WYH, 'staff_alert').map((e) => e.state)).toEqual(['sent', 'sent', 'sent', 'sent']);
    expect((await t.ok('subscription', 'outbox', { state: 'dead' }, STAFF_WYH)).total).toBe(4);
    t.close();
  });

  test('the stand-in answers as WeChat does', async () => {
    const t = await startLocal(MONDAY);
    await grant(t, RESIDENT, 'opinion_progress');
    const send = (over: object) =>
      t.subscribeMessages.send({
        touser: RESIDENT,
        templateId: TEMPLATES.opinion_progress.templateId,
        page: 'pages/opinion/index?id=x',
        miniprogramState: 'formal',
        data: { character_string1: { value: 'T-1' }, phrase2: { value: '已受理' }, thing3: { value: '说明' }, time4: { value: '2026年12月01日 10:00' } },
        ...over,
      });
    const code = (p: Promise<void>) => p.then(() => 0, (e: OpenApiError) => e.errCode);
    expect(await code(send({ templateId: 'nope' }))).toBe(40037);
    expect(await code(send({ touser: 'bad openid!' }))).toBe(40003);
    expect(await code(send({ page: 'pages/nowhere/index' }))).toBe(41030);
    expect(await code(send({ page: '/pages/opinion/index' }))).toBe(41030);
    expect(await code(send({ data: { character_string1: { value: 'T-1' }, phrase2: { value: '已受理1' }, thing3: { value: '说明' }, time4: { value: '10:00' } } }))).toBe(47003);
    expect(await code(send({ data: { character_string1: { value: 'T-1' }, phrase2: { value: '已受理' }, thing3: { value: '一二三四五六七八九十一二三四五六七八九十一' }, time4: { value: '10:00' } } }))).toBe(47003);
    expect(await code(send({ data: { character_string1: { value: 'T-1' }, phrase2: { value: '已受理' }, time4: { value: '10:00' } } }))).toBe(47003);
    expect(await code(send({ touser: 'demo-resident-2' }))).toBe(43101); // never granted
    expect(await code(send({}))).toBe(0);
    expect(await code(send({}))).toBe(43101); // one acceptance, one message
    t.close();
  });
});

test('only the platform timer (SOURCE wx_trigger, no OPENID) reaches the timer job', () => {
  expect(timerJobFor(schedulerHandlers, { SOURCE: 'wx_trigger' })).toBeDefined();
  expect(timerJobFor(schedulerHandlers, { SOURCE: 'wx_trigger', OPENID: 'o1' })).toBeUndefined();
  expect(timerJobFor(schedulerHandlers, { SOURCE: 'wx_client' })).toBeUndefined();
  expect(timerJobFor(schedulerHandlers, { SOURCE: 'wx_http' })).toBeUndefined();
  expect(timerJobFor(schedulerHandlers, {})).toBeUndefined();
  expect(timerJobFor({}, { SOURCE: 'wx_trigger' })).toBeUndefined();
  // The timer job is not an action (no client can call it); the admin's two actions are.
  expect(Object.keys(schedulerHandlers)).toEqual(['tick', 'relay']);
});

test('fault injection: 1,000 notifications through a sender failing 30% of the time — 0 lost, 0 duplicated', async () => {
  const t = await startLocal(MONDAY);
  // 20 recipients with 50 one-time credits each (as 50 taps on "接收通知").
  const recipients = Array.from({ length: 20 }, (_, i) => `fault-user-${i}`);
  for (const openid of recipients) {
    for (let i = 0; i < 50; i++) t.wxSubscriptions.request(openid, [TEMPLATES.opinion_progress.templateId], 'accept', t.clock.now());
    await dbOf(t.ports).collection('subscriptions').add({
      data: { _id: `opinion_progress.${openid}`, openid, templateKey: 'opinion_progress', credits: 50, granted: 50, used: 0, subscribed: true, updatedAt: t.clock.now() },
    });
  }
  const now = t.clock.now();
  const entries = Array.from({ length: 1000 }, (_, n) =>
    buildEntry(
      { audience: 'resident', template: 'opinion_progress', values: { trackingNo: `430104-20261130-${String(n).padStart(4, '0')}`, statusPhrase: '已受理', note: `第${n}条`, at: now } },
      { ref: recipients[n % 20], openid: recipients[n % 20], label: '居民' },
      { eventKey: `fault-${n}`, stationCode: 'WYH01', page: `pages/opinion/index?id=op${n}` },
      now,
    ),
  );
  expect(await enqueue(t.ports, entries)).toHaveLength(1000);
  expect(await enqueue(t.ports, entries)).toHaveLength(0); // enqueued twice: written once

  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  t.subscribeMessages.failRate(0.3, -1, random);
  for (let round = 0; round < 12; round++) {
    // Two senders race over the same entries, as two overlapping function instances would.
    await Promise.all([drainOutbox(t.ports, { limit: 2000, concurrency: 4 }), drainOutbox(t.ports, { limit: 2000, concurrency: 4 })]);
    t.clock.advance(31 * 60_000);
  }
  const all = outbox(t);
  const byState = all.reduce<Record<string, number>>((acc, e) => ({ ...acc, [e.state]: (acc[e.state] ?? 0) + 1 }), {});
  const delivered = t.subscribeMessages.messages();
  const deliveredNumbers = delivered.map((m) => m.data.character_string1.value);
  // 0 duplicated: every delivered message is a different notification, one per sent entry.
  expect(new Set(deliveredNumbers).size).toBe(delivered.length);
  expect(delivered.length).toBe(byState.sent);
  // 0 lost: every entry is delivered, or dead after 5 failed attempts (and then shown to staff).
  expect((byState.sent ?? 0) + (byState.dead ?? 0)).toBe(1000);
  expect(byState.queued ?? 0).toBe(0);
  expect(byState.failed ?? 0).toBe(0);
  expect(byState.sending ?? 0).toBe(0);
  expect(byState.unknown ?? 0).toBe(0);
  for (const e of all.filter((x) => x.state === 'dead')) expect(e).toMatchObject({ attempts: MAX_ATTEMPTS, lastError: { code: -1 } });
  expect(byState.sent).toBeGreaterThan(980);
  // None without a credit: each recipient received at most what they granted, and the ledger agrees.
  for (const openid of recipients) {
    const got = delivered.filter((m) => m.touser === openid).length;
    const ledger = t.store.get('subscriptions', `opinion_progress.${openid}`) as unknown as { credits: number; used: number };
    expect(got).toBeLessThanOrEqual(50);
    expect(ledger.used).toBe(got);
    expect(ledger.credits).toBe(50 - got);
  }
  const failures = t.subscribeMessages.attempts - delivered.length;
  console.log(`fault injection: ${delivered.length} delivered, ${byState.dead ?? 0} dead after ${MAX_ATTEMPTS} attempts, ${failures} injected failures, 0 lost, 0 duplicated`);
  t.close();
});
