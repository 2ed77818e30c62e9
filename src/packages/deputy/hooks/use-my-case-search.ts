import { useState } from 'react';
import type { PayloadIn } from '@core/contract/functions';
import { call } from '../../../api/client';
import { useCursorPaged } from '../../../hooks/use-cursor-paged';
import { criterionOf, guessKind } from '../../../lib/search-box';

type Ask = Omit<PayloadIn<'deputy', 'search'>, 'cursor' | 'limit'>;

/**
 * The inbox's search box (decision 0032): the cases the deputy holds, by tracking number (when
 * the box holds one) or by words of the text, newest first. `clear` goes back to the inbox.
 */
export function useMyCaseSearch() {
  const [asked, setAsked] = useState<{ n: number; ask: Ask }>();
  const list = useCursorPaged(asked ? `deputy-search-${asked.n}` : undefined, (cursor) =>
    call('deputy', 'search', { ...asked!.ask, limit: 20, ...(cursor ? { cursor } : {}) }),
  );
  return {
    list,
    searching: asked !== undefined,
    /** Searches for what the box holds; false when it holds nothing to search for. */
    search: (box: string): boolean => {
      const criterion = criterionOf(guessKind(box), box);
      if (!criterion) return false;
      setAsked((prev) => ({ n: (prev?.n ?? 0) + 1, ask: criterion as Ask }));
      return true;
    },
    clear: () => setAsked(undefined),
  };
}
