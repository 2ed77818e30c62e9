/**
 * The "deputy" function: binding, the inbox and the first moves on an opinion (accept,
 * need_info, reply with templates, resolve). Forwarding, suggestions and hand-over are in
 * deputy-handling.ts; sessions, activities and the duty record in deputy-duty.ts.
 */
import { judgeReply } from '../../core/boilerplate';
import { RESULT_KIND_LABELS } from '../../core/contract/fields';
import { OPEN_STATUSES } from '../../core/opinion-status';
import { bindDeputy } from '../deputies/bind';
import { deputyInbox } from '../deputies/inbox';
import { deputyProfile, saveDeputyProfile } from '../deputies/profile';
import { deleteTemplate, myTemplates, saveTemplate, templateTextsOf } from '../deputies/reply-templates';
import {
  assertDeputyMove,
  checkDeputyText,
  deputyCanOf,
  deputyChange,
  deputyChangeDoc,
  myAssignedOpinion,
} from '../opinions/deputy-work';
import { photoUrlsOf } from '../opinions/views/photo-urls';
import { toDeputyDetail } from '../opinions/views/opinion-view';
import { changeOpinionResult } from '../opinions/views/transition-result';
import { handlers, type HandlersOf } from './define';
import { deputyHandlingHandlers } from './deputy-handling';
import { deputyDutyHandlers } from './deputy-duty';

const iso = (d: Date | string) => new Date(d).toISOString();

const firstHandlers: Pick<
  HandlersOf<'deputy'>,
  'bind' | 'inbox' | 'detail' | 'accept' | 'reply' | 'needInfo' | 'resolve' | 'templates' | 'saveTemplate' | 'deleteTemplate'
> = {
  bind: ({ inviteCode }, { actor, ports }) => bindDeputy(ports, actor, inviteCode),

  inbox: ({ tab, offset, limit }, { actor, ports }) => deputyInbox(ports, actor.deputy!._id, tab, offset, limit),

  async detail({ id }, { actor, ports }) {
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
  },

  async accept({ id, note }, { actor, ports }) {
    // Refused before the content check: a double tap's second accept writes nothing.
    assertDeputyMove(await myAssignedOpinion(ports, actor, id), 'accepted');
    if (note) await checkDeputyText(ports, actor, note);
    return deputyChange(ports, actor, id, (fresh, now) => ({
      to: 'accepted',
      action: 'accept',
      ...(note ? { note } : {}),
      set: { acceptedAt: now, ...(fresh.firstResponseAt ? {} : { firstResponseAt: now }) },
    }));
  },

  async reply({ id, text }, { actor, ports }) {
    assertDeputyMove(await myAssignedOpinion(ports, actor, id), 'replied');
    await checkDeputyText(ports, actor, text);
    const judged = judgeReply(text, await templateTextsOf(ports, actor.deputy!._id));
    const doc = await deputyChangeDoc(ports, actor, id, (fresh, now) => ({
      to: 'replied',
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
    }));
    return { ...changeOpinionResult(doc), countsAsResponse: judged.countsAsResponse, boilerplate: judged.boilerplate };
  },

  async needInfo({ id, question }, { actor, ports }) {
    assertDeputyMove(await myAssignedOpinion(ports, actor, id), 'need_info');
    await checkDeputyText(ports, actor, question);
    return deputyChange(ports, actor, id, (fresh) => ({
      to: 'need_info',
      action: 'need_info',
      note: question,
      set: { needInfoFrom: fresh.status },
    }));
  },

  async resolve({ id, kind, text }, { actor, ports }) {
    assertDeputyMove(await myAssignedOpinion(ports, actor, id), 'resolved');
    await checkDeputyText(ports, actor, text);
    return deputyChange(ports, actor, id, (fresh, now) => ({
      to: 'resolved',
      action: 'resolve',
      note: `${RESULT_KIND_LABELS[kind]}:${text}`,
      set: { resultKind: kind, resultText: text, resolvedAt: now, ...(fresh.firstResponseAt ? {} : { firstResponseAt: now }) },
    }));
  },

  templates: (_p, { actor, ports }) => myTemplates(ports, actor),
  saveTemplate: ({ title, text }, { actor, ports }) => saveTemplate(ports, actor, title, text),
  deleteTemplate: ({ id }, { actor, ports }) => deleteTemplate(ports, actor, id),
};

const profileHandlers: Pick<HandlersOf<'deputy'>, 'profile' | 'saveProfile'> = {
  profile: (_p, { actor, ports }) => deputyProfile(ports, actor.deputy!._id),
  saveProfile: (p, { actor, ports }) => saveDeputyProfile(ports, actor, p),
};

export const deputyHandlers = handlers('deputy', { ...firstHandlers, ...deputyHandlingHandlers, ...deputyDutyHandlers, ...profileHandlers });
