/**
 * Binding an openid to a deputy with a one-time invite code (issued by staff; 7 days; single
 * use). The code is stored only as its sha256. Single use holds under concurrency: the
 * invite is claimed with a conditional update (`usedAt` still empty), and only the caller
 * whose update matched goes on to bind.
 */
import { AppError } from '../../core/errors';
import { LEVEL_LABELS } from '../../core/vocabulary';
import type { Actor } from '../users/actor';
import type { Ports } from '../platform/ports';
import { claimDeputyInvite, deputyInviteById, markDeputyInviteGranted, releaseDeputyInviteClaim } from '../roster/invites.repo';
import { inviteIdOf } from '../roster/invite-code';
import { linkUserToDeputy } from '../users/users.repo';
import { bindDeputyOpenid, getDeputy } from './deputies.repo';


/**
 * Claims the invite, sets the deputy's `openid`, then the user's `deputyId` (the role needs
 * both). A function stopped between these writes is finished by a retry from the same phone:
 * a code this phone claimed stays its own, and a deputy already bound to this phone is not
 * "bound to someone else".
 */
export async function bindDeputy(ports: Ports, actor: Actor, code: string) {
  const openid = actor.openid!;
  const now = ports.clock.now();
  const invite = await deputyInviteById(ports, inviteIdOf(code));
  // A staff invite (kind 'staff', no deputy) is not a deputy's code.
  if (!invite || !invite.deputyId) throw new AppError('INVITE_INVALID');
  // Claimed by this phone on an earlier try that stopped part-way: finish it (even if the
  // code has since expired: it was valid when claimed).
  // Only while the grant is unfinished: a finished code never binds again.
  const claimedByMe = Boolean(invite.usedAt) && invite.usedBy === openid && !invite.grantedAt;
  if (invite.usedAt && !claimedByMe) throw new AppError('INVITE_USED');
  if (!claimedByMe && new Date(invite.expiresAt) <= now) throw new AppError('INVITE_EXPIRED');
  if (actor.deputy) throw new AppError('ALREADY_A_DEPUTY');
  const deputy = await getDeputy(ports, invite.deputyId);
  if (!deputy || deputy.status !== 'active') throw new AppError('DEPUTY_NOT_FOUND');
  if (deputy.openid && deputy.openid !== openid) {
    if (claimedByMe) await releaseDeputyInviteClaim(ports, invite._id, openid);
    throw new AppError('DEPUTY_ALREADY_BOUND');
  }

  if (!claimedByMe) {
    // Claim the invite: of two callers (a double tap, or two phones), one update matches.
    if (!(await claimDeputyInvite(ports, invite._id, openid, now))) throw new AppError('INVITE_USED');
  }

  if (deputy.openid !== openid) {
    if (!(await bindDeputyOpenid(ports, deputy._id, deputy.openid, openid))) {
      // Another phone bound this deputy since the read (unless it was this phone's own retry).
      const fresh = await getDeputy(ports, deputy._id);
      if (fresh?.openid !== openid) {
        await releaseDeputyInviteClaim(ports, invite._id, openid);
        throw new AppError('DEPUTY_ALREADY_BOUND');
      }
    }
  }

  await linkUserToDeputy(ports, openid, deputy._id);
  await markDeputyInviteGranted(ports, invite._id, openid, now);
  ports.log.info('deputy bound', { deputyId: deputy._id, issuedBy: invite.issuedBy });
  return { deputyId: deputy._id, name: deputy.name, levelLabel: LEVEL_LABELS[deputy.level] };
}
