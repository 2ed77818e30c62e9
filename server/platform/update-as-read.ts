/**
 * Writes computed from a read, without transactions (decision 0003): the update is made on the
 * condition that what the decision rested on is still as read; a writer that lost the race
 * (`updated === 0`) reads again and decides again, a few times with a jittered wait, then
 * gives up with CONFLICT. A change that one `$addToSet`/`$pull` expresses exactly (one code
 * into or out of a list) needs none of this: `db.command.addToSet` / `pull`.
 */
import { AppError } from '../../core/errors';
import { findById } from './db';
import type { Ports } from './ports';

/** What to write, and the conditions (besides `_id`) under which the decision still holds. */
export interface Change {
  where: Record<string, unknown>;
  data: Record<string, unknown>;
}

const ROUNDS = 6;

/** A short random wait that grows with each lost round, so racing writers spread out. */
const backoff = (round: number) => new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(50, 8 * round)));

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
  for (let round = 0; round < ROUNDS; round++) {
    if (round > 0) await backoff(round);
    const doc = round === 0 && opts.first ? opts.first : await findById<T>(ports.db, collection, id);
    const change = decide(doc);
    if (!change) return;
    const res = await ports.db.collection(collection).where({ ...change.where, _id: id }).update({ data: change.data });
    if (res.stats.updated === 1) return;
  }
  throw new AppError('CONFLICT', opts.conflict, `${collection}/${id} kept changing`);
}

/** The condition "this list is still as read": equal to it, or still absent. */
export const listAsRead = (ports: Ports, field: string, current: readonly unknown[] | undefined): Record<string, unknown> => ({
  [field]: current ? [...current] : ports.db.command.exists(false),
});

