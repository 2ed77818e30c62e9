/**
 * Repairs after an interrupted second write: opinions left `submitted` (released by content
 * security but not yet routed) are routed, and once a Beijing day every deputy's open-load
 * counter is recounted from the opinions.
 */
import { beijingDateKey } from '../../core/beijing-time';
import { findAll, isDuplicateKey } from '../db';
import type { OpinionDoc } from '../model';
import type { Ports } from '../ports';
import { recountOpenLoad } from '../repos/open-load';
import { routeSubmitted } from '../use-cases/route-submitted';
import { runHousekeeping } from './housekeeping';

const STUCK_AFTER_MS = 2 * 60_000;

export async function runRepairs(
  ports: Ports,
): Promise<{ routed: number; recounted: number; autoClosed: number; contactErased: number }> {
  const before = new Date(ports.clock.now().getTime() - STUCK_AFTER_MS);
  const stuck = await ports.db
    .collection<OpinionDoc>('opinions')
    .where({ status: 'submitted', updatedAt: ports.db.command.lt(before) })
    .limit(50)
    .get();
  let routed = 0;
  for (const doc of stuck.data) {
    try {
      await routeSubmitted(ports, doc._id);
      routed++;
    } catch (e) {
      ports.log.error('routing a stuck opinion failed', { id: doc._id, error: String(e) });
    }
  }
  let recounted = 0;
  try {
    await ports.db.collection('jobs').add({ data: { _id: `recount-${beijingDateKey(ports.clock.now())}`, at: ports.clock.now() } });
    const deputies = await findAll<{ _id: string }>(ports.db, 'deputies', {}, 100_000);
    await recountOpenLoad(ports, deputies.map((d) => d._id));
    recounted = deputies.length;
  } catch (e) {
    if (!isDuplicateKey(e)) throw e; // already recounted today
  }
  return { routed, recounted, ...(await runHousekeeping(ports)) };
}
