import { call } from '../api/client';
import { useCursorPaged } from './use-cursor-paged';

/** 我附议的: the cases of others the caller joined (附议, decision 0036), newest first, page by page. */
export function useMySeconds() {
  return useCursorPaged('seconded', (cursor) => call('opinion', 'seconded', cursor ? { cursor } : {}));
}
