import { useDidShow } from '@tarojs/taro';
import { useRef } from 'react';
import type { Answer } from '@core/contract/functions';
import { call } from '../../../api/client';
import { useCursorPaged } from '../../../hooks/use-cursor-paged';
import { useRemote } from '../../../hooks/use-remote';

export type Desk = 'staff' | 'admin';
export type OverdueEntry = Answer<'staff', 'overdue'>['items'][number];

/** One page of a desk's overdue board: staff their stations', the office its region's. */
const overduePage = (desk: Desk, limit: number, cursor?: string) =>
  desk === 'admin' ? call('admin', 'overdue', { limit, ...(cursor ? { cursor } : {}) }) : call('staff', 'overdue', { limit, ...(cursor ? { cursor } : {}) });

/** The overdue board of a desk, the longest overdue first, page by page; read again each time the page shows. */
export function useOverdue(desk: Desk) {
  const list = useCursorPaged(`overdue-${desk}`, (cursor) => overduePage(desk, 20, cursor));
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) void list.reload();
    shown.current = true;
  });
  return list;
}

/**
 * How many cases of the caller's stations are overdue, for the desk's badge: the board's first
 * page of one row carries the total. Again each time the desk shows; undefined until known.
 */
export function useOverdueCount(): number | undefined {
  const count = useRemote('overdue-count-staff', () => overduePage('staff', 1));
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) void count.reload();
    shown.current = true;
  });
  return count.data?.total;
}
