/**
 * The one compare-and-set loop (decision 0003: writes without transactions). A write
 * computed from a read is made on the condition that what the decision rested on is still as
 * read; a writer that lost the race reads again and decides again, after a short random wait
 * that grows with each lost round, and gives up with the caller's CONFLICT after `tries`.
 *
 * Every optimistic write in the product goes through here: opinion changes, the other
 * documents' read-decide-write updates, sequence counters, the relay's claims and the
 * statistics' claims. Each keeps its own tries and wait, which are properties of how
 * contended its document is, not separate loops. A caller that gives up quietly (the relay,
 * the statistics keeper: the scheduler's sweep finishes their work) catches its own conflict.
 */
export interface CasPolicy {
  /** How many rounds before giving up. */
  tries: number;
  /** The longest random wait between two rounds, in ms (the wait grows with the round up to this). */
  maxWaitMs: number;
  /** The wait's growth per lost round, in ms. */
  stepMs: number;
  /** What to throw when every round was lost. */
  conflict: () => Error;
}

/** What one round decided: nothing to write (`done` with the answer), or a change to try. */
export type Decision<C, R> = { done: R } | { change: C };

export interface CasSpec<D, C, R> {
  /** Reads the current state (`round` 0 may answer with a copy the caller already holds). */
  read(round: number): Promise<D>;
  /** Decides on the fresh state; may throw a refusal decided on it. */
  decide(current: D): Decision<C, R>;
  /** Writes the change on the condition that `current` still holds; `undefined` when the race was lost. */
  write(current: D, change: C): Promise<{ value: R } | undefined>;
  /** When every round was lost: the answer from the last state read, instead of the policy's conflict. */
  giveUp?(last: D): R | Promise<R>;
}

/** The random wait before `round`; none at all when the policy waits 0 (a keeper that re-reads at once). */
const wait = (round: number, policy: CasPolicy) => {
  const bound = Math.min(policy.maxWaitMs, policy.stepMs * round);
  return bound > 0 ? new Promise((resolve) => setTimeout(resolve, Math.random() * bound)) : undefined;
};

export async function compareAndSet<D, C, R>(spec: CasSpec<D, C, R>, policy: CasPolicy): Promise<R> {
  let last: D | undefined;
  for (let round = 0; round < policy.tries; round++) {
    if (round > 0) await wait(round, policy);
    const current = await spec.read(round);
    last = current;
    const decision = spec.decide(current);
    if ('done' in decision) return decision.done;
    const written = await spec.write(current, decision.change);
    if (written) return written.value;
  }
  if (spec.giveUp && policy.tries > 0) return spec.giveUp(last as D);
  throw policy.conflict();
}
