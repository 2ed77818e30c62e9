/**
 * How often a staff-entered case may be tried for claiming (tracking number + the phone
 * given at the desk). Tracking numbers are sequential, so limits per caller alone let a
 * fresh openid start again; attempts are also counted per tracking number and per phone,
 * whoever makes them, for the day (Beijing time). Each attempt takes its slot with an
 * atomic increment *before* anything is compared, so attempts sent at once cannot slip
 * past the limit together. A tracking number is counted whether or not a case has it, so
 * a lock says nothing about which numbers exist. Staff of the case's station can lift the
 * lock (staff.resetClaim), so the rightful resident is never locked out for good.
 */
import { createHash } from 'node:crypto';
import { beijingDateKey } from '../../core/beijing-time';
import { AppError } from '../../core/errors';
import type { Actor } from '../users/actor';
import { RESIDENT_LIMITS } from '../config/limits';
import type { OpinionDoc } from '../model';
import type { Ports } from '../platform/ports';
import { clearCounter, clearCounters, clearDayCountersBefore, nextSequence } from './counters.repo';
import { opinionByTrackingNo } from './opinions.repo';
import { assertMyOpinion } from '../stations/scope';

const digits = (s: string) => s.replace(/\D/g, '');
const hashed = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 16);

/** Today's counter keys: the caller's (its old name kept), the tracking number's, the phone's. */
function claimKeys(now: Date, who: { openid?: string; trackingNo: string; phone: string }) {
  const day = beijingDateKey(now);
  return {
    ...(who.openid ? { caller: `claimfail-${hashed(who.openid)}-${day}` } : {}),
    case: `claimcase-${hashed(who.trackingNo)}-${day}`,
    phone: `claimphone-${hashed(digits(who.phone))}-${day}`,
  };
}

/** Takes one claim attempt from each of today's allowances, or refuses when one is used up. */
export async function takeClaimAttempt(ports: Ports, openid: string, trackingNo: string, phone: string): Promise<void> {
  const now = ports.clock.now();
  const keys = claimKeys(now, { openid, trackingNo, phone });
  // Each counter carries its day, so the days past are swept (they count for nothing, and name a phone).
  const day = { day: beijingDateKey(now) };
  if ((await nextSequence(ports, keys.caller!, day)) > RESIDENT_LIMITS.claimAttemptsPerDay) {
    throw new AppError('RATE_LIMITED', '认领尝试次数过多，请明天再试或联系联络站');
  }
  if ((await nextSequence(ports, keys.case, day)) > RESIDENT_LIMITS.claimAttemptsPerCasePerDay) {
    throw new AppError('CLAIM_LOCKED', undefined, `case ${trackingNo}`);
  }
  if ((await nextSequence(ports, keys.phone, day)) > RESIDENT_LIMITS.claimAttemptsPerPhonePerDay) {
    throw new AppError('CLAIM_LOCKED', '这个电话号码今天的认领尝试次数过多，已暂停认领，请明天再试或联系登记的联络站工作人员解除');
  }
}

/**
 * Staff of the case's station lift today's lock on a claimable case, found by the tracking
 * number the resident brings to the desk: its number's and its phone's attempts start again
 * (the resident claims it next).
 */
export async function resetClaimLimits(ports: Ports, actor: Actor, trackingNo: string): Promise<OpinionDoc> {
  const doc = await opinionByTrackingNo(ports, trackingNo);
  if (!doc) throw new AppError('OPINION_NOT_FOUND');
  assertMyOpinion(actor, doc);
  if (!doc.claimable || doc.claimedAt || !doc.phone) throw new AppError('NOT_CLAIMABLE');
  const keys = claimKeys(ports.clock.now(), { trackingNo: doc.trackingNo, phone: doc.phone });
  await clearCounter(ports, keys.case);
  await clearCounter(ports, keys.phone);
  ports.log.info('claim limits reset', { opinionId: doc._id, by: actor.openid });
  return doc;
}

/**
 * Erasing one's data (decision 0018): today's attempt counters of the openid and of each phone
 * (those of past days are swept by the scheduler; the case's own counter names no one).
 */
export async function forgetClaimAttempts(ports: Ports, openid: string, phones: readonly string[]): Promise<void> {
  const now = ports.clock.now();
  const keys = [claimKeys(now, { openid, trackingNo: '', phone: '' }).caller!, ...phones.map((phone) => claimKeys(now, { trackingNo: '', phone }).phone)];
  await clearCounters(ports, keys);
}

/** The scheduler's sweep: attempt counters of days before today count for nothing and are removed. */
export const sweepPastClaimAttempts = (ports: Ports): Promise<number> => clearDayCountersBefore(ports, beijingDateKey(ports.clock.now()));
