/**
 * The one shape of an opinion's change (decision 0003): the fields it sets (the deadlines of a
 * move, the use case's own, the status, `version + 1`, `updatedAt`, `notifyPending`), the
 * timeline event, a reply, the fields it removes — and the document it leaves. Shared by every
 * change (change-opinion.ts) and the 汇总件's writes (server/similar/merge-writes.ts), which add
 * their own checks and fields around it.
 */
import type { OpinionAction } from '../../core/opinion-events';
import type { Status } from '../../core/opinion-status';
import type { ActorRef, OpinionDoc, OpinionEvent, ReplyEntry } from '../model';

export interface PlannedChange {
  /** The status it moves to (the event then says from where). */
  to?: Status;
  /** The deadlines the move sets (or none). */
  deadlines: Record<string, unknown>;
  actor: ActorRef;
  action: OpinionAction;
  note?: string;
  set?: Record<string, unknown>;
  unset?: readonly string[];
  reply?: ReplyEntry;
}

export function plannedWrite(doc: OpinionDoc, at: Date, c: PlannedChange): { set: Record<string, unknown>; event: OpinionEvent; after: OpinionDoc } {
  const event: OpinionEvent = {
    at,
    actor: c.actor,
    action: c.action,
    ...(c.to ? { from: doc.status, to: c.to } : {}),
    ...(c.note ? { note: c.note } : {}),
  };
  const set: Record<string, unknown> = {
    ...c.deadlines,
    ...c.set,
    ...(c.to ? { status: c.to } : {}),
    version: doc.version + 1,
    updatedAt: at,
    notifyPending: true,
  };
  const after = {
    ...doc,
    ...set,
    timeline: [...doc.timeline, event],
    replies: c.reply ? [...doc.replies, c.reply] : doc.replies,
  } as OpinionDoc;
  for (const field of c.unset ?? []) delete (after as unknown as Record<string, unknown>)[field];
  return { set, event, after };
}
