/**
 * Terms (届次) that end: the scheduler makes deputies inactive the day after their term ends
 * (one conditional update each), and admins see those deputies with their open opinions, to
 * hand over (PRODUCT.md: "by staff when a deputy's term ends").
 */
import { beijingDate } from '../../core/beijing-time';
import { OPEN_STATUSES, STATUS_LABELS } from '../../core/opinion-status';
import { withinRegion } from '../../core/region-scope';
import { LEVEL_LABELS } from '../../core/vocabulary';
import type { Actor } from '../users/actor';
import type { Ports } from '../platform/ports';
import { activeDeputiesWithTermEndedBefore, endTermOfActiveDeputy, inactiveDeputiesWithTermEndedBefore } from '../deputies/deputies.repo';
import { opinionsOfDeputiesInStatuses } from '../opinions/opinions.repo';
import { regionsByCodes } from '../stations/regions.repo';
import { stationsInRegion } from '../stations/stations.repo';
import { adminRegion } from '../stations/scope';

const BATCH = 100;

/** Scheduler: deputies in office whose term ended before today become inactive. */
export async function endTerms(ports: Ports): Promise<number> {
  const now = ports.clock.now();
  const today = beijingDate(now);
  const over = await activeDeputiesWithTermEndedBefore(ports, today, BATCH);
  let ended = 0;
  for (const d of over) ended += await endTermOfActiveDeputy(ports, d._id, now);
  if (ended) ports.log.info('terms ended', { deputies: ended });
  return ended;
}

/**
 * Ends the terms of these deputies now (a roster import whose term end has passed), by the
 * scheduler's own write: each becomes inactive (`term_ended`) if still active, and from then
 * on is listed with their open opinions for hand-over. Answers how many it ended.
 */
export async function endTermsOf(ports: Ports, deputyIds: readonly string[]): Promise<number> {
  const now = ports.clock.now();
  let ended = 0;
  for (const id of deputyIds) ended += await endTermOfActiveDeputy(ports, id, now);
  if (ended) ports.log.info('terms ended by roster', { deputies: ended });
  return ended;
}

/** Deputies of my region whose term ended, and the opinions they still hold (open), oldest first. */
export async function endedTerms(ports: Ports, actor: Actor) {
  const scope = await adminRegion(ports, actor);
  const today = beijingDate(ports.clock.now());
  const ended = await inactiveDeputiesWithTermEndedBefore(ports, today, 5000);
  const stations = await stationsInRegion(ports, scope._id, 5000);
  const codes = new Set(stations.map((s) => s._id));
  const homes = await regionsByCodes(ports, [...new Set(ended.map((d) => d.homeRegionCode))]);
  const mine = ended.filter((d) => {
    const home = homes.find((r) => r._id === d.homeRegionCode);
    return (home && withinRegion(home.path, scope._id)) || d.stationCodes.some((c) => codes.has(c));
  });
  const opinions = mine.length
    ? (await opinionsOfDeputiesInStatuses(ports, mine.map((d) => d._id), OPEN_STATUSES, 5000)).filter((o) => withinRegion(o.regionPath, scope._id))
    : [];
  opinions.sort((a, b) => new Date(a.createdAt).getTime() - new Date(b.createdAt).getTime());
  return {
    deputies: mine.map((d) => ({
      id: d._id,
      name: d.name,
      levelLabel: LEVEL_LABELS[d.level],
      termEnd: d.termEnd ?? '',
      openOpinions: opinions.filter((o) => o.assigneeDeputyId === d._id).length,
    })),
    opinions: opinions.map((o) => ({
      id: o._id,
      trackingNo: o.trackingNo,
      statusLabel: STATUS_LABELS[o.status],
      category: o.category,
      stationCode: o.stationCode,
      stationName: o.stationName,
      deputyId: o.assigneeDeputyId!,
      deputyName: o.assigneeName ?? '',
      createdAt: new Date(o.createdAt).toISOString(),
      overdue: Boolean(o.overdue),
    })),
  };
}
