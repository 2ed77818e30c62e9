/** A deputy's inbox: the opinions they hold, by tab, with how many each tab holds, and how an item is shown. */
import type { INBOX_TABS } from '../../core/contract';
import { OPEN_STATUSES, type Status } from '../../core/opinion-status';
import type { OpinionDoc } from '../model';
import type { Ports } from '../platform/ports';
import { deputyInboxPage, deputyInboxTally, type DeputyInboxFilter } from '../opinions/opinions.repo';
import { toInboxItem } from '../opinions/views/opinion-view';

type Tab = (typeof INBOX_TABS)[number];

export const INBOX_TAB_STATUSES: Record<Tab, readonly Status[]> = {
  new: ['assigned'],
  in_progress: ['accepted', 'forwarded', 'suggestion', 'replied'],
  waiting: ['need_info'],
  overdue: OPEN_STATUSES,
  done: ['resolved', 'closed', 'rejected', 'withdrawn'],
  all: [],
};

/** Work to do comes soonest-due first; finished work newest first. */
const TAB_ORDER: Record<Tab, [string, 'asc' | 'desc']> = {
  new: ['nextDueAt', 'asc'],
  in_progress: ['nextDueAt', 'asc'],
  waiting: ['updatedAt', 'asc'],
  overdue: ['nextDueAt', 'asc'],
  done: ['updatedAt', 'desc'],
  all: ['updatedAt', 'desc'],
};

const filterOf = (tab: Tab): DeputyInboxFilter => ({ statuses: INBOX_TAB_STATUSES[tab], overdueOnly: tab === 'overdue' });

const DAY_MS = 86_400_000;
const iso = (d: Date | string) => new Date(d).toISOString();

export function toDeputyInboxItem(doc: OpinionDoc, now: Date) {
  return {
    ...toInboxItem(doc),
    ...(doc.nextDueAt ? { dueAt: iso(doc.nextDueAt) } : {}),
    ...(doc.nextDueKind ? { dueKind: doc.nextDueKind } : {}),
    overdue: Boolean(doc.overdue) && OPEN_STATUSES.includes(doc.status),
    ageDays: Math.max(0, Math.floor((now.getTime() - new Date(doc.createdAt).getTime()) / DAY_MS)),
  };
}

/** Every tab's count from the deputy's opinions counted by status and overdue flag. */
export function tabCounts(tally: readonly { status: Status; overdue: boolean; n: number }[]): Record<Tab, number> {
  const tabs = Object.keys(INBOX_TAB_STATUSES) as Tab[];
  const inTab = (t: Tab, g: { status: Status; overdue: boolean }) => {
    const f = filterOf(t);
    return (f.statuses.length === 0 || f.statuses.includes(g.status)) && (!f.overdueOnly || g.overdue);
  };
  return Object.fromEntries(tabs.map((t) => [t, tally.filter((g) => inTab(t, g)).reduce((sum, g) => sum + g.n, 0)])) as Record<Tab, number>;
}

/** A page of one tab of the deputy's inbox, with every tab's count (two requests, side by side). */
export async function deputyInbox(ports: Ports, deputyId: string, tab: Tab, offset: number, limit: number) {
  const [page, tally] = await Promise.all([
    deputyInboxPage(ports, deputyId, filterOf(tab), TAB_ORDER[tab], offset, limit),
    deputyInboxTally(ports, deputyId),
  ]);
  const counts: Record<string, number> = tabCounts(tally);
  const total = counts[tab];
  const next = offset + page.length;
  const now = ports.clock.now();
  return {
    items: page.map((d) => toDeputyInboxItem(d, now)),
    total,
    counts,
    ...(next < total ? { nextOffset: next } : {}),
  };
}
