/**
 * What a dashboard or export asks for, checked against the admin's scope: the period (months,
 * Beijing; the end not before the start), a region at or below the admin's, a station inside
 * that region, a level. A region or station outside the scope is refused the same way whether
 * or not it exists, so nothing of another county can be learnt.
 */
import { AppError } from '../../core/errors';
import { withinRegion } from '../../core/region-scope';
import { addMonths, monthsBetween, periodProblem } from '../../core/stats/months';
import { beijingDate } from '../../core/beijing-time';
import type { Level } from '../../core/vocabulary';
import type { Actor } from '../users/actor';
import { DASHBOARD } from '../config/stats';
import type { RegionDoc, StationDoc } from '../model';
import type { DashboardFilters } from '../../core/contract/actions/admin-dashboard';
import type { Ports } from '../platform/ports';
import { getStation } from '../stations/stations.repo';
import { adminRegion, regionAskedBy } from '../stations/scope';

export type { DashboardFilters } from '../../core/contract/actions/admin-dashboard';

export interface DashboardScope {
  from: string;
  to: string;
  months: string[];
  region: RegionDoc;
  station?: StationDoc;
  level?: Level;
  /** Today in Beijing, `YYYY-MM-DD`. */
  today: string;
}

export async function dashboardScope(ports: Ports, actor: Actor, p: DashboardFilters): Promise<DashboardScope> {
  const today = beijingDate(ports.clock.now());
  const to = p.to ?? (p.from && p.from > today.slice(0, 7) ? p.from : today.slice(0, 7));
  const from = p.from ?? addMonths(to, -(DASHBOARD.defaultMonths - 1));
  const problem = periodProblem(from, to, DASHBOARD.maxMonths);
  if (problem) throw new AppError('PERIOD_INVALID', `统计期间不正确：${problem}`);

  const mine = await adminRegion(ports, actor);
  const region = await regionAskedBy(ports, actor, mine, p.regionCode);
  let station: StationDoc | undefined;
  if (p.stationCode) {
    station = await getStation(ports, p.stationCode);
    if (!station || !withinRegion(station.regionPath, mine._id)) {
      throw new AppError('OUT_OF_REGION', '这个联络站不在您管辖的地区', `${actor.openid} asked ${p.stationCode}`);
    }
    if (!withinRegion(station.regionPath, region._id)) throw new AppError('OUT_OF_REGION', '这个联络站不在所选地区');
  }
  return { from, to, months: monthsBetween(from, to), region, ...(station ? { station } : {}), ...(p.level ? { level: p.level } : {}), today };
}
