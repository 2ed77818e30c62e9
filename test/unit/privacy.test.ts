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
  // At least four digits stay hidden: 8 digits keep their last four, 7 digits their last three.
  it.each([
    ['87654321', '****4321'],
    ['1234567', '****567'],
  ])('a local landline %s is masked as %s', (phone, expected) => {
    const masked = maskPhone(phone);
    expect(masked).toBe(expected);
    expect(digitsOf(masked).length).toBeLessThanOrEqual(phone.length - 4);
  });
});
