import { distanceKm } from '../../core/geo';
import { CALENDAR } from '../config/holidays';
import { findAll } from '../platform/db';
import type { Ports } from '../platform/ports';
import type { StationDoc } from '../model';
import { deputiesByIds } from '../deputies/deputies.repo';
import { regionsOnPath } from '../stations/regions.repo';
import { getStation, requireStation } from '../stations/stations.repo';
import { deputyPhotoUrls } from '../deputies/deputy-card';
import { toStationView } from '../stations/station-view';
import { handlers } from './define';

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

export const stationHandlers = handlers('station', {
  /** A retired station still answers, with where to go instead; only submitting is refused. */
  async get({ code }, { ports }) {
    // Codes are printed in capitals; a hand-typed lower-case code still finds its station.
    const station = (await getStation(ports, code)) ?? (await requireStation(ports, code.toUpperCase()));
    const [regions, deputies, movedTo] = await Promise.all([
      regionsOnPath(ports, station.regionPath),
      deputiesByIds(ports, station.deputyIds),
      station.movedTo ? getStation(ports, station.movedTo) : Promise.resolve(undefined),
    ]);
    const photoUrls = await deputyPhotoUrls(ports, deputies);
    return toStationView({ station, regions, deputies, movedTo, now: ports.clock.now(), calendar: CALENDAR, photoUrls });
  },

  async list({ regionCode }, { ports }) {
    const query = regionCode ? { regionPath: regionCode } : {};
    const stations = await findAll<StationDoc>(ports.db, 'stations', query);
    const items = await listItems(ports, stations);
    return {
      items: items.sort((a, b) => Number(a.retired) - Number(b.retired) || a.code.localeCompare(b.code)),
    };
  },

  /** The position is used to sort, then forgotten: it is neither stored nor logged. */
  async nearest({ latitude, longitude }, { ports }) {
    const stations = (await findAll<StationDoc>(ports.db, 'stations', { status: 'active' })).filter((s) => s.location);
    const withDistance = stations
      .map((s) => ({ s, km: distanceKm({ latitude, longitude }, s.location!) }))
      .sort((a, b) => a.km - b.km)
      .slice(0, NEAREST_COUNT);
    const items = await listItems(ports, withDistance.map((x) => x.s));
    return {
      items: items.map((item, i) => ({ ...item, distanceKm: Math.round(withDistance[i].km * 10) / 10 })),
    };
  },
});
