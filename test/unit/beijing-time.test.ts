import { execFileSync } from 'node:child_process';
import path from 'node:path';
import {
  addDays,
  beijingDate,
  beijingDateKey,
  beijingDateTime,
  beijingParts,
  fromBeijing,
  minutesOf,
  weekdayOf,
} from '../../core/beijing-time';

/** The reference: UTC+8 by arithmetic, read back through toISOString (always UTC). */
const reference = (iso: string) => new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');

describe('beijingDateKey / beijingDate / beijingDateTime around Beijing midnight', () => {
  it.each([
    ['2026-11-25T15:59:59Z', '20261125', '2026-11-25', '2026-11-25 23:59'],
    ['2026-11-25T16:00:00Z', '20261126', '2026-11-26', '2026-11-26 00:00'],
    ['2026-11-24T01:30:00Z', '20261124', '2026-11-24', '2026-11-24 09:30'],
    ['2026-12-31T16:00:00Z', '20270101', '2027-01-01', '2027-01-01 00:00'],
    ['2026-12-31T15:59:00Z', '20261231', '2026-12-31', '2026-12-31 23:59'],
    ['2026-02-28T16:00:00Z', '20260301', '2026-03-01', '2026-03-01 00:00'],
    ['2028-02-28T16:00:00Z', '20280229', '2028-02-29', '2028-02-29 00:00'],
    // instants next to daylight-saving changes elsewhere (New York, Berlin, Sydney, Santiago)
    ['2026-03-07T20:00:00Z', '20260308', '2026-03-08', '2026-03-08 04:00'],
    ['2026-03-28T18:00:00Z', '20260329', '2026-03-29', '2026-03-29 02:00'],
    ['2026-10-03T16:00:00Z', '20261004', '2026-10-04', '2026-10-04 00:00'],
    ['2026-11-01T01:30:00Z', '20261101', '2026-11-01', '2026-11-01 09:30'],
    ['2026-04-04T16:00:00Z', '20260405', '2026-04-05', '2026-04-05 00:00'],
  ])('%s → %s, %s, %s', (iso, key, date, dateTime) => {
    const at = new Date(iso);
    expect(beijingDateKey(at)).toBe(key);
    expect(beijingDate(at)).toBe(date);
    expect(beijingDateTime(at)).toBe(dateTime);
    expect(beijingDateTime(at)).toBe(reference(iso));
  });
});

describe('beijingParts', () => {
  it.each([
    ['2026-11-24T01:30:00Z', '2026-11-24', 2, 570],
    ['2026-11-23T16:30:00Z', '2026-11-24', 2, 30],
    ['2026-11-23T15:59:00Z', '2026-11-23', 1, 1439],
    ['2026-11-21T16:00:00Z', '2026-11-22', 0, 0],
    ['2026-11-28T03:00:00Z', '2026-11-28', 6, 660],
  ])('%s → %s, weekday %i, minute %i', (iso, date, weekday, minutes) => {
    expect(beijingParts(new Date(iso))).toEqual({ date, weekday, minutes });
  });
});

describe('fromBeijing', () => {
  it.each([
    ['2026-11-26', undefined, '2026-11-25T16:00:00.000Z'],
    ['2026-11-24', '09:30', '2026-11-24T01:30:00.000Z'],
    ['2027-01-01', '07:59', '2026-12-31T23:59:00.000Z'],
    ['2026-03-08', '12:00', '2026-03-08T04:00:00.000Z'],
  ])('%s %s → %s', (date, time, iso) => {
    expect(fromBeijing(date, time).toISOString()).toBe(iso);
  });

  it('round-trips with beijingDateTime over a year of dates and times of day', () => {
    const wrong: string[] = [];
    for (let i = 0; i < 366; i += 3) {
      const date = addDays('2026-01-01', i);
      for (const time of ['00:00', '00:30', '02:30', '07:59', '08:00', '12:00', '23:59']) {
        const back = beijingDateTime(fromBeijing(date, time));
        if (back !== `${date} ${time}`) wrong.push(`${date} ${time} → ${back}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('the start of a Beijing day is at or before the instant, less than a day before', () => {
    for (const iso of ['2026-11-25T15:59:59Z', '2026-11-25T16:00:00Z', '2026-06-30T23:00:00Z']) {
      const at = new Date(iso);
      const start = fromBeijing(beijingDate(at)).getTime();
      expect(start).toBeLessThanOrEqual(at.getTime());
      expect(at.getTime() - start).toBeLessThan(24 * 3600_000);
    }
  });
});

describe('addDays', () => {
  it.each([
    ['2026-11-25', 0, '2026-11-25'],
    ['2026-11-30', 1, '2026-12-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2027-01-01', -1, '2026-12-31'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2028-02-29', 1, '2028-03-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-03-07', 1, '2026-03-08'],
    ['2026-10-31', 1, '2026-11-01'],
    ['2026-01-01', 365, '2027-01-01'],
    ['2028-01-01', 366, '2029-01-01'],
  ])('%s + %i → %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });
});

describe('weekdayOf', () => {
  it.each([
    ['2026-11-22', 0],
    ['2026-11-23', 1],
    ['2026-11-24', 2],
    ['2026-11-28', 6],
    ['2027-01-01', 5],
    ['2028-02-29', 2],
    ['2026-03-08', 0],
  ])('%s → %i', (date, weekday) => {
    expect(weekdayOf(date)).toBe(weekday);
  });
});

describe('minutesOf', () => {
  it.each([
    ['00:00', 0],
    ['09:30', 570],
    ['23:59', 1439],
  ])('%s → %i', (time, minutes) => {
    expect(minutesOf(time)).toBe(minutes);
  });
});

describe('independence from the host time zone', () => {
  const INSTANTS = [
    '2026-03-07T18:00:00Z', // New York springs forward 13 h later
    '2026-03-07T20:00:00Z',
    '2026-03-28T18:00:00Z', // Berlin
    '2026-04-04T16:00:00Z', // Sydney and Santiago fall back — Beijing midnight
    '2026-10-03T16:00:00Z', // Sydney springs forward — Beijing midnight
    '2026-11-01T01:30:00Z', // New York falls back
    '2026-11-25T16:00:00Z',
  ];
  const ZONES = ['UTC', 'Asia/Shanghai', 'America/New_York', 'Europe/Berlin', 'Australia/Sydney', 'America/Santiago'];
  type Row = { iso: string; dateTime: string; weekday: number };
  let byZone: Record<string, Row[]>;

  beforeAll(() => {
    // Jest sandboxes process.env, so other host zones need another process (one for all zones).
    const probe = path.join(__dirname, 'support', 'beijing-probe.ts');
    const tsx = path.join(__dirname, '..', '..', 'node_modules', 'tsx', 'dist', 'cli.mjs');
    const out = execFileSync(process.execPath, [tsx, probe, ...INSTANTS], {
      env: { ...process.env, ZONES: ZONES.join(',') },
      encoding: 'utf8',
    });
    byZone = JSON.parse(out);
  }, 30_000);

  it.each(ZONES)('host TZ=%s gives the same Beijing wall clock and weekday', (tz) => {
    const got = byZone[tz].map((r) => `${r.iso} → ${r.dateTime} (${r.weekday})`);
    const want = INSTANTS.map(
      (iso) => `${iso} → ${reference(iso)} (${new Date(Date.parse(iso) + 8 * 3600_000).getUTCDay()})`,
    );
    expect(got).toEqual(want);
  });
});
