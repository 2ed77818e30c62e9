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
import { findAll } from '../platform/db';
import type { DeputyDoc, OpinionDoc, RegionDoc, StationDoc } from '../model';
import type { Ports } from '../platform/ports';
import { adminRegion } from '../stations/scope';

const BATCH = 100;

/** Scheduler: deputies in office whose term ended before today become inactive. */
export async function endTerms(ports: Ports): Promise<number> {
  const now = ports.clock.now();
  const today = beijingDate(now);
  const _ = ports.db.command;
  const over = await ports.db.collection<DeputyDoc>('deputies').where({ status: 'active', termEnd: _.lt(today) }).limit(BATCH).get();
  let ended = 0;
  for (const d of over.data) {
    const res = await ports.db
      .collection('deputies')
      .where({ _id: d._id, status: 'active' })
      .update({ data: { status: 'inactive', inactiveSince: now, inactiveReason: 'term_ended' } });
    ended += res.stats.updated;
  }
  if (ended) ports.log.info('terms ended', { deputies: ended });
  return ended;
}

/** Deputies of my region whose term ended, and the opinions they still hold (open), oldest first. */
export async function endedTerms(ports: Ports, actor: Actor) {
  const scope = await adminRegion(ports, actor);
  const today = beijingDate(ports.clock.now());
  const _ = ports.db.command;
  const ended = await findAll<DeputyDoc>(ports.db, 'deputies', { status: 'inactive', termEnd: _.lt(today) }, 5000);
  const stations = await findAll<StationDoc>(ports.db, 'stations', { regionPath: scope._id }, 5000);
  const codes = new Set(stations.map((s) => s._id));
  const homes = await findAll<RegionDoc>(ports.db, 'regions', { _id: _.in([...new Set(ended.map((d) => d.homeRegionCode))]) });
  const mine = ended.filter((d) => {
    const home = homes.find((r) => r._id === d.homeRegionCode);
    return (home && withinRegion(home.path, scope._id)) || d.stationCodes.some((c) => codes.has(c));
  });
  const opinions = mine.length
    ? (await findAll<OpinionDoc>(ports.db, 'opinions', { assigneeDeputyId: _.in(mine.map((d) => d._id)), status: _.in([...OPEN_STATUSES]) }, 5000)).filter((o) =>
        withinRegion(o.regionPath, scope._id),
      )
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
