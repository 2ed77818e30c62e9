import type { InboxTab } from '../../../hooks/use-inbox';

/** The deputy inbox tabs (INBOX_TABS in core/contract/functions.ts), in the order shown: short enough for six in 390 px. */
export const INBOX_TAB_LABELS: Record<InboxTab, string> = {
  new: '待受理',
  in_progress: '办理中',
  waiting: '待补充',
  overdue: '逾期',
  done: '已办结',
  all: '全部',
};

/** Tabs that show their count (work still to do): 已办结 and 全部 only say it to a screen reader, so six fit. */
export const COUNTED_TABS: readonly InboxTab[] = ['new', 'in_progress', 'waiting', 'overdue'];

/** Tabs whose count asks for action: shown as a red badge, the others in grey. */
export const URGENT_TABS: readonly InboxTab[] = ['new', 'overdue'];

/** How long ago a case came in, in words: 今天收到, 3天前收到. */
export const receivedAgo = (days: number) => (days <= 0 ? '今天收到' : `${days}天前收到`);
