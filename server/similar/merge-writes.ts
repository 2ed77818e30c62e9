/**
 * The writes of 汇总件 (decision 0036): one opinion at a time, each one conditional update on the
 * version read with its timeline event (opinions.repo.ts `writeOpinionChange`, as every change
 * of an opinion), decided again on fresh data after a lost race. It leaves the opinion
 * `notifyPending`, so the relay tells whom the event concerns and the statistics follow.
 *
 * A change with a `mover` and a `to` is checked against the one transition table, like any move
 * (merging into the parent's `accepted`, following its forward, reply and result). Without a
 * mover it is an undo the table has no edge for: a source taken out of a 汇总件 returns to the
 * very status (and deputy, deadlines) it had before the merge, and a 汇总件 left with fewer
 * than two sources is dissolved (已撤销合并). Only these two use it.
 */
import { AppError } from '../../core/errors';
import type { OpinionAction } from '../../core/opinion-events';
import type { Mover, Status } from '../../core/opinion-status';
import { assertTransitionAllowed } from '../../core/opinion-status-guard';
import type { ActorRef, OpinionDoc, ReplyEntry } from '../model';
import { compareAndSet, type CasPolicy } from '../platform/cas';
import type { Ports } from '../platform/ports';
import { deadlineFields } from '../opinions/deadlines';
import { plannedWrite } from '../opinions/write-plan';
import { requireOpinion, writeOpinionChange, type OpinionWrite } from '../opinions/opinions.repo';

export interface MergeChange {
  to?: Status;
  /** Checked against the table with `to`; absent for the undo of a merge. */
  mover?: Mover;
  actor: ActorRef;
  action: OpinionAction;
  note?: string;
  set?: Record<string, unknown>;
  unset?: readonly string[];
  reply?: ReplyEntry;
  /** Keep the deadlines as `set` gives them (an undo restores the old ones) instead of those the move sets. */
  keepDeadlines?: boolean;
}

/** Up to 8 rounds with a random wait growing by 10 ms a lost round, then CONFLICT (as every opinion change). */
const POLICY: CasPolicy = { tries: 8, maxWaitMs: Number.POSITIVE_INFINITY, stepMs: 10, conflict: () => new AppError('CONFLICT') };

function planOf(ports: Ports, doc: OpinionDoc, change: MergeChange): { write: OpinionWrite; after: OpinionDoc } {
  if (change.to && change.mover) assertTransitionAllowed(doc.status, change.to, change.mover, doc.needInfoFrom);
  const at = ports.clock.now();
  const moves = change.to && change.to !== doc.status ? change.to : undefined;
  const { set, event, after } = plannedWrite(doc, at, { ...change, to: moves, deadlines: moves && !change.keepDeadlines ? deadlineFields(ports, doc, moves, at) : {} });
  const unset = change.unset?.length ? change.unset : undefined;
  return { write: { set, unset, event, reply: change.reply }, after };
}

/**
 * Reads the opinion (or takes `first`), decides — `undefined`: nothing to write, the opinion is
 * answered as it is — and writes one change on the version read. Answers the opinion after.
 */
export function mergeWrite(
  ports: Ports,
  id: string,
  decide: (doc: OpinionDoc) => MergeChange | undefined,
  first?: OpinionDoc,
): Promise<OpinionDoc> {
  return compareAndSet<OpinionDoc, { write: OpinionWrite; after: OpinionDoc }, OpinionDoc>(
    {
      read: (round) => (round === 0 && first ? Promise.resolve(first) : requireOpinion(ports, id)),
      decide: (doc) => {
        const change = decide(doc);
        return change ? { change: planOf(ports, doc, change) } : { done: doc };
      },
      write: async (doc, plan) => ((await writeOpinionChange(ports, id, doc.version, plan.write)) ? { value: plan.after } : undefined),
    },
    POLICY,
  );
}
