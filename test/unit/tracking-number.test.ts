import {
  formatTrackingNumber,
  isTrackingNumber,
  trackingCounterKey,
  trackingPrefix,
} from '../../core/tracking-number';

/** WeChat subscription-message `character_string`: ≤ 32 of [0-9A-Za-z_-] (PRODUCT.md). */
const CHARACTER_STRING = /^[0-9A-Za-z_-]{1,32}$/;
const NOON_25TH = new Date('2026-11-25T04:00:00Z'); // 12:00 in Beijing

describe('formatTrackingNumber', () => {
  it('is county code + Beijing date + 4-digit sequence', () => {
    expect(formatTrackingNumber('430104', NOON_25TH, 42)).toBe('430104-20261125-0042');
  });

  it.each([
    ['430104', '430104'], // a county
    ['430104007', '430104'], // a township (9 digits) → its county
    ['430104007001', '430104'], // a village (12 digits) → its county
    ['43M000', '43M000'], // the military node is not numeric: kept as is
    ['43m000', '43M000'], // and upper-cased
    ['43', '43'], // a province code is shorter than a county's
  ])('region %s numbers with prefix %s', (region, prefix) => {
    expect(trackingPrefix(region)).toBe(prefix);
    expect(formatTrackingNumber(region, NOON_25TH, 7)).toBe(`${prefix}-20261125-0007`);
  });

  it.each([
    ['2026-11-25T15:59:59Z', '20261125'],
    ['2026-11-25T16:00:00Z', '20261126'], // late in the UTC day is already tomorrow in Beijing
    ['2026-11-25T23:30:00Z', '20261126'],
    ['2026-12-31T16:00:00Z', '20270101'],
  ])('an opinion at %s carries the Beijing date %s', (iso, key) => {
    expect(formatTrackingNumber('430104', new Date(iso), 1)).toBe(`430104-${key}-0001`);
  });

  it.each([
    [1, '0001'],
    [999, '0999'],
    [9999, '9999'],
    [10000, '10000'],
    [123456, '123456'],
  ])('sequence %i is written %s and stays valid', (sequence, written) => {
    const n = formatTrackingNumber('430104', NOON_25TH, sequence);
    expect(n).toBe(`430104-20261125-${written}`);
    expect(isTrackingNumber(n)).toBe(true);
    expect(n).toMatch(CHARACTER_STRING);
  });

  it.each([0, -1, -42, 1.5, 0.999, Number.NaN, Number.POSITIVE_INFINITY])('refuses sequence %p', (sequence) => {
    expect(() => formatTrackingNumber('430104', NOON_25TH, sequence)).toThrow();
  });

  it('every number it makes fits a character_string field and passes isTrackingNumber', () => {
    const regions = ['430104', '430104007', '430104007001', '43M000', '11', '110101'];
    const instants = ['2026-01-01T00:00:00Z', '2026-11-25T16:00:00Z', '2099-12-31T15:59:59Z'].map((s) => new Date(s));
    const bad: string[] = [];
    for (const r of regions) for (const at of instants) for (const seq of [1, 42, 9999, 10000, 999999]) {
      const n = formatTrackingNumber(r, at, seq);
      if (!CHARACTER_STRING.test(n) || !isTrackingNumber(n)) bad.push(n);
    }
    expect(bad).toEqual([]);
  });
});

describe('isTrackingNumber', () => {
  it.each([
    ['430104-20261125-0042', true],
    ['43M000-20261125-0001', true],
    ['430104-20261125-123456', true],
    ['430104-2026112-0042', false],
    ['430104-20261125-042', false],
    ['430104_20261125_0042', false],
    ['43m000-20261125-0001', false],
    [' 430104-20261125-0042', false],
    ['430104-20261125-0042\n', false],
    ['430104-20261125-0042; drop', false],
    ['', false],
  ])('%p → %p', (s, expected) => {
    expect(isTrackingNumber(s)).toBe(expected);
  });
});

describe('trackingCounterKey', () => {
  it('is one counter per county prefix and Beijing day', () => {
    const a = trackingCounterKey('430104', new Date('2026-11-25T00:00:00Z'));
    expect(a).toBe('trk-430104-20261125');
    expect(trackingCounterKey('430104007', new Date('2026-11-25T15:59:59Z'))).toBe(a);
    expect(trackingCounterKey('430104', new Date('2026-11-25T16:00:00Z'))).toBe('trk-430104-20261126');
    expect(trackingCounterKey('430105', new Date('2026-11-25T00:00:00Z'))).not.toBe(a);
  });
});
