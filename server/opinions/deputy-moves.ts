/**
 * The deputy's first moves on an opinion they hold: read it, accept, ask for information,
 * reply (with the boilerplate judgement; again once answered) and resolve. Each move is
 * refused early (before the content check) when the table would refuse it, and the opinion
 * read for that check is the write's first read: one read of the opinion per move, unless
 * someone wrote in between.
 */
import { judgeReply } from '../../core/boilerplate';
import { RESULT_KIND_LABELS } from '../../core/contract/fields';
import { FURTHER_REPLY_STATUSES } from '../../core/conversation';
import { OPEN_STATUSES } from '../../core/opinion-status';
import type { Actor } from '../users/actor';
import type { Ports } from '../platform/ports';
import { templateTextsOf } from '../deputies/reply-templates';
import { assertDeputyMove, checkDeputyText, deputyCanOf, deputyChange, deputyChangeDoc, myAssignedOpinion } from './deputy-work';
import { photoUrlsOf } from './views/photo-urls';
import { toDeputyDetail } from './views/opinion-view';
import { changeOpinionResult } from './views/transition-result';

const iso = (d: Date | string) => new Date(d).toISOString();

/** The case as the deputy who holds it sees it, with what they may do now. */
export async function deputyOpinionDetail(ports: Ports, actor: Actor, id: string) {
  const doc = await myAssignedOpinion(ports, actor, id);
  const f = doc.forward;
  return {
    ...toDeputyDetail(doc, await photoUrlsOf(ports, doc), ports.clock.now()),
    deputyCan: deputyCanOf(doc),
    ...(doc.nextDueAt ? { dueAt: iso(doc.nextDueAt) } : {}),
    overdue: Boolean(doc.overdue) && OPEN_STATUSES.includes(doc.status),
    ...(f
      ? {
          forward: {
            departmentName: f.departmentName,
            departmentContact: f.departmentContact,
            letterNo: f.letterNo,
            at: iso(f.at),
            answerDueAt: iso(f.answerDueAt),
            ...(f.note ? { note: f.note } : {}),
            ...(f.answer ? { answer: { at: iso(f.answer.at), text: f.answer.text } } : {}),
          },
        }
      : {}),
    ...(doc.suggestionId ? { suggestionId: doc.suggestionId } : {}),
    replyFlags: doc.replies.map((r) => ({
      at: iso(r.at),
      countsAsResponse: r.countsAsResponse !== false,
      boilerplate: Boolean(r.boilerplate),
    })),
  };
}

export async function acceptOpinion(ports: Ports, actor: Actor, id: string, note?: string) {
  // Refused before the content check: a double tap's second accept writes nothing.
  const held = await myAssignedOpinion(ports, actor, id);
  assertDeputyMove(held, 'accepted');
  if (note) await checkDeputyText(ports, actor, note);
  return deputyChange(
    ports,
    actor,
    id,
    (fresh, now) => ({
      to: 'accepted',
      action: 'accept',
      ...(note ? { note } : {}),
      set: { acceptedAt: now, ...(fresh.firstResponseAt ? {} : { firstResponseAt: now }) },
    }),
    held,
  );
}

/**
 * A reply to the resident. The first one of a stage moves the case to `replied`; once it is
 * answered, a further reply is a timeline entry and a reply with no move (core/conversation.ts:
 * the table has no replied → replied). Either way the resident is told, and only a reply that
 * counts as a response sets the first response.
 */
export async function replyToOpinion(ports: Ports, actor: Actor, id: string, text: string) {
  const held = await myAssignedOpinion(ports, actor, id);
  if (!FURTHER_REPLY_STATUSES.includes(held.status)) assertDeputyMove(held, 'replied');
  await checkDeputyText(ports, actor, text);
  const judged = judgeReply(text, await templateTextsOf(ports, actor.deputy!._id));
  const doc = await deputyChangeDoc(
    ports,
    actor,
    id,
    (fresh, now) => ({
      ...(FURTHER_REPLY_STATUSES.includes(fresh.status) ? {} : { to: 'replied' as const }),
      action: 'reply',
      reply: {
        at: now,
        deputyId: actor.deputy!._id,
        byName: actor.deputy!.name,
        text,
        countsAsResponse: judged.countsAsResponse,
        boilerplate: judged.boilerplate,
      },
      // A boilerplate or too-short reply is not a first response in the numbers.
      set: fresh.firstResponseAt || !judged.countsAsResponse ? {} : { firstResponseAt: now },
    }),
    held,
  );
  return { ...changeOpinionResult(doc), countsAsResponse: judged.countsAsResponse, boilerplate: judged.boilerplate };
}

export async function askForInfo(ports: Ports, actor: Actor, id: string, question: string) {
  const held = await myAssignedOpinion(ports, actor, id);
  assertDeputyMove(held, 'need_info');
  await checkDeputyText(ports, actor, question);
  return deputyChange(ports, actor, id, (fresh) => ({ to: 'need_info', action: 'need_info', note: question, set: { needInfoFrom: fresh.status } }), held);
}

export async function resolveOpinion(ports: Ports, actor: Actor, id: string, kind: keyof typeof RESULT_KIND_LABELS, text: string) {
  const held = await myAssignedOpinion(ports, actor, id);
  assertDeputyMove(held, 'resolved');
  await checkDeputyText(ports, actor, text);
  return deputyChange(
    ports,
    actor,
    id,
    (fresh, now) => ({
      to: 'resolved',
      action: 'resolve',
      note: `${RESULT_KIND_LABELS[kind]}：${text}`,
      set: { resultKind: kind, resultText: text, resolvedAt: now, ...(fresh.firstResponseAt ? {} : { firstResponseAt: now }) },
    }),
    held,
  );
}
