import { fromBeijing } from '../../core/beijing-time';
import { endOfBeijingDay } from '../../core/deadlines';
import {
  digestNotification,
  eventKind,
  notificationProblem,
  notificationsForDeadline,
  notificationsForEvent,
  type EventFacts,
  type OpinionFacts,
} from '../../core/notification-rules';

const at = fromBeijing('2026-12-01', '10:00');
const opinion: OpinionFacts = {
  trackingNo: '430104-20261201-0001',
  category: '住房物业',
  text: '小区电梯经常故障',
  stationName: '望月湖街道人大代表联络站',
  status: 'accepted',
  chaseCount: 0,
  flagged: false,
};
const ev = (action: string, from?: EventFacts['from'], to?: EventFacts['to'], note?: string): EventFacts => ({ action, at, from, to, note });
const who = (e: EventFacts, o: Partial<OpinionFacts> = {}) =>
  notificationsForEvent(e, { ...opinion, ...o }).map((i) => `${i.audience}:${i.template}`);

describe('event → recipients × templates', () => {
  test.each<[string, EventFacts, Partial<OpinionFacts>, string[]]>([
    ['submit: nobody yet (routing follows)', ev('submit', undefined, 'submitted'), {}, []],
    ['routed to a deputy: the deputy', ev('route', 'submitted', 'assigned'), {}, ['deputy:opinion_new']],
    ['routed to triage: staff', ev('route', 'submitted', 'triage'), {}, ['staff:staff_alert']],
    ['staff assign from triage: the deputy', ev('assign', 'triage', 'assigned'), {}, ['deputy:opinion_new']],
    ['hand-over: the new deputy', ev('handover'), {}, ['deputy:opinion_new']],
    ['accepted: the resident', ev('accept', 'assigned', 'accepted'), {}, ['resident:opinion_progress']],
    ['need_info: the resident', ev('need_info', 'accepted', 'need_info', '请提供楼栋号'), {}, ['resident:opinion_progress']],
    ['information added: the deputy', ev('add_info', 'need_info', 'accepted'), {}, ['deputy:opinion_update']],
    ['follow-up message, a deputy holds it: the deputy', ev('message', undefined, undefined, '补充：晚上七点以后最明显'), { withDeputy: true }, ['deputy:opinion_update']],
    ['follow-up message, staff work it: staff', ev('message', undefined, undefined, '补充：晚上七点以后最明显'), { withDeputy: false }, ['staff:staff_alert']],
    ['rejected with reason: the resident', ev('reject', 'assigned', 'rejected', '不属于代表职责'), {}, ['resident:opinion_progress']],
    ['forwarded: the resident', ev('forward', 'accepted', 'forwarded'), {}, ['resident:opinion_progress']],
    ['suggestion: the resident', ev('suggestion', 'accepted', 'suggestion'), {}, ['resident:opinion_progress']],
    ['the suggestion it fed was answered (no move): the resident', ev('suggestion_answer'), { status: 'suggestion' }, ['resident:opinion_progress']],
    ['replied: the resident', ev('reply', 'accepted', 'replied'), { replyText: '已联系物业' }, ['resident:opinion_progress']],
    ['a further reply (no move): the resident', ev('reply'), { status: 'replied', replyText: '灯具周四更换' }, ['resident:opinion_progress']],
    ['resolved: the resident, asked to rate', ev('resolve', 'replied', 'resolved'), {}, ['resident:opinion_result']],
    ['first chase: the deputy', ev('chase'), { chaseCount: 1 }, ['deputy:opinion_update']],
    ['second chase: the deputy, then staff', ev('chase'), { chaseCount: 2 }, ['deputy:opinion_update', 'staff:staff_alert']],
    ['reopen: the deputy', ev('reopen', 'resolved', 'accepted'), {}, ['deputy:opinion_update']],
    ['information added, staff work it: staff', ev('add_info', 'need_info', 'accepted'), { withDeputy: false }, ['staff:staff_alert']],
    ['first chase, staff work it: staff', ev('chase'), { chaseCount: 1, withDeputy: false }, ['staff:staff_alert']],
    ['second chase, staff work it: staff once', ev('chase'), { chaseCount: 2, withDeputy: false }, ['staff:staff_alert']],
    ['reopen, staff work it: staff', ev('rate', 'resolved', 'accepted'), { withDeputy: false }, ['staff:staff_alert']],
    ['rating that reopens: the deputy', ev('rate', 'resolved', 'accepted'), {}, ['deputy:opinion_update']],
    ['rating that closes: nobody', ev('rate', 'resolved', 'closed'), {}, []],
    ['withdraw: nobody', ev('withdraw', 'assigned', 'withdrawn'), {}, []],
    ['close: nobody', ev('close', 'resolved', 'closed'), {}, []],
    ['claim: nobody', ev('claim'), {}, []],
    ['unknown action read from its transition: to replied', ev('department_answer', 'forwarded', 'replied'), {}, ['resident:opinion_progress']],
    ['unknown action leaving need_info: information added', ev('staff_fill', 'need_info', 'forwarded'), {}, ['deputy:opinion_update']],
    ['unknown action without a transition: nobody', ev('note'), {}, []],
  ])('%s', (_name, e, o, expected) => {
    expect(who(e, o)).toEqual(expected);
  });

  test('resident messages carry the status phrase and the reason or reply', () => {
    const [rejected] = notificationsForEvent(ev('reject', 'assigned', 'rejected', '属于司法程序，请向法院反映'), opinion);
    expect(rejected.values).toMatchObject({ statusPhrase: '不予受理', note: '属于司法程序，请向法院反映', trackingNo: opinion.trackingNo });
    const [replied] = notificationsForEvent(ev('reply', 'accepted', 'replied'), { ...opinion, replyText: '已联系物业，下周维修' });
    expect(replied.values).toMatchObject({ statusPhrase: '已答复', note: '已联系物业，下周维修' });
    expect(eventKind(ev('resolve', 'replied', 'resolved'))).toBe('resolved');
  });

  test('the answer to the suggestion an opinion fed says so in a phrase WeChat takes (at most 5 Chinese characters)', () => {
    const [told] = notificationsForEvent(ev('suggestion_answer', undefined, undefined, '区住建局已答复代表建议《关于路灯的建议》'), { ...opinion, status: 'suggestion' });
    expect(told).toMatchObject({ audience: 'resident', template: 'opinion_progress', values: { statusPhrase: '建议已答复', note: '区住建局已答复代表建议《关于路灯的建议》' } });
    expect(String(told.values.statusPhrase)).toMatch(/^[\u4e00-\u9fff]{1,5}$/);
  });

  test('a follow-up message reaches whoever holds the case with its words', () => {
    const [toDeputy] = notificationsForEvent(ev('message', undefined, undefined, '补充：晚上七点以后最明显'), { ...opinion, withDeputy: true });
    expect(toDeputy.values.note).toBe('居民留言：补充：晚上七点以后最明显');
    const [toStaff] = notificationsForEvent(ev('message', undefined, undefined, '补充：晚上七点以后最明显'), { ...opinion, withDeputy: false });
    expect(toStaff).toMatchObject({ audience: 'staff', values: { note: '居民留言：补充：晚上七点以后最明显' } });
  });

  test('a flagged opinion waiting in triage says so to staff', () => {
    const [alert] = notificationsForEvent(ev('route', 'submitted', 'triage'), { ...opinion, flagged: true });
    expect(alert.values.note).toBe('敏感类别意见待处理');
  });
});

describe('deadlines, digest and problems', () => {
  const due = endOfBeijingDay('2026-12-03');
  test.each([
    ['near', 'accept', ['deputy:deadline_reminder'], '受理期限12月3日到期'],
    ['overdue', 'result', ['deputy:deadline_reminder'], '已超过办结期限，请尽快办理'],
    ['escalate', 'accept', ['staff:staff_alert'], '意见超期未受理'],
    ['office', 'result', ['office:staff_alert'], '意见超期未办结，请督办'],
  ] as const)('%s (%s) → %j', (alert, kind, expected, note) => {
    const out = notificationsForDeadline(alert, kind, due, opinion, at);
    expect(out.map((i) => `${i.audience}:${i.template}`)).toEqual(expected);
    expect(out[0].values.note).toBe(note);
  });

  test('the digest is sent only when there is something in it', () => {
    expect(digestNotification(0, 0, at)).toEqual([]);
    expect(digestNotification(2, 0, at)[0]).toMatchObject({ audience: 'staff', template: 'staff_digest', values: { overdueCount: 2, triageCount: 0 } });
  });

  test('a dead or unknown notification becomes a staff alert', () => {
    expect(notificationProblem('dead', { title: '新意见待受理提醒', trackingNo: 'X-1' }, at).values.note).toBe('消息未能送达：新意见待受理提醒');
    expect(notificationProblem('unknown', { title: 'T' }, at).values).toMatchObject({ note: '消息发送结果不明：T', trackingNo: 'none' });
  });
});

describe('deadline steps are timeline events, relayed like any other', () => {
  const due = { kind: 'accept' as const, at: endOfBeijingDay('2026-12-03') };
  test.each([
    ['due_remind', ['deputy:deadline_reminder'], '受理期限12月3日到期'],
    ['overdue', ['deputy:deadline_reminder'], '已超过受理期限，请尽快受理'],
    ['escalate_staff', ['staff:staff_alert'], '意见超期未受理'],
    ['escalate_office', ['office:staff_alert'], '意见超期未受理，请督办'],
  ] as const)('%s → %j', (action, expected, note) => {
    // As stored: the deadline's time may come back as a string.
    const out = notificationsForEvent({ action, at, due: { ...due, at: due.at.toISOString() } }, opinion);
    expect(out.map((i) => `${i.audience}:${i.template}`)).toEqual(expected);
    expect(out[0].values.note).toBe(note);
    expect(out[0].values.dueAt).toEqual(due.at);
  });

  test.each(['due_remind', 'overdue'] as const)('%s on a case staff work themselves reminds its staff', (action) => {
    const out = notificationsForEvent({ action, at, due }, { ...opinion, withDeputy: false });
    expect(out.map((i) => `${i.audience}:${i.template}`)).toEqual(['staff:staff_alert']);
    expect(out[0].values.dueAt).toEqual(due.at);
  });

  test('a step stored without its deadline notifies nobody', () => {
    expect(notificationsForEvent({ action: 'escalate_office', at }, opinion)).toEqual([]);
  });
});
