/** The "deputy" cloud function's actions: binding, the inbox, handling, duty and the duty record. */
import { z } from 'zod';
import { action } from '../define';
import { Category, FileAnswer, Id, Level, NOTE_MAX, Paging, Photos, REPLY_TEXT_MAX, RequestId, RESULT_KINDS, StationCode, text } from '../fields';
import { Page, TransitionResult } from '../views';
import { cursorPaging } from '../paging';
import { deputyActivityActions } from './deputy-activities';
import { deputyProfileActions } from './deputy-profile';
import { deputySearchActions } from './search';
import { deputySuggestionActions } from './suggestions';
import {
  ActivityKind,
  ActivityView,
  DateOnly,
  DepartmentView,
  DeputyInboxItem,
  DeputyWorkDetail,
  DutyRecordView,
  DutySessionView,
  LeaveView,
  RecordCasesAnswer,
  SuggestionView,
  TemplateView,
} from '../deputy-views';

export const INBOX_TABS = ['new', 'in_progress', 'waiting', 'overdue', 'done', 'all'] as const;

/** An invite code as staff hand it out; spaces and dashes are dropped, letters upper-cased. */
export const InviteCode = z
  .string()
  .overwrite((s) => s.replace(/[\s-]/g, '').toUpperCase())
  .regex(/^[0-9A-Z]{6,16}$/, { error: '邀请码为6到16位字母或数字' });

const Period = { from: DateOnly, to: DateOnly };
const Ok = z.object({ ok: z.literal(true) });

export const deputyActions = {
  bind: action({
    access: 'resident',
    summary: '代表用邀请码绑定微信',
    input: z.strictObject({ inviteCode: InviteCode }),
    output: z.object({ deputyId: Id, name: z.string(), levelLabel: z.string() }),
  }),
  inbox: action({
    access: 'deputy',
    summary: '代表收件箱（按办理期限排序，各分类数量）',
    input: z.strictObject({ tab: z.enum(INBOX_TABS).default('all'), ...Paging }),
    output: Page(DeputyInboxItem).extend({ counts: z.record(z.string(), z.number().int()) }),
  }),
  detail: action({
    access: 'deputy',
    summary: '代表查看一条意见',
    input: z.strictObject({ id: Id }),
    output: DeputyWorkDetail,
  }),
  accept: action({
    access: 'deputy',
    summary: '受理意见',
    input: z.strictObject({ id: Id, note: text(NOTE_MAX).optional() }),
    output: TransitionResult,
  }),
  reply: action({
    access: 'deputy',
    summary: '答复居民（可用自己的答复模板；已答复的可再次答复，状态不变；只有模板或过短的答复不计为有效答复）',
    input: z.strictObject({ id: Id, text: text(REPLY_TEXT_MAX) }),
    output: TransitionResult.extend({ countsAsResponse: z.boolean(), boilerplate: z.boolean() }),
  }),
  needInfo: action({
    access: 'deputy',
    summary: '请居民补充情况',
    input: z.strictObject({ id: Id, question: text(NOTE_MAX) }),
    output: TransitionResult,
  }),
  resolve: action({
    access: 'deputy',
    summary: '办结：已解决/部分解决/已解释说明',
    input: z.strictObject({ id: Id, kind: z.enum(RESULT_KINDS), text: text(REPLY_TEXT_MAX) }),
    output: TransitionResult,
  }),
  templates: action({
    access: 'deputy',
    summary: '我的答复模板',
    input: z.strictObject({}),
    output: z.object({ items: z.array(TemplateView) }),
  }),
  saveTemplate: action({
    access: 'deputy',
    summary: '保存答复模板',
    input: z.strictObject({ title: text(20), text: text(REPLY_TEXT_MAX) }),
    output: TemplateView,
  }),
  deleteTemplate: action({
    access: 'deputy',
    summary: '删除答复模板',
    input: z.strictObject({ id: Id }),
    output: Ok,
  }),
  departments: action({
    access: 'deputy',
    summary: '部门目录（按层级、类别筛选），供转交选择',
    input: z.strictObject({ id: Id, level: Level.optional(), category: Category.optional() }),
    output: z.object({ items: z.array(DepartmentView) }),
  }),
  forward: action({
    access: 'deputy',
    summary: '转交部门办理，生成转办函',
    input: z.strictObject({ id: Id, departmentId: Id, note: text(NOTE_MAX).optional() }),
    output: TransitionResult.extend({ letterNo: z.string(), answerDueAt: z.string() }),
  }),
  departmentAnswer: action({
    access: 'deputy',
    summary: '登记部门的答复',
    input: z.strictObject({ id: Id, text: text(REPLY_TEXT_MAX) }),
    output: TransitionResult,
  }),
  suggest: action({
    access: 'deputy',
    summary: '转为闭会期间代表建议（可合并自己办理的多条意见）',
    input: z.strictObject({
      title: text(50),
      reasons: text(2000),
      proposals: text(2000),
      opinionIds: z.array(Id).min(1, { error: '至少选择一条意见' }).max(20, { error: '最多合并20条意见' }),
      /** One per form: sent again, it continues the same suggestion instead of making a second. */
      requestId: RequestId.optional(),
    }),
    output: SuggestionView,
  }),
  suggestions: action({
    access: 'deputy',
    summary: '我提出的代表建议：交办、答复与我的评价',
    input: z.strictObject({}),
    output: z.object({ items: z.array(SuggestionView) }),
  }),
  // Recording the department's answer and rating it (decision 0034).
  ...deputySuggestionActions,
  handoverTargets: action({
    access: 'deputy',
    summary: '可转交的代表（本站在任、已绑定）',
    input: z.strictObject({ id: Id }),
    output: z.object({ items: z.array(z.object({ id: Id, name: z.string(), levelLabel: z.string() })) }),
  }),
  handover: action({
    access: 'deputy',
    summary: '转交其他代表办理（说明原因；状态不变）',
    input: z.strictObject({ id: Id, toDeputyId: Id, reason: text(NOTE_MAX) }),
    output: TransitionResult.extend({ assigneeName: z.string() }),
  }),
  sessions: action({
    access: 'deputy',
    summary: '我近期的接待安排',
    input: z.strictObject({ days: z.number().int().min(1).max(60).default(14) }),
    output: z.object({ items: z.array(DutySessionView) }),
  }),
  checkIn: action({
    access: 'deputy',
    summary: '扫联络站二维码签到接待',
    input: z.strictObject({ stationCode: StationCode }),
    output: z.object({ stationName: z.string(), date: z.string(), start: z.string(), end: z.string(), already: z.boolean() }),
  }),
  leaves: action({
    access: 'deputy',
    summary: '我的请假',
    input: z.strictObject({}),
    output: z.object({ items: z.array(LeaveView) }),
  }),
  addLeave: action({
    access: 'deputy',
    summary: '请假（期间不再分派新意见）',
    input: z.strictObject({ from: DateOnly, to: DateOnly, reason: text(50).optional() }),
    output: z.object({ items: z.array(LeaveView) }),
  }),
  cancelLeave: action({
    access: 'deputy',
    summary: '取消请假',
    input: z.strictObject({ from: DateOnly, to: DateOnly }),
    output: z.object({ items: z.array(LeaveView) }),
  }),
  activities: action({
    access: 'deputy',
    summary: '我的履职活动',
    input: z.strictObject({ ...Paging }),
    output: Page(ActivityView),
  }),
  recordActivity: action({
    access: 'deputy',
    summary: '记录履职活动（接待、专题调研、集中视察、代表小组活动、走访）',
    input: z.strictObject({
      kind: ActivityKind,
      date: DateOnly,
      place: text(50),
      people: text(200),
      summary: text(1000),
      photos: Photos.default([]),
      /** One per form: a repeat (a retry after a timeout) answers the activity already recorded. */
      requestId: RequestId.optional(),
    }),
    output: ActivityView,
  }),
  // 修改 / 撤回 an activity typed in (issue 23).
  ...deputyActivityActions,
  dutyRecord: action({
    access: 'deputy',
    summary: '我的履职档案（按期间）',
    input: z.strictObject(Period),
    output: DutyRecordView,
  }),
  exportDutyRecord: action({
    access: 'deputy',
    summary: '导出履职档案（Excel）',
    input: z.strictObject(Period),
    output: FileAnswer,
  }),
  dutyRecordCases: action({
    access: 'deputy',
    summary: '我的履职档案中办理的意见（按收到日期，最新在前，分页）',
    input: z.strictObject({ ...Period, ...cursorPaging(20, 50) }),
    output: RecordCasesAnswer,
  }),
  ...deputyProfileActions,
  // 查找意见 among the cases the deputy holds or held (decision 0032).
  ...deputySearchActions,
};
