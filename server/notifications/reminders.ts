/**
 * A person's own reminders: which are on (long-term) or how many are left (one-time), and the
 * sync of WeChat's settings on each visit — a long-term grant the user turned off in WeChat's
 * settings (or with the main switch) stops being used, and one turned on again stands again.
 * `wx.getSetting({withSubscriptions})` lists only what the user has a kept choice for, so a
 * template it does not list is left as it is (a send's 43101 tells the rest).
 */
import type { Reminders } from '../../core/contract/actions/subscription';
import type { z } from 'zod';
import { TEMPLATES } from '../config/templates';
import { maskPhone } from '../config/sms';
import type { Ports } from '../platform/ports';
import type { Actor } from '../users/actor';
import { KEY_REMINDER, reachLabel, reachOfLedger } from './reach';
import { endStandingGrant, ledgersOf, reopenGrantFromSetting, type SubscriptionDoc } from './subscriptions.repo';

type RemindersView = z.infer<typeof Reminders>;
type Role = RemindersView['role'];

const iso = (d: Date | string | undefined) => (d ? new Date(d).toISOString() : undefined);

/** The role whose reminders the person needs: deputy first, then staff, else resident. */
export const reminderRole = (actor: Actor): Role => (actor.roles.has('deputy') ? 'deputy' : actor.roles.has('staff') ? 'staff' : 'resident');

/** The SMS fallback as its person sees it: whether SMS goes at all here, and their number, masked (no extra request: read with the actor). */
const smsOf = (ports: Ports, actor: Actor): NonNullable<RemindersView['sms']> => ({
  available: Boolean(ports.openapi.sms),
  ...(actor.smsPhone ? { phone: maskPhone(actor.smsPhone) } : {}),
});

function view(role: Role, ledgers: readonly SubscriptionDoc[], sms: RemindersView['sms']): RemindersView {
  const byKey = new Map(ledgers.map((d) => [d.templateKey, d]));
  const items = Object.values(TEMPLATES)
    .filter((t) => t.audience === role)
    .map((t) => {
      const d = byKey.get(t.key);
      return t.longTerm
        ? { key: t.key, templateId: t.templateId, title: t.title, longTerm: true, on: Boolean(d?.subscribed) }
        : { key: t.key, templateId: t.templateId, title: t.title, longTerm: false, on: (d?.credits ?? 0) > 0, left: d?.credits ?? 0 };
    });
  if (role === 'resident') return { role, items };
  const key = KEY_REMINDER[role];
  const r = reachOfLedger(byKey.get(key), key);
  const lastSentAt = iso(r.lastSentAt);
  const endedAt = iso(r.endedAt);
  return {
    role,
    reach: { reachable: r.reachable, label: reachLabel(r), ...(lastSentAt ? { lastSentAt } : {}), ...(endedAt ? { endedAt } : {}) },
    ...(sms ? { sms } : {}),
    items,
  };
}

export async function remindersOf(ports: Ports, actor: Actor): Promise<RemindersView> {
  return view(reminderRole(actor), await ledgersOf(ports, actor.openid!), smsOf(ports, actor));
}

/** Applies WeChat's settings as the app read them; answers the reminders after. */
export async function syncSettings(
  ports: Ports,
  actor: Actor,
  settings: { mainSwitch: boolean; itemSettings: Record<string, 'accept' | 'reject' | 'ban'> },
): Promise<RemindersView> {
  const openid = actor.openid!;
  const now = ports.clock.now();
  const ledgers = await ledgersOf(ports, openid);
  let changed = false;
  for (const d of ledgers) {
    const tpl = TEMPLATES[d.templateKey as keyof typeof TEMPLATES];
    if (!tpl?.longTerm) continue;
    const item = settings.itemSettings[tpl.templateId];
    const off = !settings.mainSwitch || item === 'reject' || item === 'ban';
    if (off && d.subscribed) changed = (await endStandingGrant(ports, openid, d.templateKey, 'setting', now)) || changed;
    else if (!off && item === 'accept' && !d.subscribed && d.endedBy === 'setting') {
      changed = (await reopenGrantFromSetting(ports, openid, d.templateKey, now)) || changed;
    } else if (!off && settings.mainSwitch && !d.subscribed && d.endedBy === 'setting' && item === undefined) {
      // Ended by the main switch, which is on again, and no item kept off: it stands again.
      changed = (await reopenGrantFromSetting(ports, openid, d.templateKey, now)) || changed;
    }
  }
  if (changed) ports.log.info('subscription settings synced', { openid });
  return view(reminderRole(actor), changed ? await ledgersOf(ports, openid) : ledgers, smsOf(ports, actor));
}
