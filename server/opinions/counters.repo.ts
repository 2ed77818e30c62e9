/**
 * Sequences without transactions: a conditional update on the value that was read
 * succeeds for exactly one writer (see docs/decisions/0003-writes-without-transactions.md).
 */
import { AppError } from '../../core/errors';
import { findById } from '../platform/db';
import { isDuplicateKey } from '../platform/db-errors';
import type { Ports } from '../platform/ports';

interface CounterDoc {
  _id: string;
  n: number;
  /** A counter that counts for one day only (claim attempts): its Beijing day (YYYYMMDD), so past days can be swept. */
  day?: string;
}

const MAX_ATTEMPTS = 100;

/** A short random wait that grows with contention, so racing writers spread out. */
const backoff = (attempt: number) =>
  new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(50, 2 * attempt)));

/** The next number of `key`; `fields` are written with the counter when it is created (e.g. its `day`). */
export async function nextSequence(ports: Ports, key: string, fields: Partial<Pick<CounterDoc, 'day'>> = {}): Promise<number> {
  const counters = ports.db.collection<CounterDoc>('counters');
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    if (attempt > 0) await backoff(attempt);
    const current = await findById<CounterDoc>(ports.db, 'counters', key);
    if (!current) {
      try {
        await counters.add({ data: { _id: key, n: 1, ...fields } });
        return 1;
      } catch (e) {
        if (isDuplicateKey(e)) continue; // someone else created it first
        throw e;
      }
    }
    const res = await counters.where({ _id: key, n: current.n }).update({ data: { n: current.n + 1 } });
    if (res.stats.updated === 1) return current.n + 1;
  }
  throw new AppError('CONFLICT', '提交的人较多,请稍后重试', `counter ${key} kept changing`);
}

/** Starts a counter again from nothing (the next `nextSequence` answers 1); a counter never made is fine. */
export async function clearCounter(ports: Ports, key: string): Promise<void> {
  await ports.db.collection<CounterDoc>('counters').where({ _id: key }).remove();
}

/** Removes the counters with these keys (a counter never made is fine). */
export async function clearCounters(ports: Ports, keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return;
  await ports.db.collection<CounterDoc>('counters').where({ _id: ports.db.command.in([...keys]) }).remove();
}

/** Removes the day counters of days before `day` (YYYYMMDD, Beijing); counters without a day are left alone. */
export async function clearDayCountersBefore(ports: Ports, day: string): Promise<number> {
  const res = await ports.db.collection<CounterDoc>('counters').where({ day: ports.db.command.lt(day) }).remove();
  return res.stats.removed;
}
