/**
 * Which deputies a station lists. Deputies of any of the five levels may be attached, but
 * only from the region the person acts for (core/region-scope.ts): an admin's region, or for
 * staff the county (or higher) region of the station. The station and each deputy's
 * `stationCodes` are kept in step.
 */
import { AppError } from '../../core/errors';
import { deputyWithinScope } from '../../core/region-scope';
import type { DeputyDoc, StationDoc } from '../model';
import type { Ports } from '../ports';
import { deputiesByIds } from '../repos/deputies';
import { regionsOnPath } from '../repos/regions';

/** The region staff act for when editing a station: its county-level region, or the station's own if higher. */
export const staffScopePath = (station: StationDoc): string[] => station.regionPath.slice(0, Math.min(3, station.regionPath.length));

export async function setStationDeputies(ports: Ports, station: StationDoc, deputyIds: readonly string[], scopePath: readonly string[]): Promise<void> {
  const ids = [...new Set(deputyIds)];
  const deputies = await deputiesByIds(ports, ids);
  const missing = ids.filter((id) => !deputies.some((d) => d._id === id));
  if (missing.length) throw new AppError('DEPUTY_NOT_FOUND', `没有找到这些代表:${missing.join('、').slice(0, 60)}`);
  const homes = await regionsOnPath(ports, [...new Set(deputies.map((d) => d.homeRegionCode))]);
  const outside: DeputyDoc[] = [];
  for (const d of deputies) {
    const home = homes.find((r) => r._id === d.homeRegionCode);
    if (!home || !deputyWithinScope(home.path, home.kind === 'military', scopePath)) outside.push(d);
  }
  if (outside.length) {
    throw new AppError('OUT_OF_REGION', `以下代表不属于您管辖的地区,不能设为本站代表:${outside.map((d) => d.name).join('、')}`);
  }
  // Sessions may only list attached deputies.
  const dropped = station.deputyIds.filter((id) => !ids.includes(id));
  const stillOnDuty = [...station.schedule.weekly, ...station.schedule.dated].filter((s) => s.deputyIds.some((id) => dropped.includes(id)));
  if (stillOnDuty.length) throw new AppError('SCHEDULE_INVALID', '要移除的代表还在接待安排中,请先修改接待安排');

  const now = ports.clock.now();
  await ports.db.collection('stations').doc(station._id).update({ data: { deputyIds: ids, updatedAt: now } });
  for (const d of deputies) {
    if (!d.stationCodes.includes(station._id)) {
      await ports.db.collection('deputies').doc(d._id).update({ data: { stationCodes: [...d.stationCodes, station._id] } });
    }
  }
  for (const d of await deputiesByIds(ports, dropped)) {
    await ports.db.collection('deputies').doc(d._id).update({ data: { stationCodes: d.stationCodes.filter((c) => c !== station._id) } });
  }
}
