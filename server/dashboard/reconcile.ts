/**
 * Corrects counters a keeper left short (a function stopped between its claim and its
 * increments; an overdue mark whose keeper never ran): for one month, the counters must
 * equal the sum of the facts claimed on that month's opinions (decision 0012). Safe beside
 * live keepers without a transaction:
 *   1. the month's counters are read first, each with its write count `w`;
 *   2. then the month's opinions: a change not yet claimed and older than the quiet period
 *      is claimed and counted now (`keepStats`, as the relay would have); a claim younger
 *      than the quiet period may still have increments on the way, so the month waits;
 *   3. each counter that differs from the sum is moved by the difference in one update
 *      conditional on the `w` read in step 1 — a keeper that incremented it since makes the
 *      correction a no-op, and the next run decides again.
 * A claim made after step 2's read of its opinion is not in the sum; its increments either
 * land before the correction (then `w` moved) or after it (then they add to a correct base).
 */
import { aggregate, type CounterCells } from '../../core/stats/counter-cells';
import { cellsDifference, storedCells } from '../../core/stats/counter-diff';
import { sameFacts, type StatsFacts } from '../../core/stats/opinion-facts';
import { STATS_RECONCILE } from '../config/stats';
import { isDuplicateKey } from '../platform/db-errors';
import type { Ports } from '../platform/ports';
import { opinionsCountedInMonthPage } from '../opinions/opinions.repo';
import { counterMeta, currentFacts, keepStats, nestCells, type CountedOpinion } from './keep';
import { addCounter, correctCounterAsRead, countersOfMonthPage } from './stats.repo';

export interface MonthReconcile {
  month: string;
  opinions: number;
  /** Changes found unclaimed and counted now; the month is compared on a later run. */
  settled: number;
  /** Counters moved to agree with their opinions (each one a lost increment found). */
  corrected: number;
  /** Not compared this time: a claim within the quiet period, or counters counted just now. */
  waiting: boolean;
}

interface StoredCounter {
  cells: CounterCells;
  w: number | undefined;
}

const time = (v: Date | string | undefined) => (v ? new Date(v).getTime() : 0);

/** Every document `read` pages through (offset, size), a page at a time. */
async function* pages<T>(read: (offset: number, size: number) => Promise<T[]>): AsyncGenerator<T[]> {
  for (let offset = 0; ; offset += STATS_RECONCILE.page) {
    const page = await read(offset, STATS_RECONCILE.page);
    yield page;
    if (page.length < STATS_RECONCILE.page) return;
  }
}

export async function reconcileMonth(ports: Ports, month: string): Promise<MonthReconcile> {
  const report: MonthReconcile = { month, opinions: 0, settled: 0, corrected: 0, waiting: false };
  const stored = new Map<string, StoredCounter>();
  for await (const page of pages((offset, size) => countersOfMonthPage(ports, month, offset, size))) {
    for (const doc of page) stored.set(doc._id, { cells: storedCells(doc), w: doc.w as number | undefined });
  }

  const now = ports.clock.now().getTime();
  const settledBefore = now - STATS_RECONCILE.quietMs;
  const facts: StatsFacts[] = [];
  for await (const page of pages((offset, size) => opinionsCountedInMonthPage(ports, month, offset, size) as Promise<CountedOpinion[]>)) {
    for (const doc of page) {
      report.opinions++;
      if (!sameFacts(doc.statsFacts, currentFacts(doc))) {
        // Changed and not counted: the relay (or overdue mark) is on its way, or died.
        if (time(doc.updatedAt) < settledBefore) {
          await keepStats(ports, doc._id, doc);
          report.settled++;
        } else report.waiting = true;
      }
      if (time(doc.statsAt) >= settledBefore) report.waiting = true;
      if (doc.statsFacts) facts.push(doc.statsFacts);
    }
  }
  if (report.waiting || report.settled > 0) return { ...report, waiting: true };

  const expected = aggregate(facts);
  for (const id of new Set([...expected.keys(), ...stored.keys()])) {
    const have = stored.get(id);
    const diff = cellsDifference(expected.get(id), have?.cells ?? {});
    if (Object.keys(diff).length === 0) continue;
    if (!have) {
      try {
        await addCounter(ports, { _id: id, ...counterMeta(id), ...nestCells(expected.get(id)!), w: 1 });
        report.corrected++;
      } catch (e) {
        if (!isDuplicateKey(e)) throw e; // a keeper created it meanwhile: the next run compares
      }
      continue;
    }
    // The difference as stored (cells nested); each amount is added, on the condition that `w` is still as read.
    if (await correctCounterAsRead(ports, id, have.w, nestCells(diff))) report.corrected++;
  }
  if (report.corrected > 0) ports.log.error('statistics counters corrected by the reconcile', { ...report });
  return report;
}
