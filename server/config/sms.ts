/**
 * The optional SMS fallback (issue 20): when a deputy's, a staff member's or a resident's
 * notification cannot go as a subscription message (no working grant), a template marked
 * `smsFallback` (server/config/templates.ts) goes by SMS instead — through the same outbox, with
 * a URL Link that opens the case — to a phone the person gave for it. Off unless configured.
 *
 * Environment variables (given to every function that sends notifications, scripts/deploy/plan.ts):
 *   SMS_TEMPLATE_ID   the SMS template approved in the cloud console (云开发控制台 → 短信 → 模板);
 *                     {1} a text of at most 30 characters, {2} the URL Link. Unset: no SMS at all.
 *   SMS_LINK_DAYS     how many days the link in a message opens the case (1–30, default 30).
 * The cloud environment the SMS package belongs to is the function's own (TCB_ENV, which the
 * platform sets in every cloud function; SCF_NAMESPACE on older runtimes). An SMS package must
 * be bought for that environment, and sendSmsV2 is not open to mini-programs of individuals.
 */
import type { SmsSetup } from '../platform/openapi/port';

type Env = Record<string, string | undefined>;

export const SMS_TEMPLATE_VAR = 'SMS_TEMPLATE_ID';
export const SMS_LINK_DAYS_VAR = 'SMS_LINK_DAYS';
/** The longest a URL Link may stay valid (urllink.generate's expire_interval). */
export const MAX_LINK_DAYS = 30;
/** The template's {1}: at most this many characters (sendSmsV2). */
export const SMS_PARAM_MAX = 30;

/** The SMS this environment may send, or undefined when SMS_TEMPLATE_ID is not set. */
export function loadSmsSetup(env: Env = process.env): SmsSetup | undefined {
  const templateId = env[SMS_TEMPLATE_VAR]?.trim();
  if (!templateId) return undefined;
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(templateId)) throw new Error(`${SMS_TEMPLATE_VAR} is not an SMS template id: "${templateId.slice(0, 24)}"`);
  const days = env[SMS_LINK_DAYS_VAR] ? Number(env[SMS_LINK_DAYS_VAR]) : MAX_LINK_DAYS;
  if (!Number.isInteger(days) || days < 1 || days > MAX_LINK_DAYS) throw new Error(`${SMS_LINK_DAYS_VAR} must be a whole number of days from 1 to ${MAX_LINK_DAYS}`);
  return { templateId, env: env.TCB_ENV || env.SCF_NAMESPACE || env.WX_CLOUD_ENV || 'local', linkDays: days };
}

/** A mainland mobile number (what an SMS can reach), as the shared Phone schema leaves it (digits). */
export const isMobile = (phone: string): boolean => /^1\d{10}$/.test(phone);

/** The number as sendSmsV2 wants it. */
export const smsNumber = (phone: string): string => `+86${phone}`;

/** A phone as people other than its owner may see it: 138****0001. */
export function maskPhone(phone: string): string {
  const d = phone.replace(/^\+86/, '');
  return d.length >= 7 ? `${d.slice(0, 3)}****${d.slice(-4)}` : '****';
}

/** The SMS text ({1}): the template's title and the tracking number, within 30 characters. */
export function smsText(title: string, trackingNo?: string): string {
  const chars = (s: string) => Array.from(s);
  if (!trackingNo) return chars(title).slice(0, SMS_PARAM_MAX).join('');
  const room = SMS_PARAM_MAX - chars(trackingNo).length - 1;
  if (room <= 0) return chars(trackingNo).slice(0, SMS_PARAM_MAX).join('');
  return `${chars(title).slice(0, room).join('')} ${trackingNo}`;
}
