/**
 * How the resident reads where an opinion stands and what happened to it. Staff and deputies
 * keep the working words of core/opinion-status.ts and core/opinion-events.ts (已分派, 归档);
 * a resident reads what it means for them (待代表受理, 已完结), never how routing decided.
 */
import type { OpinionAction } from './opinion-events';
import type { Status } from './opinion-status';
import { ABOUT_DEPUTY_CATEGORY, CATEGORIES, RESTRICTED_CATEGORIES, type DefaultCategory } from './vocabulary';

export const RESIDENT_STATUS_LABELS: Record<Status, string> = {
  held: '审核中',
  submitted: '已提交',
  triage: '工作人员处理中',
  assigned: '待代表受理',
  accepted: '代表办理中',
  need_info: '待您补充',
  forwarded: '已转交部门',
  suggestion: '已转为代表建议',
  replied: '代表已答复',
  resolved: '已办结',
  closed: '已完结',
  withdrawn: '已撤回',
  rejected: '不予受理',
};

/** Where the resident's words differ from core/opinion-events.ts ACTION_LABELS. */
export const RESIDENT_ACTION_LABELS: Partial<Record<OpinionAction, string>> = {
  route: '转给代表',
  assign: '转给代表',
  release: '内容审核通过',
  close: '完结',
  overdue: '超过期限，已催促办理',
  escalate_staff: '已请联络站督办',
  escalate_office: '已报人大督办',
  merge: '与同类意见合并办理',
  unmerge: '恢复单独办理',
};

/** The defaults residents pick most, shown first on the form (the rest behind 更多类别; core/categories.ts orders a region's list). */
export const COMMON_CATEGORIES: readonly DefaultCategory[] = [
  '住房物业',
  '城乡建设',
  '交通出行',
  '生态环境',
  '民政养老',
  '医疗卫生',
  '教育',
  '社会保障',
];

/** Matters a deputy does not take up (set apart on the form, each with its guidance). */
export const STAFF_ONLY_CATEGORIES: readonly DefaultCategory[] = [...RESTRICTED_CATEGORIES, ABOUT_DEPUTY_CATEGORY];

/** Every other category, in the vocabulary's order (behind 更多类别). */
export const MORE_CATEGORIES: readonly DefaultCategory[] = CATEGORIES.filter(
  (c) => !COMMON_CATEGORIES.includes(c) && !STAFF_ONLY_CATEGORIES.includes(c),
);
