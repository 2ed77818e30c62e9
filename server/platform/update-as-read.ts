/**
 * Writes computed from a read, without transactions (decision 0003): the update is made on the
 * condition that what the decision rested on is still as read; a writer that lost the race
 * (`updated === 0`) reads again and decides again, a few times with a jittered wait, then
 * gives up with CONFLICT. A change that one `$addToSet`/`$pull` expresses exactly (one code
 * into or out of a list) needs none of this: `db.command.addToSet` / `pull`.
 */
import { AppError } from '../../core/errors';
import { compareAndSet, type CasPolicy } from './cas';
import { dbOf, findById } from './db';
import type { Ports } from './ports';

/** What to write, and the conditions (besides `_id`) under which the decision still holds. */
export interface Change {
  where: Record<string, unknown>;
  data: Record<string, unknown>;
}

/** Six rounds, a random wait growing by 8 ms a lost round up to 50 ms, then CONFLICT with the caller's words. */
const policyFor = (collection: string, id: string, conflict: string): CasPolicy => ({
  tries: 6,
  maxWaitMs: 50,
  stepMs: 8,
  conflict: () => new AppError('CONFLICT', conflict, `${collection}/${id} kept changing`),
});

/**
 * Reads `collection/id` (the first round may use `first`, a copy read earlier in the request),
 * lets `decide` choose the change from it and writes it on the change's conditions. `decide`
 * returns undefined when there is nothing to write — it must, when the data would equal what
 * is stored, since an update that changes nothing counts 0 — and may throw a refusal decided
 * on the fresh document.
 */
export async function updateAsRead<T extends { _id: string }>(
  ports: Ports,
  collection: string,
  id: string,
  decide: (doc: T | undefined) => Change | undefined,
  opts: { conflict: string; first?: T },
): Promise<void> {
  const db = dbOf(ports);
  await compareAndSet<T | undefined, Change, void>(
    {
      read: (round) => (round === 0 && opts.first ? Promise.resolve(opts.first) : findById<T>(db, collection, id)),
      decide: (doc) => {
        const change = decide(doc);
        return change ? { change } : { done: undefined };
      },
      write: async (_doc, change) => {
        const res = await db.collection(collection).where({ ...change.where, _id: id }).update({ data: change.data });
        return res.stats.updated === 1 ? { value: undefined } : undefined;
      },
    },
    policyFor(collection, id, opts.conflict),
  );
}

/** The condition "this list is still as read": equal to it, or still absent. */
export const listAsRead = (ports: Ports, field: string, current: readonly unknown[] | undefined): Record<string, unknown> => ({
  [field]: current ? [...current] : dbOf(ports).command.exists(false),
});
