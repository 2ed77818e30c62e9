/**
 * Repairs after an interrupted second write: opinions left `submitted` (released by content
 * security but not yet routed) are routed; once a Beijing day every deputy's open-load
 * counter is recounted from the opinions (and where the deputy is listed for the office's
 * oversight brought up to date), and every station's deputies are made to name it in their
 * own `stationCodes` (a deputies write stopped after the station's).
 */
import { beijingDateKey } from '../../../core/beijing-time';
import { isDuplicateKey } from '../../platform/db-errors';
import type { Ports } from '../../platform/ports';
import { recountOpenLoad } from '../open-load';
import { routeSubmitted } from '../route-submitted';
import { syncDeputyLists } from '../../stations/deputies';
import { runHousekeeping } from './housekeeping';
import { opinionsInStatusUnchangedSince } from '../opinions.repo';
import { deputyIdsAfter } from '../../deputies/deputies.repo';
import { refreshMemberships } from '../../dashboard/deputy-rows';
import { stationCodesAfter } from '../../stations/stations.repo';
import { advanceDailyPassJob, dailyPassJob, startDailyPassJob } from '../../scheduler/jobs.repo';
import { settleSeconds } from '../../similar/second';

const STUCK_AFTER_MS = 2 * 60_000;

export interface RepairOptions {
  /** Ids per page of a daily pass (recount, list sync); progress is recorded after each page. */
  recountPageSize?: number;
  /** No new page of either daily pass is started after this long in a tick; the next tick continues. */
  recountBudgetMs?: number;
}

export async function runRepairs(
  ports: Ports,
  opts: RepairOptions = {},
): Promise<{ routed: number; recounted: number; synced: number; autoClosed: number; contactErased: number }> {
  const before = new Date(ports.clock.now().getTime() - STUCK_AFTER_MS);
  const stuck = await opinionsInStatusUnchangedSince(ports, 'submitted', before, 50);
  let routed = 0;
  for (const doc of stuck) {
    try {
      await routeSubmitted(ports, doc._id);
      routed++;
    } catch (e) {
      ports.log.error('routing a stuck opinion failed', { id: doc._id, error: String(e) });
    }
  }
  const pass = { pageSize: opts.recountPageSize ?? 100, until: Date.now() + (opts.recountBudgetMs ?? 15_000) };
  const recounted = await dailyPass(ports, 'recount', deputyIdsAfter, async (ids) => {
    await recountOpenLoad(ports, ids);
    // Where each deputy is listed in the office's per-deputy table, also with nothing done yet (decision 0033).
    await refreshMemberships(ports, ids);
  }, pass);
  const synced = await dailyPass(ports, 'stationsync', stationCodesAfter, async (ids) => {
    for (const code of ids) await syncDeputyLists(ports, code);
  }, pass);
  // 附议 whose function stopped between the document and the case's count (decision 0036).
  const seconds = await settleSeconds(ports).catch((e) => (ports.log.error('settling 附议 failed; the next tick tries again', { error: String(e) }), 0));
  if (seconds > 0) ports.log.info('附议 settled', { seconds });
  return { routed, recounted, synced, ...(await runHousekeeping(ports)) };
}

/** The next page of ids after `after` ('' from the first), in ascending order. */
type IdPages = (ports: Ports, after: string, pageSize: number) => Promise<string[]>;

/**
 * A day's pass (`<job>-<Beijing day>`, scheduler/jobs.repo.ts): `after` is the last id done (ids in
 * ascending order), `done` is set only once the last page is done. A marker without `done` is an
 * older "done today" mark.
 *
 * Runs `work` over every id `idsAfter` pages through (every deputy, every station) once a
 * Beijing day, a page of ids at a time, recording progress after each page: a tick stopped
 * part-way (the 60 s limit, a killed instance) is continued by the next one, which redoes at
 * most one page. `work` must
 * be harmless twice (the recount is a count then a set; the list sync is exact
 * `$addToSet`/`$pull`): two ticks overlapping both do a page and only one moves the marker;
 * the other continues from where the marker now is.
 */
async function dailyPass(
  ports: Ports,
  job: string,
  idsAfter: IdPages,
  work: (ids: string[]) => Promise<void>,
  { pageSize, until }: { pageSize: number; until: number },
): Promise<number> {
  const jobId = `${job}-${beijingDateKey(ports.clock.now())}`;
  let done = 0;
  try {
    try {
      await startDailyPassJob(ports, jobId, ports.clock.now());
    } catch (e) {
      if (!isDuplicateKey(e)) throw e; // started by an earlier tick today
    }
    while (Date.now() < until) {
      const progress = await dailyPassJob(ports, jobId);
      if (!progress || progress.done !== false) break;
      const ids = await idsAfter(ports, progress.after, pageSize);
      await work(ids);
      done += ids.length;
      const last = ids.length < pageSize;
      // Conditional on the progress read: an overlapping tick that moved it is not set back.
      await advanceDailyPassJob(ports, jobId, progress.after, ids.at(-1) ?? progress.after, last ? ports.clock.now() : undefined);
    }
  } catch (e) {
    // The next tick continues from the last recorded page; the tick's other jobs still run.
    ports.log.error('daily repair interrupted', { jobId, error: String(e) });
  }
  return done;
}
