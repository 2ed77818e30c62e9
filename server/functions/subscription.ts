/**
 * Subscription templates and credits, and the notifications people should know about:
 * what was not sent for lack of a credit (the in-app badge) and, for staff, the outbox.
 */
import { AppError } from '../../core/errors';
import { TEMPLATE_KEYS, type TemplateKey } from '../../core/notification-rules';
import { TEMPLATES } from '../config/templates';
import { OUTBOX_STATE_LABELS, type OutboxDoc } from '../notifications/outbox/outbox-doc';
import { creditsOf, recordGrant } from '../notifications/credits';
import { handlers } from './define';

const iso = (d: Date | string) => new Date(d).toISOString();

export const subscriptionHandlers = handlers('subscription', {
  async templates({ audience }) {
    return {
      templates: Object.values(TEMPLATES)
        .filter((t) => t.audience === audience)
        .map((t) => ({ key: t.key, templateId: t.templateId, title: t.title, longTerm: t.longTerm })),
    };
  },

  async grant({ results }, { actor, ports }) {
    const keys = Object.keys(results);
    const unknown = keys.filter((k) => !(TEMPLATE_KEYS as readonly string[]).includes(k));
    if (unknown.length) throw new AppError('INVALID_PAYLOAD', `未知的消息模板:${unknown.join('、').slice(0, 60)}`);
    for (const key of keys) await recordGrant(ports, actor.openid!, key as TemplateKey, results[key]);
    return { credits: await creditsOf(ports, actor.openid!) };
  },

  async credits(_payload, { actor, ports }) {
    return { credits: await creditsOf(ports, actor.openid!) };
  },

  async missed({ offset, limit }, { actor, ports }) {
    const where = ports.db.collection<OutboxDoc>('outbox').where({ openid: actor.openid, state: 'skipped' });
    const [page, count] = await Promise.all([where.orderBy('createdAt', 'desc').skip(offset).limit(limit).get(), where.count()]);
    return {
      total: count.total,
      items: page.data.map((e) => ({
        id: e._id,
        title: e.title,
        page: e.page,
        ...(e.trackingNo ? { trackingNo: e.trackingNo } : {}),
        at: iso(e.createdAt),
      })),
    };
  },

  async outbox({ state, offset, limit }, { actor, ports }) {
    const _ = ports.db.command;
    const where = ports.db
      .collection<OutboxDoc>('outbox')
      .where({ stationCode: _.in(actor.staffStationCodes), ...(state ? { state } : {}) });
    const [page, count] = await Promise.all([where.orderBy('updatedAt', 'desc').skip(offset).limit(limit).get(), where.count()]);
    const next = offset + page.data.length;
    return {
      total: count.total,
      items: page.data.map((e) => ({
        id: e._id,
        title: e.title,
        recipientLabel: e.recipientLabel,
        ...(e.trackingNo ? { trackingNo: e.trackingNo } : {}),
        ...(e.stationName ? { stationName: e.stationName } : {}),
        state: e.state,
        stateLabel: OUTBOX_STATE_LABELS[e.state],
        attempts: e.attempts,
        ...(e.lastError ? { lastError: e.lastError } : {}),
        createdAt: iso(e.createdAt),
        updatedAt: iso(e.updatedAt),
      })),
      ...(next < count.total ? { nextOffset: next } : {}),
    };
  },
});
