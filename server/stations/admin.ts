/** A region admin's stations and staff: create, retire (with where to go instead), give and take. */
import type { z } from 'zod';
import type { AdminStationItem } from '../../core/contract/actions/admin';
import type { Payload } from '../../core/contract';
import { AppError } from '../../core/errors';
import { EMPTY_SCHEDULE } from '../../core/reception-schedule';
import { withinRegion } from '../../core/region-scope';
import type { Actor } from '../users/actor';
import { findAll, findById } from '../platform/db';
import { isDuplicateKey } from '../platform/db-errors';
import type { RegionDoc, StationDoc, UserDoc } from '../model';
import type { Ports } from '../platform/ports';
import { getRegion } from './regions.repo';
import { getStation } from './stations.repo';
import { adminRegion, requireAdminStation } from './scope';

type Item = z.infer<typeof AdminStationItem>;

export async function regionsBelow(ports: Ports, region: RegionDoc): Promise<RegionDoc[]> {
  return (await findAll<RegionDoc>(ports.db, 'regions', { path: region._id })).sort((a, b) => a.path.join().localeCompare(b.path.join()));
}

async function toItems(ports: Ports, stations: StationDoc[]): Promise<Item[]> {
  const regions = await findAll<RegionDoc>(ports.db, 'regions', { _id: ports.db.command.in([...new Set(stations.map((s) => s.regionCode))]) });
  const staff = stations.length
    ? await findAll<UserDoc>(ports.db, 'users', { staffStationCodes: ports.db.command.in(stations.map((s) => s._id)) })
    : [];
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
  }));
}

export async function stationItem(ports: Ports, code: string): Promise<Item> {
  const station = await getStation(ports, code);
  if (!station) throw new AppError('STATION_NOT_FOUND');
  return (await toItems(ports, [station]))[0];
}

export async function listStations(ports: Ports, actor: Actor): Promise<Item[]> {
  const region = await adminRegion(ports, actor);
  const stations = await findAll<StationDoc>(ports.db, 'stations', { regionPath: region._id }, 5000);
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
  try {
    await ports.db.collection('stations').add({ data: doc });
  } catch (e) {
    if (isDuplicateKey(e)) throw new AppError('STATION_CODE_TAKEN', `联络站编号 ${p.code} 已被使用,请换一个`);
    throw e;
  }
  return stationItem(ports, p.code);
}

export async function retireStation(ports: Ports, actor: Actor, code: string, movedTo: string): Promise<Item> {
  const { station, region } = await requireAdminStation(ports, actor, code);
  if (station.status === 'retired') throw new AppError('STATION_RETIRED', '这个联络站已经撤并');
  if (movedTo === code) throw new AppError('INVALID_PAYLOAD', '撤并后应去的联络站不能是它自己');
  const target = await getStation(ports, movedTo);
  if (!target || target.status !== 'active') throw new AppError('STATION_NOT_FOUND', '撤并后应去的联络站不存在或已撤并');
  if (!withinRegion(target.regionPath, region._id)) throw new AppError('OUT_OF_REGION', '撤并后应去的联络站不在您管辖的地区');
  await ports.db
    .collection('stations')
    .where({ _id: code, status: 'active' })
    .update({ data: { status: 'retired', movedTo, updatedAt: ports.clock.now() } });
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
  const users = ports.db.collection('users');
  const _ = ports.db.command;
  const user = await findById<UserDoc>(ports.db, 'users', openid);
  let created = false;
  if (give && !user) {
    try {
      await users.add({ data: { _id: openid, staffStationCodes: [code] } });
      created = true;
    } catch (e) {
      if (!isDuplicateKey(e)) throw e;
    }
  }
  if (!created && (give || user)) {
    await users.doc(openid).update({ data: { staffStationCodes: give ? _.addToSet(code) : _.pull(code) } });
  }
  return stationItem(ports, code);
}
