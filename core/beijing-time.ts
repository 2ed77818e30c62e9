/**
 * People read times in Asia/Shanghai (UTC+8, no daylight saving); functions run in UTC.
 * A fixed offset keeps this pure and independent of the host's time zone.
 */
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);

const BEIJING_OFFSET_MINUTES = 8 * 60;

// Shift the instant and read it in UTC mode: the host's zone (and its daylight saving) never enters.
const inBeijing = (at: Date) => dayjs.utc(at).add(BEIJING_OFFSET_MINUTES, 'minute');

export interface BeijingParts {
  date: string; // YYYY-MM-DD
  weekday: number; // 0 = Sunday … 6 = Saturday
  minutes: number; // minutes since Beijing midnight
}

export function beijingParts(at: Date): BeijingParts {
  const d = inBeijing(at);
  return { date: d.format('YYYY-MM-DD'), weekday: d.day(), minutes: d.hour() * 60 + d.minute() };
}

const BEIJING_OFFSET_MS = BEIJING_OFFSET_MINUTES * 60_000;

/** `2026-11-25`: by arithmetic rather than dayjs, since a statistics rebuild asks once per opinion. */
export const beijingDate = (at: Date | string): string => new Date(new Date(at).getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 10);

/** `20261125` */
export const beijingDateKey = (at: Date | string): string => beijingDate(at).replace(/-/g, '');

/** `2026-11-25 09:30` */
export const beijingDateTime = (at: Date): string => inBeijing(at).format('YYYY-MM-DD HH:mm');

/** The instant of a Beijing wall-clock date and `HH:mm`. */
export function fromBeijing(date: string, time = '00:00'): Date {
  return dayjs.utc(`${date}T${time}:00`).subtract(BEIJING_OFFSET_MINUTES, 'minute').toDate();
}

/** Adds whole days to a `YYYY-MM-DD` date. */
export const addDays = (date: string, days: number): string =>
  dayjs.utc(date).add(days, 'day').format('YYYY-MM-DD');

export const weekdayOf = (date: string): number => dayjs.utc(date).day();

/** `HH:mm` → minutes since midnight. */
export function minutesOf(time: string): number {
  const [hh, mm] = time.split(':').map(Number);
  return hh * 60 + mm;
}
