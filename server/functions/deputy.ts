/**
 * The "deputy" function: binding, the inbox and the first moves on an opinion (accept,
 * need_info, reply with templates, resolve). Forwarding, suggestions and hand-over are in
 * deputy-handling.ts; sessions, activities and the duty record in deputy-duty.ts.
 */
import type { INBOX_TABS } from '../../core/contract';
import { judgeReply } from '../../core/boilerplate';
import { RESULT_KIND_LABELS } from '../../core/contract/fields';
import { AppError } from '../../core/errors';
import { OPEN_STATUSES, type Status } from '../../core/opinion-status';
import type { Ports } from '../platform/ports';
import { findAll } from '../platform/db';
import type { OpinionDoc, ReplyTemplateDoc } from '../model';
import { bindDeputy } from '../deputies/bind';
import { deputyProfile, saveDeputyProfile } from '../deputies/profile';
import {
  assertDeputyMove,
  checkDeputyText,
  deputyCanOf,
  deputyChange,
  deputyChangeDoc,
  heldOpinion,
  newId,
} from '../opinions/deputy-work';
import { photoUrlsOf } from '../opinions/views/photo-urls';
import { toDeputyDetail, toInboxItem } from '../opinions/views/opinion-view';
import { changeOpinionResult } from '../opinions/views/transition-result';
import { handlers, type HandlersOf } from './define';
import { deputyHandlingHandlers } from './deputy-handling';
import { deputyDutyHandlers } from './deputy-duty';

type Tab = (typeof INBOX_TABS)[number];

export const INBOX_TAB_STATUSES: Record<Tab, readonly Status[]> = {
  new: ['assigned'],
  in_progress: ['accepted', 'forwarded', 'suggestion', 'replied'],
  waiting: ['need_info'],
  overdue: OPEN_STATUSES,
  done: ['resolved', 'closed', 'rejected', 'withdrawn'],
  all: [],
};

/** Work to do comes soonest-due first; finished work newest first. */
const TAB_ORDER: Record<Tab, [string, 'asc' | 'desc']> = {
  new: ['nextDueAt', 'asc'],
  in_progress: ['nextDueAt', 'asc'],
  waiting: ['updatedAt', 'asc'],
  overdue: ['nextDueAt', 'asc'],
  done: ['updatedAt', 'desc'],
  all: ['updatedAt', 'desc'],
};

/** Equality and `$in` on indexed fields only (server/platform/indexes.json): the inbox never scans. */
function inboxQuery(ports: Ports, deputyId: string, tab: Tab) {
  const statuses = INBOX_TAB_STATUSES[tab];
  const where: Record<string, unknown> = { assigneeDeputyId: deputyId };
  if (statuses.length) where.status = ports.db.command.in([...statuses]);
  if (tab === 'overdue') where.overdue = true;
  return ports.db.collection<OpinionDoc>('opinions').where(where);
}

const DAY_MS = 86_400_000;
const iso = (d: Date | string) => new Date(d).toISOString();

export function toDeputyInboxItem(doc: OpinionDoc, now: Date) {
  return {
    ...toInboxItem(doc),
    ...(doc.nextDueAt ? { dueAt: iso(doc.nextDueAt) } : {}),
    ...(doc.nextDueKind ? { dueKind: doc.nextDueKind } : {}),
    overdue: Boolean(doc.overdue) && OPEN_STATUSES.includes(doc.status),
    ageDays: Math.max(0, Math.floor((now.getTime() - new Date(doc.createdAt).getTime()) / DAY_MS)),
  };
}

const templatesOf = (ports: Ports, deputyId: string) =>
  findAll<ReplyTemplateDoc>(ports.db, 'replytemplates', { deputyId }, 200);

const firstHandlers: Pick<
  HandlersOf<'deputy'>,
  'bind' | 'inbox' | 'detail' | 'accept' | 'reply' | 'needInfo' | 'resolve' | 'templates' | 'saveTemplate' | 'deleteTemplate'
> = {
  bind: ({ inviteCode }, { actor, ports }) => bindDeputy(ports, actor, inviteCode),

  async inbox({ tab, offset, limit }, { actor, ports }) {
    const deputyId = actor.deputy!._id;
    const tabs = Object.keys(INBOX_TAB_STATUSES) as Tab[];
    const [field, order] = TAB_ORDER[tab];
    const [page, ...totals] = await Promise.all([
      inboxQuery(ports, deputyId, tab).orderBy(field, order).orderBy('createdAt', 'asc').skip(offset).limit(limit).get(),
      ...tabs.map((t) => inboxQuery(ports, deputyId, t).count()),
    ]);
    const counts: Record<string, number> = Object.fromEntries(tabs.map((t, i) => [t, totals[i].total]));
    const total = counts[tab];
    const next = offset + page.data.length;
    const now = ports.clock.now();
    return {
      items: page.data.map((d) => toDeputyInboxItem(d, now)),
      total,
      counts,
      ...(next < total ? { nextOffset: next } : {}),
    };
  },

  async detail({ id }, { actor, ports }) {
    const doc = await heldOpinion(ports, actor, id);
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
    assertDeputyMove(await heldOpinion(ports, actor, id), 'accepted');
    if (note) await checkDeputyText(ports, actor, note);
    return deputyChange(ports, actor, id, (fresh, now) => ({
      to: 'accepted',
      action: 'accept',
      ...(note ? { note } : {}),
      set: { acceptedAt: now, ...(fresh.firstResponseAt ? {} : { firstResponseAt: now }) },
    }));
  },

  async reply({ id, text }, { actor, ports }) {
    assertDeputyMove(await heldOpinion(ports, actor, id), 'replied');
    await checkDeputyText(ports, actor, text);
    const judged = judgeReply(text, (await templatesOf(ports, actor.deputy!._id)).map((t) => t.text));
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
    assertDeputyMove(await heldOpinion(ports, actor, id), 'need_info');
    await checkDeputyText(ports, actor, question);
    return deputyChange(ports, actor, id, (fresh) => ({
      to: 'need_info',
      action: 'need_info',
      note: question,
      set: { needInfoFrom: fresh.status },
    }));
  },

  async resolve({ id, kind, text }, { actor, ports }) {
    assertDeputyMove(await heldOpinion(ports, actor, id), 'resolved');
    await checkDeputyText(ports, actor, text);
    return deputyChange(ports, actor, id, (fresh, now) => ({
      to: 'resolved',
      action: 'resolve',
      note: `${RESULT_KIND_LABELS[kind]}:${text}`,
      set: { resultKind: kind, resultText: text, resolvedAt: now, ...(fresh.firstResponseAt ? {} : { firstResponseAt: now }) },
    }));
  },

  async templates(_p, { actor, ports }) {
    const items = await templatesOf(ports, actor.deputy!._id);
    items.sort((a, b) => new Date(a.createdAt).getTime() - new Date(b.createdAt).getTime());
    return { items: items.map((t) => ({ id: t._id, title: t.title, text: t.text })) };
  },

  async saveTemplate({ title, text }, { actor, ports }) {
    await checkDeputyText(ports, actor, title, text);
    const doc: ReplyTemplateDoc = { _id: newId(), deputyId: actor.deputy!._id, title, text, createdAt: ports.clock.now() };
    await ports.db.collection('replytemplates').add({ data: doc });
    return { id: doc._id, title, text };
  },

  async deleteTemplate({ id }, { actor, ports }) {
    const res = await ports.db.collection('replytemplates').where({ _id: id, deputyId: actor.deputy!._id }).remove();
    if (res.stats.removed !== 1) throw new AppError('TEMPLATE_NOT_FOUND');
    return { ok: true as const };
  },
};

const profileHandlers: Pick<HandlersOf<'deputy'>, 'profile' | 'saveProfile'> = {
  profile: (_p, { actor, ports }) => deputyProfile(ports, actor.deputy!._id),
  saveProfile: (p, { actor, ports }) => saveDeputyProfile(ports, actor, p),
};

export const deputyHandlers = handlers('deputy', { ...firstHandlers, ...deputyHandlingHandlers, ...deputyDutyHandlers, ...profileHandlers });
