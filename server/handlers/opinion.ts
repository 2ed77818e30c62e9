import { AppError } from '../../core/errors';
import { STATUS_LABELS } from '../../core/opinion-status';
import type { OpinionDoc } from '../model';
import { changeOpinion, getOpinion } from '../repos/opinions';
import { submitOpinion } from '../use-cases/submit-opinion';
import { toResidentDetail, toSummary } from '../views/opinion-view';
import { handlers } from './define';
import type { Actor } from '../actor';
import type { Ports } from '../ports';

/** The resident's own opinion; someone else's is answered as not found. */
async function ownOpinion(ports: Ports, actor: Actor, id: string): Promise<OpinionDoc> {
  const doc = await getOpinion(ports, id);
  if (!doc || doc.openid !== actor.openid) throw new AppError('OPINION_NOT_FOUND');
  return doc;
}

export const opinionHandlers = handlers('opinion', {
  async submit(payload, { actor, ports }) {
    const { doc, duplicate } = await submitOpinion(ports, actor.openid!, payload);
    return {
      id: doc._id,
      trackingNo: doc.trackingNo,
      status: doc.status,
      statusLabel: STATUS_LABELS[doc.status],
      duplicate,
      routing: { rule: doc.routing.rule, reason: doc.routing.reason },
      ...(doc.guidance ? { guidance: doc.guidance } : {}),
    };
  },

  async mine({ offset, limit }, { actor, ports }) {
    const where = ports.db.collection<OpinionDoc>('opinions').where({ openid: actor.openid });
    const [page, count] = await Promise.all([
      where.orderBy('createdAt', 'desc').skip(offset).limit(limit).get(),
      where.count(),
    ]);
    const next = offset + page.data.length;
    return {
      items: page.data.map(toSummary),
      total: count.total,
      ...(next < count.total ? { nextOffset: next } : {}),
    };
  },

  async detail({ id }, { actor, ports }) {
    return toResidentDetail(await ownOpinion(ports, actor, id));
  },

  async withdraw({ id, reason }, { actor, ports }) {
    await ownOpinion(ports, actor, id);
    const doc = await changeOpinion(ports, id, () => ({
      to: 'withdrawn',
      mover: 'resident',
      actor: { role: 'resident' },
      action: 'withdraw',
      ...(reason ? { note: reason } : {}),
    }));
    return { id: doc._id, status: doc.status, statusLabel: STATUS_LABELS[doc.status] };
  },
});
