/**
 * One-time invite codes that bind a deputy to a WeChat openid. Staff issue them for deputies
 * of their stations; only sha256(code) is stored, with an expiry of 7 days. The binding
 * itself (deputy workspace) reads `invites` by that hash and marks it used.
 */
import { AppError } from '../../core/errors';
import type { Actor } from '../users/actor';
import type { Ports } from '../platform/ports';
import { deputiesByIds } from '../deputies/visible';
import { addDeputyInvite } from './invites.repo';
import { INVITE_DAYS, inviteIdOf, newInviteCode } from './invite-code';


export async function issueInvite(ports: Ports, actor: Actor, deputyId: string, stationCode?: string) {
  const [deputy] = await deputiesByIds(ports, [deputyId]);
  if (!deputy) throw new AppError('DEPUTY_NOT_FOUND');
  const mine = deputy.stationCodes.filter((c) => actor.staffStationCodes.includes(c));
  if (mine.length === 0 || (stationCode && !mine.includes(stationCode))) {
    throw new AppError('NOT_YOUR_STATION', '这位代表不在您负责的联络站');
  }
  if (deputy.status !== 'active') throw new AppError('DEPUTY_UNAVAILABLE', `${deputy.name}代表已不在任`);
  const code = newInviteCode();
  const expiresAt = new Date(ports.clock.now().getTime() + INVITE_DAYS * 24 * 3600_000);
  await addDeputyInvite(ports, { _id: inviteIdOf(code), deputyId, ...(stationCode ? { stationCode } : {}), expiresAt, usedAt: null, issuedBy: actor.openid });
  return { code, deputyName: deputy.name, expiresAt: expiresAt.toISOString() };
}
