/** What every deputy action shares: holding the opinion, checked changes, and what may be done next. */
import { randomBytes } from 'node:crypto';
import { FURTHER_REPLY_STATUSES } from '../../core/conversation';
import { AppError } from '../../core/errors';
import { checkTransition, HANDOVER_STATUSES, type Status } from '../../core/opinion-status';
import type { Actor } from '../users/actor';
import type { OpinionDoc } from '../model';
import type { Ports } from '../platform/ports';
import type { Change } from './change-opinion';
import { requireOpinion } from './opinions.repo';
import { moveOpinion } from './after-write';
import { changeOpinionResult } from './views/transition-result';
import { checkText } from './content-check';

export const newId = (): string => randomBytes(12).toString('hex');

export const deputyRef = (actor: Actor) => ({ role: 'deputy' as const, id: actor.deputy!._id, name: actor.deputy!.name });

/** The opinion, if it is assigned to this deputy (NOT_YOUR_OPINION otherwise). */
export async function myAssignedOpinion(ports: Ports, actor: Actor, id: string): Promise<OpinionDoc> {
  const doc = await requireOpinion(ports, id);
  if (doc.assigneeDeputyId !== actor.deputy?._id) throw new AppError('NOT_YOUR_OPINION');
  return doc;
}

/** Deputy text goes through content security too; what needs review is sent back to edit. */
export async function checkDeputyText(ports: Ports, actor: Actor, ...texts: string[]): Promise<void> {
  if ((await checkText(ports, actor.openid!, texts)) !== 'pass') {
    throw new AppError('TEXT_REFUSED', '内容需要人工审核，请修改后再提交');
  }
}

/** Refuses early (before any content check or side write) what the table would refuse anyway. */
export function assertDeputyMove(doc: OpinionDoc, to: Status): void {
  if (!checkTransition(doc.status, to, 'deputy', doc.needInfoFrom).ok) throw new AppError('TRANSITION_NOT_ALLOWED');
}

/**
 * A change by the deputy who holds the opinion, checked again on the fresh document. The
 * opinion read to check that the deputy holds it is the write's first read (`held`, when the
 * caller read it already in this request); a write in between makes the conditional update
 * lose, and the holder is checked again on the document read then.
 */
export async function deputyChangeDoc(
  ports: Ports,
  actor: Actor,
  id: string,
  decide: (fresh: OpinionDoc, now: Date) => Omit<Change, 'mover' | 'actor'>,
  held?: OpinionDoc,
): Promise<OpinionDoc> {
  const first = held ?? (await myAssignedOpinion(ports, actor, id));
  return moveOpinion(
    ports,
    id,
    (fresh) => {
      if (fresh.assigneeDeputyId !== actor.deputy!._id) throw new AppError('NOT_YOUR_OPINION');
      return { ...decide(fresh, ports.clock.now()), mover: 'deputy', actor: deputyRef(actor) };
    },
    first,
  );
}

export async function deputyChange(
  ports: Ports,
  actor: Actor,
  id: string,
  decide: (fresh: OpinionDoc, now: Date) => Omit<Change, 'mover' | 'actor'>,
  held?: OpinionDoc,
) {
  return changeOpinionResult(await deputyChangeDoc(ports, actor, id, decide, held));
}

const may = (doc: OpinionDoc, to: Status) => checkTransition(doc.status, to, 'deputy', doc.needInfoFrom).ok;

/** What the holder may do now; the pages show exactly these buttons. */
export function deputyCanOf(doc: OpinionDoc) {
  return {
    accept: may(doc, 'accepted'),
    reply: may(doc, 'replied'),
    /** Answered already: a further reply, with no move (core/conversation.ts). */
    replyAgain: FURTHER_REPLY_STATUSES.includes(doc.status),
    needInfo: may(doc, 'need_info'),
    forward: may(doc, 'forwarded'),
    departmentAnswer: doc.status === 'forwarded' && Boolean(doc.forward) && !doc.forward?.answer,
    suggest: may(doc, 'suggestion'),
    handover: HANDOVER_STATUSES.includes(doc.status),
    resolve: may(doc, 'resolved'),
  };
}
