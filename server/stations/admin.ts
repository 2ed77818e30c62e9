/** A region admin's stations and staff: create, retire (with where to go instead), give and take. */
import type { z } from 'zod';
import type { AdminStationItem } from '../../core/contract/actions/admin';
import type { Payload } from '../../core/contract';
import { AppError } from '../../core/errors';
import { EMPTY_SCHEDULE } from '../../core/reception-schedule';
import { withinRegion } from '../../core/region-scope';
import type { Actor } from '../users/actor';
import { isDuplicateKey } from '../platform/db-errors';
import type { RegionDoc, StationDoc } from '../model';
import type { Ports } from '../platform/ports';
import { addStaffStationOfUser, addStaffUser, getUser, removeStaffStationOfUser, staffOfStations } from '../users/users.repo';
import { getRegion, regionsByCodes, regionsUnder } from './regions.repo';
import { addStation, getStation, retireActiveStation, stationsInRegion } from './stations.repo';
import { staffPeople } from '../roster/staff-labels';
import { adminRegion, requireAdminStation } from './scope';
import { attachableDeputies, setStationDeputies } from './deputies';

type Item = z.infer<typeof AdminStationItem>;

export async function regionsBelow(ports: Ports, region: RegionDoc): Promise<RegionDoc[]> {
  return (await regionsUnder(ports, region._id)).sort((a, b) => a.path.join().localeCompare(b.path.join()));
}

/** The admin's region and every region below it, each with its depth below the admin's. */
export async function adminRegions(ports: Ports, actor: Actor) {
  const region = await adminRegion(ports, actor);
  const below = await regionsBelow(ports, region);
  return {
    items: below.map((r) => ({ code: r._id, name: r.name, kind: r.kind, depth: r.path.length - region.path.length })),
  };
}

/** The stations as the admin sees them: their staff named as the office knows them (roster/staff-labels.ts), never by WeChat id. */
async function toItems(ports: Ports, stations: StationDoc[]): Promise<Item[]> {
  const regions = await regionsByCodes(ports, [...new Set(stations.map((s) => s.regionCode))]);
  const staff = stations.length ? await staffOfStations(ports, stations.map((s) => s._id)) : [];
  const person = await staffPeople(ports, staff, stations);
  return stations.map((s) => ({
    code: s._id,
    name: s.name,
    address: s.address,
    regionCode: s.regionCode,
    regionName: regions.find((r) => r._id === s.regionCode)?.name ?? '',
    retired: s.status === 'retired',
    ...(s.movedTo ? { movedTo: s.movedTo } : {}),
    deputyIds: s.deputyIds,
    staff: staff.filter((u) => u.staffStationCodes?.includes(s._id)).map((u) => u._id),
    staffMembers: staff.filter((u) => u.staffStationCodes?.includes(s._id)).map((u) => ({ openid: u._id, label: person(u._id).label })),
  }));
}

export async function stationItem(ports: Ports, code: string): Promise<Item> {
  const station = await getStation(ports, code);
  if (!station) throw new AppError('STATION_NOT_FOUND');
  return (await toItems(ports, [station]))[0];
}

export async function listStations(ports: Ports, actor: Actor): Promise<Item[]> {
  const region = await adminRegion(ports, actor);
  const stations = await stationsInRegion(ports, region._id, 5000);
  const items = await toItems(ports, stations);
  return items.sort((a, b) => Number(a.retired) - Number(b.retired) || a.code.localeCompare(b.code));
}

export async function createStation(ports: Ports, actor: Actor, p: Payload<'admin', 'createStation'>): Promise<Item> {
  const scope = await adminRegion(ports, actor);
  const region = await getRegion(ports, p.regionCode);
  if (!region) throw new AppError('REGION_NOT_FOUND');
  if (!withinRegion(region.path, scope._id)) throw new AppError('OUT_OF_REGION', '只能在您管辖的地区内新建联络站');
  const now = ports.clock.now();
  const doc: StationDoc = {
    _id: p.code,
    name: p.name,
    address: p.address,
    regionCode: region._id,
    regionPath: region.path,
    status: 'active',
    deputyIds: [],
    schedule: EMPTY_SCHEDULE,
    ...(p.location ? { location: p.location } : {}),
    createdAt: now,
    updatedAt: now,
  };
  if (!(await addStation(ports, doc))) throw new AppError('STATION_CODE_TAKEN', `联络站编号 ${p.code} 已被使用，请换一个`);
  return stationItem(ports, p.code);
}

export async function retireStation(ports: Ports, actor: Actor, code: string, movedTo: string): Promise<Item> {
  const { station, region } = await requireAdminStation(ports, actor, code);
  if (station.status === 'retired') throw new AppError('STATION_RETIRED', '这个联络站已经撤并');
  if (movedTo === code) throw new AppError('INVALID_PAYLOAD', '撤并后应去的联络站不能是它自己');
  const target = await getStation(ports, movedTo);
  if (!target || target.status !== 'active') throw new AppError('STATION_NOT_FOUND', '撤并后应去的联络站不存在或已撤并');
  if (!withinRegion(target.regionPath, region._id)) throw new AppError('OUT_OF_REGION', '撤并后应去的联络站不在您管辖的地区');
  await retireActiveStation(ports, code, movedTo, ports.clock.now());
  return stationItem(ports, code);
}

/**
 * Gives (or takes back) a station to a staff member: their users document lists it. One
 * exact `$addToSet`/`$pull` on the list, so a join or another give at the same moment keeps
 * its own change; a new person's document is created, and if another give created it first
 * (duplicate key) the code is added to that one.
 */
export async function setStaffStation(ports: Ports, actor: Actor, code: string, openid: string, give: boolean): Promise<Item> {
  const { station } = await requireAdminStation(ports, actor, code);
  if (give && station.status === 'retired') throw new AppError('STATION_RETIRED', '已撤并的联络站不能再安排工作人员');
  const user = await getUser(ports, openid);
  let created = false;
  if (give && !user) {
    try {
      await addStaffUser(ports, openid, code);
      created = true;
    } catch (e) {
      if (!isDuplicateKey(e)) throw e;
    }
  }
  if (!created && (give || user)) {
    if (give) await addStaffStationOfUser(ports, openid, code);
    else await removeStaffStationOfUser(ports, openid, code);
  }
  return stationItem(ports, code);
}

/** An admin sets a station's deputies, from the admin's region (./deputies.ts). */
export async function setAdminStationDeputies(ports: Ports, actor: Actor, p: Payload<'admin', 'setStationDeputies'>): Promise<Item> {
  const { station, region } = await requireAdminStation(ports, actor, p.code);
  await setStationDeputies(ports, station, p.deputyIds, region.path, p.base);
  return stationItem(ports, p.code);
}

/** The deputies an admin may attach to a station of their region, and the region's name. */
export async function adminAttachableDeputies(ports: Ports, actor: Actor, code: string) {
  const { station, region } = await requireAdminStation(ports, actor, code);
  return { items: await attachableDeputies(ports, station, region.path), scopeName: region.name };
}
