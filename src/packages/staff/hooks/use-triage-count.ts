import { useDidShow } from '@tarojs/taro';
import { useRef } from 'react';
import { call } from '../../../api/client';
import { useRemote } from '../../../hooks/use-remote';

/**
 * How many opinions wait for staff (待处理), for the desk's badge: the queue's first page of
 * one row carries the total (one page read and one count), again each time the desk shows.
 * Undefined until known, or when it cannot be read (the desk shows its own errors).
 */
export function useTriageCount(): number | undefined {
  const triage = useRemote('staff-triage-count', () => call('staff', 'queue', { view: 'triage', limit: 1 }));
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) void triage.reload();
    shown.current = true;
  });
  return triage.data?.total;
}
