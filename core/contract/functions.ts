/**
 * The one contract: every cloud function, its actions, who may call them, and their
 * payload and answer schemas. The app, the cloud functions and the local run all read this.
 */
import { z } from 'zod';
import { action } from './define';
import {
  Category,
  Id,
  NOTE_MAX,
  OPINION_TEXT_MAX,
  Paging,
  Phone,
  REPLY_TEXT_MAX,
  RequestId,
  Scope,
  StationCode,
  text,
} from './fields';
import {
  DeputyOpinionDetail,
  InboxItem,
  Me,
  OpinionDetail,
  OpinionSummary,
  Page,
  StationListItem,
  StationView,
  SubmitResult,
  TransitionResult,
} from './views';

const Empty = z.strictObject({});

export const INBOX_TABS = ['new', 'in_progress', 'waiting', 'done', 'all'] as const;

export const CONTRACT = {
  user: {
    me: action({
      access: 'public',
      summary: '当前身份与角色',
      input: Empty,
      output: Me,
    }),
  },
  station: {
    get: action({
      access: 'public',
      summary: '按编号(二维码 scene)读取联络站:接待安排与代表',
      input: z.strictObject({ code: StationCode }),
      output: StationView,
    }),
    list: action({
      access: 'public',
      summary: '按地区列出联络站',
      input: z.strictObject({ regionCode: z.string().regex(/^[0-9A-Z]{2,12}$/).optional() }),
      output: z.object({ items: z.array(StationListItem) }),
    }),
  },
  opinion: {
    submit: action({
      access: 'resident',
      summary: '居民提交意见,返回查询编号与分派结果',
      input: z.strictObject({
        stationCode: StationCode,
        category: Category,
        scope: Scope.default('community'),
        text: text(OPINION_TEXT_MAX),
        anonymous: z.boolean().default(false),
        phone: Phone.optional(),
        allowContact: z.boolean().default(false),
        consentPublish: z.boolean().default(false),
        chosenDeputyId: Id.optional(),
        requestId: RequestId,
      }),
      output: SubmitResult,
    }),
    mine: action({
      access: 'resident',
      summary: '我的意见列表',
      input: z.strictObject({ ...Paging }),
      output: Page(OpinionSummary),
    }),
    detail: action({
      access: 'resident',
      summary: '我的一条意见:状态、答复与时间线',
      input: z.strictObject({ id: Id }),
      output: OpinionDetail,
    }),
    withdraw: action({
      access: 'resident',
      summary: '受理前撤回意见',
      input: z.strictObject({ id: Id, reason: text(NOTE_MAX).optional() }),
      output: TransitionResult,
    }),
  },
  deputy: {
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
  },
  setup: {
    init: action({
      access: 'public',
      summary: '创建缺少的数据集合(幂等)',
      input: Empty,
      output: z.object({ created: z.array(z.string()), existing: z.array(z.string()) }),
    }),
  },
} as const;

export type Contract = typeof CONTRACT;
export type FunctionName = keyof Contract;
export type ActionName<F extends FunctionName> = keyof Contract[F] & string;
export type ActionOf<F extends FunctionName, A extends ActionName<F>> = Contract[F][A];

/** What the caller sends (defaults optional). */
export type PayloadIn<F extends FunctionName, A extends ActionName<F>> =
  ActionOf<F, A> extends { input: infer I extends z.ZodType } ? z.input<I> : never;
/** What the handler receives (defaults applied). */
export type Payload<F extends FunctionName, A extends ActionName<F>> =
  ActionOf<F, A> extends { input: infer I extends z.ZodType } ? z.output<I> : never;
export type Answer<F extends FunctionName, A extends ActionName<F>> =
  ActionOf<F, A> extends { output: infer O extends z.ZodType } ? z.output<O> : never;

export const FUNCTION_NAMES = Object.keys(CONTRACT) as FunctionName[];
