/** What anyone may see of the stations: one station's page, the list (of a region), the nearest ones. */
import { distanceKm } from '../../core/geo';
import { CALENDAR } from '../config/holidays';
import type { Ports } from '../platform/ports';
import { AppError } from '../../core/errors';
import type { DeputyDoc, RegionDoc, StationDoc } from '../model';
import { visibleDeputies } from '../roster/rosterbatches.repo';
import { deputiesByIds } from '../deputies/visible';
import { deputyPhotoUrls } from '../deputies/deputy-card';
import { regionsOnPath } from './regions.repo';
import { getStation, nearestActiveStations, stationListPage, stationPage } from './stations.repo';
import { toStationView } from './station-view';

const NEAREST_COUNT = 10;
/** How far "nearest" looks (metres): stations farther than this are not offered as near. */
export const NEAREST_WITHIN_M = 50_000;

async function listItems(ports: Ports, stations: StationDoc[]) {
  const regions = await regionsOnPath(ports, [...new Set(stations.map((s) => s.regionCode))]);
  return stations.map((s) => ({
    code: s._id,
    name: s.name,
    address: s.address,
    regionName: regions.find((r) => r._id === s.regionCode)?.name ?? '',
    retired: s.status === 'retired',
  }));
}

/** A station's public page. A retired station still answers, with where to go instead; only submitting is refused. */
export async function publicStation(ports: Ports, code: string) {
  // One request: the station with its regions, deputies and categories. Codes are printed in capitals; a
  // hand-typed lower-case code still finds its station.
  const page = await stationPage(ports, code);
  if (!page) throw new AppError('STATION_NOT_FOUND');
  const { station } = page;
  const regions = station.regionPath.map((c) => page.regions.find((r) => r._id === c)).filter((r): r is RegionDoc => Boolean(r));
  const deputies = station.deputyIds
    .map((id) => page.deputies.find((d) => d._id === id))
    .filter((d): d is DeputyDoc => Boolean(d));
  const visible = await visibleDeputies(ports, deputies);
  const movedTo = station.movedTo ? await getStation(ports, station.movedTo) : undefined;
  const photoUrls = await deputyPhotoUrls(ports, visible);
  return toStationView({ station, regions, deputies: visible, movedTo, now: ports.clock.now(), calendar: CALENDAR, photoUrls, categories: page.categories });
}

/**
 * One page of the stations (of `regionCode` and below, when given), active first, by code,
 * after `cursor`: two requests (the page, and the regions it names).
 */
export async function publicStationList(ports: Ports, p: { regionCode?: string; cursor?: string; limit: number }) {
  const page = await stationListPage(ports, p.regionCode, p.limit, p.cursor);
  return { items: await listItems(ports, page.items), ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) };
}

/**
 * The active stations nearest to a position, nearest first: one geoNear query on the geo
 * index, then the regions they name. The position is used to find them, then forgotten: it is
 * neither stored nor logged.
 */
export async function nearestStations(ports: Ports, latitude: number, longitude: number) {
  const stations = (await nearestActiveStations(ports, { latitude, longitude }, NEAREST_WITHIN_M, NEAREST_COUNT)).filter((s) => s.location);
  const items = await listItems(ports, stations);
  return {
    items: items.map((item, i) => ({ ...item, distanceKm: Math.round(distanceKm({ latitude, longitude }, stations[i]!.location!) * 10) / 10 })),
  };
}
