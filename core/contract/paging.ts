/**
 * Lists paged by the server with a cursor (decision 0024): the payload carries the cursor the
 * previous page answered (none for the first page) and how many rows to answer; the answer
 * carries `nextCursor`, absent on the last page. The cursor is opaque: the app hands it back
 * as it came.
 */
import { z } from 'zod';

export const Cursor = z
  .string()
  .max(400)
  .regex(/^[A-Za-z0-9_-]+$/, { error: '列表位置不正确，请从头重新加载' });

/** `cursor` and `limit` (1 to `max`, `byDefault` when left out). */
export const cursorPaging = (byDefault: number, max: number) => ({
  cursor: Cursor.optional(),
  limit: z.number().int().min(1).max(max).default(byDefault),
});

/** Where the next page starts; absent when this page is the last. */
export const NextCursor = { nextCursor: z.string().optional() };
