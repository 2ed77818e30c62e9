/**
 * Subscription-message field values fitted to WeChat's rules by type (PLATFORM.md, "Field
 * limits"): what can be fitted is fitted (text cut with "…", emoji and markup removed,
 * times formatted in Beijing time); what cannot is refused, so nothing is sent that WeChat
 * would answer with 47003.
 */
import { beijingDateTime, beijingDate } from './beijing-time';
import { normalizeText } from './normalize-text';
import type { Status } from './opinion-status';

export const FIELD_TYPES = ['thing', 'name', 'phrase', 'character_string', 'number', 'phone_number', 'time', 'date'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export const THING_MAX = 20;
export const NAME_MAX_HAN = 10;
export const NAME_MAX_LATIN = 20;
export const PHRASE_MAX = 5;
export const CHARACTER_STRING_MAX = 32;
export const NUMBER_MAX = 32;
export const PHONE_MAX = 17;

/** A value that cannot be made to fit its field; the notification is not sent. */
export class FieldRefused extends Error {
  constructor(
    readonly type: FieldType,
    readonly reason: string,
  ) {
    super(`${type}: ${reason}`);
    this.name = 'FieldRefused';
  }
}

/** Status → the phrase shown in a `phrase` field (≤ 5 Chinese characters, nothing else). */
export const STATUS_PHRASES: Record<Status, string> = {
  held: '审核中',
  submitted: '已提交',
  triage: '待分派',
  assigned: '待受理',
  accepted: '已受理',
  need_info: '待补充',
  forwarded: '已转办',
  suggestion: '已转建议',
  replied: '已答复',
  resolved: '已办结',
  closed: '已归档',
  withdrawn: '已撤回',
  rejected: '不予受理',
};

const chars = (s: string) => Array.from(s);
const ELLIPSIS = '…';
const PURE_HAN = /^\p{Script=Han}+$/u;
const EMOJI = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u{1F3FB}-\u{1F3FF}\u200d\ufe0e\ufe0f\u20e3]/gu;
const TAG = /<\/?[a-zA-Z][^>]*>/g;
/** C0 and C1 controls; invisible format characters go with normalizeText (core/normalize-text.ts). */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
const ENTITY: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&nbsp;': ' ' };

/** Plain, single-line text: markup, entities, emoji and control characters removed. */
export function plainText(s: string): string {
  return normalizeText(s)
    .replace(TAG, '')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (m) => ENTITY[m] ?? m)
    .replace(/[<>]/g, '')
    .replace(EMOJI, '')
    .replace(/\s+/g, ' ')
    .replace(CONTROL, '')
    .trim();
}

/** Cuts to `max` characters (code points), ending with "…" when cut. */
export function cut(s: string, max: number): string {
  const c = chars(s);
  return c.length <= max ? s : `${c.slice(0, max - 1).join('')}${ELLIPSIS}`;
}

export type FieldInput = string | number | Date;

/** Fits one value to its field type, or throws FieldRefused. `fallback` stands in for empty text. */
export function fitField(type: FieldType, value: FieldInput, fallback = '无'): string {
  switch (type) {
    case 'thing': {
      const s = plainText(String(value));
      return cut(s || fallback, THING_MAX);
    }
    case 'name': {
      // Letters, Han characters, the middle dot of transliterated names, and spaces; nothing else.
      const s = plainText(String(value)).replace(/[^\p{Script=Han}A-Za-z·. ]/gu, '').trim();
      if (!s) throw new FieldRefused(type, 'empty after removing what a name field does not take');
      const latinOnly = /^[A-Za-z·. ]+$/.test(s);
      return chars(s).slice(0, latinOnly ? NAME_MAX_LATIN : NAME_MAX_HAN).join('').trim();
    }
    case 'phrase': {
      const s = String(value).trim();
      if (!PURE_HAN.test(s) || chars(s).length > PHRASE_MAX) {
        throw new FieldRefused(type, `must be 1–${PHRASE_MAX} Chinese characters only, got "${s.slice(0, 20)}"`);
      }
      return s;
    }
    case 'character_string': {
      const s = String(value).trim();
      if (!/^[0-9A-Za-z_-]+$/.test(s) || s.length > CHARACTER_STRING_MAX) {
        throw new FieldRefused(type, `must be 1–${CHARACTER_STRING_MAX} of [0-9A-Za-z_-]`);
      }
      return s;
    }
    case 'number': {
      const s = String(value).trim();
      if (!/^\d+(\.\d+)?$/.test(s) || s.replace('.', '').length > NUMBER_MAX) {
        throw new FieldRefused(type, `must be at most ${NUMBER_MAX} digits`);
      }
      return s;
    }
    case 'phone_number': {
      const s = String(value).replace(/\s+/g, '');
      if (!/^\+?[0-9-]+$/.test(s) || s.length > PHONE_MAX) throw new FieldRefused(type, `must be at most ${PHONE_MAX} digits`);
      return s;
    }
    case 'time':
    case 'date': {
      const d = value instanceof Date ? value : new Date(value);
      if (Number.isNaN(d.getTime())) throw new FieldRefused(type, 'not a date');
      return type === 'date' ? formatDate(d) : formatTime(d);
    }
  }
}

/** `2026年11月25日 09:30` in Beijing time. */
export function formatTime(d: Date): string {
  const [date, time] = beijingDateTime(d).split(' ');
  return `${formatDateParts(date)} ${time}`;
}

/** `2026年11月25日` in Beijing time. */
export const formatDate = (d: Date): string => formatDateParts(beijingDate(d));

const formatDateParts = (ymd: string) => {
  const [y, m, d] = ymd.split('-');
  return `${y}年${m}月${d}日`;
};
