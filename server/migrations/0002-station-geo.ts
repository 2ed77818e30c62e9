/**
 * 0002 — every station with a map position has it as a geo point too (`geo`).
 *
 * station.nearest asks the database for the nearest stations with a geoNear query on the
 * stations' 2dsphere index (indexes.json), which reads `geo`: `location` written again as a
 * GeoJSON point (`db.Geo.Point(longitude, latitude)`). The stations repository writes both
 * since then; stations stored before have `location` only, and nearest would not find them.
 * This fills `geo` in from `location`. Each write is conditional on the station still having
 * the position read and no point yet (a staff edit meanwhile writes both itself), so running
 * it twice, or while staff edit stations, changes nothing the second time.
 */
import type { Migration } from '../platform/migrations';
import { fillStationGeo, stationPositionsAfter } from '../stations/stations.repo';

/** Stations per page (one checkpoint each): at most 50 conditional updates, well inside one server-API call. */
export const PAGE_SIZE = 50;

export const stationGeoBackfill: Migration = {
  id: '0002-station-geo',
  description: '为早先写入的联络站补记地理位置点 geo（“离我最近”按地理位置索引查询）',
  async run(ports, resume) {
    let after = resume.after;
    for (;;) {
      const page = await stationPositionsAfter(ports, after, PAGE_SIZE);
      if (page.length === 0) return 'done';
      let changed = 0;
      for (const s of page) {
        if (!s.location || s.geo) continue;
        if (await fillStationGeo(ports, s._id, s.location)) changed++;
      }
      after = page[page.length - 1]!._id;
      const goOn = await resume.checkpoint(after, { processed: page.length, changed });
      if (page.length < PAGE_SIZE) return 'done';
      if (!goOn) return 'paused';
    }
  },
};
