/** Abuse limits and repeated text (PRODUCT.md: 5 an hour, 20 a day; same text in 24 h). */
import { AppError } from '../../core/errors';
import { RESIDENT_LIMITS } from '../config/limits';
import type { OpinionDoc } from '../model';
import type { Ports } from '../platform/ports';
import { countResidentOpinionsSince, residentOpinionsSince } from './opinions.repo';

const HOUR = 3600_000;
const normalise = (s: string) => s.replace(/\s+/g, '');

/** The resident's opinion with the same text from the last 24 hours, if any. */
export async function sameTextRecently(ports: Ports, openid: string, text: string): Promise<OpinionDoc | undefined> {
  const since = new Date(ports.clock.now().getTime() - RESIDENT_LIMITS.duplicateWindowHours * HOUR);
  const recent = await residentOpinionsSince(ports, openid, since);
  const wanted = normalise(text);
  return recent.find((d) => normalise(d.text) === wanted);
}

export async function enforceSubmitLimits(ports: Ports, openid: string): Promise<void> {
  const now = ports.clock.now().getTime();
  const count = (ms: number) => countResidentOpinionsSince(ports, openid, new Date(now - ms));
  if ((await count(HOUR)) >= RESIDENT_LIMITS.opinionsPerHour) {
    throw new AppError('RATE_LIMITED', `每小时最多提交${RESIDENT_LIMITS.opinionsPerHour}条意见,请稍后再试`);
  }
  if ((await count(24 * HOUR)) >= RESIDENT_LIMITS.opinionsPerDay) {
    throw new AppError('RATE_LIMITED', `每天最多提交${RESIDENT_LIMITS.opinionsPerDay}条意见,请明天再试`);
  }
}
