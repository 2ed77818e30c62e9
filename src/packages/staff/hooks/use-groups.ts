import { useRef, useState } from 'react';
import type { Answer, PayloadIn } from '@core/contract/functions';
import { call } from '../../../api/client';
import { useAction } from '../../../hooks/use-action';
import { useCursorPaged } from '../../../hooks/use-cursor-paged';
import { newRequestId } from '../../../lib/request-id';
import { confirm, showSuccess } from '../../../components/ui/feedback';

export type Desk = 'staff' | 'admin';
/** What the page asks: the period, and a station (the cursor and the page size are the hook's). */
export type GroupsAsk = Omit<PayloadIn<'staff', 'groups'>, 'cursor' | 'limit'>;
export type GroupItem = Answer<'staff', 'groups'>['items'][number];

const groupsPage = (desk: Desk, ask: GroupsAsk, cursor?: string) => {
  const payload = { ...ask, limit: 10, ...(cursor ? { cursor } : {}) };
  return desk === 'admin' ? call('admin', 'groups', payload) : call('staff', 'groups', payload);
};

/**
 * 汇总整理 at a desk (decision 0036): the groups of similar cases with two or more open to
 * merging, biggest first, 加载更多 while more remain; `ask` changes start the list over.
 */
export function useGroups(desk: Desk) {
  const [ask, setAsk] = useState<GroupsAsk>({ period: 'month' });
  const list = useCursorPaged(`groups-${desk}-${JSON.stringify(ask)}`, (cursor) => groupsPage(desk, ask, cursor));
  return { ask, setAsk, list };
}

/**
 * 合并为汇总件 from a group: the checked cases in one 汇总件 (`casework.merge`), confirmed first;
 * the request id stays until the merge went through, so a retry after a lost answer is the same 汇总件.
 */
export function useMergeGroup(desk: Desk) {
  const { busy, error, setError, attempt } = useAction();
  const requestId = useRef(newRequestId());
  const merge = async (ids: string[]): Promise<{ id: string } | undefined> => {
    if (ids.length < 2) return setError('请至少勾选两件意见'), undefined;
    const sure = await confirm(
      '合并为汇总件？',
      `所选${ids.length}件意见将合并为一件汇总件：统一转交、答复和办结，各件居民分别收到结果并评价。部门答复前可以撤出。`,
      { confirmText: '合并' },
    );
    if (!sure) return undefined;
    const payload = { ids, requestId: requestId.current };
    const r = await attempt(() => (desk === 'admin' ? call('admin', 'merge', payload) : call('staff', 'merge', payload)));
    if (!r.ok) return undefined;
    requestId.current = newRequestId();
    showSuccess('已合并为汇总件');
    return { id: r.value.id };
  };
  return { busy, error, merge };
}
