/**
 * Working one case at the staff desk or the region office (issue 22, PRODUCT.md "Who can act on
 * a case"): the whole case, and every move staff may make on it — take it themselves (工作人员
 * 直接办理), assign or reassign to a deputy, forward to a department (转办函) and record its
 * answer, reply, resolve, reject, release a held one, 回访. The same actions join the staff
 * function (access `staff`: the caller's stations) and the admin function (access `admin`: the
 * office's region), so `caseworkActions(access)` builds them for either.
 */
import { z } from 'zod';
import { action } from '../define';
import { Id, IsoTime, NOTE_MAX, Rating, REPLY_TEXT_MAX, RESULT_KINDS, Status, text } from '../fields';
import { DeputyOpinionDetail, TransitionResult } from '../views';
import { DepartmentView, ForwardView } from '../deputy-views';
import { ReachView } from './subscription';
import { CaseMerge } from './merge';

/** What this worker may do with the case now (from the transition table, the category and who holds it); the page shows exactly these. */
export const CaseCan = z.object({
  /** 工作人员直接办理: triage or assigned → accepted, handled by the caller's desk. */
  take: z.boolean(),
  /** From triage, to a deputy of the station (never for restricted categories or 对代表的意见). */
  assign: z.boolean(),
  /** Another deputy (or a first one, when staff handle it) while it is worked; the status stays. */
  reassign: z.boolean(),
  forward: z.boolean(),
  departmentAnswer: z.boolean(),
  reply: z.boolean(),
  resolve: z.boolean(),
  reject: z.boolean(),
  release: z.boolean(),
  followUp: z.boolean(),
  transferLetter: z.boolean(),
});

/** How a photo's image check stands: staff decide on the held ones (`review`, `pending`); a refused one is not shown. */
export const PHOTO_CHECKS = ['pass', 'review', 'pending', 'risky', 'none'] as const;

export const CasePhoto = z.object({
  fileId: z.string(),
  /** Empty for a photo the image check refused. */
  url: z.string(),
  alt: z.string(),
  check: z.enum(PHOTO_CHECKS),
});

/** A deputy of the case's station who can take it now (active, bound, not on leave, term running). */
export const CaseDeputy = z.object({ id: z.string(), name: z.string(), levelLabel: z.string(), reach: ReachView });

export const WorkerCase = DeputyOpinionDetail.extend({
  /** Every photo, held ones included, with its check. */
  photos: z.array(CasePhoto),
  /**
   * The resident's contact as they allowed it: the full phone (recorded in 身份信息查看记录)
   * when they allowed contact or for 回访; masked otherwise; nothing for an anonymous opinion
   * unless it is the 回访 of a resolved case.
   */
  resident: z.object({ anonymous: z.boolean(), allowContact: z.boolean(), phone: z.string().optional(), phoneFull: z.boolean() }),
  channelLabel: z.string(),
  stationName: z.string(),
  /** Restricted categories and 对代表的意见: staff handle them, never a deputy. */
  staffOnly: z.boolean(),
  flagged: z.boolean(),
  /** While held: what content security is waiting for. */
  heldReason: z.string().optional(),
  /** Staff or the office handling it themselves. */
  handler: z.object({ role: z.enum(['staff', 'admin']), label: z.string() }).optional(),
  assigneeId: z.string().optional(),
  dueAt: IsoTime.optional(),
  dueKind: z.enum(['accept', 'result']).optional(),
  overdue: z.boolean(),
  overdueSince: IsoTime.optional(),
  forward: ForwardView.extend({ byLabel: z.string() }).optional(),
  replyFlags: z.array(z.object({ at: IsoTime, countsAsResponse: z.boolean(), boilerplate: z.boolean() })),
  workerCan: CaseCan,
  /** When assign or reassign is possible: whom to. */
  deputies: z.array(CaseDeputy),
  /** When forward is possible: the directory of the case's region and those above it, the category's departments first. */
  departments: z.array(DepartmentView),
  /** A 汇总件 (its sources) or a case merged into one (its 汇总件), decision 0036. */
  merge: CaseMerge.optional(),
});

const Move = TransitionResult;

/** The case actions with the access of the function they join. */
export const caseworkActions = (access: 'staff' | 'admin') => {
  const where = access === 'staff' ? '本站' : '本地区';
  return {
    case: action({
      access,
      summary: `${where}一条意见的全部情况：内容、照片（含待审核的）、联系方式、分派规则、办理过程、答复、部门答复、期限，以及现在能做的操作`,
      input: z.strictObject({ id: Id }),
      output: WorkerCase,
    }),
    take: action({
      access,
      summary: '工作人员直接办理（待分派或已分派 → 已受理；受限类别和对代表的意见也由工作人员办理）',
      input: z.strictObject({ id: Id, note: text(NOTE_MAX).optional() }),
      output: Move,
    }),
    assign: action({
      access,
      summary: '分派给本站一位可接收的代表（受限类别和对代表的意见不能分派给代表）',
      input: z.strictObject({ id: Id, deputyId: Id, note: text(NOTE_MAX).optional() }),
      output: Move,
    }),
    reassign: action({
      access,
      summary: '改派给本站另一位代表（说明原因；状态和期限不变）',
      input: z.strictObject({ id: Id, deputyId: Id, reason: text(NOTE_MAX) }),
      output: Move.extend({ assigneeName: z.string() }),
    }),
    forward: action({
      access,
      summary: '转交部门办理，生成以联络站名义的转办函',
      input: z.strictObject({ id: Id, departmentId: Id, note: text(NOTE_MAX).optional() }),
      output: Move.extend({ letterNo: z.string(), answerDueAt: z.string() }),
    }),
    departmentAnswer: action({
      access,
      summary: '登记部门的答复',
      input: z.strictObject({ id: Id, text: text(REPLY_TEXT_MAX) }),
      output: Move,
    }),
    reply: action({
      access,
      summary: '工作人员答复居民（过短的答复不计为有效答复）',
      input: z.strictObject({ id: Id, text: text(REPLY_TEXT_MAX) }),
      output: Move.extend({ countsAsResponse: z.boolean(), boilerplate: z.boolean() }),
    }),
    resolve: action({
      access,
      summary: '办结：已解决/部分解决/已解释说明，写明办结说明',
      input: z.strictObject({ id: Id, kind: z.enum(RESULT_KINDS), text: text(REPLY_TEXT_MAX) }),
      output: Move,
    }),
    reject: action({
      access,
      summary: '不予受理（原因居民可见）',
      input: z.strictObject({ id: Id, reason: text(NOTE_MAX) }),
      output: z.object({ id: Id, status: Status, statusLabel: z.string() }),
    }),
    release: action({
      access,
      summary: '审核通过被内容安全暂扣的意见（可查看待审核的照片），随后自动分派',
      input: z.strictObject({ id: Id }),
      output: z.object({ id: Id, status: Status, statusLabel: z.string() }),
    }),
    followUp: action({
      access,
      summary: '登记电话回访的评价（办结 → 归档）',
      input: z.strictObject({ id: Id, result: Rating, attitude: Rating, comment: text(200).optional() }),
      output: z.object({ id: Id, status: Status, statusLabel: z.string() }),
    }),
  };
};

export type CaseworkAction = keyof ReturnType<typeof caseworkActions>;
