/**
 * Who may act on which station: staff on the stations given to them (users.staffStationCodes),
 * an admin on the stations of their region and below. Roles come from the dispatcher's actor
 * (the database), never from the request.
 */
import { AppError } from '../../core/errors';
import { withinRegion } from '../../core/region-scope';
import type { Actor } from '../users/actor';
import type { OpinionDoc, RegionDoc, StationDoc } from '../model';
import type { Ports } from '../platform/ports';
import { getRegion } from './regions.repo';
import { requireStation } from './stations.repo';

export async function requireMyStation(ports: Ports, actor: Actor, code: string): Promise<StationDoc> {
  if (!actor.staffStationCodes.includes(code)) throw new AppError('NOT_YOUR_STATION', undefined, `${actor.openid} on ${code}`);
  return requireStation(ports, code);
}

export function assertMyOpinion(actor: Actor, opinion: OpinionDoc): void {
  if (!actor.staffStationCodes.includes(opinion.stationCode)) {
    throw new AppError('NOT_YOUR_STATION', '这条意见不属于您负责的联络站', `${actor.openid} on ${opinion._id}`);
  }
}

export async function adminRegion(ports: Ports, actor: Actor): Promise<RegionDoc> {
  // Read with the caller (users.repo getUserWithDeputy); read here only for an actor built otherwise.
  const region = actor.adminRegion?._id === actor.adminRegionCode ? actor.adminRegion : actor.adminRegionCode ? await getRegion(ports, actor.adminRegionCode) : undefined;
  if (!region) throw new AppError('FORBIDDEN', undefined, `admin region missing for ${actor.openid}`);
  return region;
}

/**
 * The region an admin (whose own region is `mine`) asks about: theirs, or one below it.
 * Outside the scope is one answer whether or not the region exists.
 */
export async function regionAskedBy(ports: Ports, actor: Actor, mine: RegionDoc, regionCode?: string): Promise<RegionDoc> {
  if (!regionCode || regionCode === mine._id) return mine;
  const asked = await getRegion(ports, regionCode);
  if (!asked || !withinRegion(asked.path, mine._id)) throw new AppError('OUT_OF_REGION', undefined, `${actor.openid} asked ${regionCode}`);
  return asked;
}

export async function requireAdminStation(ports: Ports, actor: Actor, code: string): Promise<{ station: StationDoc; region: RegionDoc }> {
  const region = await adminRegion(ports, actor);
  const station = await requireStation(ports, code);
  if (!withinRegion(station.regionPath, region._id)) throw new AppError('OUT_OF_REGION', '这个联络站不在您管辖的地区');
  return { station, region };
}
