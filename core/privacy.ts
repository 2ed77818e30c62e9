/** Personal information shown to others: the minimum (PIPL art. 6). */

/** `13812345678` → `138****5678`; landlines keep their last four digits. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 7) return '****';
  return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
}
