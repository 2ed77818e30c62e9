import { findAll } from '../db';
import type { StationDoc } from '../model';
import { deputiesByIds } from '../repos/deputies';
import { regionsOnPath } from '../repos/regions';
import { getStation, requireStation } from '../repos/stations';
import { toStationView } from '../views/station-view';
import { handlers } from './define';

export const stationHandlers = handlers('station', {
  /** A retired station still answers, with where to go instead; only submitting is refused. */
  async get({ code }, { ports }) {
    const station = await requireStation(ports, code);
    const [regions, deputies, movedTo] = await Promise.all([
      regionsOnPath(ports, station.regionPath),
      deputiesByIds(ports, station.deputyIds),
      station.movedTo ? getStation(ports, station.movedTo) : Promise.resolve(undefined),
    ]);
    return toStationView({ station, regions, deputies, movedTo, now: ports.clock.now() });
  },

  async list({ regionCode }, { ports }) {
    const query = regionCode ? { regionPath: regionCode } : {};
    const stations = await findAll<StationDoc>(ports.db, 'stations', query);
    const regionCodes = [...new Set(stations.map((s) => s.regionCode))];
    const regions = await regionsOnPath(ports, regionCodes);
    return {
      items: stations
        .sort((a, b) => Number(a.status === 'retired') - Number(b.status === 'retired') || a._id.localeCompare(b._id))
        .map((s) => ({
          code: s._id,
          name: s.name,
          address: s.address,
          regionName: regions.find((r) => r._id === s.regionCode)?.name ?? '',
          retired: s.status === 'retired',
        })),
    };
  },
});
