/**
 * Who can be reached: whether a deputy or a staff member has a working grant for the reminder
 * that matters most to their work (a deputy: new cases; staff: station alerts), when WeChat last
 * took a message for them, and why a grant ended. Staff see it for their deputies, the office
 * for its staff; the staff queue flags cases whose deputy cannot be reached.
 */
import type { TemplateKey } from '../../core/notification-rules';
import { TEMPLATES } from '../config/templates';
import type { Ports } from '../platform/ports';
import { ledgersOfTemplate, type GrantEnd, type SubscriptionDoc } from './subscriptions.repo';

/** The reminder a person of each role must receive to do their work. */
export const KEY_REMINDER: Record<'deputy' | 'staff', TemplateKey> = { deputy: 'opinion_new', staff: 'staff_alert' };

export interface Reach {
  reachable: boolean;
  /** Why not: never accepted, refused in the dialog, turned off in WeChat's settings, WeChat answered 43101, or no WeChat account bound. */
  why?: 'never' | GrantEnd | 'unbound' | 'used_up';
  endedAt?: Date;
  lastSentAt?: Date;
}

/** Whether one ledger is a working grant for its template. */
export function reachOfLedger(doc: SubscriptionDoc | undefined, templateKey: TemplateKey): Reach {
  if (!doc) return { reachable: false, why: 'never' };
  const longTerm = TEMPLATES[templateKey].longTerm;
  const base = doc.lastSentAt ? { lastSentAt: doc.lastSentAt } : {};
  if (longTerm ? doc.subscribed : doc.credits > 0) return { reachable: true, ...base };
  const why = longTerm ? (doc.endedBy ?? 'never') : doc.endedBy === 'wechat' ? 'wechat' : 'used_up';
  return { reachable: false, why, ...(doc.endedAt ? { endedAt: doc.endedAt } : {}), ...base };
}

/**
 * Reach of many people of one role, by openid; people without an openid (a deputy not yet
 * bound) are answered by the caller. One database request per 100 people.
 */
export async function reachOf(ports: Ports, role: 'deputy' | 'staff', openids: readonly string[]): Promise<Map<string, Reach>> {
  const key = KEY_REMINDER[role];
  const unique = [...new Set(openids.filter(Boolean))];
  const byOpenid = new Map<string, SubscriptionDoc>();
  for (let i = 0; i < unique.length; i += 100) {
    for (const d of await ledgersOfTemplate(ports, key, unique.slice(i, i + 100))) byOpenid.set(d.openid, d);
  }
  return new Map(unique.map((o) => [o, reachOfLedger(byOpenid.get(o), key)]));
}

/** The plain words staff read for a reach. */
export function reachLabel(r: Reach): string {
  if (r.reachable) return '可接收提醒';
  switch (r.why) {
    case 'unbound':
      return '未绑定微信';
    case 'refused':
      return '拒绝了提醒';
    case 'setting':
      return '在微信设置中关闭了提醒';
    case 'wechat':
      return '微信退回了提醒（已关闭订阅）';
    case 'used_up':
      return '提醒次数已用完';
    default:
      return '未开启提醒';
  }
}
