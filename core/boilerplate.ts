/**
 * Whether a deputy's reply counts as a response (PRODUCT.md: "a reply shorter than 15
 * characters or equal to a stored template with nothing added does not count"). Pure.
 */
import { charCount } from './contract/fields';

export const MIN_RESPONSE_CHARS = 15;

/** Whitespace and punctuation carry no content: a template with a full stop added is still the template. */
const NOISE = /[\s\p{P}\p{S}]/gu;
export const contentOf = (text: string): string => text.normalize('NFKC').replace(NOISE, '');

export interface ReplyJudgement {
  countsAsResponse: boolean;
  /** The reply is one of the deputy's templates with nothing added. */
  boilerplate: boolean;
  /** Fewer than MIN_RESPONSE_CHARS characters of content. */
  tooShort: boolean;
}

export function judgeReply(text: string, templates: readonly string[]): ReplyJudgement {
  const content = contentOf(text);
  const boilerplate = content.length > 0 && templates.some((t) => contentOf(t) === content);
  const tooShort = charCount(content) < MIN_RESPONSE_CHARS;
  return { countsAsResponse: !boilerplate && !tooShort, boilerplate, tooShort };
}
