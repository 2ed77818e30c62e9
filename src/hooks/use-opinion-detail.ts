import { call } from '../api/client';
import { useRemote } from './use-remote';

/** One of the caller's opinions: status, replies and the timeline. */
export function useOpinionDetail(id: string | undefined) {
  return useRemote(id, () => call('opinion', 'detail', { id: id as string }));
}
