/** A resident's own data: claim a staff-entered case, export everything (erasing it: erase-mine.ts). */
import type { Payload } from '../../core/contract';
import { AppError } from '../../core/errors';
import type { OpinionDoc, UserDoc } from '../model';
import type { Ports } from '../platform/ports';
import { moveOpinion } from '../opinions/after-write';
import { takeClaimAttempt } from '../opinions/claim-limits';
import { opinionByTrackingNo, opinionsOfResidentAll } from '../opinions/opinions.repo';
import { getUser } from './users.repo';

const digits = (s: string) => s.replace(/\D/g, '');

export async function claim(ports: Ports, openid: string, p: Payload<'opinion', 'claim'>): Promise<OpinionDoc> {
  // Per caller, per tracking number and per phone, before anything is compared (claim-limits.ts).
  await takeClaimAttempt(ports, openid, p.trackingNo, p.phone);
  const doc = await opinionByTrackingNo(ports, p.trackingNo);
  // One answer for "no such case" and "wrong phone": a tracking number reveals nothing.
  if (!doc || !doc.phone || digits(doc.phone) !== digits(p.phone) || (!doc.claimable && !doc.claimedAt)) {
    throw new AppError('CLAIM_FAILED');
  }
  if (doc.claimedAt) {
    if (doc.openid === openid) return doc;
    throw new AppError('ALREADY_CLAIMED');
  }
  return moveOpinion(ports, doc._id, (fresh) => {
    if (fresh.claimedAt || !fresh.claimable) throw new AppError('ALREADY_CLAIMED');
    return {
      mover: 'resident',
      actor: { role: 'resident' },
      action: 'claim',
      set: { openid, claimedAt: ports.clock.now(), claimable: false },
    };
  });
}

export async function myOpinions(ports: Ports, openid: string): Promise<OpinionDoc[]> {
  return opinionsOfResidentAll(ports, openid);
}

export async function privacyOf(ports: Ports, openid: string): Promise<UserDoc | undefined> {
  return getUser(ports, openid);
}
