/** Personal information shown to others: the minimum (PIPL art. 6). */

/** The privacy notice version residents agree to; bump it when the notice changes (app and server read this). */
export const PRIVACY_NOTICE_VERSION = '2026-11';

/** `13812345678` → `138****5678`; landlines keep their last four
 * digits (a bare 7-digit number its last three), so at least four are always hidden. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.length >= 11) return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
  if (digits.length >= 8) return `****${digits.slice(-4)}`;
  if (digits.length === 7) return `****${digits.slice(-3)}`;
  return '****';
}
