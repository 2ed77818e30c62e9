/** The "opinion" cloud function's actions. */
import { z } from 'zod';
import { MESSAGES_PER_OPINION_PER_DAY } from '../../conversation';
import { action } from '../define';
import {
  Category,
  Id,
  NOTE_MAX,
  OPINION_TEXT_MAX,
  OPINION_TEXT_MIN,
  OpinionText,
  PLACE_MAX,
  Paging,
  Phone,
  Photos,
  Rating,
  RequestId,
  Scope,
  StationCode,
  TrackingNo,
  charCount,
  text,
} from '../fields';
import { MyDataExport, OpinionDetail, OpinionSummary, Page, SubmitResult, TransitionResult } from '../views';
import { secondActions } from './similar';

/** A follow-up message: the opinion's own text rules, said as a message. */
const MessageText = text(OPINION_TEXT_MAX).refine((s) => s === '' || charCount(s) >= OPINION_TEXT_MIN, {
  error: `留言至少要写${OPINION_TEXT_MIN}个字，请写清楚想补充的情况`,
});

export const opinionActions = {
  submit: action({
    access: 'resident',
    consent: 'privacy',
    summary: '居民提交意见，返回查询编号与分派结果',
    input: z.strictObject({
      stationCode: StationCode,
      category: Category,
      scope: Scope.default('community'),
      text: OpinionText,
      anonymous: z.boolean().default(false),
      phone: Phone.optional(),
      /** SMS when no subscription message reaches the resident (the result of their case); needs a mobile `phone`. */
      smsNotify: z.boolean().default(false),
      allowContact: z.boolean().default(false),
      consentPublish: z.boolean().default(false),
      chosenDeputyId: Id.optional(),
      photos: Photos.default([]),
      /** An area or landmark the resident names; never precise coordinates. */
      place: text(PLACE_MAX).optional(),
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
    summary: '我的一条意见：状态、答复与时间线',
    input: z.strictObject({ id: Id }),
    output: OpinionDetail,
  }),
  withdraw: action({
    access: 'resident',
    summary: '受理前撤回意见',
    input: z.strictObject({ id: Id, reason: text(NOTE_MAX).optional() }),
    output: TransitionResult,
  }),
  addInfo: action({
    access: 'resident',
    consent: 'privacy',
    summary: '按代表要求补充情况（待补充时）',
    input: z.strictObject({ id: Id, text: text(OPINION_TEXT_MAX), photos: Photos.default([]) }),
    output: TransitionResult,
  }),
  message: action({
    access: 'resident',
    consent: 'privacy',
    summary: `办理中随时补充留言（可附照片），代表或工作人员会收到提醒；每条意见每天最多${MESSAGES_PER_OPINION_PER_DAY}条`,
    input: z.strictObject({
      id: Id,
      text: MessageText,
      photos: Photos.default([]),
      /** One per form: sent again (a retry after a timeout, a double tap), it is the same message. */
      requestId: RequestId,
    }),
    output: TransitionResult.extend({ duplicate: z.boolean() }),
  }),
  chase: action({
    access: 'resident',
    summary: '超期后催办（每 3 天一次）',
    input: z.strictObject({ id: Id }),
    output: z.object({ id: Id, chaseCount: z.number().int(), nextChaseAfter: z.string() }),
  }),
  rate: action({
    access: 'resident',
    consent: 'privacy',
    summary: '评价办理结果；不满意可重新办理一次',
    input: z.strictObject({ id: Id, result: Rating, attitude: Rating, comment: text(NOTE_MAX).optional() }),
    output: TransitionResult.extend({ reopened: z.boolean() }),
  }),
  claim: action({
    access: 'resident',
    consent: 'privacy',
    summary: '用查询编号和登记时的电话认领工作人员代录的意见',
    input: z.strictObject({ trackingNo: TrackingNo, phone: Phone }),
    output: OpinionSummary,
  }),
  exportMine: action({
    access: 'resident',
    summary: '导出我的全部数据',
    input: z.strictObject({}),
    output: MyDataExport,
  }),
  deleteMine: action({
    access: 'resident',
    summary: '删除我的个人数据（意见内容保留用于统计，身份和联系方式清除）',
    input: z.strictObject({ confirm: z.literal(true, { error: '请确认删除' }) }),
    output: z.object({ erased: z.number().int() }),
  }),
  // 附议: similar cases while writing, joining and leaving one, and following it (decision 0036).
  ...secondActions,
};
