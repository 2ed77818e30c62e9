import { call } from '../api/client';
import { usePaged } from './use-paged';

/** 我的意见: the caller's own opinions, newest first, page by page. */
export function useMyOpinions() {
  return usePaged('mine', (offset, limit) => call('opinion', 'mine', { offset, limit }));
}
