import { useState } from 'react';
import type { PayloadIn } from '@core/contract/functions';
import { call } from '../../../api/client';
import { useCursorPaged } from '../../../hooks/use-cursor-paged';

export type Desk = 'staff' | 'admin';
/** What the page asks (the page's criteria; the cursor and the page size are the hook's). */
export type SearchAsk = Omit<PayloadIn<'staff', 'search'>, 'cursor' | 'limit'>;

/** One page of a search at a desk: staff their stations, the office its region and below. */
const searchPage = (desk: Desk, ask: SearchAsk, cursor?: string) => {
  const payload = { ...ask, limit: 20, ...(cursor ? { cursor } : {}) };
  return desk === 'admin' ? call('admin', 'search', payload) : call('staff', 'search', payload);
};

/**
 * 查找意见 at a desk: nothing is asked until `search` is called; each call starts a new list
 * (the same criteria again read again), newest first, with 加载更多 while more remain.
 */
export function useCaseSearch(desk: Desk) {
  const [asked, setAsked] = useState<{ n: number; ask: SearchAsk }>();
  const list = useCursorPaged(asked ? `${desk}-${asked.n}` : undefined, (cursor) => searchPage(desk, asked!.ask, cursor));
  return {
    list,
    asked: asked?.ask,
    search: (ask: SearchAsk) => setAsked((prev) => ({ n: (prev?.n ?? 0) + 1, ask })),
  };
}
