/**
 * How often one resident may look up similar cases (opinion.similar). The lookup must stay
 * within three round trips (who is calling, the station, the county's opinions: issue 25), so
 * its allowance is kept in the function instance, not in the database: per openid, at most
 * `perMinute` in a minute and `perDay` in a Beijing day, per warm instance. A cold start (or
 * another instance) starts afresh — a softer bound than the submit limits, which is what a
 * read of redacted, published cases needs; the app asks once per pause in writing, never per
 * keystroke. The map forgets the oldest callers past `MAX_CALLERS`.
 */
import { beijingDateKey } from '../../core/beijing-time';
import { AppError } from '../../core/errors';

export const SIMILAR_LIMITS = { perMinute: 20, perDay: 300 } as const;

const MAX_CALLERS = 5000;

interface Allowance {
  day: string;
  dayCount: number;
  minute: number;
  minuteCount: number;
}

const callers = new Map<string, Allowance>();

/** Takes one lookup from the caller's allowance, or refuses with RATE_LIMITED. */
export function takeSimilarLookup(openid: string, now: Date): void {
  const day = beijingDateKey(now);
  const minute = Math.floor(now.getTime() / 60_000);
  const was = callers.get(openid);
  const a: Allowance = was && was.day === day ? was : { day, dayCount: 0, minute, minuteCount: 0 };
  if (a.minute !== minute) {
    a.minute = minute;
    a.minuteCount = 0;
  }
  if (a.minuteCount >= SIMILAR_LIMITS.perMinute || a.dayCount >= SIMILAR_LIMITS.perDay) {
    throw new AppError('RATE_LIMITED', '查找类似问题过于频繁，请稍后再试');
  }
  a.minuteCount++;
  a.dayCount++;
  // Re-inserted, so the map's order is the order of last use: the oldest is forgotten first.
  callers.delete(openid);
  callers.set(openid, a);
  if (callers.size > MAX_CALLERS) callers.delete(callers.keys().next().value!);
}
