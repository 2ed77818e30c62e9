/**
 * The contract's limits and plain rules, without zod: lengths, counts, choices and patterns
 * that the schemas in fields.ts are built from. The mini-program's main package (tab-bar pages,
 * scan → station → write) imports these and never the schemas, so it carries no zod; the
 * cloud functions apply the schemas to every payload (server/functions/dispatch.ts).
 */

export const OPINION_TEXT_MAX = 1000;
/** A resident's opinion says at least this much (a deputy cannot act on "小区电梯"). */
export const OPINION_TEXT_MIN = 10;
export const REPLY_TEXT_MAX = 1000;
export const NOTE_MAX = 200;
/** Where the problem is, as the resident describes it (地点). */
export const PLACE_MAX = 50;
export const MAX_PHOTOS = 3;

/** Characters WeChat allows in a QR `scene` (PLATFORM.md); station codes use a subset. */
export const SCENE_PATTERN = /^[0-9A-Za-z!#$&'()*+,/:;=?@\-._~]{1,32}$/;

/** Length in characters as people count them (code points, so an emoji is one). */
export const charCount = (s: string): number => Array.from(s).length;

/** A mobile or landline number once spaces and dashes are dropped (normalizePhone). */
export const PHONE_PATTERN = /^(1\d{10}|0\d{9,11}|\d{7,8})$/;
export const normalizePhone = (s: string): string => s.replace(/[\s-]/g, '');

/** How a case ended (办结). */
export const RESULT_KINDS = ['solved', 'partly', 'explained'] as const;
export const RESULT_KIND_LABELS: Record<(typeof RESULT_KINDS)[number], string> = {
  solved: '已解决',
  partly: '部分解决',
  explained: '已解释说明',
};

export const RATINGS = ['satisfied', 'basic', 'unsatisfied'] as const;
export const RATING_LABELS: Record<(typeof RATINGS)[number], string> = {
  satisfied: '满意',
  basic: '基本满意',
  unsatisfied: '不满意',
};
