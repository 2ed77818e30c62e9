/**
 * Whose 履职档案 the region office may see (decision 0033). PRODUCT.md: a deputy's record is
 * visible to the admins above the deputy's home region and above the stations where the work
 * happened — the stations the deputy is attached to, and those where cases or check-ins were
 * (the oversight rows list the deputy there). Any other deputy reads as outside the region,
 * whether or not they exist (OUT_OF_REGION). Kept apart from the exports: the documents
 * function uses it without exceljs.
 */
import { AppError } from '../../core/errors';
import { withinRegion } from '../../core/region-scope';
import type { DeputyDoc } from '../model';
import type { Ports } from '../platform/ports';
import { deputyListedUnder } from '../dashboard/deputystats.repo';
import { getRegion } from '../stations/regions.repo';
import { adminRegion } from '../stations/scope';
import { stationsByCodes } from '../stations/stations.repo';
import type { Actor } from '../users/actor';
import { deputiesByIds } from './visible';

/** The deputy, when their record is the admin's to see; OUT_OF_REGION otherwise. */
export async function deputyOfMyRegion(ports: Ports, actor: Actor, deputyId: string): Promise<DeputyDoc> {
  const region = await adminRegion(ports, actor);
  const outside = () => new AppError('OUT_OF_REGION', '这位代表不属于您管辖的地区', `${actor.openid} asked deputy ${deputyId}`);
  const [deputy] = await deputiesByIds(ports, [deputyId]);
  if (!deputy) throw outside();
  const home = await getRegion(ports, deputy.homeRegionCode);
  if (home && withinRegion(home.path, region._id)) return deputy;
  if (deputy.stationCodes.length && (await stationsByCodes(ports, deputy.stationCodes)).some((s) => withinRegion(s.regionPath, region._id))) return deputy;
  if (await deputyListedUnder(ports, deputy._id, region._id)) return deputy;
  throw outside();
}
