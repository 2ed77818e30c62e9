import { useCallback, useEffect, useRef, useState } from 'react';
import { type ApiError, toApiError } from '../api/api-error';

export interface PageAnswer<T> {
  items: T[];
  total: number;
  nextOffset?: number;
}

export const PAGE_SIZE = 20;

/**
 * A list read page by page (offset/limit). `key` names what is listed; a new key starts over.
 * `more` appends the next page; `reload` starts again from the first.
 */
export function usePaged<P extends PageAnswer<unknown>>(
  key: string | undefined,
  loadPage: (offset: number, limit: number) => Promise<P>,
) {
  type Item = P['items'][number];
  const [items, setItems] = useState<Item[]>([]);
  const [last, setLast] = useState<P>();
  const [loading, setLoading] = useState(key !== undefined);
  const [error, setError] = useState<ApiError>();
  const loadRef = useRef(loadPage);
  loadRef.current = loadPage;
  const ticket = useRef(0);

  const fetchFrom = useCallback(
    async (offset: number) => {
      if (key === undefined) return;
      const mine = ++ticket.current;
      setLoading(true);
      setError(undefined);
      try {
        const page = await loadRef.current(offset, PAGE_SIZE);
        if (mine !== ticket.current) return;
        setItems((prev) => (offset === 0 ? (page.items as Item[]) : [...prev, ...(page.items as Item[])]));
        setLast(page);
      } catch (e) {
        if (mine === ticket.current) setError(toApiError(e));
      } finally {
        if (mine === ticket.current) setLoading(false);
      }
    },
    [key],
  );

  useEffect(() => {
    setItems([]);
    setLast(undefined);
    void fetchFrom(0);
  }, [fetchFrom]);

  const nextOffset = last?.nextOffset;
  return {
    items,
    last,
    total: last?.total ?? 0,
    loading,
    error,
    hasMore: nextOffset !== undefined,
    more: () => (nextOffset !== undefined && !loading ? fetchFrom(nextOffset) : Promise.resolve()),
    reload: () => fetchFrom(0),
  };
}
