/**
 * Opinion writes. Every change is one conditional update on the version that was read:
 * the status, the fields and the appended timeline event land together or not at all.
 */
import type { OpinionAction } from '../../core/opinion-events';
import type { Mover, Status } from '../../core/opinion-status';
import { assertTransitionAllowed } from '../../core/opinion-status-guard';
import { AppError } from '../../core/errors';
import { findById } from '../platform/db';
import type { ActorRef, OpinionDoc, OpinionEvent, ReplyEntry } from '../model';
import { deadlineFields } from './deadlines';
import { relaySafely } from '../notifications/relay';
import { applyOpenLoad } from './open-load';
import type { Ports } from '../platform/ports';

export const getOpinion = (ports: Ports, id: string) => findById<OpinionDoc>(ports.db, 'opinions', id);

export async function requireOpinion(ports: Ports, id: string): Promise<OpinionDoc> {
  const doc = await getOpinion(ports, id);
  if (!doc) throw new AppError('OPINION_NOT_FOUND');
  return doc;
}

/** What one decision changes; computed from the freshly read document. */
export interface Change {
  to?: Status;
  mover: Mover;
  actor: ActorRef;
  action: OpinionAction;
  note?: string;
  set?: Partial<Omit<OpinionDoc, '_id' | 'status' | 'version' | 'timeline' | 'replies'>>;
  reply?: ReplyEntry;
}


/**
 * Reads the opinion, lets `decide` check and describe the change, and writes it on the
 * condition that nobody wrote in between; on a lost race it decides again on fresh data.
 */
export async function changeOpinion(
  ports: Ports,
  id: string,
  decide: (doc: OpinionDoc) => Change,
): Promise<OpinionDoc> {
  const _ = ports.db.command;
  for (let attempt = 0; attempt < 8; attempt++) {
    if (attempt > 0) await new Promise((r) => setTimeout(r, Math.random() * 10 * attempt));
    const doc = await requireOpinion(ports, id);
    const change = decide(doc);
    if (change.to) assertTransitionAllowed(doc.status, change.to, change.mover, doc.needInfoFrom);
    const at = ports.clock.now();
    const deadlines = change.to ? await deadlineFields(ports, doc, change.to, at) : {};
    const event: OpinionEvent = {
      at,
      actor: change.actor,
      action: change.action,
      ...(change.to ? { from: doc.status, to: change.to } : {}),
      ...(change.note ? { note: change.note } : {}),
    };
    const data: Record<string, unknown> = {
      ...deadlines,
      ...change.set,
      ...(change.to ? { status: change.to } : {}),
      version: doc.version + 1,
      updatedAt: at,
      notifyPending: true,
      timeline: _.push([event]),
      ...(change.reply ? { replies: _.push([change.reply]) } : {}),
    };
    const res = await ports.db
      .collection('opinions')
      .where({ _id: id, version: doc.version })
      .update({ data });
    if (res.stats.updated === 1) {
      const assignee = (change.set as Partial<OpinionDoc> | undefined)?.assigneeDeputyId ?? doc.assigneeDeputyId;
      await applyOpenLoad(ports, doc, { status: change.to ?? doc.status, assigneeDeputyId: assignee });
      await relaySafely(ports, id);
      return {
        ...doc,
        ...deadlines,
        ...(change.set as object),
        ...(change.to ? { status: change.to } : {}),
        version: doc.version + 1,
        updatedAt: at,
        timeline: [...doc.timeline, event],
        replies: change.reply ? [...doc.replies, change.reply] : doc.replies,
      };
    }
  }
  throw new AppError('CONFLICT');
}
