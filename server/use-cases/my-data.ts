/** A resident's own data: claim a staff-entered case, export everything, erase identity. */
import { createHash } from 'node:crypto';
import type { Payload } from '../../core/contract';
import { AppError } from '../../core/errors';
import { findAll, findById } from '../db';
import type { OpinionDoc, UserDoc } from '../model';
import type { Ports } from '../ports';
import { changeOpinion } from '../repos/opinions';
import { reassignUploads } from '../repos/uploads';
import { takeClaimAttempt } from './claim-limits';
import { forgetUploads, ownUploadsAmong } from './uploads';

const digits = (s: string) => s.replace(/\D/g, '');
const FINISHED = ['closed', 'withdrawn', 'rejected'];

export async function claim(ports: Ports, openid: string, p: Payload<'opinion', 'claim'>): Promise<OpinionDoc> {
  // Per caller, per tracking number and per phone, before anything is compared (claim-limits.ts).
  await takeClaimAttempt(ports, openid, p.trackingNo, p.phone);
  const found = await ports.db.collection<OpinionDoc>('opinions').where({ trackingNo: p.trackingNo }).limit(1).get();
  const doc = found.data[0];
  // One answer for "no such case" and "wrong phone": a tracking number reveals nothing.
  if (!doc || !doc.phone || digits(doc.phone) !== digits(p.phone) || (!doc.claimable && !doc.claimedAt)) {
    throw new AppError('CLAIM_FAILED');
  }
  if (doc.claimedAt) {
    if (doc.openid === openid) return doc;
    throw new AppError('ALREADY_CLAIMED');
  }
  return changeOpinion(ports, doc._id, (fresh) => {
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
  return findAll<OpinionDoc>(ports.db, 'opinions', { openid }, 10_000);
}

export async function privacyOf(ports: Ports, openid: string): Promise<UserDoc | undefined> {
  return findById<UserDoc>(ports.db, 'users', openid);
}

/**
 * Erases the resident's identity and contact details from every opinion (the case itself
 * stays, anonymous, for the deputy's record and the statistics), deletes the photos of
 * finished cases that the resident uploaded (never a file someone else uploaded: decision
 * 0015), and forgets the privacy agreement.
 */
export async function eraseMine(ports: Ports, openid: string): Promise<number> {
  const mine = await myOpinions(ports, openid);
  const _ = ports.db.command;
  const erasedId = `erased-${createHash('sha256').update(`${openid}:${ports.clock.now().getTime()}`).digest('hex').slice(0, 24)}`;
  const removedAll: string[] = [];
  for (const doc of mine) {
    // Photos first: a stop before the opinion's erase leaves it linked to the resident, so
    // erasing again finds it and finishes (removing a removed photo is harmless; its upload
    // record, forgotten only at the end, still says whose it was).
    const finished = FINISHED.includes(doc.status);
    const removed = new Set(finished ? await ownUploadsAmong(ports, openid, [...(doc.photos ?? []), ...(doc.additions ?? []).flatMap((a) => a.photos)]) : []);
    for (const fileId of removed) {
      await ports.storage.remove(fileId).catch((e) => ports.log.error('photo not removed', { fileId, error: String(e) }));
      removedAll.push(fileId);
    }
    const kept = (photos: string[]) => photos.filter((fileId) => !removed.has(fileId));
    await changeOpinion(ports, doc._id, (fresh) => ({
      mover: 'resident',
      actor: { role: 'resident' },
      action: 'erase',
      set: {
        openid: erasedId,
        anonymous: true,
        allowContact: false,
        erasedAt: ports.clock.now(),
        phone: _.remove() as never,
        // The record no longer points at photos it removed.
        ...(removed.size > 0 ? { photos: kept(fresh.photos ?? []), additions: (fresh.additions ?? []).map((a) => ({ ...a, photos: kept(a.photos) })) } : {}),
      },
    }));
  }
  // Then the records of the files removed; those left (photos of open cases) no longer lead to the openid.
  await forgetUploads(ports, removedAll);
  await reassignUploads(ports, openid, erasedId);
  await ports.db
    .collection('users')
    .where({ _id: openid })
    .update({ data: { privacyAgreedAt: _.remove(), privacyVersion: _.remove() } });
  return mine.length;
}
