/**
 * Times as a resident says them, in Beijing time: `12月9日`, `12月9日(周三)`, `今天`, `昨天`,
 * `3天前`, `今天 09:30`. Pure: `now` is passed in.
 */
import { beijingDate, beijingDateTime, weekdayOf } from './beijing-time';

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
const DAY_MS = 86_400_000;

const valid = (at: Date | string): Date | undefined => {
  const d = new Date(at);
  return Number.isNaN(d.getTime()) ? undefined : d;
};

/** `12月9日`; with the year (`2025年12月9日`) when it is not the year of `now`. */
export function monthDay(at: Date | string, now?: Date): string {
  const d = valid(at);
  if (!d) return String(at);
  const [y, m, day] = beijingDate(d).split('-').map(Number);
  const year = now && beijingDate(now).slice(0, 4) !== String(y) ? `${y}年` : '';
  return `${year}${m}月${day}日`;
}

/** `12月9日(周三)` */
export function monthDayWeekday(at: Date | string, now?: Date): string {
  const d = valid(at);
  if (!d) return String(at);
  return `${monthDay(d, now)}（${WEEKDAYS[weekdayOf(beijingDate(d))]}）`;
}

/** Whole Beijing calendar days from `at` to `now` (0 today, 1 yesterday; negative ahead). */
export function daysAgo(at: Date | string, now: Date): number {
  const d = valid(at);
  if (!d) return 0;
  return Math.round((Date.parse(beijingDate(now)) - Date.parse(beijingDate(d))) / DAY_MS);
}

/** `今天`, `昨天`, `3天前` within a week, else the date (`12月1日`). */
export function relativeDay(at: Date | string, now: Date): string {
  const n = daysAgo(at, now);
  if (n === 0) return '今天';
  if (n === 1) return '昨天';
  if (n > 1 && n <= 7) return `${n}天前`;
  return monthDay(at, now);
}

/** `今天 09:30`, `昨天 18:02`, `12月1日 09:30`: a moment in a case's history. */
export function relativeDayTime(at: Date | string, now: Date): string {
  const d = valid(at);
  if (!d) return String(at);
  const n = daysAgo(d, now);
  const day = n === 0 ? '今天' : n === 1 ? '昨天' : monthDay(d, now);
  return `${day} ${beijingDateTime(d).slice(11)}`;
}
