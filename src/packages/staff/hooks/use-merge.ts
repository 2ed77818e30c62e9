import { useRef } from 'react';
import type { Answer } from '@core/contract/functions';
import { call } from '../../../api/client';
import { useAction } from '../../../hooks/use-action';
import { useRemote } from '../../../hooks/use-remote';
import { newRequestId } from '../../../lib/request-id';
import { confirm, showSuccess } from '../../../components/ui/feedback';
import type { Desk } from './use-case';

export type SimilarCases = Answer<'staff', 'similar'>;
export type MergeResult = Answer<'staff', 'merge'>;

/**
 * 同类意见 beside a case and 合并办理 (decision 0036), at the staff desk or the office
 * (`desk`: the function). `enabled`: only a case that may be merged looks its similar ones up.
 * A merge is confirmed first and keeps its request id until it went through, so a retry after a
 * lost answer is the same 汇总件.
 */
export function useSimilarCases(id: string, desk: Desk, enabled: boolean) {
  const fn = desk as 'staff';
  const similar = useRemote(enabled ? `similar-${desk}-${id}` : undefined, () => call(fn, 'similar', { id }));
  const { busy, error, setError, attempt } = useAction();
  const requestId = useRef(newRequestId());

  /** Merges this case with `others`; answers the 汇总件, or undefined when not done. */
  const merge = async (others: string[], title: string): Promise<MergeResult | undefined> => {
    if (others.length === 0) return setError('请至少勾选一件同类意见'), undefined;
    const sure = await confirm(
      '合并为汇总件？',
      `本件和所选${others.length}件将合并为一件汇总件：统一转交、答复和办结，各件居民分别收到结果并评价。部门答复前可以撤出。`,
      { confirmText: '合并' },
    );
    if (!sure) return undefined;
    const r = await attempt(() => call(fn, 'merge', { ids: [id, ...others], ...(title.trim() ? { title: title.trim() } : {}), requestId: requestId.current }));
    if (!r.ok) return undefined;
    requestId.current = newRequestId();
    showSuccess(r.value.pending > 0 ? `已合并${r.value.linked}件，其余稍后完成` : '已合并办理');
    return r.value;
  };
  return { similar, busy, error, merge };
}

/** 撤出合并: a source out of its 汇总件 (confirmed first), then `after` (the page reloads). */
export function useUnmerge(desk: Desk, after: () => Promise<unknown>) {
  const fn = desk as 'staff';
  const { busy, error, attempt } = useAction();
  const unmerge = async (parentId: string, sourceId: string, trackingNo: string, last: boolean) => {
    const sure = await confirm(
      '撤出汇总件？',
      last
        ? `撤出${trackingNo}后汇总件只剩一件意见，将撤销合并，各件恢复单独办理。`
        : `${trackingNo}将恢复合并前的状态，单独办理。`,
      { confirmText: '撤出', danger: true },
    );
    if (!sure) return false;
    const r = await attempt(() => call(fn, 'unmerge', { parentId, sourceId }), { after });
    if (r.ok) showSuccess(r.value.dissolved ? '已撤销合并' : '已撤出');
    return r.ok;
  };
  return { busy, error, unmerge };
}
