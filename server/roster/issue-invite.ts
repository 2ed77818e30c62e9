/**
 * One-time invite codes that bind a deputy to a WeChat openid. Staff issue them for deputies
 * of their stations, the region office for deputies of its region; only sha256(code) is
 * stored, with an expiry of 7 days. The binding itself (deputy workspace) reads `invites` by
 * that hash and marks it used.
 *
 * A deputy already bound gets a re-binding invite (a new phone or WeChat account): it records
 * the account bound at the moment it is issued (`rebindOf`), and claiming it from another
 * account revokes that binding (server/deputies/bind.ts). It names that one account only: if
 * the deputy is re-bound meanwhile by another code, this one no longer binds.
 */
import { AppError } from '../../core/errors';
import { withinRegion } from '../../core/region-scope';
import type { Actor } from '../users/actor';
import type { DeputyDoc } from '../model';
import type { Ports } from '../platform/ports';
import { deputiesByIds } from '../deputies/visible';
import { getRegion } from '../stations/regions.repo';
import { adminRegion } from '../stations/scope';
import { stationsByCodes } from '../stations/stations.repo';
import { addDeputyInvite } from './invites.repo';
import { INVITE_DAYS, inviteIdOf, newInviteCode } from './invite-code';

async function addInvite(ports: Ports, actor: Actor, deputy: DeputyDoc, stationCode?: string) {
  if (deputy.status !== 'active') throw new AppError('DEPUTY_UNAVAILABLE', `${deputy.name}代表已不在任`);
  const code = newInviteCode();
  const now = ports.clock.now();
  const expiresAt = new Date(now.getTime() + INVITE_DAYS * 24 * 3600_000);
  const rebind = Boolean(deputy.openid);
  await addDeputyInvite(ports, {
    _id: inviteIdOf(code),
    deputyId: deputy._id,
    ...(stationCode ? { stationCode } : {}),
    expiresAt,
    usedAt: null,
    issuedBy: actor.openid,
    issuedAt: now,
    ...(deputy.openid ? { rebindOf: deputy.openid } : {}),
  });
  if (rebind) ports.log.info('deputy rebind invite issued', { deputyId: deputy._id, issuedBy: actor.openid });
  return { code, deputyName: deputy.name, expiresAt: expiresAt.toISOString(), rebind };
}

/** Staff: an invite for a deputy of one of their stations (a re-binding when the deputy is bound). */
export async function issueInvite(ports: Ports, actor: Actor, deputyId: string, stationCode?: string) {
  const [deputy] = await deputiesByIds(ports, [deputyId]);
  if (!deputy) throw new AppError('DEPUTY_NOT_FOUND');
  const mine = deputy.stationCodes.filter((c) => actor.staffStationCodes.includes(c));
  if (mine.length === 0 || (stationCode && !mine.includes(stationCode))) {
    throw new AppError('NOT_YOUR_STATION', '这位代表不在您负责的联络站');
  }
  return addInvite(ports, actor, deputy, stationCode);
}

/**
 * The region office: an invite for a deputy of its region — elected in the region or below, or
 * attached to one of its stations (a re-binding when the deputy is bound). A deputy of another
 * region reads as outside, whether or not it exists.
 */
export async function issueDeputyInvite(ports: Ports, actor: Actor, deputyId: string) {
  const scope = await adminRegion(ports, actor);
  const [deputy] = await deputiesByIds(ports, [deputyId]);
  if (!deputy) throw new AppError('DEPUTY_NOT_FOUND');
  const home = await getRegion(ports, deputy.homeRegionCode);
  const homedHere = Boolean(home && withinRegion(home.path, scope._id));
  const attachedHere = !homedHere && deputy.stationCodes.length > 0 && (await stationsByCodes(ports, deputy.stationCodes)).some((s) => withinRegion(s.regionPath, scope._id));
  if (!homedHere && !attachedHere) throw new AppError('OUT_OF_REGION', '这位代表不属于您管辖的地区');
  return addInvite(ports, actor, deputy);
}
