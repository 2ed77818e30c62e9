/**
 * Which events notify whom, with which template (PRODUCT.md, "Subscription messages").
 * Pure: an event and the facts of its opinion in, notification intents out. Recipients are
 * resolved and values fitted later (server/notifications); this file only decides.
 */
import { beijingDate } from './beijing-time';
import type { DueAlert, DueKind } from './deadlines';
import type { FieldInput } from './message-fields';
import { STATUS_PHRASES } from './message-fields';
import type { Status } from './opinion-status';

export const TEMPLATE_KEYS = [
  'opinion_new',
  'opinion_update',
  'deadline_reminder',
  'opinion_progress',
  'opinion_result',
  'staff_alert',
  'staff_digest',
] as const;
export type TemplateKey = (typeof TEMPLATE_KEYS)[number];

/** The values a template's fields draw on. */
export const VALUE_NAMES = [
  'trackingNo',
  'summary',
  'stationName',
  'at',
  'dueAt',
  'note',
  'statusPhrase',
  'overdueCount',
  'triageCount',
] as const;
export type ValueName = (typeof VALUE_NAMES)[number];
export type Values = Partial<Record<ValueName, FieldInput>>;

/** `office`: the region office (代表工委/联工委) — the admins of the nearest region above the station that has any. */
export type Audience = 'resident' | 'deputy' | 'staff' | 'office';

export interface Intent {
  audience: Audience;
  template: TemplateKey;
  values: Values;
}

export interface EventFacts {
  action: string;
  at: Date;
  from?: Status;
  to?: Status;
  note?: string;
  /** A deadline step's deadline (due_remind, overdue, escalate_staff, escalate_office). */
  due?: { kind: DueKind; at: Date | string };
}

export interface OpinionFacts {
  trackingNo: string;
  category: string;
  text: string;
  stationName: string;
  status: Status;
  chaseCount: number;
  flagged: boolean;
  acceptDueAt?: Date | null;
  /** The reply written with this event, if any. */
  replyText?: string;
  /** A deputy holds the case now (assigneeDeputyId); otherwise staff work it. */
  withDeputy?: boolean;
}

/** What happened, in the terms the rules care about; `none` notifies nobody. */
export type EventKind =
  | 'new_assigned'
  | 'triage'
  | 'accepted'
  | 'need_info'
  | 'info_added'
  | 'resident_message'
  | 'rejected'
  | 'forwarded'
  | 'suggestion'
  | 'suggestion_answered'
  | 'replied'
  | 'resolved'
  | 'chased'
  | 'reopened'
  | 'deadline'
  | 'none';

/** Named actions first; an action this table does not know is read from its transition. */
export function eventKind(e: EventFacts): EventKind {
  switch (e.action) {
    case 'submit':
    case 'withdraw':
    case 'close':
    case 'claim':
      return 'none';
    case 'route':
      return e.to === 'assigned' ? 'new_assigned' : e.to === 'triage' ? 'triage' : 'none';
    case 'assign':
    case 'handover':
      return 'new_assigned';
    case 'accept':
      return 'accepted';
    case 'need_info':
      return 'need_info';
    case 'add_info':
      return 'info_added';
    case 'message':
      return 'resident_message';
    case 'reject':
      return 'rejected';
    case 'forward':
      return 'forwarded';
    case 'suggestion':
      return 'suggestion';
    case 'suggestion_answer':
      return 'suggestion_answered';
    case 'reply':
      return 'replied';
    case 'resolve':
      return 'resolved';
    case 'chase':
      return 'chased';
    case 'reopen':
      return 'reopened';
    case 'rate':
      return e.to === 'accepted' ? 'reopened' : 'none';
    case 'due_remind':
    case 'overdue':
    case 'escalate_staff':
    case 'escalate_office':
      return 'deadline';
    // A source merged into a 汇总件: its resident is told it is being worked, with the others (decision 0036).
    case 'merge':
      return 'accepted';
    // Taken out again: a deputy it returns to is told as for a new case, staff of one back in triage; the resident reads it on the timeline.
    case 'unmerge':
      return e.to === 'assigned' ? 'new_assigned' : e.to === 'triage' ? 'triage' : 'none';
  }
  if (!e.to) return 'none';
  if (e.from === 'need_info') return 'info_added';
  if (e.to === 'accepted') return e.from === 'resolved' ? 'reopened' : 'accepted';
  const byStatus: Partial<Record<Status, EventKind>> = {
    assigned: 'new_assigned',
    triage: 'triage',
    need_info: 'need_info',
    rejected: 'rejected',
    forwarded: 'forwarded',
    suggestion: 'suggestion',
    replied: 'replied',
    resolved: 'resolved',
  };
  return byStatus[e.to] ?? 'none';
}

/** The progress message's 办理状态 when the suggestion an opinion fed was answered (a `phrase`: at most 5 Chinese characters). */
export const SUGGESTION_ANSWERED_PHRASE = '建议已答复';

/** From the second chase on, staff are told as well (the deputy first, then staff). */
export const CHASES_BEFORE_STAFF = 2;

const summary = (o: OpinionFacts) => `${o.category}：${o.text}`;

export function notificationsForEvent(e: EventFacts, o: OpinionFacts): Intent[] {
  const base: Values = { trackingNo: o.trackingNo, summary: summary(o), stationName: o.stationName, at: e.at };
  const resident = (phraseOf: Status, note: string, template: TemplateKey = 'opinion_progress'): Intent => ({
    audience: 'resident',
    template,
    values: { ...base, statusPhrase: STATUS_PHRASES[phraseOf], note },
  });
  const deputyUpdate = (note: string): Intent => ({ audience: 'deputy', template: 'opinion_update', values: { ...base, note } });
  const staff = (note: string): Intent => ({ audience: 'staff', template: 'staff_alert', values: { ...base, note } });
  // Whoever holds the case: its deputy, or the station's staff working it themselves (工作人员直接办理).
  const holder = (note: string): Intent => (o.withDeputy === false ? staff(note) : deputyUpdate(note));

  switch (eventKind(e)) {
    case 'new_assigned':
      return [{ audience: 'deputy', template: 'opinion_new', values: { ...base, dueAt: o.acceptDueAt ?? e.at } }];
    case 'triage':
      return [staff(o.flagged ? '敏感类别意见待处理' : '有新意见待分派')];
    case 'accepted':
      return [resident('accepted', e.note || '代表已受理，正在办理')];
    case 'need_info':
      return [resident('need_info', e.note || '请补充相关情况')];
    case 'rejected':
      return [resident('rejected', e.note || '不予受理，详见小程序')];
    case 'forwarded':
      return [resident('forwarded', e.note || '已转交有关部门办理')];
    case 'suggestion':
      return [resident('suggestion', e.note || '已转为代表建议办理')];
    case 'suggestion_answered':
      // The opinion keeps its status: the phrase says what happened to the suggestion it fed.
      return [{ audience: 'resident', template: 'opinion_progress', values: { ...base, statusPhrase: SUGGESTION_ANSWERED_PHRASE, note: e.note || '代表建议已获部门答复，请查看' } }];
    case 'replied':
      return [resident('replied', o.replyText || e.note || '代表已答复，请查看')];
    case 'resolved':
      return [resident('resolved', '办理完毕，请进入小程序评价', 'opinion_result')];
    case 'info_added':
      return [holder('居民已补充情况')];
    case 'resident_message':
      return [holder(`居民留言：${e.note ?? ''}`)];
    case 'chased': {
      const n = Math.max(o.chaseCount, 1);
      if (o.withDeputy === false) return [staff(`居民催办（第${n}次）`)];
      const out = [deputyUpdate(`居民催办（第${n}次）`)];
      if (n >= CHASES_BEFORE_STAFF) out.push(staff(`意见已被催办${n}次`));
      return out;
    }
    case 'reopened':
      return [holder('居民不满意，申请重新办理')];
    case 'deadline':
      return e.due ? notificationsForDeadline(DEADLINE_STEP_ALERT[e.action]!, e.due.kind, new Date(e.due.at), o, e.at) : [];
    case 'none':
      return [];
  }
}

/** The timeline action each deadline alert is recorded as (server/opinions/jobs/deadline-alerts.ts), and back. */
export const DEADLINE_STEP_ACTION: Record<DueAlert, 'due_remind' | 'overdue' | 'escalate_staff' | 'escalate_office'> = {
  near: 'due_remind',
  overdue: 'overdue',
  escalate: 'escalate_staff',
  office: 'escalate_office',
};
const DEADLINE_STEP_ALERT: Partial<Record<string, DueAlert>> = Object.fromEntries(
  Object.entries(DEADLINE_STEP_ACTION).map(([alert, action]) => [action, alert as DueAlert]),
);

const KIND_LABEL: Record<DueKind, string> = { accept: '受理', result: '办结' };
const monthDay = (d: Date) => {
  const [, m, day] = beijingDate(d).split('-');
  return `${Number(m)}月${Number(day)}日`;
};

/** A running deadline's alert: the deputy for `near` and `overdue`, staff for `escalate`, the region office for `office`. */
export function notificationsForDeadline(alert: DueAlert, kind: DueKind, dueAt: Date, o: OpinionFacts, now: Date): Intent[] {
  const label = KIND_LABEL[kind];
  const base: Values = { trackingNo: o.trackingNo, summary: summary(o), stationName: o.stationName, dueAt };
  // A case staff work themselves has no deputy to remind: its staff are reminded instead.
  const deputy = (note: string): Intent =>
    o.withDeputy === false
      ? { audience: 'staff', template: 'staff_alert', values: { ...base, note, at: now } }
      : { audience: 'deputy', template: 'deadline_reminder', values: { ...base, statusPhrase: STATUS_PHRASES[o.status], note, at: now } };
  switch (alert) {
    case 'near':
      return [deputy(`${label}期限${monthDay(dueAt)}到期`)];
    case 'overdue':
      return [deputy(`已超过${label}期限，请尽快${label === '受理' ? '受理' : '办理'}`)];
    case 'escalate':
      return [{ audience: 'staff', template: 'staff_alert', values: { ...base, note: `意见超期未${label}`, at: dueAt } }];
    case 'office':
      return [{ audience: 'office', template: 'staff_alert', values: { ...base, note: `意见超期未${label}，请督办`, at: dueAt } }];
  }
}

/** The daily digest for one staff member; nothing when there is nothing to report. */
export function digestNotification(overdueCount: number, triageCount: number, now: Date): Intent[] {
  if (overdueCount === 0 && triageCount === 0) return [];
  return [
    {
      audience: 'staff',
      template: 'staff_digest',
      values: { note: '超期与待分派意见汇总', overdueCount, triageCount, at: now },
    },
  ];
}

/** A notification that could not be delivered (dead) or may or may not have been (unknown). */
export function notificationProblem(
  state: 'dead' | 'unknown',
  about: { trackingNo?: string; stationName?: string; title: string },
  at: Date,
): Intent {
  return {
    audience: 'staff',
    template: 'staff_alert',
    values: {
      note: `${state === 'dead' ? '消息未能送达' : '消息发送结果不明'}：${about.title}`,
      trackingNo: about.trackingNo || 'none',
      stationName: about.stationName || '全部联络站',
      at,
    },
  };
}

/** Staff and admins: a year's holiday table is missing or only provisional (docs/decisions/0013). */
export function calendarGapNotification(year: number, gap: 'missing' | 'provisional', at: Date): Intent {
  return {
    audience: 'staff',
    template: 'staff_alert',
    values: {
      note: `${year}年放假安排${gap === 'missing' ? '未录入' : '为暂定'}，请联系维护人员`,
      trackingNo: 'none',
      stationName: '全部联络站',
      at,
    },
  };
}
