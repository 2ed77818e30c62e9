import { addWorkingDays, buildCalendar, calendarGap, calendarWarning, isHoliday, isWorkingDay, workingDaysBetween } from '../../core/working-calendar';
import { CALENDAR, HOLIDAY_TABLES } from '../../server/config/holidays';

describe('the 2026 table as published (国办发明电〔2025〕7号)', () => {
  test.each([
    ['2026-01-01', false, '元旦'],
    ['2026-01-04', true, '元旦调休上班 (Sunday)'],
    ['2026-02-14', true, '春节调休上班 (Saturday)'],
    ['2026-02-15', false, '春节 first day (Sunday)'],
    ['2026-02-23', false, '春节 last day (Monday)'],
    ['2026-02-24', true, 'back to work'],
    ['2026-02-28', true, '春节调休上班 (Saturday)'],
    ['2026-04-06', false, '清明 (Monday)'],
    ['2026-05-05', false, '劳动节 (Tuesday)'],
    ['2026-05-09', true, '劳动节调休上班 (Saturday)'],
    ['2026-06-19', false, '端午 (Friday)'],
    ['2026-09-20', true, '国庆调休上班 (Sunday)'],
    ['2026-09-25', false, '中秋 (Friday)'],
    ['2026-10-07', false, '国庆 (Wednesday)'],
    ['2026-10-10', true, '国庆调休上班 (Saturday)'],
    ['2026-11-28', false, 'an ordinary Saturday'],
    ['2026-11-30', true, 'an ordinary Monday'],
  ])('%s working: %s (%s)', (date, working) => {
    expect(isWorkingDay(CALENDAR, date)).toBe(working);
  });

  test('2026 has 30 days off by notice and 6 make-up workdays; 2027 is marked provisional', () => {
    const y26 = HOLIDAY_TABLES.find((t) => t.year === 2026)!;
    expect(y26.holidays).toHaveLength(3 + 9 + 3 + 5 + 3 + 3 + 7);
    expect(y26.workdays).toHaveLength(6);
    expect(calendarGap(CALENDAR, '2026-06-01')).toBeUndefined();
    expect(calendarGap(CALENDAR, '2027-06-01')).toBe('provisional');
    expect(calendarGap(CALENDAR, '2030-06-01')).toBe('missing');
  });
});

describe('adding working days', () => {
  test.each([
    ['2026-11-30', 3, '2026-12-03', 'Monday + 3 = Thursday'],
    ['2026-12-04', 3, '2026-12-09', 'Friday + 3 skips the weekend'],
    ['2026-11-29', 3, '2026-12-02', 'from a Sunday: Mon, Tue, Wed'],
    ['2026-02-13', 1, '2026-02-14', 'the make-up Saturday before 春节 counts'],
    ['2026-02-14', 1, '2026-02-24', 'then nine days off'],
    ['2026-09-30', 3, '2026-10-10', 'across 国庆: 10-8, 10-9, then the make-up Saturday 10-10'],
    ['2026-12-31', 1, '2027-01-04', 'into the provisional 2027 table: 1-1 off, weekend'],
    ['2026-11-28', 0, '2026-11-30', 'zero days from a Saturday is the next working day'],
    ['2026-11-30', 0, '2026-11-30', 'zero days from a working day is that day'],
  ])('%s + %i → %s (%s)', (from, n, expected) => {
    expect(addWorkingDays(CALENDAR, from, n)).toBe(expected);
  });

  test('counting between two dates agrees with adding', () => {
    for (const [from, n] of [['2026-02-10', 7], ['2026-09-28', 5], ['2026-04-30', 4]] as const) {
      expect(workingDaysBetween(CALENDAR, from, addWorkingDays(CALENDAR, from, n))).toBe(n);
    }
    expect(workingDaysBetween(CALENDAR, '2026-12-05', '2026-12-01')).toBe(0);
  });

  test('a negative or fractional count is refused', () => {
    expect(() => addWorkingDays(CALENDAR, '2026-11-30', -1)).toThrow();
    expect(() => addWorkingDays(CALENDAR, '2026-11-30', 1.5)).toThrow();
  });
});

describe('tables are checked when the calendar is built', () => {
  test.each([
    [{ year: 2026, provisional: false, holidays: ['2026-13-01'], workdays: [] }, /bad date/],
    [{ year: 2026, provisional: false, holidays: ['2025-12-31'], workdays: [] }, /bad date/],
    [{ year: 2026, provisional: false, holidays: [], workdays: ['2026-11-30'] }, /not a weekend/],
    [{ year: 2026, provisional: false, holidays: ['2026-11-28'], workdays: ['2026-11-28'] }, /both/],
  ])('%j is refused', (table, message) => {
    expect(() => buildCalendar([table])).toThrow(message);
  });
});

describe('statutory holidays (what suspends a weekly reception session)', () => {
  test.each([
    ['2027-01-01', true, '元旦 (Friday)'],
    ['2026-10-03', true, '国庆 Saturday, inside the range'],
    ['2026-02-14', false, '春节调休上班 (Saturday)'],
    ['2026-11-28', false, 'an ordinary Saturday'],
    ['2026-11-30', false, 'an ordinary Monday'],
  ])('%s holiday: %s (%s)', (date, holiday) => {
    expect(isHoliday(CALENDAR, date)).toBe(holiday);
  });
});

describe('which holiday table staff are warned about', () => {
  const y2026 = HOLIDAY_TABLES.filter((t) => t.year === 2026);
  const official2027 = [...y2026, { ...HOLIDAY_TABLES.find((t) => t.year === 2027)!, provisional: false }];

  test.each([
    ['2026-11-30', undefined, 'November: not yet', CALENDAR],
    ['2026-12-01', { year: 2027, gap: 'provisional' }, 'a month ahead', CALENDAR],
    ['2026-12-31', { year: 2027, gap: 'provisional' }, 'still in December', CALENDAR],
    ['2027-06-01', { year: 2027, gap: 'provisional' }, 'the year itself still provisional', CALENDAR],
    ['2028-03-01', { year: 2028, gap: 'missing' }, 'a year with no table at all', CALENDAR],
    ['2026-12-01', { year: 2027, gap: 'missing' }, 'next year missing', buildCalendar(y2026)],
    ['2026-11-30', undefined, 'next year missing, but November', buildCalendar(y2026)],
    ['2026-12-15', undefined, 'next year published', buildCalendar(official2027)],
  ])('%s → %j (%s)', (date, expected, _label, cal) => {
    expect(calendarWarning(cal, date)).toEqual(expected);
  });
});
