/**
 * Whether a deputy's reply counts as a response (PRODUCT.md: "a reply shorter than 15
 * characters or equal to a stored template with nothing added does not count"). Pure.
 * The server records its judgement with `judgeReply`; the deputy's page warns before sending
 * with `replyWarning`, which applies the very same rule and names the reason.
 */
import { charCount } from './contract/fields';

export const MIN_RESPONSE_CHARS = 15;

/** What 有效答复 means, for the deputy's duty record. */
export const RESPONSE_RULE = `有效答复：不少于${MIN_RESPONSE_CHARS}字（不计标点和空格），且不是只套用答复模板的答复。`;

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

/** The rule itself, with the template the reply repeats (if any). */
function judge<T>(text: string, templates: readonly T[], textOf: (t: T) => string): ReplyJudgement & { repeats?: T; chars: number } {
  const content = contentOf(text);
  const repeats = content.length > 0 ? templates.find((t) => contentOf(textOf(t)) === content) : undefined;
  const chars = charCount(content);
  const boilerplate = repeats !== undefined;
  const tooShort = chars < MIN_RESPONSE_CHARS;
  return { countsAsResponse: !boilerplate && !tooShort, boilerplate, tooShort, chars, ...(repeats !== undefined ? { repeats } : {}) };
}

export function judgeReply(text: string, templates: readonly string[]): ReplyJudgement {
  const { countsAsResponse, boilerplate, tooShort } = judge(text, templates, (t) => t);
  return { countsAsResponse, boilerplate, tooShort };
}

export interface ReplyWarning {
  reason: 'boilerplate' | 'too_short';
  /** The title of the template the reply repeats. */
  template?: string;
  /** Characters of content still missing for a reply that is too short. */
  missing?: number;
  /** What the deputy reads: that the reply will not count, and why. */
  message: string;
}

/**
 * Why a reply would not count as a response, before it is sent; undefined when it counts or
 * when nothing is written yet. The same rule as `judgeReply` (the server's decision).
 */
export function replyWarning(text: string, templates: readonly { title: string; text: string }[]): ReplyWarning | undefined {
  if (contentOf(text) === '') return undefined;
  const j = judge(text, templates, (t) => t.text);
  if (j.repeats) {
    return {
      reason: 'boilerplate',
      template: j.repeats.title,
      message: `这条答复和您的模板“${j.repeats.title}”完全相同，发送后不计为有效答复。请补充了解到的情况或办理打算。`,
    };
  }
  if (j.tooShort) {
    const missing = MIN_RESPONSE_CHARS - j.chars;
    return {
      reason: 'too_short',
      missing,
      message: `答复只有${j.chars}字（不计标点），不足${MIN_RESPONSE_CHARS}字，发送后不计为有效答复。还差${missing}字。`,
    };
  }
  return undefined;
}
