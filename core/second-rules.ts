/**
 * 附议 (decision 0036): which cases another resident may join, how a joined case reads to them,
 * and which of its events they are told. Pure.
 *
 * A seconder follows a case that is not theirs: they read its words redacted (core/redact.ts),
 * its status, its steps and its result — never the author's contact, photos or conversation —
 * and they are told when it is accepted, answered and resolved, in words of their own (never
 * the note written to the author).
 */
import { eventKind, type EventFacts } from './notification-rules';
import type { TemplateKey } from './notification-rules';
import type { OpinionAction } from './opinion-events';
import type { Status } from './opinion-status';
import { STATUS_PHRASES } from './message-fields';
import { RESIDENT_STATUS_LABELS } from './resident-words';

/** A text shorter than this (in characters) is not looked up: there is nothing to compare yet. */
export const SIMILAR_TEXT_MIN = 6;
/** At most this many similar cases are shown while writing. */
export const SIMILAR_SHOWN = 3;
/** An excerpt of a case another resident reads: at most this many characters. */
export const SECOND_EXCERPT_CHARS = 60;

/** What decides whether another resident may see and join a case. */
export interface Joinable {
  openid: string;
  status: Status;
  consentPublish: boolean;
  flagged: boolean;
  textReview?: boolean;
  erasedAt?: Date | string;
  mergedInto?: string;
}

/**
 * Why `openid` may not join the case, as an error code, or undefined when they may. The
 * privacy refusals come before the status, so a case not made public says nothing of where it stands.
 */
export function joinRefusal(o: Joinable, openid: string, open: readonly Status[]): 'SECOND_OWN' | 'SECOND_NOT_ALLOWED' | 'SECOND_CLOSED' | undefined {
  if (o.openid === openid) return 'SECOND_OWN';
  if (!o.consentPublish || o.erasedAt || o.flagged || o.textReview || o.status === 'held' || o.mergedInto) return 'SECOND_NOT_ALLOWED';
  if (!open.includes(o.status)) return 'SECOND_CLOSED';
  return undefined;
}

/** Whether the case may be shown to `openid` among similar ones while they write. */
export const showableTo = (o: Joinable, openid: string, open: readonly Status[]): boolean => joinRefusal(o, openid, open) === undefined;

/** The status as a seconder reads it: the resident's words, but "待您补充" is the author's to do. */
export function seconderStatusLabel(status: Status): string {
  return status === 'need_info' ? '待补充情况' : RESIDENT_STATUS_LABELS[status];
}

/** The steps of a case a seconder sees (no notes): where it went and what was done, never the conversation. */
export const SECONDER_STEPS: ReadonlySet<OpinionAction> = new Set<OpinionAction>([
  'submit',
  'enter',
  'route',
  'release',
  'assign',
  'take',
  'accept',
  'reply',
  'forward',
  'department_answer',
  'suggestion',
  'suggestion_answer',
  'handover',
  'resolve',
  'reopen',
  'close',
  'withdraw',
  'reject',
  'merge',
  'unmerge',
]);

/** What happens next, as a seconder reads it (undefined once the case has ended). */
export function seconderNextStep(status: Status): string | undefined {
  switch (status) {
    case 'submitted':
    case 'triage':
      return '联络站工作人员正在转给合适的代表';
    case 'assigned':
      return '等待代表受理';
    case 'accepted':
    case 'forwarded':
    case 'suggestion':
    case 'need_info':
      return '正在办理，有进展会通知您';
    case 'replied':
      return '已答复，办结后会通知您办理结果';
    default:
      return undefined;
  }
}

/** A message to a seconder: its template, the phrase of its status and its note. */
export interface SeconderNotice {
  template: Extract<TemplateKey, 'opinion_progress' | 'opinion_result'>;
  statusPhrase: string;
  note: string;
}

/** What a seconder is told of an event of the case they joined: accepted, answered, resolved; nothing else. */
export function seconderNotice(e: EventFacts): SeconderNotice | undefined {
  switch (eventKind(e)) {
    case 'accepted':
      return { template: 'opinion_progress', statusPhrase: STATUS_PHRASES.accepted, note: '您附议的意见已受理，正在办理' };
    case 'replied':
      return { template: 'opinion_progress', statusPhrase: STATUS_PHRASES.replied, note: '您附议的意见已答复，请查看' };
    case 'resolved':
      return { template: 'opinion_result', statusPhrase: STATUS_PHRASES.resolved, note: '您附议的意见已办结，请查看办理结果' };
    default:
      return undefined;
  }
}
