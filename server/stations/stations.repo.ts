/** The `stations` collection: the stations, their deputies, schedule and code. Every read and write of it goes through this module. */
import { AppError } from '../../core/errors';
import type { Schedule } from '../../core/reception-schedule';
import { dbOf, findAll, findById, idsAfter, type CloudDb } from '../platform/db';
import { isDuplicateKey } from '../platform/db-errors';
import { keysetPage, type KeysetPage, type ListOrder } from '../platform/keyset';
import type { StationDoc } from '../model';
import type { Ports } from '../platform/ports';

/** One station as stored, or undefined. */
export const getStation = (ports: Ports, code: string) => findById<StationDoc>(dbOf(ports), 'stations', code);

/** One station as stored; STATION_NOT_FOUND without it. */
export async function requireStation(ports: Ports, code: string): Promise<StationDoc> {
  const station = await getStation(ports, code);
  if (!station) throw new AppError('STATION_NOT_FOUND');
  return station;
}

/** The stations with these codes (any status, in no particular order). */
export async function stationsByCodes(ports: Ports, codes: readonly string[]): Promise<StationDoc[]> {
  const db = dbOf(ports);
  return findAll<StationDoc>(db, 'stations', { _id: db.command.in([...codes]) });
}

/** The stations (any status) of `regionCode` and the regions below it, up to `max`. */
export const stationsInRegion = (ports: Ports, regionCode: string, max?: number) =>
  findAll<StationDoc>(dbOf(ports), 'stations', { regionPath: regionCode }, max);

/** The active stations of `regionCode` and the regions below it, up to `max`. */
export const activeStationsInRegion = (ports: Ports, regionCode: string, max?: number) =>
  findAll<StationDoc>(dbOf(ports), 'stations', { regionPath: regionCode, status: 'active' }, max);

/** How many active stations `regionCode` and the regions below it have. */
export async function countActiveStationsInRegion(ports: Ports, regionCode: string): Promise<number> {
  return (await dbOf(ports).collection('stations').where({ regionPath: regionCode, status: 'active' }).count()).total;
}

/** The station's map position as the geo index holds it: a GeoJSON point (longitude first). */
const geoOf = (db: CloudDb, location: NonNullable<StationDoc['location']>) => db.Geo.Point(location.longitude, location.latitude);

/** Adds a new station (with its map position as a geo point too); false (nothing written) when its code is taken. */
export async function addStation(ports: Ports, doc: StationDoc): Promise<boolean> {
  const db = dbOf(ports);
  try {
    await db.collection('stations').add({ data: doc.location ? { ...doc, geo: geoOf(db, doc.location) } : doc });
    return true;
  } catch (e) {
    if (isDuplicateKey(e)) return false;
    throw e;
  }
}

/** Retires the station, if it is still active, naming the station to go to instead. */
export async function retireActiveStation(ports: Ports, code: string, movedTo: string, at: Date): Promise<void> {
  await dbOf(ports)
    .collection('stations')
    .where({ _id: code, status: 'active' })
    .update({ data: { status: 'retired', movedTo, updatedAt: at } });
}

/** What staff edit of a station's own details; a field left out is kept. */
export interface StationDetails {
  name?: string;
  address?: string;
  location?: StationDoc['location'];
  updatedAt: Date;
}

/** Writes the station's name, address and map position (those given; the position also as its geo point). */
export async function saveStationDetails(ports: Ports, code: string, details: StationDetails): Promise<void> {
  const db = dbOf(ports);
  await db.collection('stations').doc(code).update({ data: details.location ? { ...details, geo: geoOf(db, details.location) } : details });
}

/** The public station list: every station (of a region and below, when given), active first, then by code. */
const STATION_LIST: ListOrder = {
  tag: 'stations',
  keys: [
    { field: 'status', kind: 'string' },
    { field: '_id', kind: 'string' },
  ],
  direction: 'asc',
};

/**
 * One page of the station list after `cursor`: active stations before retired ones ('active'
 * sorts first), each by code. Served by (status, _id), or (regionPath, status, _id) for a region.
 */
export function stationListPage(ports: Ports, regionCode: string | undefined, limit: number, cursor?: string): Promise<KeysetPage<StationDoc>> {
  const db = dbOf(ports);
  const filter = { ...(regionCode ? { regionPath: regionCode } : {}), status: db.command.in(['active', 'retired']) };
  return keysetPage<StationDoc & Record<string, unknown>>(db, 'stations', filter, STATION_LIST, limit, cursor);
}

/**
 * The `count` active stations nearest to a position, nearest first, within `withinM` metres:
 * one geoNear query on the stations' geo point (2dsphere index).
 */
export async function nearestActiveStations(
  ports: Ports,
  at: { latitude: number; longitude: number },
  withinM: number,
  count: number,
): Promise<StationDoc[]> {
  const db = dbOf(ports);
  const near = db.command.geoNear({ geometry: db.Geo.Point(at.longitude, at.latitude), maxDistance: withinM });
  const res = await db.collection<StationDoc>('stations').where({ geo: near, status: 'active' }).limit(count).get();
  return res.data;
}

/** Up to `limit` stations after `afterId` in code order, with their map position (a migration's page). */
export async function stationPositionsAfter(
  ports: Ports,
  afterId: string | undefined,
  limit: number,
): Promise<Pick<StationDoc, '_id' | 'location' | 'geo'>[]> {
  const db = dbOf(ports);
  const res = await db
    .collection<Pick<StationDoc, '_id' | 'location' | 'geo'>>('stations')
    .where(afterId ? { _id: db.command.gt(afterId) } : {})
    .orderBy('_id', 'asc')
    .limit(limit)
    .get();
  return res.data;
}

/** Writes the geo point of `location` if the station still has that position and no point yet; answers whether it did. */
export async function fillStationGeo(ports: Ports, code: string, location: NonNullable<StationDoc['location']>): Promise<boolean> {
  const db = dbOf(ports);
  const res = await db
    .collection('stations')
    .where({ _id: code, 'location.latitude': location.latitude, 'location.longitude': location.longitude, geo: db.command.exists(false) })
    .update({ data: { geo: geoOf(db, location) } });
  return res.stats.updated === 1;
}

/** Remembers the station's mini-program code file. */
export async function saveStationQrFile(ports: Ports, code: string, fileId: string): Promise<void> {
  await dbOf(ports).collection('stations').doc(code).update({ data: { qrFileId: fileId } });
}

/**
 * Writes the station's deputy list if the list is still `asRead.deputyIds` and, when
 * `asRead.schedule` is given, its sessions are still those; answers whether it landed.
 */
export async function writeStationDeputiesAsRead(
  ports: Ports,
  code: string,
  asRead: { deputyIds: readonly string[]; schedule?: Schedule },
  deputyIds: string[],
  at: Date,
): Promise<boolean> {
  const where = {
    deputyIds: [...asRead.deputyIds],
    ...(asRead.schedule ? { 'schedule.weekly': asRead.schedule.weekly, 'schedule.dated': asRead.schedule.dated } : {}),
    _id: code,
  };
  const res = await dbOf(ports).collection('stations').where(where).update({ data: { deputyIds, updatedAt: at } });
  return res.stats.updated === 1;
}

/** Writes the station's whole schedule if its deputy list is still `deputyIdsAsRead`; answers whether it landed. */
export async function writeStationScheduleAsRead(
  ports: Ports,
  code: string,
  deputyIdsAsRead: readonly string[],
  schedule: Schedule,
  at: Date,
): Promise<boolean> {
  const res = await dbOf(ports)
    .collection('stations')
    .where({ deputyIds: [...deputyIdsAsRead], _id: code })
    .update({ data: { schedule, updatedAt: at } });
  return res.stats.updated === 1;
}

/** The next `pageSize` station codes after `after` ('' from the first), in ascending order (a daily repair pass's page). */
export const stationCodesAfter = (ports: Ports, after: string, pageSize: number): Promise<string[]> => idsAfter(dbOf(ports), 'stations', after, pageSize);

/** Adds these deputies to the station's list, each once (one `$addToSet` with `$each`: a list edited at the same moment keeps its own changes). */
export async function addDeputiesToStation(ports: Ports, code: string, deputyIds: readonly string[], at: Date): Promise<void> {
  const db = dbOf(ports);
  await db.collection('stations').doc(code).update({ data: { deputyIds: db.command.addToSet({ $each: [...deputyIds] }), updatedAt: at } });
}

/**
 * A station with what routing needs to know about its people, in one request (an aggregate
 * with `$lookup` stages): the deputy records its list names, whether any user is its staff,
 * the regions on its path and the categories those regions added (server/categories).
 * Undefined when there is no such station.
 */
export async function stationWithPeople(
  ports: Ports,
  code: string,
): Promise<
  | {
      station: StationDoc;
      deputies: import('../model').DeputyDoc[];
      hasStaff: boolean;
      regions: import('../model').RegionDoc[];
      categories: import('../model').CategoryDoc[];
    }
  | undefined
> {
  const res = await dbOf(ports)
    .collection('stations')
    .aggregate()
    .match({ _id: code })
    .lookup({ from: 'deputies', localField: 'deputyIds', foreignField: '_id', as: 'deputyDocs' })
    .lookup({ from: 'users', localField: '_id', foreignField: 'staffStationCodes', as: 'staffUsers' })
    // The regions on its path name the deputy for the resident (岳麓区人大代表) in the answer.
    .lookup({ from: 'regions', localField: 'regionPath', foreignField: '_id', as: 'pathRegions' })
    // What those regions added to the default categories: the opinion's category is checked against them.
    .lookup({ from: 'categories', localField: 'regionPath', foreignField: 'regionCode', as: 'pathCategories' })
    .limit(1)
    .end();
  type Row = StationDoc & {
    deputyDocs: import('../model').DeputyDoc[];
    staffUsers: unknown[];
    pathRegions: import('../model').RegionDoc[];
    pathCategories: import('../model').CategoryDoc[];
  };
  const row = res.list[0] as unknown as Row | undefined;
  if (!row) return undefined;
  const { deputyDocs, staffUsers, pathRegions, pathCategories, ...station } = row;
  return { station, deputies: deputyDocs, hasStaff: staffUsers.length > 0, regions: pathRegions, categories: pathCategories };
}

/**
 * A station's public page in one request: the station (by its code, or the code in capitals
 * as printed), the regions on its path, the deputy records its list names and the categories
 * the regions on its path added (three `$lookup` stages). Undefined when neither code names a
 * station.
 */
export async function stationPage(
  ports: Ports,
  code: string,
): Promise<
  | { station: StationDoc; regions: import('../model').RegionDoc[]; deputies: import('../model').DeputyDoc[]; categories: import('../model').CategoryDoc[] }
  | undefined
> {
  const db = dbOf(ports);
  const codes = [...new Set([code, code.toUpperCase()])];
  const res = await db
    .collection('stations')
    .aggregate()
    .match({ _id: db.command.in(codes) })
    .lookup({ from: 'regions', localField: 'regionPath', foreignField: '_id', as: 'pathRegions' })
    .lookup({ from: 'deputies', localField: 'deputyIds', foreignField: '_id', as: 'deputyDocs' })
    // The form offers the station's categories: read with the station, no request more.
    .lookup({ from: 'categories', localField: 'regionPath', foreignField: 'regionCode', as: 'pathCategories' })
    .limit(2)
    .end();
  type Row = StationDoc & {
    pathRegions: import('../model').RegionDoc[];
    deputyDocs: import('../model').DeputyDoc[];
    pathCategories: import('../model').CategoryDoc[];
  };
  const rows = res.list as unknown as Row[];
  // The code as given first: a lower-case code that names a station of its own is that station.
  const row = rows.find((r) => r._id === code) ?? rows[0];
  if (!row) return undefined;
  const { pathRegions, deputyDocs, pathCategories, ...station } = row;
  return { station, regions: pathRegions, deputies: deputyDocs, categories: pathCategories };
}

/**
 * A station and the regions on its path (their place dictionaries), in one request: what the
 * similar lookup reads before the county's opinions (decision 0036). Undefined when no station
 * has the code.
 */
export async function stationWithRegions(ports: Ports, code: string): Promise<{ station: StationDoc; regions: import('../model').RegionDoc[] } | undefined> {
  const res = await dbOf(ports)
    .collection('stations')
    .aggregate()
    .match({ _id: code })
    .lookup({ from: 'regions', localField: 'regionPath', foreignField: '_id', as: 'pathRegions' })
    .limit(1)
    .end();
  const row = res.list[0] as unknown as (StationDoc & { pathRegions: import('../model').RegionDoc[] }) | undefined;
  if (!row) return undefined;
  const { pathRegions, ...station } = row;
  return { station, regions: pathRegions };
}

/** The names of the stations with these codes: one request per 100 codes, sent together. */
export async function stationNamesByCodes(ports: Ports, codes: readonly string[]): Promise<Map<string, string>> {
  const db = dbOf(ports);
  const chunks: string[][] = [];
  for (let i = 0; i < codes.length; i += 100) chunks.push(codes.slice(i, i + 100));
  const pages = await Promise.all(
    chunks.map((chunk) =>
      db.collection<{ _id: string; name: string }>('stations').where({ _id: db.command.in(chunk) }).field({ name: true }).limit(100).get(),
    ),
  );
  return new Map(pages.flatMap((res) => res.data.map((s): [string, string] => [s._id, s.name])));
}
