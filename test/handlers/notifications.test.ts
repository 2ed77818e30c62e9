/**
 * Issue 6, done-when: a submission notifies the routed deputy; accept, need_info, reject,
 * reply and resolve notify the resident; chases and deadlines notify the deputy and then
 * staff; nothing is sent twice or without a credit.
 */
import { fromBeijing } from '../../core/beijing-time';
import { endOfBeijingDay } from '../../core/deadlines';
import { COUNTY_DEPUTY, RESIDENT, STAFF_WYH, startLocal, type Local } from '../support/local';
import { ADMIN, assertNoDuplicates, change, DAY, entriesFor, grant, HOUR, messages, opinion, outbox, tick } from './notifications-support';

jest.setTimeout(30_000);

// Monday 2026-11-30 10:00 Beijing: no reception session, so routing picks by specialty (李红梅).
const MONDAY = fromBeijing('2026-11-30', '10:00');

async function submitted(t: Local) {
  const r = await t.submit({});
  await t.relay(); // what follows the submit: the relay's minute trigger
  expect(r.status).toBe('assigned');
  expect(opinion(t, r.id).assigneeDeputyId).toBe('d-county-1');
  return r.id as string;
}

describe('the routed deputy', () => {
  test('a submission notifies the deputy, with the tracking number, the accept deadline and the deputy page', async () => {
    const t = await startLocal(MONDAY);
    await grant(t, COUNTY_DEPUTY, 'opinion_new');
    const id = await submitted(t);
    const [m] = messages(t, COUNTY_DEPUTY, 'opinion_new');
    expect(m).toBeDefined();
    expect(m.page).toBe(`packages/deputy/pages/detail/index?id=${id}`);
    expect(m.data.character_string1.value).toBe(opinion(t, id).trackingNo);
    expect(m.data.time5.value).toBe('2026年12月03日 23:59'); // 3 working days after Monday
    expect(opinion(t, id)).toMatchObject({ notifyPending: false, notifiedEvents: 2, nextDueKind: 'accept' });
    expect(new Date(opinion(t, id).acceptDueAt!)).toEqual(endOfBeijingDay('2026-12-03'));
    t.close();
  });

  test('without a credit nothing is attempted: skipped, and listed for the in-app badge', async () => {
    const t = await startLocal(MONDAY);
    const before = t.subscribeMessages.attempts;
    const id = await submitted(t);
    expect(t.subscribeMessages.attempts).toBe(before);
    const [entry] = entriesFor(t, COUNTY_DEPUTY, 'opinion_new');
    expect(entry).toMatchObject({ state: 'skipped', attempts: 1 });
    const missed = await t.ok('subscription', 'missed', {}, COUNTY_DEPUTY);
    expect(missed.total).toBe(1);
    expect(missed.items[0]).toMatchObject({ title: '新意见待受理提醒', page: `packages/deputy/pages/detail/index?id=${id}` });
    // A credit granted later does not resend it (skipped is final; the badge carries it).
    await grant(t, COUNTY_DEPUTY, 'opinion_new');
    await tick(t);
    expect(messages(t, COUNTY_DEPUTY)).toHaveLength(0);
    t.close();
  });

  test('a standing grant: every update reaches the deputy with no further taps', async () => {
    const t = await startLocal(MONDAY);
    await grant(t, COUNTY_DEPUTY, 'opinion_update');
    const id = await submitted(t);
    for (let n = 1; n <= 3; n++) await change(t, id, { mover: 'resident', action: 'chase', set: { chaseCount: n } });
    expect(entriesFor(t, COUNTY_DEPUTY, 'opinion_update').map((e) => e.state)).toEqual(['sent', 'sent', 'sent']);
    expect(messages(t, COUNTY_DEPUTY, 'opinion_update')).toHaveLength(3);
    const mine = await t.ok('subscription', 'reminders', {}, COUNTY_DEPUTY);
    expect(mine.items.find((i) => i.key === 'opinion_update')).toMatchObject({ longTerm: true, on: true });
    expect(mine.items.find((i) => i.key === 'opinion_update')).not.toHaveProperty('left');
    t.close();
  });

  test('one-time templates (residents): one acceptance, one message; the second update waits for the next', async () => {
    const t = await startLocal(MONDAY);
    await grant(t, RESIDENT, 'opinion_progress');
    const id = await submitted(t);
    await t.ok('deputy', 'accept', { id }, COUNTY_DEPUTY);
    await t.relay();
    await t.ok('deputy', 'needInfo', { id, question: '请问是几单元的电梯？' }, COUNTY_DEPUTY);
    await t.relay();
    const updates = entriesFor(t, RESIDENT, 'opinion_progress');
    expect(updates.map((e) => e.state).sort()).toEqual(['sent', 'skipped']);
    expect(messages(t, RESIDENT, 'opinion_progress')).toHaveLength(1);
    expect((await t.ok('subscription', 'credits', {}, RESIDENT)).credits.opinion_progress).toBe(0);
    t.close();
  });

  test('triage waiting notifies the station staff', async () => {
    const t = await startLocal(MONDAY);
    await grant(t, STAFF_WYH, 'staff_alert');
    const r = await t.submit({ category: '涉法涉诉', text: '我的民事案件判决不公，请代表帮忙找法院' });
    expect(r.status).toBe('triage');
    await t.relay();
    const [m] = messages(t, STAFF_WYH, 'staff_alert');
    expect(m.data.thing1.value).toBe('敏感类别意见待处理');
    expect(m.page).toBe(`packages/staff/pages/case/index?id=${r.id}&desk=staff`);
    t.close();
  });
});

describe('the resident', () => {
  test('accept, need_info, add_info, reply, resolve: each step notifies the right person once', async () => {
    const t = await startLocal(MONDAY);
    await grant(t, RESIDENT, 'opinion_progress', 5);
    await grant(t, RESIDENT, 'opinion_result');
    await grant(t, COUNTY_DEPUTY, 'opinion_update');
    const id = await submitted(t);

    await t.ok('deputy', 'accept', { id }, COUNTY_DEPUTY);
    expect(messages(t, RESIDENT, 'opinion_progress')).toEqual([]); // sent by the relay, not before the answer
    await t.relay();
    let progress = messages(t, RESIDENT, 'opinion_progress');
    expect(progress.map((m) => m.data.phrase2.value)).toEqual(['已受理']);
    expect(progress[0].page).toBe(`pages/opinion/index?id=${id}`);
    expect(opinion(t, id).nextDueKind).toBe('result');

    await change(t, id, { to: 'need_info', mover: 'deputy', action: 'need_info', note: '请提供具体楼栋号和单元', set: { needInfoFrom: 'accepted' } });
    expect(opinion(t, id)).toMatchObject({ nextDueAt: null, resultRemainingDays: 15 });
    await change(t, id, { to: 'accepted', mover: 'resident', action: 'add_info' });
    expect(messages(t, COUNTY_DEPUTY, 'opinion_update').map((m) => m.data.thing2.value)).toEqual(['居民已补充情况']);

    await t.ok('deputy', 'reply', { id, text: '已联系物业公司，本周内完成电梯检修，请留意。' }, COUNTY_DEPUTY);
    await t.relay();
    await change(t, id, { to: 'resolved', mover: 'deputy', action: 'resolve', note: '已解决' }, 'deputy');

    progress = messages(t, RESIDENT, 'opinion_progress');
    expect(progress.map((m) => m.data.phrase2.value)).toEqual(['已受理', '待补充', '已答复']);
    expect(progress[1].data.thing3.value).toBe('请提供具体楼栋号和单元');
    expect(progress[2].data.thing3.value).toBe('已联系物业公司，本周内完成电梯检修，请…');
    const [result] = messages(t, RESIDENT, 'opinion_result');
    expect(result.data).toMatchObject({ phrase2: { value: '已办结' }, thing3: { value: '办理完毕，请进入小程序评价' } });

    await tick(t);
    await tick(t);
    assertNoDuplicates(t);
    t.close();
  });

  test('a rejection carries its reason; an anonymous resident is still notified', async () => {
    const t = await startLocal(MONDAY);
    await grant(t, RESIDENT, 'opinion_progress');
    const r = await t.submit({ anonymous: true });
    await t.relay();
    await change(t, r.id, { to: 'rejected', mover: 'deputy', action: 'reject', note: '属于民事纠纷，建议通过人民调解解决' });
    const [m] = messages(t, RESIDENT, 'opinion_progress');
    expect(m.data).toMatchObject({ phrase2: { value: '不予受理' }, thing3: { value: '属于民事纠纷，建议通过人民调解解决' } });
    t.close();
  });
});

describe('chases and deadlines: the deputy first, then staff', () => {
  test('a chase goes to the deputy; the second chase to staff as well', async () => {
    const t = await startLocal(MONDAY);
    await grant(t, COUNTY_DEPUTY, 'opinion_update', 2);
    await grant(t, STAFF_WYH, 'staff_alert');
    const id = await submitted(t);
    await change(t, id, { mover: 'resident', action: 'chase', set: { chaseCount: 1 } });
    expect(messages(t, COUNTY_DEPUTY, 'opinion_update').map((m) => m.data.thing2.value)).toEqual(['居民催办（第1次）']);
    expect(messages(t, STAFF_WYH)).toHaveLength(0);
    await change(t, id, { mover: 'resident', action: 'chase', set: { chaseCount: 2 } });
    expect(messages(t, COUNTY_DEPUTY, 'opinion_update')).toHaveLength(2);
    expect(messages(t, STAFF_WYH, 'staff_alert').map((m) => m.data.thing1.value)).toEqual(['意见已被催办2次']);
    t.close();
  });

  test('the day before: reminder; past: overdue mark and deputy; a day later: staff — each once', async () => {
    const t = await startLocal(MONDAY);
    await grant(t, COUNTY_DEPUTY, 'deadline_reminder', 5);
    await grant(t, STAFF_WYH, 'staff_alert', 5);
    const id = await submitted(t); // accept due Thursday 2026-12-03 23:59

    t.clock.set(fromBeijing('2026-12-02', '08:00'));
    expect((await tick(t)).deadlines).toEqual({ near: 0, overdue: 0, escalated: 0, office: 0 });
    t.clock.set(fromBeijing('2026-12-02', '09:05'));
    expect((await tick(t)).deadlines.near).toBe(1);
    expect((await tick(t)).deadlines.near).toBe(0);
    const near = messages(t, COUNTY_DEPUTY, 'deadline_reminder');
    expect(near.map((m) => m.data.thing3.value)).toEqual(['受理期限12月3日到期']);
    expect(near[0].data).toMatchObject({ phrase2: { value: '待受理' }, time4: { value: '2026年12月03日 23:59' } });

    t.clock.set(fromBeijing('2026-12-04', '00:10'));
    expect((await tick(t)).deadlines.overdue).toBe(1);
    expect(opinion(t, id)).toMatchObject({ overdue: true, status: 'assigned' });
    expect(messages(t, COUNTY_DEPUTY, 'deadline_reminder')).toHaveLength(2);
    // December: staff have had the once-a-year holiday-table warning (decision 0013), nothing about this opinion.
    const HOLIDAY_TABLE = '2027年放假安排为暂定，请联系维护人员';
    expect(messages(t, STAFF_WYH).map((m) => m.data.thing1.value)).toEqual([HOLIDAY_TABLE]);

    t.clock.advance(DAY + HOUR);
    expect((await tick(t)).deadlines.escalated).toBe(1);
    await tick(t);
    const staff = messages(t, STAFF_WYH, 'staff_alert');
    expect(staff.map((m) => m.data.thing1.value)).toEqual([HOLIDAY_TABLE, '意见超期未受理']);
    expect(staff[1].page).toBe(`packages/staff/pages/case/index?id=${id}&desk=staff`);

    // Three working days after staff were told, at 09:00: the region office (岳麓区's admin), once.
    await grant(t, ADMIN, 'staff_alert', 5);
    t.clock.set(fromBeijing('2026-12-09', '08:59'));
    expect((await tick(t)).deadlines.office).toBe(0);
    t.clock.set(fromBeijing('2026-12-09', '09:01'));
    expect((await tick(t)).deadlines.office).toBe(1);
    expect((await tick(t)).deadlines.office).toBe(0);
    const office = messages(t, ADMIN, 'staff_alert').filter((m) => m.data.character_string2.value === opinion(t, id).trackingNo);
    expect(office.map((m) => [m.data.thing1.value, m.page])).toEqual([['意见超期未受理，请督办', `packages/staff/pages/case/index?id=${id}&desk=admin`]]);
    // Each step is in the timeline, once, as the system's.
    const steps = opinion(t, id).timeline.filter((e) => e.actor.role === 'system' && e.action !== 'route');
    expect(steps.map((e) => e.action)).toEqual(['due_remind', 'overdue', 'escalate_staff', 'escalate_office']);
    expect(steps[3].note).toBe('超过受理期限，工作人员督办后仍未受理，已上报岳麓区人大');

    // Accepting starts a new deadline: the overdue mark goes, alerts start afresh.
    await t.ok('deputy', 'accept', { id }, COUNTY_DEPUTY);
    expect(opinion(t, id)).toMatchObject({ overdue: false, dueAlertLevel: 0, nextDueKind: 'result' });
    assertNoDuplicates(t);
    t.close();
  });

  test('the daily digest goes to staff once per working day', async () => {
    const t = await startLocal(MONDAY);
    await grant(t, STAFF_WYH, 'staff_digest');
    await t.submit({ category: '涉法涉诉', text: '判决不公请代表找法院' });
    t.clock.set(fromBeijing('2026-12-01', '08:00'));
    expect((await tick(t)).digests).toBe(0);
    t.clock.set(fromBeijing('2026-12-01', '08:31'));
    expect((await tick(t)).digests).toBe(1);
    expect((await tick(t)).digests).toBe(0);
    const [m] = messages(t, STAFF_WYH, 'staff_digest');
    expect(m.data).toMatchObject({ number2: { value: '0' }, number3: { value: '1' }, date4: { value: '2026年12月01日' } });
    t.clock.set(fromBeijing('2026-12-05', '09:00')); // Saturday: no digest
    expect((await tick(t)).digests).toBe(0);
    t.close();
  });
});

describe('who may run the scheduler', () => {
  test('admins by hand; residents, staff and anonymous callers are refused', async () => {
    const t = await startLocal(MONDAY);
    expect((await t.refused('scheduler', 'tick', {}, RESIDENT)).code).toBe('FORBIDDEN');
    expect((await t.refused('scheduler', 'tick', {}, STAFF_WYH)).code).toBe('FORBIDDEN');
    expect((await t.refused('scheduler', 'tick', {})).code).toBe('LOGIN_REQUIRED');
    expect((await t.ok('scheduler', 'tick', {}, ADMIN)).ran).toBe(true);
    t.close();
  });

  test('two ticks at once: one runs, the other finds the lease taken', async () => {
    const t = await startLocal(MONDAY);
    const [a, b] = await Promise.all([tick(t), tick(t)]);
    expect([a.ran, b.ran].sort()).toEqual([false, true]);
    expect(outbox(t)).toEqual([]);
    t.close();
  });
});
