/**
 * Deputy terms (届次): a term ends at the end of its last day (Beijing date). From the next day
 * the deputy is inactive: routing passes over them and their open opinions are handed over.
 */

/** Whether a term ending on `termEnd` (YYYY-MM-DD) has ended by `today` (YYYY-MM-DD, Beijing). */
export const termEnded = (termEnd: string | undefined, today: string): boolean => Boolean(termEnd && termEnd < today);
