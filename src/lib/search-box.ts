/**
 * What a search box holds, read the way staff and deputies type it: a tracking number
 * (430104-20261125-0042, lower case too), a phone (its last four digits, or the whole number;
 * spaces and dashes dropped), or words of the text. Pure: the pages ask the server with it.
 */
import { TRACKING_NUMBER_PATTERN } from '@core/tracking-number';

export type BoxKind = 'text' | 'trackingNo' | 'phone';

/** The box's text as the criterion of `kind`. */
export function criterionOf(kind: BoxKind, raw: string): { trackingNo: string } | { phone: string } | { text: string } | undefined {
  const value = raw.trim();
  if (!value) return undefined;
  if (kind === 'trackingNo') return { trackingNo: value.toUpperCase() };
  if (kind === 'phone') return { phone: value.replace(/[\s-]/g, '') };
  return { text: value };
}

/** A deputy's one box: a tracking number when it looks like one, otherwise words. */
export const guessKind = (raw: string): BoxKind => (TRACKING_NUMBER_PATTERN.test(raw.trim().toUpperCase()) ? 'trackingNo' : 'text');
