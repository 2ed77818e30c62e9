/** What anyone may see of the stations: one station's page, the list (of a region), the nearest ones. */
import { distanceKm } from '../../core/geo';
import { CALENDAR } from '../config/holidays';
import type { Ports } from '../platform/ports';
import type { StationDoc } from '../model';
import { deputiesByIds } from '../deputies/visible';
import { deputyPhotoUrls } from '../deputies/deputy-card';
import { regionsOnPath } from './regions.repo';
import { activeStations, allStations, getStation, requireStation, stationsInRegion } from './stations.repo';
import { toStationView } from './station-view';

const NEAREST_COUNT = 10;

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
  // Codes are printed in capitals; a hand-typed lower-case code still finds its station.
  const station = (await getStation(ports, code)) ?? (await requireStation(ports, code.toUpperCase()));
  const [regions, deputies, movedTo] = await Promise.all([
    regionsOnPath(ports, station.regionPath),
    deputiesByIds(ports, station.deputyIds),
    station.movedTo ? getStation(ports, station.movedTo) : Promise.resolve(undefined),
  ]);
  const photoUrls = await deputyPhotoUrls(ports, deputies);
  return toStationView({ station, regions, deputies, movedTo, now: ports.clock.now(), calendar: CALENDAR, photoUrls });
}

/** Every station (of `regionCode` and below, when given), active first, by code. */
export async function publicStationList(ports: Ports, regionCode?: string) {
  const stations = regionCode ? await stationsInRegion(ports, regionCode) : await allStations(ports);
  const items = await listItems(ports, stations);
  return {
    items: items.sort((a, b) => Number(a.retired) - Number(b.retired) || a.code.localeCompare(b.code)),
  };
}

/** The active stations nearest to a position. The position is used to sort, then forgotten: it is neither stored nor logged. */
export async function nearestStations(ports: Ports, latitude: number, longitude: number) {
  const stations = (await activeStations(ports)).filter((s) => s.location);
  const withDistance = stations
    .map((s) => ({ s, km: distanceKm({ latitude, longitude }, s.location!) }))
    .sort((a, b) => a.km - b.km)
    .slice(0, NEAREST_COUNT);
  const items = await listItems(ports, withDistance.map((x) => x.s));
  return {
    items: items.map((item, i) => ({ ...item, distanceKm: Math.round(withDistance[i].km * 10) / 10 })),
  };
}
