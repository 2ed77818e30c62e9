/**
 * Binding an openid to a deputy with a one-time invite code (issued by staff; 7 days; single
 * use). The code is stored only as its sha256. Single use holds under concurrency: the
 * invite is claimed with a conditional update (`usedAt` still empty), and only the caller
 * whose update matched goes on to bind.
 */
import { createHash } from 'node:crypto';
import { AppError } from '../../core/errors';
import { LEVEL_LABELS } from '../../core/vocabulary';
import type { Actor } from '../actor';
import { findById, isDuplicateKey } from '../db';
import type { DeputyDoc, InviteDoc } from '../model';
import type { Ports } from '../ports';

export const INVITE_VALID_DAYS = 7;
export const inviteIdOf = (code: string): string => createHash('sha256').update(code).digest('hex');

export async function bindDeputy(ports: Ports, actor: Actor, code: string) {
  const openid = actor.openid!;
  const now = ports.clock.now();
  const invite = await findById<InviteDoc>(ports.db, 'invites', inviteIdOf(code));
  // A staff invite (kind 'staff', no deputy) is not a deputy's code.
  if (!invite || !invite.deputyId) throw new AppError('INVITE_INVALID');
  if (invite.usedAt) throw new AppError('INVITE_USED');
  if (new Date(invite.expiresAt) <= now) throw new AppError('INVITE_EXPIRED');
  if (actor.deputy) throw new AppError('ALREADY_A_DEPUTY');
  const deputy = await findById<DeputyDoc>(ports.db, 'deputies', invite.deputyId);
  if (!deputy || deputy.status !== 'active') throw new AppError('DEPUTY_NOT_FOUND');
  if (deputy.openid && deputy.openid !== openid) throw new AppError('DEPUTY_ALREADY_BOUND');

  // Claim the invite: of two callers (a double tap, or two phones), one update matches.
  const claimed = await ports.db
    .collection('invites')
    .where({ _id: invite._id, usedAt: null })
    .update({ data: { usedAt: now, usedBy: openid } });
  if (claimed.stats.updated !== 1) throw new AppError('INVITE_USED');

  const bound = await ports.db
    .collection('deputies')
    .where({ _id: deputy._id, openid: deputy.openid ?? null })
    .update({ data: { openid } });
  if (bound.stats.updated !== 1) throw new AppError('DEPUTY_ALREADY_BOUND');

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
  ports.log.info('deputy bound', { deputyId: deputy._id, issuedBy: invite.issuedBy });
  return { deputyId: deputy._id, name: deputy.name, levelLabel: LEVEL_LABELS[deputy.level] };
}
