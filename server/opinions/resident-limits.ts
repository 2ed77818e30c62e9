/**
 * Abuse limits and repeated text (PRODUCT.md: 5 an hour, 20 a day; same text in 24 h), all
 * decided from one read: the resident's opinions of the last 24 hours.
 */
import { AppError } from '../../core/errors';
import { RESIDENT_LIMITS } from '../config/limits';
import type { OpinionDoc } from '../model';
import type { Ports } from '../platform/ports';
import { residentOpinionsSince } from './opinions.repo';

const HOUR = 3600_000;
const normalise = (s: string) => s.replace(/\s+/g, '');

/** The resident's opinions of the duplicate window (24 hours; at most 100, more than any limit allows). */
export interface RecentOpinions {
  docs: OpinionDoc[];
  now: number;
}

export async function recentOpinionsOf(ports: Ports, openid: string): Promise<RecentOpinions> {
  const now = ports.clock.now().getTime();
  const since = new Date(now - Math.max(RESIDENT_LIMITS.duplicateWindowHours, 24) * HOUR);
  return { docs: await residentOpinionsSince(ports, openid, since), now };
}

/** The resident's opinion with the same text from the last 24 hours, if any. */
export function sameTextRecently(recent: RecentOpinions, text: string): OpinionDoc | undefined {
  const since = recent.now - RESIDENT_LIMITS.duplicateWindowHours * HOUR;
  const wanted = normalise(text);
  return recent.docs.find((d) => new Date(d.createdAt).getTime() >= since && normalise(d.text) === wanted);
}

/** RATE_LIMITED past 5 an hour or 20 a day. */
export function enforceSubmitLimits(recent: RecentOpinions): void {
  const count = (ms: number) => recent.docs.filter((d) => new Date(d.createdAt).getTime() >= recent.now - ms).length;
  if (count(HOUR) >= RESIDENT_LIMITS.opinionsPerHour) {
    throw new AppError('RATE_LIMITED', `每小时最多提交${RESIDENT_LIMITS.opinionsPerHour}条意见，请稍后再试`);
  }
  if (count(24 * HOUR) >= RESIDENT_LIMITS.opinionsPerDay) {
    throw new AppError('RATE_LIMITED', `每天最多提交${RESIDENT_LIMITS.opinionsPerDay}条意见，请明天再试`);
  }
}
