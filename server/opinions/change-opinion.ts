/**
 * How an opinion changes: read it (or take the copy already read in this request), let the use
 * case decide on it, check the move against the one transition table, add the deadlines the
 * move sets and the timeline event, and write it on the condition that nobody wrote in between
 * (opinions.repo.ts `writeOpinionChange`). A lost race reads and decides again on fresh data,
 * through the one compare-and-set loop. A write only: the after-write step follows it
 * (after-write.ts `moveOpinion`, which use cases call).
 */
import { AppError } from '../../core/errors';
import type { OpinionAction } from '../../core/opinion-events';
import type { Mover, Status } from '../../core/opinion-status';
import { assertTransitionAllowed } from '../../core/opinion-status-guard';
import type { ActorRef, OpinionDoc, OpinionEvent, ReplyEntry } from '../model';
import { compareAndSet, type CasPolicy } from '../platform/cas';
import type { Ports } from '../platform/ports';
import { deadlineFields } from './deadlines';
import { searchFieldsChange } from './search-fields';
import { plannedWrite } from './write-plan';
import { requireOpinion, writeOpinionChange, type OpinionWrite } from './opinions.repo';

/** What one decision changes; computed from the freshly read document. */
export interface Change {
  to?: Status;
  mover: Mover;
  actor: ActorRef;
  action: OpinionAction;
  note?: string;
  set?: Partial<Omit<OpinionDoc, '_id' | 'status' | 'version' | 'timeline' | 'replies'>>;
  /** Fields removed from the opinion (e.g. `publishedAt` when its story is taken down). */
  unset?: readonly (keyof OpinionDoc)[];
  reply?: ReplyEntry;
}

/** One change written: the document as it was read and decided on, as it is now, and the event added. */
export interface Written {
  before: OpinionDoc;
  after: OpinionDoc;
  event: OpinionEvent;
}

/** Up to 8 rounds with a random wait growing by 10 ms a lost round, then CONFLICT. */
const CHANGE_POLICY: CasPolicy = {
  tries: 8,
  maxWaitMs: Number.POSITIVE_INFINITY,
  stepMs: 10,
  conflict: () => new AppError('CONFLICT'),
};

/** The write a decision makes on `doc`, and the document it leaves. */
function planOf(ports: Ports, doc: OpinionDoc, change: Change): { write: OpinionWrite; after: OpinionDoc } {
  if (change.to) assertTransitionAllowed(doc.status, change.to, change.mover, doc.needInfoFrom);
  const at = ports.clock.now();
  const { set, event, after } = plannedWrite(doc, at, {
    ...change,
    set: change.set as Record<string, unknown> | undefined,
    deadlines: change.to ? deadlineFields(ports, doc, change.to, at) : {},
  });
  // The search keys follow the words and the phone in this same write (decision 0032).
  const search = searchFieldsChange(doc, after);
  Object.assign(set, search.set);
  Object.assign(after, search.set);
  for (const field of search.unset) delete (after as Partial<OpinionDoc>)[field];
  // An erased case keeps no similarity keys: nothing finds it by the resident's words (decision 0036).
  if (after.erasedAt && doc.simKeys) {
    search.unset.push('simKeys');
    delete (after as Partial<OpinionDoc>).simKeys;
  }
  const unset = [...(change.unset ?? []), ...search.unset];
  return { write: { set, unset: unset.length ? unset : undefined, event, reply: change.reply }, after };
}

/** Reads (or takes `first`), decides, and writes one change of the opinion; answers it before and after. */
export async function changeOpinion(
  ports: Ports,
  id: string,
  decide: (doc: OpinionDoc) => Change,
  first?: OpinionDoc,
): Promise<Written> {
  return compareAndSet<OpinionDoc, { write: OpinionWrite; after: OpinionDoc }, Written>(
    {
      read: (round) => (round === 0 && first ? Promise.resolve(first) : requireOpinion(ports, id)),
      decide: (doc) => ({ change: planOf(ports, doc, decide(doc)) }),
      write: async (doc, plan) =>
        (await writeOpinionChange(ports, id, doc.version, plan.write))
          ? { value: { before: doc, after: plan.after, event: plan.write.event } }
          : undefined,
    },
    CHANGE_POLICY,
  );
}
