/**
 * Working days in mainland China: Monday–Friday, minus public holidays, plus the weekend
 * days the State Council turns into workdays (调休). Pure: the tables are passed in (they
 * live in server/config/holidays.ts); dates are Beijing wall-clock dates `YYYY-MM-DD`.
 */
import { addDays, weekdayOf } from './beijing-time';

export interface HolidayYear {
  year: number;
  /** Days off that would otherwise be workdays or weekends (the whole 放假 range). */
  holidays: readonly string[];
  /** Weekend days that are workdays (调休上班). */
  workdays: readonly string[];
  /** True while the State Council has not published this year's notice yet. */
  provisional: boolean;
}

export interface WorkingCalendar {
  holidays: ReadonlySet<string>;
  workdays: ReadonlySet<string>;
  /** Years the tables cover; outside them only weekends count as days off. */
  years: ReadonlySet<number>;
  provisionalYears: ReadonlySet<number>;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Builds a calendar, refusing malformed or contradictory tables (a config error, at start). */
export function buildCalendar(tables: readonly HolidayYear[]): WorkingCalendar {
  const holidays = new Set<string>();
  const workdays = new Set<string>();
  for (const t of tables) {
    for (const d of [...t.holidays, ...t.workdays]) {
      const m = DATE.exec(d);
      if (!m || Number(m[1]) !== t.year || addDays(d, 0) !== d) throw new Error(`holiday table ${t.year}: bad date ${d}`);
    }
    for (const d of t.workdays) {
      const wd = weekdayOf(d);
      if (wd !== 0 && wd !== 6) throw new Error(`holiday table ${t.year}: make-up workday ${d} is not a weekend day`);
      if (t.holidays.includes(d)) throw new Error(`holiday table ${t.year}: ${d} is both holiday and workday`);
      workdays.add(d);
    }
    t.holidays.forEach((d) => holidays.add(d));
  }
  return {
    holidays,
    workdays,
    years: new Set(tables.map((t) => t.year)),
    provisionalYears: new Set(tables.filter((t) => t.provisional).map((t) => t.year)),
  };
}

export function isWorkingDay(cal: WorkingCalendar, date: string): boolean {
  if (cal.workdays.has(date)) return true;
  if (cal.holidays.has(date)) return false;
  const wd = weekdayOf(date);
  return wd !== 0 && wd !== 6;
}

/**
 * A statutory day off by the State Council's notice (the whole 放假 range, weekends in it
 * included). An ordinary weekend is not a holiday; a make-up workday (调休) never is.
 */
export function isHoliday(cal: WorkingCalendar, date: string): boolean {
  return cal.holidays.has(date) && !cal.workdays.has(date);
}

/** The first working day on or after `date`. */
export function nextWorkingDayFrom(cal: WorkingCalendar, date: string): string {
  let d = date;
  for (let i = 0; i < 60 && !isWorkingDay(cal, d); i++) d = addDays(d, 1);
  return d;
}

/**
 * The date `n` working days after `date` (the day itself does not count, as with any
 * "within N days" in Chinese administrative practice). `n = 0` is the first working day
 * on or after `date`.
 */
export function addWorkingDays(cal: WorkingCalendar, date: string, n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new Error(`addWorkingDays: n must be a whole number ≥ 0, got ${n}`);
  if (n === 0) return nextWorkingDayFrom(cal, date);
  let d = date;
  for (let left = n; left > 0; ) {
    d = addDays(d, 1);
    if (isWorkingDay(cal, d)) left--;
  }
  return d;
}

/** Working days strictly after `from` up to and including `to` (0 when `to` ≤ `from`). */
export function workingDaysBetween(cal: WorkingCalendar, from: string, to: string): number {
  let count = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isWorkingDay(cal, d)) count++;
  return count;
}

/** Whether a date falls in a year the tables do not cover, or cover only provisionally. */
export function calendarGap(cal: WorkingCalendar, date: string): 'missing' | 'provisional' | undefined {
  const year = Number(date.slice(0, 4));
  if (!cal.years.has(year)) return 'missing';
  return cal.provisionalYears.has(year) ? 'provisional' : undefined;
}

/** Staff are warned about next year's table from this day (MM-DD) of the year before: a month ahead. */
export const CALENDAR_WARNING_FROM = '12-01';

export interface CalendarWarning {
  year: number;
  gap: 'missing' | 'provisional';
}

/**
 * The year whose holiday table staff should hear about on `date`: this year's while it is
 * missing or provisional; otherwise, from 1 December, next year's.
 */
export function calendarWarning(cal: WorkingCalendar, date: string): CalendarWarning | undefined {
  const year = Number(date.slice(0, 4));
  const thisYear = calendarGap(cal, date);
  if (thisYear) return { year, gap: thisYear };
  if (date.slice(5) < CALENDAR_WARNING_FROM) return undefined;
  const next = calendarGap(cal, `${year + 1}-01-01`);
  return next ? { year: year + 1, gap: next } : undefined;
}
