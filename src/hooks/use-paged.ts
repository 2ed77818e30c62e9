import { useCursorPaged } from './use-cursor-paged';

export interface PageAnswer<T> {
  items: T[];
  total: number;
  nextOffset?: number;
}

export const PAGE_SIZE = 20;

/**
 * A list read page by page (offset/limit), for the lists the server pages by offset: the
 * cursor hook (use-cursor-paged.ts) with the offset as its cursor. `key` names what is listed;
 * a new key starts over. `more` appends the next page; `reload` starts again from the first.
 */
export function usePaged<P extends PageAnswer<unknown>>(key: string | undefined, loadPage: (offset: number, limit: number) => Promise<P>) {
  const paged = useCursorPaged(key, async (cursor: string | undefined) => {
    const page = await loadPage(cursor === undefined ? 0 : Number(cursor), PAGE_SIZE);
    return { ...page, nextCursor: page.nextOffset === undefined ? undefined : String(page.nextOffset) };
  });
  return { ...paged, total: paged.last?.total ?? 0 };
}
