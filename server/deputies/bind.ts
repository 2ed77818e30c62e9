/**
 * Binding an openid to a deputy with a one-time invite code (issued by staff; 7 days; single
 * use). The code is stored only as its sha256. Single use holds under concurrency: the
 * invite is claimed with a conditional update (`usedAt` still empty), and only the caller
 * whose update matched goes on to bind.
 */
import { createHash } from 'node:crypto';
import { AppError } from '../../core/errors';
import { LEVEL_LABELS } from '../../core/vocabulary';
import type { Actor } from '../users/actor';
import { findById } from '../platform/db';
import { isDuplicateKey } from '../platform/db-errors';
import type { DeputyDoc, InviteDoc } from '../model';
import type { Ports } from '../platform/ports';

export const INVITE_VALID_DAYS = 7;
export const inviteIdOf = (code: string): string => createHash('sha256').update(code).digest('hex');

/**
 * Claims the invite, sets the deputy's `openid`, then the user's `deputyId` (the role needs
 * both). A function stopped between these writes is finished by a retry from the same phone:
 * a code this phone claimed stays its own, and a deputy already bound to this phone is not
 * "bound to someone else".
 */
export async function bindDeputy(ports: Ports, actor: Actor, code: string) {
  const openid = actor.openid!;
  const now = ports.clock.now();
  const invite = await findById<InviteDoc>(ports.db, 'invites', inviteIdOf(code));
  // A staff invite (kind 'staff', no deputy) is not a deputy's code.
  if (!invite || !invite.deputyId) throw new AppError('INVITE_INVALID');
  // Claimed by this phone on an earlier try that stopped part-way: finish it (even if the
  // code has since expired: it was valid when claimed).
  // Only while the grant is unfinished: a finished code never binds again.
  const claimedByMe = Boolean(invite.usedAt) && invite.usedBy === openid && !invite.grantedAt;
  if (invite.usedAt && !claimedByMe) throw new AppError('INVITE_USED');
  if (!claimedByMe && new Date(invite.expiresAt) <= now) throw new AppError('INVITE_EXPIRED');
  if (actor.deputy) throw new AppError('ALREADY_A_DEPUTY');
  const deputy = await findById<DeputyDoc>(ports.db, 'deputies', invite.deputyId);
  if (!deputy || deputy.status !== 'active') throw new AppError('DEPUTY_NOT_FOUND');
  if (deputy.openid && deputy.openid !== openid) {
    if (claimedByMe) await releaseClaim(ports, invite._id, openid);
    throw new AppError('DEPUTY_ALREADY_BOUND');
  }

  if (!claimedByMe) {
    // Claim the invite: of two callers (a double tap, or two phones), one update matches.
    const claimed = await ports.db
      .collection('invites')
      .where({ _id: invite._id, usedAt: null })
      .update({ data: { usedAt: now, usedBy: openid } });
    if (claimed.stats.updated !== 1) throw new AppError('INVITE_USED');
  }

  if (deputy.openid !== openid) {
    const bound = await ports.db
      .collection('deputies')
      .where({ _id: deputy._id, openid: deputy.openid ?? null })
      .update({ data: { openid } });
    if (bound.stats.updated !== 1) {
      // Another phone bound this deputy since the read (unless it was this phone's own retry).
      const fresh = await findById<DeputyDoc>(ports.db, 'deputies', deputy._id);
      if (fresh?.openid !== openid) {
        await releaseClaim(ports, invite._id, openid);
        throw new AppError('DEPUTY_ALREADY_BOUND');
      }
    }
  }

  const users = ports.db.collection('users');
  const res = await users.where({ _id: openid }).update({ data: { deputyId: deputy._id } });
  if (res.stats.updated === 0) {
    try {
      await users.add({ data: { _id: openid, deputyId: deputy._id } });
    } catch (e) {
      if (!isDuplicateKey(e)) throw e;
      await users.where({ _id: openid }).update({ data: { deputyId: deputy._id } });
    }
  }
  await ports.db.collection('invites').where({ _id: invite._id, usedBy: openid }).update({ data: { grantedAt: now } });
  ports.log.info('deputy bound', { deputyId: deputy._id, issuedBy: invite.issuedBy });
  return { deputyId: deputy._id, name: deputy.name, levelLabel: LEVEL_LABELS[deputy.level] };
}

/** Not bound: the code stays usable (only this caller's claim is released). */
async function releaseClaim(ports: Ports, inviteId: string, openid: string): Promise<void> {
  await ports.db
    .collection('invites')
    .where({ _id: inviteId, usedBy: openid })
    .update({ data: { usedAt: null, usedBy: ports.db.command.remove() } });
}
