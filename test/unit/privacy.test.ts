import { maskPhone } from '../../core/privacy';

const digitsOf = (s: string) => s.replace(/\D/g, '');

describe('maskPhone', () => {
  it.each([
    ['13812345678', '138****5678'],
    ['138-1234-5678', '138****5678'],
    ['138 1234 5678', '138****5678'],
    ['0731-84561234', '073****1234'],
    ['073184561234', '073****1234'],
    ['', '****'],
    ['12345', '****'],
    ['123456', '****'],
    ['电话', '****'],
  ])('%p → %p', (phone, masked) => {
    expect(maskPhone(phone)).toBe(masked);
  });

  it('never shows the middle four digits of a mobile number', () => {
    for (const phone of ['13812345678', '15900001111', '18698765432']) {
      const masked = maskPhone(phone);
      expect(masked).not.toContain(phone.slice(3, 7));
      expect(masked).not.toContain(phone);
      expect(masked).toContain('****');
    }
  });

  // A local landline given without area code (7 or 8 digits) — walk-ins and callers do this.
  // The mask shows four stars, so at least four digits must be hidden; today 1234567 → 123****4567
  // shows every digit, and 87654321 → 876****4321 shows seven of eight.
  it.each(['1234567', '87654321'])('a local landline %s keeps its last four and hides at least four', (phone) => {
    const masked = maskPhone(phone);
    expect(digitsOf(masked).endsWith(phone.slice(-4))).toBe(true);
    expect(digitsOf(masked).length).toBeLessThanOrEqual(phone.length - 4);
  });
});
