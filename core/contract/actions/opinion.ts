/** The "opinion" cloud function's actions. */
import { z } from 'zod';
import { action } from '../define';
import {
  Category,
  Id,
  NOTE_MAX,
  OPINION_TEXT_MAX,
  Paging,
  Phone,
  RequestId,
  Scope,
  StationCode,
  text,
} from '../fields';
import { OpinionDetail, OpinionSummary, Page, SubmitResult, TransitionResult } from '../views';


export const opinionActions = {
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
};
