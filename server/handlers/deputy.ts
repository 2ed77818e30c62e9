import type { INBOX_TABS } from '../../core/contract';
import { AppError } from '../../core/errors';
import type { Status } from '../../core/opinion-status';
import type { Actor } from '../actor';
import type { OpinionDoc } from '../model';
import type { Ports } from '../ports';
import { changeOpinion, requireOpinion, type Change } from '../repos/opinions';
import { checkText } from '../use-cases/content-check';
import { photoUrlsOf } from '../views/photo-urls';
import { changeOpinionResult } from '../views/transition-result';
import { RESULT_KIND_LABELS } from '../../core/contract/fields';
import { toDeputyDetail, toInboxItem } from '../views/opinion-view';
import { handlers } from './define';

type Tab = (typeof INBOX_TABS)[number];

export const INBOX_TAB_STATUSES: Record<Tab, readonly Status[]> = {
  new: ['assigned'],
  in_progress: ['accepted', 'forwarded', 'suggestion', 'replied'],
  waiting: ['need_info'],
  done: ['resolved', 'closed', 'rejected', 'withdrawn'],
  all: [],
};

/** The opinion, if this deputy holds it. */
async function heldOpinion(ports: Ports, actor: Actor, id: string): Promise<OpinionDoc> {
  const doc = await requireOpinion(ports, id);
  if (doc.assigneeDeputyId !== actor.deputy?._id) throw new AppError('NOT_YOUR_OPINION');
  return doc;
}

function inboxQuery(ports: Ports, deputyId: string, tab: Tab) {
  const statuses = INBOX_TAB_STATUSES[tab];
  return ports.db
    .collection<OpinionDoc>('opinions')
    .where(statuses.length ? { assigneeDeputyId: deputyId, status: ports.db.command.in([...statuses]) } : { assigneeDeputyId: deputyId });
}

const deputyRef = (actor: Actor) => ({ role: 'deputy' as const, id: actor.deputy!._id, name: actor.deputy!.name });

export const deputyHandlers = handlers('deputy', {
  async inbox({ tab, offset, limit }, { actor, ports }) {
    const deputyId = actor.deputy!._id;
    const tabs = Object.keys(INBOX_TAB_STATUSES) as Tab[];
    const [page, ...totals] = await Promise.all([
      inboxQuery(ports, deputyId, tab).orderBy('createdAt', 'desc').skip(offset).limit(limit).get(),
      ...tabs.map((t) => inboxQuery(ports, deputyId, t).count()),
    ]);
    const counts: Record<string, number> = Object.fromEntries(tabs.map((t, i) => [t, totals[i].total]));
    const total = counts[tab];
    const next = offset + page.data.length;
    return {
      items: page.data.map(toInboxItem),
      total,
      counts,
      ...(next < total ? { nextOffset: next } : {}),
    };
  },

  async detail({ id }, { actor, ports }) {
    const doc = await heldOpinion(ports, actor, id);
    return toDeputyDetail(doc, await photoUrlsOf(ports, doc), ports.clock.now());
  },

  async accept({ id, note }, { actor, ports }) {
    if (note) await checkDeputyText(ports, actor, note);
    return deputyChange(ports, actor, id, (fresh, now) => ({
      to: 'accepted',
      action: 'accept',
      ...(note ? { note } : {}),
      set: { acceptedAt: now, ...(fresh.firstResponseAt ? {} : { firstResponseAt: now }) },
    }));
  },

  async reply({ id, text }, { actor, ports }) {
    await checkDeputyText(ports, actor, text);
    return deputyChange(ports, actor, id, (fresh, now) => ({
      to: 'replied',
      action: 'reply',
      reply: { at: now, deputyId: actor.deputy!._id, byName: actor.deputy!.name, text },
      set: fresh.firstResponseAt ? {} : { firstResponseAt: now },
    }));
  },

  async needInfo({ id, question }, { actor, ports }) {
    await checkDeputyText(ports, actor, question);
    return deputyChange(ports, actor, id, (fresh) => ({
      to: 'need_info',
      action: 'need_info',
      note: question,
      set: { needInfoFrom: fresh.status },
    }));
  },

  async resolve({ id, kind, text }, { actor, ports }) {
    await checkDeputyText(ports, actor, text);
    return deputyChange(ports, actor, id, (fresh, now) => ({
      to: 'resolved',
      action: 'resolve',
      note: `${RESULT_KIND_LABELS[kind]}:${text}`,
      set: { resultKind: kind, resolvedAt: now, ...(fresh.firstResponseAt ? {} : { firstResponseAt: now }) },
    }));
  },
});

/** Deputy text goes through content security too; what needs review is sent back to edit. */
async function checkDeputyText(ports: Ports, actor: Actor, text: string): Promise<void> {
  if ((await checkText(ports, actor.openid!, [text])) !== 'pass') {
    throw new AppError('TEXT_REFUSED', '内容需要人工审核,请修改后再提交');
  }
}

/** A change by the deputy who holds the opinion, checked again on the fresh document. */
async function deputyChange(
  ports: Ports,
  actor: Actor,
  id: string,
  decide: (fresh: OpinionDoc, now: Date) => Omit<Change, 'mover' | 'actor'>,
) {
  await heldOpinion(ports, actor, id);
  const doc = await changeOpinion(ports, id, (fresh) => {
    if (fresh.assigneeDeputyId !== actor.deputy!._id) throw new AppError('NOT_YOUR_OPINION');
    return { ...decide(fresh, ports.clock.now()), mover: 'deputy', actor: deputyRef(actor) };
  });
  return changeOpinionResult(doc);
}
