import type { InboxTab } from '../hooks/use-inbox';

/** The deputy inbox tabs (INBOX_TABS in core/contract/functions.ts), in the order shown. */
export const INBOX_TAB_LABELS: Record<InboxTab, string> = {
  new: '待受理',
  in_progress: '办理中',
  waiting: '待补充',
  overdue: '已逾期',
  done: '已办结',
  all: '全部',
};
