/**
 * Binding an openid to a deputy with a one-time invite code (issued by staff or the region
 * office; 7 days; single use). The code is stored only as its sha256. Single use holds under
 * concurrency: the invite is claimed with a conditional update (`usedAt` still empty), and
 * only the caller whose update matched goes on to bind.
 *
 * Re-binding (a new phone or WeChat account): an invite issued while the deputy was bound
 * names that account (`rebindOf`). Claimed from another account, it moves the deputy's openid
 * from the old account to the new one in one conditional write — from that write on the old
 * account holds no deputy role (server/users/actor.ts requires the deputy's openid to be the
 * caller's) — then the old account's deputy link and its standing grants of deputy reminders
 * are ended. Every step is idempotent, so a retry from the new account finishes a bind that
 * stopped part-way.
 */
import { AppError } from '../../core/errors';
import { LEVEL_LABELS } from '../../core/vocabulary';
import type { Actor } from '../users/actor';
import type { Ports } from '../platform/ports';
import type { InviteDoc } from '../model';
import { TEMPLATES } from '../config/templates';
import { endStandingGrant } from '../notifications/subscriptions.repo';
import { claimDeputyInvite, deputyInviteById, markDeputyInviteGranted, releaseDeputyInviteClaim } from '../roster/invites.repo';
import { inviteIdOf } from '../roster/invite-code';
import { getUser, linkUserToDeputy, setUserSmsPhone, unlinkUserFromDeputy } from '../users/users.repo';
import { bindDeputyOpenid, getDeputy } from './deputies.repo';

/** The deputies' standing reminders (long-term templates): what a revoked account stops receiving. */
const DEPUTY_TEMPLATE_KEYS = Object.values(TEMPLATES)
  .filter((t) => t.audience === 'deputy' && t.longTerm)
  .map((t) => t.key);

/**
 * Ends what the account bound before a re-binding held as this deputy: its deputy link (the
 * role), its standing grants of deputy reminders (`endedBy: 'rebound'`), and — unless it is
 * also staff or an admin — the SMS number it kept for deputy reminders. It is a plain resident
 * afterwards. Each write is conditional or absolute: running it again changes nothing.
 */
async function revokeOldAccount(ports: Ports, oldOpenid: string, deputyId: string, now: Date): Promise<void> {
  await unlinkUserFromDeputy(ports, oldOpenid, deputyId);
  const old = await getUser(ports, oldOpenid);
  // An account that has since become another deputy keeps what that role needs.
  if (old?.deputyId) return;
  for (const key of DEPUTY_TEMPLATE_KEYS) await endStandingGrant(ports, oldOpenid, key, 'rebound', now);
  if (old?.smsPhone && !old.staffStationCodes?.length && !old.adminRegionCode) await setUserSmsPhone(ports, oldOpenid, null);
}

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
  // Who the deputy may be bound to before this write: nobody, this phone (a retry), or — for a
  // re-binding — the account the invite was issued against, and no other.
  const replacing = invite.rebindOf && deputy.openid === invite.rebindOf && invite.rebindOf !== openid ? invite.rebindOf : undefined;
  if (deputy.openid && deputy.openid !== openid && !replacing) {
    if (claimedByMe) await releaseDeputyInviteClaim(ports, invite._id, openid);
    throw new AppError('DEPUTY_ALREADY_BOUND');
  }

  if (!claimedByMe) {
    // Claim the invite: of two callers (a double tap, or two phones), one update matches.
    if (!(await claimDeputyInvite(ports, invite._id, openid, now))) throw new AppError('INVITE_USED');
  }

  if (deputy.openid !== openid) {
    const event = bindingEvent(invite, replacing ? 'rebind' : 'bind', now);
    if (!(await bindDeputyOpenid(ports, deputy._id, deputy.openid, openid, event))) {
      // Another phone bound this deputy since the read (unless it was this phone's own retry).
      const fresh = await getDeputy(ports, deputy._id);
      if (fresh?.openid !== openid) {
        await releaseDeputyInviteClaim(ports, invite._id, openid);
        throw new AppError('DEPUTY_ALREADY_BOUND');
      }
    }
  }

  // The account the re-binding replaced (also on a retry, when the deputy already names this phone).
  const revoked = invite.rebindOf && invite.rebindOf !== openid ? invite.rebindOf : undefined;
  if (revoked) await revokeOldAccount(ports, revoked, deputy._id, now);
  await linkUserToDeputy(ports, openid, deputy._id);
  await markDeputyInviteGranted(ports, invite._id, openid, now);
  ports.log.info(revoked ? 'deputy rebound' : 'deputy bound', { deputyId: deputy._id, issuedBy: invite.issuedBy });
  return { deputyId: deputy._id, name: deputy.name, levelLabel: LEVEL_LABELS[deputy.level] };
}

function bindingEvent(invite: InviteDoc, kind: 'bind' | 'rebind', at: Date) {
  return {
    kind,
    at,
    inviteId: invite._id,
    ...(invite.issuedBy ? { issuedBy: invite.issuedBy } : {}),
    ...(invite.issuedAt ? { issuedAt: new Date(invite.issuedAt) } : {}),
  };
}
