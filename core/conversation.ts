/**
 * The conversation on a case (PRODUCT.md, "The opinion's life": follow-up messages from the
 * resident and further replies from the deputy are timeline entries, not transitions). Pure:
 * which statuses take a resident's follow-up message, how many a day, and where a reply adds
 * to the conversation without moving the case. The transition table is not touched.
 */
import { beijingDate } from './beijing-time';
import type { Status } from './opinion-status';

/** A case someone is working on: the resident may add a follow-up message at any time. */
export const MESSAGE_STATUSES: readonly Status[] = ['assigned', 'accepted', 'forwarded', 'suggestion', 'replied'];

/** Answered already: a further reply is a timeline entry and a reply, with no move. */
export const FURTHER_REPLY_STATUSES: readonly Status[] = ['replied'];

/** Follow-up messages a resident may send on one case in one Beijing day (a deputy is not flooded). */
export const MESSAGES_PER_OPINION_PER_DAY = 3;

export type MessageRefusal =
  | { code: 'MESSAGE_USE_ADD_INFO'; message: string }
  | { code: 'MESSAGE_NOT_OPEN'; message: string };

const NOT_YET: readonly Status[] = ['held', 'submitted', 'triage'];

/** Why a follow-up message is refused in this status, in the resident's words; undefined when it is taken. */
export function messageRefusal(status: Status): MessageRefusal | undefined {
  if (MESSAGE_STATUSES.includes(status)) return undefined;
  if (status === 'need_info') {
    return { code: 'MESSAGE_USE_ADD_INFO', message: '代表正在请您补充情况，请在“补充情况”里填写并提交，不用另外留言' };
  }
  if (NOT_YET.includes(status)) return { code: 'MESSAGE_NOT_OPEN', message: '意见还没有交给代表办理，暂时不能留言' };
  if (status === 'resolved') return { code: 'MESSAGE_NOT_OPEN', message: '意见已办结，不能再留言；如有意见请在评价中说明' };
  return { code: 'MESSAGE_NOT_OPEN', message: '这条意见已经结束办理，不能再留言' };
}

/** The follow-up messages already sent on the Beijing day of `now`. */
export function messagesOnDayOf(additions: readonly { at: Date | string; kind?: string }[] | undefined, now: Date): number {
  const day = beijingDate(now);
  return (additions ?? []).filter((a) => a.kind === 'message' && beijingDate(new Date(a.at)) === day).length;
}
