/**
 * Suggestions followed to an answer (issue 23, decision 0034): the region office's list and
 * detail of the 闭会期间代表建议 of its region (and below), 交办 to a department with a due date,
 * and the department's answer recorded; the deputy who made one records the answer too and
 * rates it (代表满意度). The table of moves is core/suggestion-status.ts.
 */
import { z } from 'zod';
import { action } from '../define';
import { Id, NOTE_MAX, Rating, text } from '../fields';
import { cursorPaging, NextCursor } from '../paging';
import { DepartmentView, SuggestionView } from '../deputy-views';
import { Day, SuggestionFullView, SuggestionLine } from '../suggestion-views';

/** The office's tabs: what waits for 交办, what waits for the department's answer (soonest due first), what was answered, everything. */
export const SUGGESTION_TABS = ['todo', 'assigned', 'answered', 'all'] as const;
export type SuggestionTab = (typeof SUGGESTION_TABS)[number];
export const SUGGESTION_TAB_LABELS: Record<SuggestionTab, string> = {
  todo: '待交办',
  assigned: '待答复',
  answered: '已答复',
  all: '全部',
};

/** The department's answer: its text, and the date the department gave it. */
export const SUGGESTION_ANSWER_MAX = 2000;
const AnswerInput = { id: Id, text: text(SUGGESTION_ANSWER_MAX), answeredOn: Day };

/** The opinions a suggestion merged, as the office sees them beside it. */
const FedOpinion = z.object({ id: Id, trackingNo: z.string(), category: z.string(), stationName: z.string(), statusLabel: z.string() });

export const AdminSuggestionDetail = SuggestionFullView.extend({
  regionName: z.string(),
  opinions: z.array(FedOpinion),
  can: z.object({ assign: z.boolean(), answer: z.boolean() }),
  /** Where it may be assigned: the directory of its region and the regions above it; those of its categories first. */
  departments: z.array(DepartmentView),
});

/** The admin function's share (the office of the suggestion's region, or of a region above it). */
export const adminSuggestionActions = {
  suggestions: action({
    access: 'admin',
    summary: '本地区代表建议：待交办（先提交的在前）、待答复（答复期限近的在前）、已答复、全部（分页；首页带各栏数量）',
    input: z.strictObject({ tab: z.enum(SUGGESTION_TABS).default('todo'), ...cursorPaging(20, 50) }),
    // `counts`: on the first page (no cursor) only.
    output: z.object({
      items: z.array(SuggestionLine),
      counts: z.object({ todo: z.number().int(), assigned: z.number().int(), answered: z.number().int() }).optional(),
      ...NextCursor,
    }),
  }),
  suggestion: action({
    access: 'admin',
    summary: '一件代表建议：内容、合并的意见、交办与答复、代表满意度、办理经过，以及可交办的部门',
    input: z.strictObject({ id: Id }),
    output: AdminSuggestionDetail,
  }),
  assignSuggestion: action({
    access: 'admin',
    summary: '交办代表建议：从部门目录选择承办部门，写明答复期限',
    input: z.strictObject({ id: Id, departmentId: Id, dueDate: Day, note: text(NOTE_MAX).optional() }),
    output: AdminSuggestionDetail,
  }),
  suggestionAnswer: action({
    access: 'admin',
    summary: '登记承办部门对代表建议的答复（答复内容与答复日期）；提出意见的居民会收到通知',
    input: z.strictObject(AnswerInput),
    output: AdminSuggestionDetail,
  }),
};

/** The deputy function's share: the deputy who made the suggestion. */
export const deputySuggestionActions = {
  suggestionAnswer: action({
    access: 'deputy',
    summary: '登记承办部门对我的代表建议的答复（答复内容与答复日期）；提出意见的居民会收到通知',
    input: z.strictObject(AnswerInput),
    output: SuggestionView,
  }),
  rateSuggestion: action({
    access: 'deputy',
    summary: '评价承办部门的答复（代表满意度：满意/基本满意/不满意，不满意须写明原因）',
    input: z.strictObject({ id: Id, result: Rating, comment: text(NOTE_MAX).optional() }),
    output: SuggestionView,
  }),
};
