/**
 * The relay: what follows every write, run by the scheduler's minute trigger (`relay`), apart
 * from the five-minute tick. In WeChat Cloud a function is frozen once it answers, and each
 * database request is a round trip, so a resident's submit or a deputy's accept answers right
 * after its one write; within a minute the relay runs the after-write step of every pending
 * opinion (outbox entries, open load, statistics, early photo verdicts) and sends the outbox.
 * Idempotent like the tick; its own lease keeps two relays from overlapping (the tick may run
 * at the same moment: both are safe to repeat, and each outbox entry is claimed before it is sent).
 */
import { sweepPending } from '../opinions/sweep-pending';
import { emptyMergeReport, runMergePass, type MergePassReport } from '../similar/merge-job';
import { drainOutbox, type DrainReport } from '../notifications/outbox/sender';
import type { Ports } from '../platform/ports';
import { releaseJobLease, takeJobLease } from './jobs.repo';

export interface RelayReport {
  ran: boolean;
  /** 汇总件 brought up to date with their sources first (decision 0036): what they wrote is relayed in the same run. */
  merges: MergePassReport;
  relayed: number;
  outbox: DrainReport;
}

const LEASE_ID = 'relay-lease';
const LEASE_MS = 60_000;

export interface RelayOptions {
  /** Stop starting new sends after this long (the trigger fires every minute). */
  budgetMs?: number;
}

export async function runRelay(ports: Ports, opts: RelayOptions = {}): Promise<RelayReport> {
  const holder = `relay-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const now = ports.clock.now();
  if (!(await takeJobLease(ports, LEASE_ID, holder, now, new Date(now.getTime() + LEASE_MS)))) {
    return { ran: false, merges: emptyMergeReport(), relayed: 0, outbox: { sent: 0, failed: 0, skipped: 0, dead: 0, unknown: 0, lost_race: 0 } };
  }
  try {
    const merges = await runMergePass(ports, { budgetMs: 10_000 });
    const relayed = await sweepPending(ports);
    const outbox = await drainOutbox(ports, { budgetMs: opts.budgetMs ?? 40_000 });
    if (relayed > 0 || outbox.sent > 0 || outbox.failed > 0) ports.log.info('relay', { relayed, ...outbox });
    return { ran: true, merges, relayed, outbox };
  } finally {
    await releaseJobLease(ports, LEASE_ID, holder);
  }
}
