import { QUEUE_VIEWS } from '@core/contract/actions/staff';
import type { Answer } from '@core/contract/functions';
import { call } from '../../../api/client';
import { useCursorPaged } from '../../../hooks/use-cursor-paged';
import { useRemote } from '../../../hooks/use-remote';
import { useAction } from '../../../hooks/use-action';

export type QueueView = (typeof QUEUE_VIEWS)[number];
export type QueueEntry = Answer<'staff', 'queue'>['items'][number];

/** The desk's queue by view, page by page (oldest first), and what staff do with an item. */
export function useQueue(view: QueueView) {
  const queue = useCursorPaged(`queue-${view}`, (cursor) => call('staff', 'queue', { view, limit: 50, ...(cursor ? { cursor } : {}) }));
  const stations = useRemote('staff-stations', () => call('staff', 'myStations', {}));
  const action = useAction();
  const then = async <T,>(p: Promise<T>) => {
    const r = await p;
    await queue.reload();
    return r;
  };
  return {
    queue,
    deputiesOf: (code: string) => stations.data?.items.find((s) => s.code === code)?.deputies ?? [],
    ...action,
    assign: (id: string, deputyId: string) => {
      const name = stations.data?.items.flatMap((s) => s.deputies).find((d) => d.id === deputyId)?.name;
      return action.act(() => then(call('staff', 'assign', { id, deputyId })), (r) => (name ? `已分派给${name}代表` : `已分派（${r.statusLabel}）`));
    },
    reject: (id: string, reason: string) => action.act(() => then(call('staff', 'reject', { id, reason })), () => '已不予受理，原因已告知居民'),
    /**
     * A matter deputies do not take up, registered and answered in one tap (lib/staff-only.ts):
     * staff take it (工作人员直接办理) and close it with the answer as 已解释说明 — a result the
     * resident reads and rates, not a refusal.
     */
    answer: (id: string, text: string, done: string) =>
      action.act(async () => {
        await call('staff', 'take', { id });
        return then(call('staff', 'resolve', { id, kind: 'explained', text }));
      }, () => done),
    release: (id: string) => action.act(() => then(call('staff', 'release', { id })), (r) => `审核通过，${r.statusLabel}`),
    followUp: (id: string, result: 'satisfied' | 'basic' | 'unsatisfied') =>
      action.act(() => then(call('staff', 'followUp', { id, result, attitude: result })), () => '回访评价已登记，意见已归档'),
    /** The result published is the case's 办结说明; staff write the title and the summary. */
    publish: (id: string, title: string, summary: string) =>
      action.act(() => then(call('staff', 'publish', { id, title, summary })), () => '已公开到办实事成果（已脱敏）'),
    unpublish: (id: string) => action.act(() => then(call('staff', 'unpublish', { id })), () => '已从办实事成果中撤下'),
  };
}
