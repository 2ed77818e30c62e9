/** The "deputy" cloud function's actions. */
import { z } from 'zod';
import { action } from '../define';
import { Id, NOTE_MAX, Paging, REPLY_TEXT_MAX, RESULT_KINDS, text } from '../fields';
import { DeputyOpinionDetail, InboxItem, Page, TransitionResult } from '../views';


export const INBOX_TABS = ['new', 'in_progress', 'waiting', 'done', 'all'] as const;

export const deputyActions = {
  inbox: action({
    access: 'deputy',
    summary: '代表收件箱',
    input: z.strictObject({ tab: z.enum(INBOX_TABS).default('all'), ...Paging }),
    output: Page(InboxItem).extend({ counts: z.record(z.string(), z.number().int()) }),
  }),
  detail: action({
    access: 'deputy',
    summary: '代表查看一条意见',
    input: z.strictObject({ id: Id }),
    output: DeputyOpinionDetail,
  }),
  accept: action({
    access: 'deputy',
    summary: '受理意见',
    input: z.strictObject({ id: Id, note: text(NOTE_MAX).optional() }),
    output: TransitionResult,
  }),
  reply: action({
    access: 'deputy',
    summary: '答复居民',
    input: z.strictObject({ id: Id, text: text(REPLY_TEXT_MAX) }),
    output: TransitionResult,
  }),
  needInfo: action({
    access: 'deputy',
    summary: '请居民补充情况',
    input: z.strictObject({ id: Id, question: text(NOTE_MAX) }),
    output: TransitionResult,
  }),
  resolve: action({
    access: 'deputy',
    summary: '办结:已解决/部分解决/已解释说明',
    input: z.strictObject({ id: Id, kind: z.enum(RESULT_KINDS), text: text(REPLY_TEXT_MAX) }),
    output: TransitionResult,
  }),
};
