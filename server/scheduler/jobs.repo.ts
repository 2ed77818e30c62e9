/** The `jobs` collection: the scheduler's job leases and marks. Every read and write of it goes through this module. */
import { dbOf, findAll, findById } from '../platform/db';
import { isDuplicateKey } from '../platform/db-errors';
import type { Ports } from '../platform/ports';

/** A daily repair pass's progress (`<job>-<Beijing day>`): `after` is the last id done; `done` only once the last page is done (absent: an older "done today" mark). */
export interface DailyPassJobDoc {
  _id: string;
  at: Date;
  after: string;
  done?: boolean;
}

/** Starts the day's pass with nothing done (a duplicate id throws the duplicate-key error: an earlier tick started it). */
export async function startDailyPassJob(ports: Ports, jobId: string, at: Date): Promise<void> {
  await dbOf(ports).collection('jobs').add({ data: { _id: jobId, at, after: '', done: false } });
}

/** The day's pass's progress, if started. */
export const dailyPassJob = (ports: Ports, jobId: string) => findById<DailyPassJobDoc>(dbOf(ports), 'jobs', jobId);

/** Moves the pass's progress from `asRead` to `after` (and marks it done with `doneAt`), if nobody moved it since. */
export async function advanceDailyPassJob(ports: Ports, jobId: string, asRead: string, after: string, doneAt?: Date): Promise<void> {
  await dbOf(ports)
    .collection('jobs')
    .where({ _id: jobId, after: asRead })
    .update({ data: { after, ...(doneAt ? { done: true, doneAt } : {}) } });
}

/** A job's document (its progress or mark), or undefined. */
export const readJob = <T extends { _id: string }>(ports: Ports, id: string) => findById<T>(dbOf(ports), 'jobs', id);

/** Replaces a job's document whole (its progress), creating it if missing. */
export async function saveJob(ports: Ports, id: string, data: Record<string, unknown>): Promise<void> {
  await dbOf(ports).collection('jobs').doc(id).set({ data });
}

/** Whether the job's mark (`<job>-<Beijing day>`) is there: that day's run was done. */
export async function jobMarked(ports: Ports, id: string): Promise<boolean> {
  return (await dbOf(ports).collection('jobs').where({ _id: id }).count()).total > 0;
}

/** Marks a job done at `at`; a mark already there (another run made it) is left as it is. */
export async function markJobDone(ports: Ports, id: string, at: Date): Promise<void> {
  try {
    await dbOf(ports).collection('jobs').add({ data: { _id: id, doneAt: at } });
  } catch (e) {
    if (!isDuplicateKey(e)) throw e;
  }
}

/**
 * Takes the lease `id` for `holder` until `until`, unless another holder has it: an expired
 * lease (a killed run's) is taken over; a missing one is created. False when it is held.
 */
export async function takeJobLease(ports: Ports, id: string, holder: string, now: Date, until: Date): Promise<boolean> {
  const db = dbOf(ports);
  const _ = db.command;
  const data = { until, holder };
  const res = await db.collection('jobs').where({ _id: id, until: _.lt(now) }).update({ data });
  if (res.stats.updated === 1) return true;
  try {
    await db.collection('jobs').add({ data: { _id: id, ...data } });
    return true;
  } catch (e) {
    if (isDuplicateKey(e)) return false;
    throw e;
  }
}

/** Gives the lease back (if `holder` still has it), so the next run need not wait for it to expire. */
export async function releaseJobLease(ports: Ports, id: string, holder: string): Promise<void> {
  await dbOf(ports).collection('jobs').where({ _id: id, holder }).update({ data: { until: new Date(0) } });
}
