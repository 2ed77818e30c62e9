/**
 * Sequences without transactions: a conditional update on the value that was read
 * succeeds for exactly one writer (see docs/decisions/0003-writes-without-transactions.md).
 */
import { AppError } from '../../core/errors';
import { compareAndSet, type CasPolicy } from '../platform/cas';
import { dbOf, findById } from '../platform/db';
import { isDuplicateKey } from '../platform/db-errors';
import type { Ports } from '../platform/ports';

interface CounterDoc {
  _id: string;
  n: number;
  /** A counter that counts for one day only (claim attempts): its Beijing day (YYYYMMDD), so past days can be swept. */
  day?: string;
}

/** Up to 100 rounds; a short random wait that grows with contention (2 ms a lost round, at most 50), so racing writers spread out. */
const policyFor = (key: string): CasPolicy => ({
  tries: 100,
  maxWaitMs: 50,
  stepMs: 2,
  conflict: () => new AppError('CONFLICT', '提交的人较多，请稍后重试', `counter ${key} kept changing`),
});

/** The next number of `key`; `fields` are written with the counter when it is created (e.g. its `day`). */
export async function nextSequence(ports: Ports, key: string, fields: Partial<Pick<CounterDoc, 'day'>> = {}): Promise<number> {
  const db = dbOf(ports);
  const counters = db.collection<CounterDoc>('counters');
  return compareAndSet<CounterDoc | undefined, 'create' | 'next', number>(
    {
      read: () => findById<CounterDoc>(db, 'counters', key),
      decide: (current) => ({ change: current ? 'next' : 'create' }),
      write: async (current, change) => {
        if (change === 'create') {
          try {
            await counters.add({ data: { _id: key, n: 1, ...fields } });
            return { value: 1 };
          } catch (e) {
            if (isDuplicateKey(e)) return undefined; // someone else created it first
            throw e;
          }
        }
        const res = await counters.where({ _id: key, n: current!.n }).update({ data: { n: current!.n + 1 } });
        return res.stats.updated === 1 ? { value: current!.n + 1 } : undefined;
      },
    },
    policyFor(key),
  );
}

/** Starts a counter again from nothing (the next `nextSequence` answers 1); a counter never made is fine. */
export async function clearCounter(ports: Ports, key: string): Promise<void> {
  await dbOf(ports).collection<CounterDoc>('counters').where({ _id: key }).remove();
}

/** Removes the counters with these keys (a counter never made is fine). */
export async function clearCounters(ports: Ports, keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return;
  const db = dbOf(ports);
  await db.collection<CounterDoc>('counters').where({ _id: db.command.in([...keys]) }).remove();
}

/** Removes the day counters of days before `day` (YYYYMMDD, Beijing); counters without a day are left alone. */
export async function clearDayCountersBefore(ports: Ports, day: string): Promise<number> {
  const db = dbOf(ports);
  const res = await db.collection<CounterDoc>('counters').where({ day: db.command.lt(day) }).remove();
  return res.stats.removed;
}
