/**
 * Subscription templates and credits, and the notifications people should know about:
 * what was not sent for lack of a credit (the in-app badge) and, for staff, the outbox.
 */
import { AppError } from '../../core/errors';
import type { Role } from '../../core/vocabulary';
import { TEMPLATE_KEYS, type TemplateKey } from '../../core/notification-rules';
import { TEMPLATES } from '../config/templates';
import { isMobile, maskPhone } from '../config/sms';
import { setUserSmsPhone } from '../users/users.repo';
import { OUTBOX_STATE_LABELS } from '../notifications/outbox/outbox-doc';
import { creditsOf, recordGrant } from '../notifications/credits';
import { remindersOf, syncSettings } from '../notifications/reminders';
import { skippedOutboxPage, stationsOutboxPage } from '../notifications/outbox.repo';
import { handlers } from './define';

const iso = (d: Date | string) => new Date(d).toISOString();
/** Who may set an SMS reminder number of their own. */
const OFFICES: readonly Role[] = ['deputy', 'staff', 'admin'];

export const subscriptionHandlers = handlers('subscription', {
  async templates({ audience }, { ports }) {
    return {
      templates: Object.values(TEMPLATES)
        .filter((t) => t.audience === audience)
        .map((t) => ({ key: t.key, templateId: t.templateId, title: t.title, longTerm: t.longTerm })),
      smsAvailable: Boolean(ports.openapi.sms),
    };
  },

  async grant({ results }, { actor, ports }) {
    const keys = Object.keys(results);
    const unknown = keys.filter((k) => !(TEMPLATE_KEYS as readonly string[]).includes(k));
    if (unknown.length) throw new AppError('INVALID_PAYLOAD', `未知的消息模板：${unknown.join('、').slice(0, 60)}`);
    for (const key of keys) await recordGrant(ports, actor.openid!, key as TemplateKey, results[key]);
    return { credits: await creditsOf(ports, actor.openid!) };
  },

  async credits(_payload, { actor, ports }) {
    return { credits: await creditsOf(ports, actor.openid!) };
  },

  async reminders(_payload, { actor, ports }) {
    return remindersOf(ports, actor);
  },

  async sync(settings, { actor, ports }) {
    return syncSettings(ports, actor, settings);
  },

  // A deputy's or staff member's (station or office) own number for SMS when no subscription
  // reaches them (server/config/sms.ts); a resident's SMS goes to the phone on their opinion.
  async smsPhone({ phone }, { actor, ports }) {
    if (!OFFICES.some((r) => actor.roles.has(r))) throw new AppError('SMS_PHONE_OFFICE_ONLY');
    if (phone !== null && !isMobile(phone)) throw new AppError('SMS_PHONE_NOT_MOBILE');
    await setUserSmsPhone(ports, actor.openid!, phone);
    return { ...(phone ? { phone: maskPhone(phone) } : {}), available: Boolean(ports.openapi.sms) };
  },

  async missed({ offset, limit }, { actor, ports }) {
    const page = await skippedOutboxPage(ports, actor.openid!, offset, limit);
    return {
      total: page.total,
      items: page.items.map((e) => ({
        id: e._id,
        title: e.title,
        page: e.page,
        ...(e.trackingNo ? { trackingNo: e.trackingNo } : {}),
        at: iso(e.createdAt),
      })),
    };
  },

  async outbox({ state, offset, limit }, { actor, ports }) {
    const page = await stationsOutboxPage(ports, actor.staffStationCodes, state, offset, limit);
    const next = offset + page.items.length;
    return {
      total: page.total,
      items: page.items.map((e) => ({
        id: e._id,
        title: e.title,
        recipientLabel: e.recipientLabel,
        ...(e.trackingNo ? { trackingNo: e.trackingNo } : {}),
        ...(e.stationName ? { stationName: e.stationName } : {}),
        state: e.state,
        stateLabel: OUTBOX_STATE_LABELS[e.state],
        channel: e.channel ?? 'subscribe',
        attempts: e.attempts,
        ...(e.lastError ? { lastError: e.lastError } : {}),
        createdAt: iso(e.createdAt),
        updatedAt: iso(e.updatedAt),
      })),
      ...(next < page.total ? { nextOffset: next } : {}),
    };
  },
});
