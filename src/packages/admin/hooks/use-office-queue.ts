import { useDidShow } from '@tarojs/taro';
import { useRef } from 'react';
import type { OfficeQueueView } from '@core/contract/actions/office';
import type { Answer } from '@core/contract/functions';
import { call } from '../../../api/client';
import { useCursorPaged } from '../../../hooks/use-cursor-paged';
import { useRemote } from '../../../hooks/use-remote';

export type OfficeQueueEntry = Answer<'admin', 'officeQueue'>['items'][number];

/** A tab of the region office's queue, page by page; the first page says how many each tab holds. Read again each time the page shows. */
export function useOfficeQueue(view: OfficeQueueView) {
  const list = useCursorPaged(`office-queue-${view}`, (cursor) => call('admin', 'officeQueue', { view, limit: 20, ...(cursor ? { cursor } : {}) }));
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) void list.reload();
    shown.current = true;
  });
  return list;
}

/**
 * What waits for the office, for the admin home's badges: routed and escalated cases (the queue's
 * first page of one row carries both counts). Again each time the home shows.
 */
export function useOfficeQueueCounts(): { routed: number; escalated: number } | undefined {
  const counts = useRemote('office-queue-counts', () => call('admin', 'officeQueue', { view: 'routed', limit: 1 }));
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) void counts.reload();
    shown.current = true;
  });
  return counts.data?.counts;
}

/** How many cases of the region are overdue, for the admin home's badge (the board's first page of one row carries the total). */
export function useRegionOverdueCount(): number | undefined {
  const count = useRemote('office-overdue-count', () => call('admin', 'overdue', { limit: 1 }));
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) void count.reload();
    shown.current = true;
  });
  return count.data?.total;
}
