/**
 * Sequences without transactions: a conditional update on the value that was read
 * succeeds for exactly one writer (see docs/decisions/0003-writes-without-transactions.md).
 */
import { AppError } from '../../core/errors';
import { findById, isDuplicateKey } from '../db';
import type { Ports } from '../ports';

interface CounterDoc {
  _id: string;
  n: number;
}

const MAX_ATTEMPTS = 100;

/** A short random wait that grows with contention, so racing writers spread out. */
const backoff = (attempt: number) =>
  new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(50, 2 * attempt)));

export async function nextSequence(ports: Ports, key: string): Promise<number> {
  const counters = ports.db.collection<CounterDoc>('counters');
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    if (attempt > 0) await backoff(attempt);
    const current = await findById<CounterDoc>(ports.db, 'counters', key);
    if (!current) {
      try {
        await counters.add({ data: { _id: key, n: 1 } });
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
