/** The `stations` collection: the stations, their deputies, schedule and code. Every read and write of it goes through this module. */
import { AppError } from '../../core/errors';
import type { Schedule } from '../../core/reception-schedule';
import { dbOf, findAll, findById, idsAfter } from '../platform/db';
import { isDuplicateKey } from '../platform/db-errors';
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

/** Every station (any status), up to `max`. */
export const allStations = (ports: Ports, max?: number) => findAll<StationDoc>(dbOf(ports), 'stations', {}, max);

/** The stations (any status) of `regionCode` and the regions below it, up to `max`. */
export const stationsInRegion = (ports: Ports, regionCode: string, max?: number) =>
  findAll<StationDoc>(dbOf(ports), 'stations', { regionPath: regionCode }, max);

/** Every active station, up to `max`. */
export const activeStations = (ports: Ports, max?: number) => findAll<StationDoc>(dbOf(ports), 'stations', { status: 'active' }, max);

/** The active stations of `regionCode` and the regions below it, up to `max`. */
export const activeStationsInRegion = (ports: Ports, regionCode: string, max?: number) =>
  findAll<StationDoc>(dbOf(ports), 'stations', { regionPath: regionCode, status: 'active' }, max);

/** How many active stations `regionCode` and the regions below it have. */
export async function countActiveStationsInRegion(ports: Ports, regionCode: string): Promise<number> {
  return (await dbOf(ports).collection('stations').where({ regionPath: regionCode, status: 'active' }).count()).total;
}

/** Adds a new station; false (nothing written) when its code is taken. */
export async function addStation(ports: Ports, doc: StationDoc): Promise<boolean> {
  try {
    await dbOf(ports).collection('stations').add({ data: doc });
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

/** Writes the station's name, address and map position (those given). */
export async function saveStationDetails(ports: Ports, code: string, details: StationDetails): Promise<void> {
  await dbOf(ports).collection('stations').doc(code).update({ data: details });
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

/** Code → name of the stations (any status) of `regionCode` and below, names only (a station carries its whole schedule), by pages of 100 up to 5000. */
export async function stationNamesInRegion(ports: Ports, regionCode: string): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (let offset = 0; offset < 5000; offset += 100) {
    const page = await dbOf(ports)
      .collection<{ _id: string; name: string }>('stations')
      .where({ regionPath: regionCode })
      .field({ _id: true, name: true })
      .skip(offset)
      .limit(100)
      .get();
    for (const st of page.data) names.set(st._id, st.name);
    if (page.data.length < 100) break;
  }
  return names;
}

/** Adds these deputies to the station's list, each once (one `$addToSet` with `$each`: a list edited at the same moment keeps its own changes). */
export async function addDeputiesToStation(ports: Ports, code: string, deputyIds: readonly string[], at: Date): Promise<void> {
  const db = dbOf(ports);
  await db.collection('stations').doc(code).update({ data: { deputyIds: db.command.addToSet({ $each: [...deputyIds] }), updatedAt: at } });
}
