/**
 * The one cleaning every text field gets (core/contract/fields.ts `text`) and every outgoing
 * message field (core/message-fields.ts), decided per Unicode class rather than per character:
 *
 * - removed: format characters (every \p{Cf}: all Bidi_Control marks such as U+061C and the
 *   direction overrides, zero-width space/joiners, word joiner, BOM, soft hyphen U+00AD, tags)
 *   and the other default-ignorable code points (Hangul fillers like U+3164, the combining
 *   grapheme joiner …). They carry nothing a person can read, and a direction mark makes text
 *   display differently from what is stored. ZWJ goes too: an emoji family becomes its
 *   members side by side, which Chinese text loses nothing by.
 * - kept: variation selectors (default-ignorable, but an emoji's presentation and a CJK
 *   ideographic variant — a name's exact glyph — depend on them), and every letter, mark,
 *   digit, punctuation mark, symbol and space.
 * - U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR become '\n' (they are line breaks
 *   most displays do not show as one).
 * - a lone surrogate is malformed text: the field refuses it (`LONE_SURROGATE`), nothing is
 *   guessed in its place.
 */
const INVISIBLE = /(?!\p{Variation_Selector})[\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;
const LINE_SEPARATORS = /[\u2028\u2029]/g;

/** A high or low surrogate that is not half of a pair (with the u flag only those match). */
export const LONE_SURROGATE = /\p{Cs}/u;

export function normalizeText(s: string): string {
  return s.replace(LINE_SEPARATORS, '\n').replace(INVISIBLE, '');
}
