/**
 * Sends outbox entries. Every state change is conditional on the entry's state (and, for a
 * single entry, its version; for a group, the claim id) — docs/decisions/0003 — so of two
 * senders racing for one entry exactly one sends.
 * Order per entry: claim (→ sending) → take a credit (none → skipped) → send → record;
 * claims, credits and records are written per group (sendPage), not per entry.
 * A process that stops after the claim leaves `sending` behind; the scheduler marks it
 * `unknown` after STALE_SENDING_MS and nobody resends it (it may have reached WeChat).
 *
 * The SMS fallback (server/config/sms.ts): an entry that would be skipped for want of a grant
 * goes by SMS instead when SMS is configured, its template has `smsFallback` and the recipient
 * gave a phone for it — a deputy's or staff member's own 短信备用提醒 number, a resident's phone
 * only on an opinion where they asked for SMS (and not erased). Phones are read at send time, one
 * request per kind, never copied into the outbox. Same claim, same states; the entry records
 * `channel: 'sms'` before the attempt, and its retries stay SMS.
 */
import { randomBytes } from 'node:crypto';
import { OpenApiError, type SmsSetup } from '../../platform/openapi/port';
import type { Ports } from '../../platform/ports';
import { ledgerId, refundCredit, revokeCredits, takeCredits } from '../credits';
import { markLedgersSent } from '../subscriptions.repo';
import {
  claimDueOutboxEntries,
  dueOutboxEntries,
  moveOutboxEntryAsRead,
  settleClaimedOutboxEntries,
  staleSendingOutboxEntries,
} from '../outbox.repo';
import { envVersion, messageState } from '../../config/app-version';
import { isMobile, smsNumber, smsText } from '../../config/sms';
import { TEMPLATES } from '../../config/templates';
import { smsPhonesOf } from '../../users/users.repo';
import { smsContactsOf } from '../../opinions/opinions.repo';
import { SENDABLE, type OutboxDoc, type OutboxState } from './outbox-doc';

export const MAX_ATTEMPTS = 5;
export const BASE_BACKOFF_MS = 30_000;
export const MAX_BACKOFF_MS = 30 * 60_000;
/** Longer than any cloud function may run (60 s), so a live sender is never declared dead. */
export const STALE_SENDING_MS = 5 * 60_000;
/** Sends recorded together: what a sender stopped mid-page can leave unknown. */
const SEND_CHUNK = 20;

/** WeChat answers that mean "this will never be delivered" (PLATFORM.md, error codes). */
export const PERMANENT_ERRORS: ReadonlySet<number> = new Set([
  40003, // bad openid
  40037, // bad template id
  41030, // bad page
  43101, // the user refused or has no subscription left
  47003, // a field breaks its rule
]);

/**
 * SMS answers that mean "never": sendSmsV2's invalid parameter, and urllink.generate's refusals
 * of the page, the query, the validity or the version (PLATFORM.md).
 */
export const PERMANENT_SMS_ERRORS: ReadonlySet<number> = new Set([-501007, 40165, 40212, 85401, 40097]);
/**
 * A number refused in sendSmsV2's `send_status_list` (its `code` in the message): our own code,
 * permanent for a number WeChat calls invalid or unsupported, else retried.
 */
export const SMS_NUMBER_REFUSED = -3;
const permanentNumberCode = (code: string) => /^(InvalidParameter|UnsupportedOperation)/.test(code);

export type Outcome = Exclude<OutboxState, 'queued' | 'sending'> | 'lost_race';

export const backoffMs = (attempts: number): number =>
  Math.min(BASE_BACKOFF_MS * 2 ** Math.max(0, attempts - 1), MAX_BACKOFF_MS);

/** Moves an entry from the state it was read in; false when someone else moved it first. */
async function move(
  ports: Ports,
  entry: Pick<OutboxDoc, '_id' | 'version'>,
  from: readonly OutboxState[],
  to: OutboxState,
  set: Partial<OutboxDoc>,
  note?: string,
): Promise<boolean> {
  return moveOutboxEntryAsRead(ports, entry, from, to, set, note, ports.clock.now());
}

export interface SendOptions {
  miniprogramState?: 'developer' | 'trial' | 'formal';
}

/** Entries after a claim: re-read, so each carries the version and attempts the claim wrote. */
type Claimed = OutboxDoc;

/**
 * Claims due entries for this sender in one conditional update: each entry moves to `sending`
 * only if it is still sendable and due, so of two senders each entry goes to exactly one.
 * The claim id then tells which ones were ours.
 */
async function claim(ports: Ports, ids: readonly string[]): Promise<Claimed[]> {
  const now = ports.clock.now();
  const claimId = randomBytes(8).toString('hex');
  return claimDueOutboxEntries<Claimed>(ports, ids, SENDABLE, claimId, now);
}

/** Moves a group of claimed entries on together (one write), from `sending` only. */
async function settle(ports: Ports, entries: readonly Claimed[], to: OutboxState, set: Partial<OutboxDoc>, note?: string): Promise<void> {
  if (entries.length === 0) return;
  const now = ports.clock.now();
  await settleClaimedOutboxEntries(ports, entries.map((e) => e._id), entries[0].claim, to, set, note, now);
}

/** Takes the credits of claimed entries, one write per recipient × template; the rest are skipped. */
async function creditsFor(ports: Ports, entries: readonly Claimed[]): Promise<{ go: Claimed[]; skip: Claimed[] }> {
  const groups = new Map<string, Claimed[]>();
  for (const e of entries) {
    const k = `${e.templateKey}\u0000${e.openid}`;
    groups.set(k, [...(groups.get(k) ?? []), e]);
  }
  const go: Claimed[] = [];
  const skip: Claimed[] = [];
  for (const group of groups.values()) {
    const taken = await takeCredits(ports, group[0].openid, group[0].templateKey, group.length);
    go.push(...group.slice(0, taken));
    skip.push(...group.slice(taken));
  }
  return { go, skip };
}

/**
 * The phone each entry may go to by SMS (by entry id): users' own SMS phones by openid, residents'
 * by opinion (only where they asked for SMS, on an opinion still theirs). Two requests at most.
 */
async function smsPhonesFor(ports: Ports, entries: readonly Claimed[]): Promise<Map<string, string>> {
  const residents = entries.filter((e) => e.audience === 'resident' && e.opinionId);
  const others = entries.filter((e) => e.audience !== 'resident' && e.openid);
  const [users, opinions] = await Promise.all([
    smsPhonesOf(ports, [...new Set(others.map((e) => e.openid))]),
    smsContactsOf(ports, [...new Set(residents.map((e) => e.opinionId!))]),
  ]);
  const byOpinion = new Map(opinions.map((o) => [o._id, o]));
  const out = new Map<string, string>();
  for (const e of others) {
    const phone = users.get(e.openid);
    if (phone && isMobile(phone)) out.set(e._id, phone);
  }
  for (const e of residents) {
    const o = byOpinion.get(e.opinionId!);
    if (o?.smsNotify === true && !o.erasedAt && o.openid === e.openid && o.phone && isMobile(o.phone)) out.set(e._id, o.phone);
  }
  return out;
}

/** Entries that may go by SMS: SMS configured, an SMS-worthy template (or a retry of an SMS). */
const smsWorthy = (sms: SmsSetup | undefined, e: Claimed) =>
  Boolean(sms) && (e.channel === 'sms' || TEMPLATES[e.templateKey as keyof typeof TEMPLATES]?.smsFallback === true);

/** Sends one claimed entry by SMS with a URL Link to its page; what became of it. */
async function sendSmsClaimed(ports: Ports, sms: SmsSetup, entry: Claimed, phone: string): Promise<Outcome> {
  try {
    const q = entry.page.indexOf('?');
    const { urlLink } = await ports.openapi.generateUrlLink({
      path: q < 0 ? entry.page : entry.page.slice(0, q),
      query: q < 0 ? '' : entry.page.slice(q + 1),
      envVersion: envVersion(),
      expireInterval: sms.linkDays,
    });
    const statuses = await ports.openapi.sendSms({
      env: sms.env,
      templateId: sms.templateId,
      templateParamList: [smsText(entry.title, entry.trackingNo)],
      phoneNumberList: [smsNumber(phone)],
      urlLink,
    });
    const status = statuses[0];
    if (status?.code === 'Ok') return 'sent';
    throw new OpenApiError(SMS_NUMBER_REFUSED, `${status?.code ?? 'NoStatus'}: ${status?.message ?? 'no status for the number'}`);
  } catch (e) {
    return recordFailure(ports, entry, entry, entry.attempts, e);
  }
}

/** Sends one claimed entry; what became of it (sent entries are recorded by the caller). */
async function sendClaimed(ports: Ports, entry: Claimed, opts: SendOptions): Promise<Outcome> {
  try {
    await ports.openapi.sendSubscribeMessage({
      touser: entry.openid,
      templateId: entry.templateId,
      page: entry.page,
      data: entry.data,
      miniprogramState: opts.miniprogramState ?? messageState(),
    });
    return 'sent';
  } catch (e) {
    return recordFailure(ports, entry, entry, entry.attempts, e);
  }
}

/**
 * Claims, credits, sends and records a page of due entries. Writes are per group, not per
 * entry (a claim, a credit per recipient × template, a record per chunk of sends), so a page
 * of 100 costs about a dozen database round trips instead of 300. Sent entries are recorded
 * after each chunk: a sender stopped mid-page leaves at most one chunk in `sending`, which the
 * scheduler turns `unknown` and nobody resends.
 */
async function sendPage(ports: Ports, ids: readonly string[], opts: DrainOptions, report: DrainReport): Promise<void> {
  const claimed = await claim(ports, ids);
  report.lost_race += ids.length - claimed.length;
  const sms = ports.openapi.sms;
  // A retry of an SMS stays an SMS: it never takes a subscription credit.
  const retriedSms = claimed.filter((e) => e.channel === 'sms');
  const { go, skip } = await creditsFor(ports, claimed.filter((e) => e.channel !== 'sms'));
  const candidates = [...retriedSms, ...skip].filter((e) => smsWorthy(sms, e));
  const phones = candidates.length > 0 ? await smsPhonesFor(ports, candidates) : new Map<string, string>();
  const bySms = candidates.filter((e) => phones.has(e._id));
  const skipped = skip.filter((e) => !phones.has(e._id));
  await settle(ports, skipped, 'skipped', { sendingSince: null }, '对方未开启此提醒，未发送');
  // An SMS to retry whose phone is gone (taken back, erased) or whose SMS was turned off.
  const smsGone = retriedSms.filter((e) => !phones.has(e._id));
  await settle(ports, smsGone, 'skipped', { sendingSince: null }, '没有可用的短信号码，未发送');
  report.skipped += skipped.length + smsGone.length;
  // Switched to SMS: recorded before the attempt (one write), so a stop mid-send leaves an SMS `unknown`.
  const switching = bySms.filter((e) => e.channel !== 'sms');
  await settle(ports, switching, 'sending', { channel: 'sms' }, '没有订阅，改发短信');
  const smsEntries = bySms.map((e) => (e.channel === 'sms' ? e : { ...e, channel: 'sms' as const, version: e.version + 1 }));
  await sendChunks(ports, go, (e) => sendClaimed(ports, e, opts), opts, report, async (sent) => {
    // When each person was last reached (the desks show who is not): one write for the chunk.
    await markLedgersSent(ports, sent.map((e) => ledgerId(e.openid, e.templateKey)), ports.clock.now());
  });
  if (sms) await sendChunks(ports, smsEntries, (e) => sendSmsClaimed(ports, sms, e, phones.get(e._id)!), opts, report);
}

/** Sends entries by chunks (a few at once) and records the sent ones of each chunk in one write. */
async function sendChunks(
  ports: Ports,
  entries: readonly Claimed[],
  send: (e: Claimed) => Promise<Outcome>,
  opts: DrainOptions,
  report: DrainReport,
  afterSent?: (sent: Claimed[]) => Promise<void>,
): Promise<void> {
  const concurrency = Math.max(1, opts.concurrency ?? 4);
  for (let i = 0; i < entries.length; i += SEND_CHUNK) {
    const chunk = entries.slice(i, i + SEND_CHUNK);
    const outcomes: Outcome[] = [];
    for (let j = 0; j < chunk.length; j += concurrency) {
      outcomes.push(...(await Promise.all(chunk.slice(j, j + concurrency).map(send))));
    }
    const sent = chunk.filter((_, k) => outcomes[k] === 'sent');
    await settle(ports, sent, 'sent', { sentAt: ports.clock.now(), sendingSince: null, lastError: null });
    if (afterSent) await afterSent(sent);
    for (const o of outcomes) report[o]++;
  }
}

async function recordFailure(
  ports: Ports,
  entry: OutboxDoc,
  claimed: Pick<OutboxDoc, '_id' | 'version'>,
  attempts: number,
  e: unknown,
): Promise<Outcome> {
  if (!(e instanceof OpenApiError)) {
    // Not an answer from WeChat (a timeout, a crash on our side): it may have been sent.
    const message = e instanceof Error ? e.message : String(e);
    await move(ports, claimed, ['sending'], 'unknown', { lastError: { code: -2, message: message.slice(0, 200) } }, '发送结果不明');
    ports.log.error(`${entry.channel === 'sms' ? 'sms' : 'subscribe message'} outcome unknown`, { id: entry._id, error: message });
    return 'unknown';
  }
  const lastError = { code: e.errCode, message: e.errMsg.slice(0, 200) };
  const bySms = entry.channel === 'sms';
  // An SMS took no subscription credit: there is none to give back or revoke.
  if (!bySms && e.errCode === 43101) await revokeCredits(ports, entry.openid, entry.templateKey);
  else if (!bySms) await refundCredit(ports, entry.openid, entry.templateKey);
  const permanent = bySms
    ? PERMANENT_SMS_ERRORS.has(e.errCode) || (e.errCode === SMS_NUMBER_REFUSED && permanentNumberCode(e.errMsg))
    : PERMANENT_ERRORS.has(e.errCode);
  if (permanent || attempts >= MAX_ATTEMPTS) {
    const note = permanent ? `${bySms ? '短信被拒' : '微信拒绝'}：${e.errCode}` : `已重试${attempts}次`;
    await move(ports, claimed, ['sending'], 'dead', { lastError, sendingSince: null }, note);
    return 'dead';
  }
  const nextAttemptAt = new Date(ports.clock.now().getTime() + backoffMs(attempts));
  await move(ports, claimed, ['sending'], 'failed', { lastError, sendingSince: null, nextAttemptAt }, `失败 ${e.errCode}，稍后重试`);
  return 'failed';
}

export type DrainReport = Record<Outcome, number>;
const emptyReport = (): DrainReport => ({ sent: 0, failed: 0, skipped: 0, dead: 0, unknown: 0, lost_race: 0 });

export interface DrainOptions extends SendOptions {
  /** Stop after this many entries (a cloud function has ≤ 60 s). */
  limit?: number;
  /** Stop starting new sends after this many ms. */
  budgetMs?: number;
  /** Only these entries (right after they were enqueued). */
  ids?: readonly string[];
  concurrency?: number;
}

/** Sends every entry that is due, oldest first, within the limits. */
export async function drainOutbox(ports: Ports, opts: DrainOptions = {}): Promise<DrainReport> {
  const report = emptyReport();
  const started = Date.now();
  const limit = opts.limit ?? 500;
  if (opts.ids && opts.ids.length <= Math.min(100, limit)) {
    // Entries just written (sent right after the event): the claim itself keeps only those
    // still sendable and due, so no query is needed to find them.
    await sendPage(ports, [...new Set(opts.ids)], opts, report);
    return report;
  }
  let done = 0;
  const seen = new Set<string>();
  while (done < limit && Date.now() - started < (opts.budgetMs ?? 40_000)) {
    const page = await dueOutboxEntries(ports, SENDABLE, ports.clock.now(), opts.ids, Math.min(100, limit - done));
    const ids = page.map((d) => d._id).filter((id) => !seen.has(id));
    if (ids.length === 0) break;
    ids.forEach((id) => seen.add(id));
    await sendPage(ports, ids, opts, report);
    done += ids.length;
  }
  return report;
}

/** Entries left in `sending` by a process that stopped: marked unknown, never resent. */
export async function markStaleSending(ports: Ports): Promise<number> {
  const cutoff = new Date(ports.clock.now().getTime() - STALE_SENDING_MS);
  let marked = 0;
  for (;;) {
    const page = await staleSendingOutboxEntries(ports, cutoff);
    if (page.length === 0) break;
    for (const d of page) {
      if (await move(ports, d, ['sending'], 'unknown', {}, '发送中断，结果不明，不会自动重发')) marked++;
    }
    if (page.length < 100) break;
  }
  return marked;
}
