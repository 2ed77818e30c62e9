/** The `jobs` collection: the scheduler's job leases and marks. Every read and write of it goes through this module. */
import { dbOf, findAll, findById } from '../platform/db';
import type { Ports } from '../platform/ports';
import type { OpinionDoc } from '../model';

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
