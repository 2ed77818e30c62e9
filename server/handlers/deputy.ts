import type { INBOX_TABS } from '../../core/contract';
import { AppError } from '../../core/errors';
import { STATUS_LABELS, type Status } from '../../core/opinion-status';
import type { Actor } from '../actor';
import type { OpinionDoc } from '../model';
import type { Ports } from '../ports';
import { changeOpinion, requireOpinion } from '../repos/opinions';
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
    return toDeputyDetail(await heldOpinion(ports, actor, id));
  },

  async accept({ id, note }, { actor, ports }) {
    await heldOpinion(ports, actor, id);
    const doc = await changeOpinion(ports, id, (fresh) => {
      if (fresh.assigneeDeputyId !== actor.deputy!._id) throw new AppError('NOT_YOUR_OPINION');
      const now = ports.clock.now();
      return {
        to: 'accepted',
        mover: 'deputy',
        actor: deputyRef(actor),
        action: 'accept',
        ...(note ? { note } : {}),
        set: { acceptedAt: now, ...(fresh.firstResponseAt ? {} : { firstResponseAt: now }) },
      };
    });
    return { id: doc._id, status: doc.status, statusLabel: STATUS_LABELS[doc.status] };
  },

  async reply({ id, text }, { actor, ports }) {
    await heldOpinion(ports, actor, id);
    const doc = await changeOpinion(ports, id, (fresh) => {
      if (fresh.assigneeDeputyId !== actor.deputy!._id) throw new AppError('NOT_YOUR_OPINION');
      const now = ports.clock.now();
      return {
        to: 'replied',
        mover: 'deputy',
        actor: deputyRef(actor),
        action: 'reply',
        reply: { at: now, deputyId: actor.deputy!._id, byName: actor.deputy!.name, text },
        set: fresh.firstResponseAt ? {} : { firstResponseAt: now },
      };
    });
    return { id: doc._id, status: doc.status, statusLabel: STATUS_LABELS[doc.status] };
  },
});
