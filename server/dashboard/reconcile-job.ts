/**
 * Once a Beijing day (from STATS_RECONCILE.fromBeijingHour), the counters of every month
 * whose opinions were counted since the last finished run are reconciled with those
 * opinions (server/dashboard/reconcile.ts). A month that is not quiet yet is retried by the
 * next tick; the day's run is finished only when every month agreed or was corrected.
 * Progress lives in one `jobs` document, written by the tick that holds the lease.
 */
import { beijingDateKey, beijingParts } from '../../core/beijing-time';
import { STATS_RECONCILE } from '../config/stats';
import type { Ports } from '../platform/ports';
import { statsMonthsClaimedSincePage } from '../opinions/opinions.repo';
import { readJob, saveJob } from '../scheduler/jobs.repo';
import { reconcileMonth } from './reconcile';

const JOB_ID = 'stats-reconcile';

interface ReconcileJob {
  _id: string;
  /** The start of the last finished run: months counted since then are due. */
  since?: Date;
  /** The Beijing day of the run under way, when it started, and the months done. */
  day?: string;
  startedAt?: Date;
  done?: string[];
  finishedDay?: string;
}

export interface StatsReconcileReport {
  months: number;
  corrected: number;
  waiting: number;
}

const idle = (): StatsReconcileReport => ({ months: 0, corrected: 0, waiting: 0 });

/** The months of the opinions whose facts were claimed since `since`. */
async function monthsCountedSince(ports: Ports, since: Date): Promise<string[]> {
  const months = new Set<string>();
  for (let offset = 0; ; offset += STATS_RECONCILE.page) {
    const page = await statsMonthsClaimedSincePage(ports, since, offset, STATS_RECONCILE.page);
    for (const d of page) if (d.statsFacts) months.add(d.statsFacts.place.m);
    if (page.length < STATS_RECONCILE.page) break;
  }
  return [...months].sort();
}

export async function runStatsReconcile(ports: Ports): Promise<StatsReconcileReport> {
  const now = ports.clock.now();
  const day = beijingDateKey(now);
  if (beijingParts(now).minutes < STATS_RECONCILE.fromBeijingHour * 60) return idle();
  const previous: ReconcileJob = (await readJob<ReconcileJob>(ports, JOB_ID)) ?? { _id: JOB_ID };
  if (previous.finishedDay === day) return idle();
  const job: ReconcileJob = previous.day === day ? previous : { ...previous, day, startedAt: now, done: [] };
  const done = new Set(job.done ?? []);

  const started = Date.now();
  const report = idle();
  const due = (await monthsCountedSince(ports, job.since ? new Date(job.since) : new Date(0))).filter((m) => !done.has(m));
  for (const month of due) {
    if (Date.now() - started > STATS_RECONCILE.budgetMs) break;
    const r = await reconcileMonth(ports, month);
    report.months++;
    report.corrected += r.corrected;
    if (r.waiting) report.waiting++;
    else done.add(month);
  }
  const finished = due.every((m) => done.has(m));
  const next: Omit<ReconcileJob, '_id'> = {
    since: finished ? job.startedAt : job.since,
    day,
    startedAt: job.startedAt,
    done: [...done],
    finishedDay: finished ? day : job.finishedDay,
  };
  await saveJob(ports, JOB_ID, Object.fromEntries(Object.entries(next).filter(([, v]) => v !== undefined)));
  return report;
}
