import { useCallback, useEffect, useRef, useState } from 'react';
import { type ApiError, toApiError } from '../api/api-error';

/** A page of a list the server pages with a cursor (decision 0024). */
export interface CursorPage<T> {
  items: T[];
  nextCursor?: string;
  total?: number;
}

/**
 * A list read page by page after the cursor the previous page answered. `key` names what is
 * listed; a new key starts over. `more` appends the next page (at the bottom of the list, or
 * on "加载更多"); `reload` starts again from the first page.
 */
export function useCursorPaged<P extends CursorPage<unknown>>(key: string | undefined, loadPage: (cursor: string | undefined) => Promise<P>) {
  type Item = P['items'][number];
  const [items, setItems] = useState<Item[]>([]);
  const [last, setLast] = useState<P>();
  const [total, setTotal] = useState<number>();
  const [loading, setLoading] = useState(key !== undefined);
  const [error, setError] = useState<ApiError>();
  const loadRef = useRef(loadPage);
  loadRef.current = loadPage;
  const ticket = useRef(0);

  const fetchAfter = useCallback(
    async (cursor: string | undefined) => {
      if (key === undefined) return;
      const mine = ++ticket.current;
      setLoading(true);
      setError(undefined);
      try {
        const page = await loadRef.current(cursor);
        if (mine !== ticket.current) return;
        setItems((prev) => (cursor === undefined ? (page.items as Item[]) : [...prev, ...(page.items as Item[])]));
        setLast(page);
        // The first page says how many there are; later pages need not.
        if (cursor === undefined) setTotal(page.total);
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
    setTotal(undefined);
    void fetchAfter(undefined);
  }, [fetchAfter]);

  const next = last?.nextCursor;
  return {
    items,
    last,
    total,
    loading,
    error,
    hasMore: next !== undefined,
    more: () => (next !== undefined && !loading ? fetchAfter(next) : Promise.resolve()),
    reload: () => fetchAfter(undefined),
  };
}
