/** Gathers what routing needs to know about a station right now. */
import { beijingParts } from '../../core/beijing-time';
import { deputiesOnDutyNow, isOnLeave } from '../../core/reception-schedule';
import type { RoutingCandidate, RoutingInput } from '../../core/route-opinion';
import type { Scope } from '../../core/vocabulary';
import { CALENDAR } from '../config/holidays';
import type { DeputyDoc, StationDoc } from '../model';
import type { Ports } from '../platform/ports';
import { deputiesByIds } from '../deputies/visible';
import { visibleDeputies } from '../roster/rosterbatches.repo';

/** The records in the order the station lists them (routing's tie-breaks follow that order). */
const inListOrder = (station: StationDoc, docs: readonly DeputyDoc[]) =>
  station.deputyIds.map((id) => docs.find((d) => d._id === id)).filter((d): d is DeputyDoc => Boolean(d));
import { nearestAdminRegion, stationHasStaff } from '../stations/admin-regions';

/** What was read with the station already (stations.repo stationWithPeople): its deputy records and whether it has staff. */
export interface KnownPeople {
  deputies: DeputyDoc[];
  hasStaff: boolean;
}

export async function gatherRouting(
  ports: Ports,
  station: StationDoc,
  opinion: { category: string; scope: Scope; chosenDeputyId?: string },
  known?: KnownPeople,
): Promise<{ input: RoutingInput; deputies: DeputyDoc[] }> {
  const now = ports.clock.now();
  const today = beijingParts(now).date;
  const deputies = known ? inListOrder(station, await visibleDeputies(ports, known.deputies)) : await deputiesByIds(ports, station.deputyIds);
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
  const hasStaff = known ? known.hasStaff : await stationHasStaff(ports, station._id);
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
