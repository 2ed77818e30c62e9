/**
 * When things happen in the demo year, in Beijing time: residents write from morning to late
 * evening, staff work office hours, deputies (who have day jobs) act in office hours or in
 * the evening. Working days come from the product's own calendar (holidays and 调休).
 */
import { addDays, beijingDate, beijingParts, fromBeijing } from '../../../core/beijing-time';
import { addWorkingDays, isWorkingDay } from '../../../core/working-calendar';
import { CALENDAR } from '../../config/holidays';
import type { Rng } from './prng';

export type Window = 'day' | 'office' | 'desk' | 'evening' | 'deputy';

const WINDOWS: Record<Exclude<Window, 'deputy'>, [number, number]> = {
  day: [7 * 60 + 30, 22 * 60 + 30],
  office: [9 * 60, 17 * 60 + 30],
  desk: [9 * 60, 11 * 60 + 30],
  evening: [19 * 60 + 30, 22 * 60],
};

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** A moment of `date` inside the window (a deputy: office hours or the evening). */
export function atDay(date: string, rng: Rng, window: Window): Date {
  const w = window === 'deputy' ? (rng.chance(0.6) ? 'office' : 'evening') : window;
  const [from, to] = WINDOWS[w];
  return fromBeijing(date, hhmm(rng.int(from, to)));
}

/** Never at or before `from`: a step planned for earlier the same day happens a little later. */
function notBefore(at: Date, from: Date, rng: Rng): Date {
  return at > from ? at : new Date(from.getTime() + rng.int(10, 90) * MINUTE);
}

/** Between `min` and `max` working days after `from` (0: the same or the next working day). */
export function afterWorkingDays(from: Date, rng: Rng, min: number, max: number, window: Window): Date {
  const date = addWorkingDays(CALENDAR, beijingDate(from), rng.int(min, max));
  return notBefore(atDay(date, rng, window), from, rng);
}

/** Between `min` and `max` calendar days after `from`. */
export function afterDays(from: Date, rng: Rng, min: number, max: number, window: Window): Date {
  return notBefore(atDay(addDays(beijingDate(from), rng.int(min, max)), rng, window), from, rng);
}

/** Between `min` and `max` hours after `from`. */
export const afterHours = (from: Date, rng: Rng, min: number, max: number): Date =>
  new Date(from.getTime() + rng.int(min * 60, max * 60) * MINUTE);

/** `at`, or — when it falls at night — a moment of the next morning (people chase and withdraw by day). */
export function awake(at: Date, rng: Rng): Date {
  const { minutes, date } = beijingParts(at);
  if (minutes >= WINDOWS.day[0] && minutes <= WINDOWS.day[1]) return at;
  return fromBeijing(minutes > WINDOWS.day[1] ? addDays(date, 1) : date, hhmm(rng.int(WINDOWS.day[0], 9 * 60 + 30)));
}

/**
 * A moment between `minHours` and `maxHours` before `now`, moved back into the daytime when
 * it falls at night (residents do not write at 3 a.m.).
 */
export function hoursBefore(now: Date, rng: Rng, minHours: number, maxHours: number): Date {
  const at = new Date(now.getTime() - rng.int(minHours * 60, maxHours * 60) * MINUTE);
  const { minutes, date } = beijingParts(at);
  if (minutes >= WINDOWS.day[0] && minutes <= WINDOWS.day[1]) return at;
  const evening = minutes < WINDOWS.day[0] ? addDays(date, -1) : date;
  return fromBeijing(evening, hhmm(rng.int(20 * 60, 22 * 60)));
}

/** `days` calendar days before `now`, at a moment in the window (never later than an hour before now). */
export function daysBefore(now: Date, rng: Rng, days: number, window: Window): Date {
  const at = atDay(addDays(beijingDate(now), -days), rng, window);
  return at < new Date(now.getTime() - HOUR) ? at : hoursBefore(now, rng, 2, 6);
}

export const isWorkday = (date: string): boolean => isWorkingDay(CALENDAR, date);
