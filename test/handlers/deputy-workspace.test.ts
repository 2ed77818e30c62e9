/** The deputy's workspace: binding, inbox, every handling action and its refusals. */
import { fromBeijing } from '../../core/beijing-time';
import type { DeputyDoc, OpinionDoc, UserDoc } from '../../server/model';
import { anOpinionOf, aStoredPhoto, insertInvite } from '../support/deputy-work';
import { COUNTY_DEPUTY, QUIET_SUNDAY, startLocal, TOWNSHIP_DEPUTY, TUESDAY_SESSION, type Local } from '../support/local';

const NEW_OPENID = 'test-new-deputy';
const opinion = (t: Local, id: string) => t.doc<OpinionDoc>('opinions', id);

/** A refusal with this code that left every collection as it was. */
async function refusedCleanly(t: Local, code: string, fn: 'deputy', action: string, payload: object, openid: string) {
  const before = await t.snapshot();
  const r = await t.refused(fn, action, payload, openid);
  expect(r).toMatchObject({ code });
  expect(await t.snapshot()).toBe(before);
  return r;
}

describe('binding with an invite code', () => {
  test('a wrong, an expired and a used code are refused; a good one binds once', async () => {
    const t = await startLocal();
    await insertInvite(t, { code: 'GOOD2026AB', deputyId: 'd-town-2' });
    await insertInvite(t, { code: 'OLD2026ABC', deputyId: 'd-town-2', expiresAt: new Date(QUIET_SUNDAY.getTime() - 1000) });
    await refusedCleanly(t, 'INVITE_INVALID', 'deputy', 'bind', { inviteCode: 'WRONG12345' }, NEW_OPENID);
    await refusedCleanly(t, 'INVITE_EXPIRED', 'deputy', 'bind', { inviteCode: 'OLD2026ABC' }, NEW_OPENID);
    expect((await t.refused('deputy', 'bind', { inviteCode: '  ' }, NEW_OPENID)).code).toBe('INVALID_PAYLOAD');
    expect((await t.refused('deputy', 'inbox', {}, NEW_OPENID)).code).toBe('FORBIDDEN');

    const bound = await t.ok('deputy', 'bind', { inviteCode: 'good-2026-ab' }, NEW_OPENID);
    expect(bound).toMatchObject({ deputyId: 'd-town-2', name: '吴喆' });
    expect(t.doc<DeputyDoc>('deputies', 'd-town-2').openid).toBe(NEW_OPENID);
    expect(t.doc<UserDoc>('users', NEW_OPENID).deputyId).toBe('d-town-2');
    expect((await t.ok('user', 'me', {}, NEW_OPENID)).roles).toContain('deputy');
    await t.ok('deputy', 'inbox', {}, NEW_OPENID);

    await refusedCleanly(t, 'INVITE_USED', 'deputy', 'bind', { inviteCode: 'GOOD2026AB' }, 'someone-else');
    t.close();
  });

  test('two phones with the same code at once: exactly one binds', async () => {
    const t = await startLocal();
    await insertInvite(t, { code: 'RACE2026AB', deputyId: 'd-town-3' });
    const results = await Promise.all(
      ['phone-a', 'phone-b', 'phone-c'].map((o) => t.call('deputy', { action: 'bind', payload: { inviteCode: 'RACE2026AB' } }, o)),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => (r as { code: string }).code)).toEqual(['INVITE_USED', 'INVITE_USED']);
    const winner = ['phone-a', 'phone-b', 'phone-c'][results.findIndex((r) => r.ok)];
    expect(t.doc<DeputyDoc>('deputies', 'd-town-3').openid).toBe(winner);
    t.close();
  });

  test('a deputy already bound to another phone cannot be taken over with a new code', async () => {
    const t = await startLocal();
    await insertInvite(t, { code: 'STEAL2026A', deputyId: 'd-county-1' });
    await refusedCleanly(t, 'DEPUTY_ALREADY_BOUND', 'deputy', 'bind', { inviteCode: 'STEAL2026A' }, NEW_OPENID);
    t.close();
  });
});

describe('inbox', () => {
  test('tabs with counts, due-date order, age, chase count and overdue', async () => {
    const t = await startLocal();
    const a = await anOpinionOf(t);
    t.clock.advance(3 * 86_400_000);
    const b = await anOpinionOf(t);
    const c = await anOpinionOf(t, { accepted: true });
    // The scheduler marks overdue work; here the mark is set directly.
    t.store.replace('opinions', { ...t.store.get('opinions', a)!, overdue: true });

    const page = await t.ok('deputy', 'inbox', { tab: 'new' }, COUNTY_DEPUTY);
    expect(page.items.map((i) => i.id)).toEqual([a, b]); // a is due first
    expect(page.counts).toMatchObject({ new: 2, in_progress: 1, waiting: 0, overdue: 1, done: 0, all: 3 });
    expect(page.items[0]).toMatchObject({ ageDays: 3, overdue: true, chaseCount: 0, stationName: '望月湖街道人大代表联络站', category: '住房物业' });
    expect(page.items[0].dueAt! < page.items[1].dueAt!).toBe(true);
    const overdue = await t.ok('deputy', 'inbox', { tab: 'overdue' }, COUNTY_DEPUTY);
    expect(overdue.items.map((i) => i.id)).toEqual([a]);
    const progress = await t.ok('deputy', 'inbox', { tab: 'in_progress' }, COUNTY_DEPUTY);
    expect(progress.items.map((i) => i.id)).toEqual([c]);
    t.close();
  });

  test('pages through more than one page', async () => {
    const t = await startLocal();
    for (let i = 0; i < 7; i++) await anOpinionOf(t);
    const first = await t.ok('deputy', 'inbox', { tab: 'new', limit: 5 }, COUNTY_DEPUTY);
    expect(first).toMatchObject({ total: 7, nextOffset: 5 });
    const second = await t.ok('deputy', 'inbox', { tab: 'new', offset: 5, limit: 5 }, COUNTY_DEPUTY);
    expect(second.items).toHaveLength(2);
    expect(second.nextOffset).toBeUndefined();
    expect(new Set([...first.items, ...second.items].map((i) => i.id)).size).toBe(7);
    t.close();
  });
});

describe('handling refusals write nothing', () => {
  test('an opinion the deputy does not hold', async () => {
    const t = await startLocal();
    const id = await anOpinionOf(t);
    for (const [action, payload] of [
      ['accept', { id }],
      ['detail', { id }],
      ['needInfo', { id, question: '请说明是哪一栋楼' }],
      ['handover', { id, toDeputyId: 'd-town-1', reason: '由街道代表就近跟进' }],
      ['forward', { id, departmentId: 'dept-yl-zj' }],
    ] as const) {
      await refusedCleanly(t, 'NOT_YOUR_OPINION', 'deputy', action, payload, TOWNSHIP_DEPUTY);
    }
    t.close();
  });

  test('a status that does not allow the move; a second accept on a double tap', async () => {
    const t = await startLocal();
    const id = await anOpinionOf(t);
    await refusedCleanly(t, 'TRANSITION_NOT_ALLOWED', 'deputy', 'resolve', { id, kind: 'solved', text: '已经处理完毕，感谢您的反映和支持。' }, COUNTY_DEPUTY);
    await refusedCleanly(t, 'TRANSITION_NOT_ALLOWED', 'deputy', 'forward', { id, departmentId: 'dept-yl-zj' }, COUNTY_DEPUTY);
    const twice = await Promise.all([1, 2].map(() => t.call('deputy', { action: 'accept', payload: { id } }, COUNTY_DEPUTY)));
    expect(twice.filter((r) => r.ok)).toHaveLength(1);
    expect(twice.find((r) => !r.ok)).toMatchObject({ code: 'TRANSITION_NOT_ALLOWED' });
    expect(opinion(t, id).timeline.filter((e: { action: string }) => e.action === 'accept')).toHaveLength(1);
    await refusedCleanly(t, 'TRANSITION_NOT_ALLOWED', 'deputy', 'accept', { id }, COUNTY_DEPUTY);
    t.close();
  });

  test('a whitespace reply', async () => {
    const t = await startLocal();
    const id = await anOpinionOf(t, { accepted: true });
    const r = await refusedCleanly(t, 'INVALID_PAYLOAD', 'deputy', 'reply', { id, text: ' \n\u3000 \u200b ' }, COUNTY_DEPUTY);
    expect(r.message).toContain('不能为空');
    t.close();
  });
});

describe('reply templates and boilerplate', () => {
  test('a template alone, or a short reply, is recorded but does not count as a response', async () => {
    const t = await startLocal();
    const tpl = await t.ok('deputy', 'saveTemplate', { title: '已收到', text: '您的意见已收到，我们将尽快协调有关部门处理。' }, COUNTY_DEPUTY);
    expect((await t.ok('deputy', 'templates', {}, COUNTY_DEPUTY)).items).toEqual([tpl]);

    const a = await anOpinionOf(t, { accepted: true });
    const r1 = await t.ok('deputy', 'reply', { id: a, text: '您的意见已收到，我们将尽快协调有关部门处理' }, COUNTY_DEPUTY);
    expect(r1).toMatchObject({ status: 'replied', countsAsResponse: false, boilerplate: true });
    expect(opinion(t, a).replies[0]).toMatchObject({ countsAsResponse: false, boilerplate: true });
    expect(opinion(t, a).firstResponseAt).toBeDefined(); // set by the accept

    const b = await anOpinionOf(t, { accepted: true });
    expect(await t.ok('deputy', 'reply', { id: b, text: '好的，已收到。' }, COUNTY_DEPUTY)).toMatchObject({ countsAsResponse: false, boilerplate: false });

    const c = await anOpinionOf(t, { accepted: true });
    const r3 = await t.ok('deputy', 'reply', { id: c, text: `${tpl.text}已约物业周三上午到现场查看电梯，查看结果会再告诉您。` }, COUNTY_DEPUTY);
    expect(r3).toMatchObject({ countsAsResponse: true, boilerplate: false });
    expect((await t.ok('deputy', 'detail', { id: c }, COUNTY_DEPUTY)).replyFlags).toEqual([expect.objectContaining({ countsAsResponse: true })]);

    await t.ok('deputy', 'deleteTemplate', { id: tpl.id }, COUNTY_DEPUTY);
    await refusedCleanly(t, 'TEMPLATE_NOT_FOUND', 'deputy', 'deleteTemplate', { id: tpl.id }, COUNTY_DEPUTY);
    t.close();
  });

  test('templates carry the names their deputy gave; a name already used is refused; one stored without a name reads 模板N', async () => {
    const t = await startLocal();
    await t.ok('deputy', 'saveTemplate', { title: '已收到', text: '您的意见已收到，我们将尽快协调有关部门处理。' }, COUNTY_DEPUTY);
    const r = await refusedCleanly(t, 'TEMPLATE_TITLE_TAKEN', 'deputy', 'saveTemplate', { title: ' 已收到 ', text: '另一段答复内容，和前一条不同。' }, COUNTY_DEPUTY);
    expect(r.message).toBe('已有同名的答复模板，请换一个名称');
    // Another deputy may use the same name.
    await t.ok('deputy', 'saveTemplate', { title: '已收到', text: '收到您的意见，我会尽快了解情况。' }, TOWNSHIP_DEPUTY);
    t.clock.set(new Date(t.clock.now().getTime() + 60_000));
    await t.ok('deputy', 'saveTemplate', { title: '转部门', text: '已将您反映的问题转交有关部门办理。' }, COUNTY_DEPUTY);
    // An older template stored without a name (before names were asked) keeps a name by its place.
    const mine = await t.ok('deputy', 'templates', {}, COUNTY_DEPUTY);
    const stored = t.doc<Record<string, unknown>>('replytemplates', mine.items[1].id);
    t.store.replace('replytemplates', { ...stored, title: '' } as never);
    expect((await t.ok('deputy', 'templates', {}, COUNTY_DEPUTY)).items.map((i) => i.title)).toEqual(['已收到', '模板2']);
    t.close();
  });
});

describe('forward to a department, and its answer', () => {
  test('directory filtered by level and category; outside the directory refused; letter deadline; answer recorded', async () => {
    const t = await startLocal();
    const id = await anOpinionOf(t, { accepted: true });
    const all = await t.ok('deputy', 'departments', { id }, COUNTY_DEPUTY);
    expect(all.items.map((d) => d.id)).not.toContain('dept-xjh-sq'); // another township
    const county = await t.ok('deputy', 'departments', { id, level: 'county', category: '住房物业' }, COUNTY_DEPUTY);
    expect(county.items.map((d) => d.id)).toEqual(['dept-yl-zj']);

    await refusedCleanly(t, 'DEPARTMENT_NOT_FOUND', 'deputy', 'forward', { id, departmentId: 'dept-xjh-sq' }, COUNTY_DEPUTY);
    await refusedCleanly(t, 'DEPARTMENT_NOT_FOUND', 'deputy', 'forward', { id, departmentId: 'dept-nowhere' }, COUNTY_DEPUTY);
    await refusedCleanly(t, 'NOT_FORWARDED', 'deputy', 'departmentAnswer', { id, text: '已安排检修' }, COUNTY_DEPUTY);

    const fwd = await t.ok('deputy', 'forward', { id, departmentId: 'dept-yl-zj', note: '请督促物业限期检修' }, COUNTY_DEPUTY);
    expect(fwd).toMatchObject({ status: 'forwarded', letterNo: `ZB-${opinion(t, id).trackingNo}` });
    // 10 working days from Sunday 2026-11-29: Friday 2026-12-11, end of day in Beijing.
    expect(fwd.answerDueAt).toBe(new Date(fromBeijing('2026-12-12').getTime() - 1000).toISOString());
    expect(opinion(t, id).timeline.at(-1)).toMatchObject({ action: 'forward', from: 'accepted', to: 'forwarded' });

    await t.ok('deputy', 'departmentAnswer', { id, text: '区住建局已责成物业本周内完成电梯检修并公示维保记录。' }, COUNTY_DEPUTY);
    const detail = await t.ok('deputy', 'detail', { id }, COUNTY_DEPUTY);
    expect(detail.forward?.answer?.text).toContain('区住建局');
    expect(detail.deputyCan).toMatchObject({ departmentAnswer: false, resolve: true, reply: true });
    await refusedCleanly(t, 'TRANSITION_NOT_ALLOWED', 'deputy', 'departmentAnswer', { id, text: '再次登记' }, COUNTY_DEPUTY);
    await t.ok('deputy', 'resolve', { id, kind: 'solved', text: '电梯已检修完毕，维保记录已在单元门口公示。' }, COUNTY_DEPUTY);
    t.close();
  });
});

describe('suggestion (闭会期间代表建议)', () => {
  test('merges only the deputy own accepted opinions', async () => {
    const t = await startLocal();
    const mine1 = await anOpinionOf(t, { accepted: true });
    const mine2 = await anOpinionOf(t, { accepted: true });
    const theirs = await anOpinionOf(t, { accepted: true, deputy: 'd-town-1' });
    const payload = { title: '关于加快老旧小区电梯更新的建议', reasons: '多个小区电梯老化、故障频发，居民出行困难。', proposals: '设立电梯更新专项资金，明确物业维保责任。' };
    await refusedCleanly(t, 'NOT_YOUR_OPINION', 'deputy', 'suggest', { ...payload, opinionIds: [mine1, theirs] }, COUNTY_DEPUTY);
    const s = await t.ok('deputy', 'suggest', { ...payload, opinionIds: [mine1, mine2] }, COUNTY_DEPUTY);
    expect(s.opinionIds).toEqual([mine1, mine2]);
    expect(opinion(t, mine1)).toMatchObject({ status: 'suggestion', suggestionId: s.id });
    expect((await t.ok('deputy', 'suggestions', {}, COUNTY_DEPUTY)).items).toHaveLength(1);
    await refusedCleanly(t, 'TRANSITION_NOT_ALLOWED', 'deputy', 'suggest', { ...payload, opinionIds: [mine1] }, COUNTY_DEPUTY);
    t.close();
  });
});

describe('hand-over', () => {
  test('the assignee changes, the status does not; a closed status or an outsider is refused', async () => {
    const t = await startLocal();
    const id = await anOpinionOf(t, { accepted: true });
    const targets = await t.ok('deputy', 'handoverTargets', { id }, COUNTY_DEPUTY);
    expect(targets.items.map((d) => d.id).sort()).toEqual(['d-city-1', 'd-town-1']);
    await refusedCleanly(t, 'HANDOVER_NOT_ALLOWED', 'deputy', 'handover', { id, toDeputyId: 'd-county-2', reason: '换人' }, COUNTY_DEPUTY);
    await refusedCleanly(t, 'HANDOVER_NOT_ALLOWED', 'deputy', 'handover', { id, toDeputyId: 'd-county-1', reason: '换人' }, COUNTY_DEPUTY);
    const r = await t.ok('deputy', 'handover', { id, toDeputyId: 'd-town-1', reason: '周丽代表是该小区业委会主任，便于跟进' }, COUNTY_DEPUTY);
    expect(r).toMatchObject({ status: 'accepted', assigneeName: '周丽' });
    expect(opinion(t, id)).toMatchObject({ status: 'accepted', assigneeDeputyId: 'd-town-1' });
    expect(opinion(t, id).timeline.at(-1)).toMatchObject({ action: 'handover' });
    expect(opinion(t, id).timeline.at(-1)?.to).toBeUndefined();
    await refusedCleanly(t, 'NOT_YOUR_OPINION', 'deputy', 'detail', { id }, COUNTY_DEPUTY);
    await t.ok('deputy', 'resolve', { id, kind: 'explained', text: '已向居民解释维修资金使用程序和时间安排。' }, TOWNSHIP_DEPUTY);
    await refusedCleanly(t, 'TRANSITION_NOT_ALLOWED', 'deputy', 'handover', { id, toDeputyId: 'd-county-1', reason: '退回' }, TOWNSHIP_DEPUTY);
    t.close();
  });
});

describe('reception duty', () => {
  test('check-in inside my session at the right station; wrong station and outside the session refused', async () => {
    const t = await startLocal(TUESDAY_SESSION);
    const sessions = await t.ok('deputy', 'sessions', {}, COUNTY_DEPUTY);
    expect(sessions.items[0]).toMatchObject({ stationCode: 'WYH01', date: '2026-12-01', start: '09:00', attended: false });
    await refusedCleanly(t, 'CHECKIN_WRONG_STATION', 'deputy', 'checkIn', { stationCode: 'YL01' }, COUNTY_DEPUTY);
    await refusedCleanly(t, 'STATION_NOT_FOUND' as string, 'deputy', 'checkIn', { stationCode: 'NOPE01' }, COUNTY_DEPUTY);
    const r = await t.ok('deputy', 'checkIn', { stationCode: 'WYH01' }, COUNTY_DEPUTY);
    expect(r).toMatchObject({ stationName: '望月湖街道人大代表联络站', date: '2026-12-01', already: false });
    expect((await t.ok('deputy', 'checkIn', { stationCode: 'WYH01' }, COUNTY_DEPUTY)).already).toBe(true);
    expect((await t.ok('deputy', 'sessions', {}, COUNTY_DEPUTY)).items[0].attended).toBe(true);
    const acts = await t.ok('deputy', 'activities', {}, COUNTY_DEPUTY);
    expect(acts.items).toEqual([expect.objectContaining({ kind: 'reception', automatic: true, place: '望月湖街道人大代表联络站' })]);

    t.clock.set(fromBeijing('2026-12-01', '11:31')); // the session ended at 11:30
    await refusedCleanly(t, 'CHECKIN_OUTSIDE_SESSION', 'deputy', 'checkIn', { stationCode: 'WYH01' }, TOWNSHIP_DEPUTY);
    t.clock.set(fromBeijing('2026-12-01', '08:25')); // more than 30 minutes early
    await refusedCleanly(t, 'CHECKIN_OUTSIDE_SESSION', 'deputy', 'checkIn', { stationCode: 'WYH01' }, TOWNSHIP_DEPUTY);
    t.clock.set(fromBeijing('2026-12-01', '08:35'));
    await t.ok('deputy', 'checkIn', { stationCode: 'WYH01' }, TOWNSHIP_DEPUTY);
    t.close();
  });

  test('a check-in stopped before its activity was written: checking in again writes it, once', async () => {
    const t = await startLocal(TUESDAY_SESSION);
    await t.ok('deputy', 'checkIn', { stationCode: 'WYH01' }, COUNTY_DEPUTY);
    const [activity] = t.store.scan('activities', []);
    t.store.remove('activities', activity._id); // as if the function stopped after the attendance
    expect((await t.ok('deputy', 'checkIn', { stationCode: 'WYH01' }, COUNTY_DEPUTY)).already).toBe(true);
    expect(t.store.scan('activities', []).map((a) => a._id)).toEqual([activity._id]);
    await t.ok('deputy', 'checkIn', { stationCode: 'WYH01' }, COUNTY_DEPUTY);
    expect(t.store.scan('activities', [])).toHaveLength(1);
    t.close();
  });

  test('leave is stored, shown on the station, and routing passes over the deputy', async () => {
    const t = await startLocal(TUESDAY_SESSION);
    await expect(t.refused('deputy', 'addLeave', { from: '2026-12-05', to: '2026-12-01' }, TOWNSHIP_DEPUTY)).resolves.toMatchObject({ code: 'LEAVE_INVALID' });
    const r = await t.ok('deputy', 'addLeave', { from: '2026-12-01', to: '2026-12-03', reason: '外出学习' }, TOWNSHIP_DEPUTY);
    expect(r.items).toEqual([{ from: '2026-12-01', to: '2026-12-03', reason: '外出学习' }]);
    expect((await t.ok('deputy', 'sessions', {}, TOWNSHIP_DEPUTY)).items[0].onLeave).toBe(true);
    // On duty now at 望月湖 are 周丽 and 李红梅; with 周丽 on leave, the duty rule picks 李红梅.
    for (let i = 0; i < 3; i++) {
      const sub = await t.submit({ text: `请假期间的意见${i}：小区路灯不亮，晚上出行不安全。` }, `leave-resident-${i}`);
      expect(t.doc<OpinionDoc>('opinions', sub.id).assigneeDeputyId).toBe('d-county-1');
    }
    await t.ok('deputy', 'cancelLeave', { from: '2026-12-01', to: '2026-12-03' }, TOWNSHIP_DEPUTY);
    expect((await t.ok('deputy', 'leaves', {}, TOWNSHIP_DEPUTY)).items).toEqual([]);
    t.close();
  });
});

describe('activities', () => {
  test('recorded with date, place, people, summary and photos; a future date refused', async () => {
    const t = await startLocal();
    const photo = await aStoredPhoto(t);
    const a = await t.ok('deputy', 'recordActivity', { kind: 'research', date: '2026-11-27', place: '望月湖小区', people: '业委会、物业、居民代表12人', summary: '围绕老旧小区电梯更新开展专题调研。', photos: [photo] }, COUNTY_DEPUTY);
    expect(a).toMatchObject({ kind: 'research', kindLabel: '专题调研', photos: [expect.objectContaining({ fileId: photo })] });
    await refusedCleanly(t, 'INVALID_PAYLOAD', 'deputy', 'recordActivity', { kind: 'visit', date: '2026-12-30', place: '某小区', people: '居民', summary: '走访' }, COUNTY_DEPUTY);
    await refusedCleanly(t, 'UPLOAD_NOT_YOURS', 'deputy', 'recordActivity', { kind: 'visit', date: '2026-11-20', place: '某小区', people: '居民', summary: '走访', photos: ['local://uploads/20261129/000000000000000000000000.png'] }, COUNTY_DEPUTY);
    expect((await t.ok('deputy', 'activities', {}, COUNTY_DEPUTY)).total).toBe(1);
    t.close();
  });

  test('the same form sent twice (a retry after a lost answer), even at once: one activity', async () => {
    const t = await startLocal();
    const form = { kind: 'visit' as const, date: '2026-11-27', place: '望月湖小区', people: '居民5人', summary: '走访了解加装电梯意愿。', requestId: 'act-form-0001' };
    const [a, b] = await Promise.all([t.ok('deputy', 'recordActivity', form, COUNTY_DEPUTY), t.ok('deputy', 'recordActivity', form, COUNTY_DEPUTY)]);
    expect(b.id).toBe(a.id);
    expect((await t.ok('deputy', 'recordActivity', form, COUNTY_DEPUTY)).id).toBe(a.id);
    expect((await t.ok('deputy', 'activities', {}, COUNTY_DEPUTY)).total).toBe(1);
    await t.ok('deputy', 'recordActivity', { ...form, requestId: 'act-form-0002' }, COUNTY_DEPUTY);
    expect((await t.ok('deputy', 'activities', {}, COUNTY_DEPUTY)).total).toBe(2);
    t.close();
  });
});
