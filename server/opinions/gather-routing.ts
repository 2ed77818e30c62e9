/** Gathers what routing needs to know about a station right now. */
import { beijingParts } from '../../core/beijing-time';
import { deputiesOnDutyNow, isOnLeave } from '../../core/reception-schedule';
import type { RoutingCandidate, RoutingInput } from '../../core/route-opinion';
import type { Scope } from '../../core/vocabulary';
import { CALENDAR } from '../config/holidays';
import type { DeputyDoc, StationDoc } from '../model';
import type { Ports } from '../platform/ports';
import { deputiesByIds } from '../deputies/visible';
import { nearestAdminRegion, stationHasStaff } from '../stations/admin-regions';

export async function gatherRouting(
  ports: Ports,
  station: StationDoc,
  opinion: { category: string; scope: Scope; chosenDeputyId?: string },
): Promise<{ input: RoutingInput; deputies: DeputyDoc[] }> {
  const now = ports.clock.now();
  const today = beijingParts(now).date;
  const deputies = await deputiesByIds(ports, station.deputyIds);
  const onDuty = new Set(
    deputiesOnDutyNow(station.schedule, (id) => deputies.find((d) => d._id === id)?.leaves ?? [], now, CALENDAR),
  );
  const candidates: RoutingCandidate[] = deputies.map((d) => ({
    id: d._id,
    name: d.name,
    level: d.level,
    specialties: d.specialties,
    active: d.status === 'active',
    bound: Boolean(d.openid),
    onLeave: isOnLeave(d.leaves, today),
    termEnded: Boolean(d.termEnd && d.termEnd < today),
    onDuty: onDuty.has(d._id),
    openCount: d.openCount ?? 0,
    lastAssignedAt: d.lastAssignedAt ?? 0,
  }));
  const hasStaff = await stationHasStaff(ports, station._id);
  const adminRegion = hasStaff ? undefined : await nearestAdminRegion(ports, station.regionPath);
  return {
    input: {
      category: opinion.category,
      scope: opinion.scope,
      chosenDeputyId: opinion.chosenDeputyId,
      candidates,
      stationHasStaff: hasStaff,
      adminRegion,
    },
    deputies,
  };
}
