/**
 * Repairs after an interrupted second write: opinions left `submitted` (released by content
 * security but not yet routed) are routed, and once a Beijing day every deputy's open-load
 * counter is recounted from the opinions.
 */
import { beijingDateKey } from '../../core/beijing-time';
import { findById, isDuplicateKey, type DbCommand } from '../db';
import type { OpinionDoc } from '../model';
import type { Ports } from '../ports';
import { recountOpenLoad } from '../repos/open-load';
import { routeSubmitted } from '../use-cases/route-submitted';
import { runHousekeeping } from './housekeeping';

const STUCK_AFTER_MS = 2 * 60_000;

export interface RepairOptions {
  /** Deputies recounted per page; progress is recorded after each page. */
  recountPageSize?: number;
  /** No new recount page is started after this long; the next tick continues. */
  recountBudgetMs?: number;
}

export async function runRepairs(
  ports: Ports,
  opts: RepairOptions = {},
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
  const recounted = await recountToday(ports, opts);
  return { routed, recounted, ...(await runHousekeeping(ports)) };
}

/**
 * The day's recount job: `after` is the last deputy id recounted (ids in ascending order),
 * `done` is set only once the last page is recounted. A marker without `done` is an older
 * "recounted today" mark.
 */
interface RecountJob {
  _id: string;
  at: Date;
  after: string;
  done?: boolean;
}

/**
 * Recounts the open load of every deputy once a Beijing day, a page at a time, recording
 * progress after each page: a tick stopped part-way (the 60 s limit, a killed instance) is
 * continued by the next one, which redoes at most one page. Two ticks overlapping both
 * recount (a count, then a set: harmless twice) and only one moves the marker; the other
 * continues from where the marker now is.
 */
async function recountToday(ports: Ports, opts: RepairOptions): Promise<number> {
  const pageSize = opts.recountPageSize ?? 100;
  const budgetMs = opts.recountBudgetMs ?? 15_000;
  const started = Date.now();
  const jobs = ports.db.collection('jobs');
  const jobId = `recount-${beijingDateKey(ports.clock.now())}`;
  const _ = ports.db.command as DbCommand & { gt(value: unknown): unknown };
  let recounted = 0;
  try {
    try {
      await jobs.add({ data: { _id: jobId, at: ports.clock.now(), after: '', done: false } });
    } catch (e) {
      if (!isDuplicateKey(e)) throw e; // started by an earlier tick today
    }
    while (Date.now() - started < budgetMs) {
      const job = await findById<RecountJob>(ports.db, 'jobs', jobId);
      if (!job || job.done !== false) break;
      const page = await ports.db
        .collection<{ _id: string }>('deputies')
        .where(job.after ? { _id: _.gt(job.after) } : {})
        .orderBy('_id', 'asc')
        .field({ _id: true })
        .limit(pageSize)
        .get();
      const ids = page.data.map((d) => d._id);
      await recountOpenLoad(ports, ids);
      recounted += ids.length;
      const last = ids.length < pageSize;
      // Conditional on the progress read: an overlapping tick that moved it is not set back.
      await jobs
        .where({ _id: jobId, after: job.after })
        .update({ data: { after: ids.at(-1) ?? job.after, ...(last ? { done: true, doneAt: ports.clock.now() } : {}) } });
    }
  } catch (e) {
    // The next tick continues from the last recorded page; the tick's other jobs still run.
    ports.log.error('open-load recount interrupted', { jobId, error: String(e) });
  }
  return recounted;
}
