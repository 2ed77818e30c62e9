/**
 * One run of the scheduler (a timer trigger in the cloud, an interval in the local run, or
 * an admin by hand). Every job is idempotent, so a tick repeated, overlapping or cut short
 * by the 60 s limit does no harm; a lease keeps two ticks from doing the same work at once.
 */
import { sweepPending } from '../opinions/sweep-pending';
import { drainOutbox, markStaleSending, type DrainReport } from '../notifications/outbox/sender';
import type { Ports } from '../platform/ports';
import { warnCalendarGap } from './calendar-warning';
import { runDeadlineAlerts, type DeadlineReport } from '../opinions/jobs/deadline-alerts';
import { runDailyDigest } from '../notifications/digest';
import { runRepairs } from '../opinions/jobs/repairs';
import { alertProblems } from './problems';
import { runStatsReconcile, type StatsReconcileReport } from '../dashboard/reconcile-job';
import { emptyMergeReport, runMergePass, type MergePassReport } from '../similar/merge-job';
import { releaseJobLease, takeJobLease } from './jobs.repo';
import { runGrouping, type GroupingReport } from '../similar/grouping';

export interface TickReport {
  ran: boolean;
  staleMarkedUnknown: number;
  relayed: number;
  deadlines: DeadlineReport;
  /** 汇总件 whose sources were linked, brought up to them or released (decision 0036). */
  merges: MergePassReport;
  digests: number;
  /** Warnings that a year's holiday table is missing or provisional, written this tick. */
  calendarWarnings: number;
  repairs: { routed: number; recounted: number; synced: number; autoClosed: number; contactErased: number };
  stats: StatsReconcileReport;
  problemsAlerted: number;
  outbox: DrainReport;
  /** Opinions placed into groups of similar opinions, and groups whose open members followed their cases (decision 0036). */
  grouping: GroupingReport;
}

const LEASE_ID = 'scheduler-lease';
const LEASE_MS = 60_000;

/** Takes the lease unless another tick holds it; a lease left by a killed tick expires. */
async function takeLease(ports: Ports, holder: string): Promise<boolean> {
  const now = ports.clock.now();
  return takeJobLease(ports, LEASE_ID, holder, now, new Date(now.getTime() + LEASE_MS));
}

async function releaseLease(ports: Ports, holder: string): Promise<void> {
  await releaseJobLease(ports, LEASE_ID, holder);
}

export interface TickOptions {
  /** Stop starting new sends after this long (the cloud function's timeout is 60 s). */
  budgetMs?: number;
}

export async function runTick(ports: Ports, opts: TickOptions = {}): Promise<TickReport> {
  const holder = `tick-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const idle: TickReport = {
    ran: false,
    staleMarkedUnknown: 0,
    relayed: 0,
    repairs: { routed: 0, recounted: 0, synced: 0, autoClosed: 0, contactErased: 0 },
    stats: { months: 0, corrected: 0, waiting: 0 },
    deadlines: { near: 0, overdue: 0, escalated: 0, office: 0 },
    merges: emptyMergeReport(),
    digests: 0,
    calendarWarnings: 0,
    problemsAlerted: 0,
    outbox: { sent: 0, failed: 0, skipped: 0, dead: 0, unknown: 0, lost_race: 0 },
    grouping: { started: 0, joined: 0, skipped: 0, followed: 0, more: false },
  };
  if (!(await takeLease(ports, holder))) return idle;
  try {
    const staleMarkedUnknown = await markStaleSending(ports);
    // The deadline steps are events: the sweep right after relays them, and the drain sends them, this tick.
    const deadlines = await runDeadlineAlerts(ports);
    // 汇总件: their sources follow them (events too, relayed by the sweep right after).
    const merges = await runMergePass(ports);
    const relayed = await sweepPending(ports);
    const repairs = await runRepairs(ports);
    const digests = await runDailyDigest(ports);
    const calendarWarnings = await warnCalendarGap(ports);
    // Problems found by this tick's sends are alerted on the next one (one tick later).
    const problemsAlerted = await alertProblems(ports);
    const outbox = await drainOutbox(ports, { budgetMs: opts.budgetMs ?? 40_000 });
    // After the sends: new opinions join their groups within a tick, a county's month across ticks (its own budget).
    const grouping = await runGrouping(ports);
    // Last: sends come first, and the reconcile stops starting months after its own budget.
    const stats = await runStatsReconcile(ports);
    const report: TickReport = { ran: true, staleMarkedUnknown, relayed, repairs, stats, deadlines, merges, digests, calendarWarnings, problemsAlerted, outbox, grouping };
    ports.log.info('scheduler tick', { ...report });
    return report;
  } finally {
    await releaseLease(ports, holder);
  }
}
