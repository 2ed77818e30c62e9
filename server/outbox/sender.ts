/**
 * Sends outbox entries. Every state change is a conditional update on the entry's version
 * and state (docs/decisions/0003), so of two senders racing for one entry exactly one sends.
 * Order per entry: claim (→ sending) → take a credit (none → skipped) → send → record.
 * A process that stops after the claim leaves `sending` behind; the scheduler marks it
 * `unknown` after STALE_SENDING_MS and nobody resends it (it may have reached WeChat).
 */
import { OpenApiError } from '../openapi/port';
import type { DbCommand } from '../db';
import type { Ports } from '../ports';
import { refundCredit, revokeCredits, takeCredit } from '../notifications/credits';
import { SENDABLE, type OutboxDoc, type OutboxState } from './outbox-doc';

export const MAX_ATTEMPTS = 5;
export const BASE_BACKOFF_MS = 30_000;
export const MAX_BACKOFF_MS = 30 * 60_000;
/** Longer than any cloud function may run (60 s), so a live sender is never declared dead. */
export const STALE_SENDING_MS = 5 * 60_000;

/** WeChat answers that mean "this will never be delivered" (PLATFORM.md, error codes). */
export const PERMANENT_ERRORS: ReadonlySet<number> = new Set([
  40003, // bad openid
  40037, // bad template id
  41030, // bad page
  43101, // the user refused or has no subscription left
  47003, // a field breaks its rule
]);

export type Outcome = Exclude<OutboxState, 'queued' | 'sending'> | 'lost_race';

type Cmd = DbCommand & { lte(v: unknown): unknown };

export const backoffMs = (attempts: number): number =>
  Math.min(BASE_BACKOFF_MS * 2 ** Math.max(0, attempts - 1), MAX_BACKOFF_MS);

const outbox = (ports: Ports) => ports.db.collection<OutboxDoc>('outbox');

/** Moves an entry from the state it was read in; false when someone else moved it first. */
async function move(
  ports: Ports,
  entry: Pick<OutboxDoc, '_id' | 'version'>,
  from: readonly OutboxState[],
  to: OutboxState,
  set: Partial<OutboxDoc>,
  note?: string,
): Promise<boolean> {
  const _ = ports.db.command;
  const now = ports.clock.now();
  const res = await outbox(ports)
    .where({ _id: entry._id, version: entry.version, state: from.length === 1 ? from[0] : _.in([...from]) })
    .update({
      data: {
        ...set,
        state: to,
        version: entry.version + 1,
        updatedAt: now,
        history: _.push([{ at: now, state: to, ...(note ? { note } : {}) }]),
      },
    });
  return res.stats.updated === 1;
}

export interface SendOptions {
  miniprogramState?: 'developer' | 'trial' | 'formal';
}

/** Sends one entry as read; answers what became of it. */
export async function sendEntry(ports: Ports, entry: OutboxDoc, opts: SendOptions = {}): Promise<Outcome> {
  const now = ports.clock.now();
  if (!SENDABLE.includes(entry.state) || new Date(entry.nextAttemptAt) > now) return 'lost_race';
  const attempts = entry.attempts + 1;
  if (!(await move(ports, entry, SENDABLE, 'sending', { attempts, sendingSince: now }, `第${attempts}次发送`))) return 'lost_race';
  const claimed = { _id: entry._id, version: entry.version + 1 };

  if (!(await takeCredit(ports, entry.openid, entry.templateKey))) {
    await move(ports, claimed, ['sending'], 'skipped', { sendingSince: null }, '没有订阅额度,未发送');
    return 'skipped';
  }
  try {
    await ports.openapi.sendSubscribeMessage({
      touser: entry.openid,
      templateId: entry.templateId,
      page: entry.page,
      data: entry.data,
      miniprogramState: opts.miniprogramState ?? 'formal',
    });
  } catch (e) {
    return recordFailure(ports, entry, claimed, attempts, e);
  }
  await move(ports, claimed, ['sending'], 'sent', { sentAt: ports.clock.now(), sendingSince: null, lastError: null });
  return 'sent';
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
    ports.log.error('subscribe message outcome unknown', { id: entry._id, error: message });
    return 'unknown';
  }
  const lastError = { code: e.errCode, message: e.errMsg.slice(0, 200) };
  if (e.errCode === 43101) await revokeCredits(ports, entry.openid, entry.templateKey);
  else await refundCredit(ports, entry.openid, entry.templateKey);
  if (PERMANENT_ERRORS.has(e.errCode) || attempts >= MAX_ATTEMPTS) {
    const note = PERMANENT_ERRORS.has(e.errCode) ? `微信拒绝:${e.errCode}` : `已重试${attempts}次`;
    await move(ports, claimed, ['sending'], 'dead', { lastError, sendingSince: null }, note);
    return 'dead';
  }
  const nextAttemptAt = new Date(ports.clock.now().getTime() + backoffMs(attempts));
  await move(ports, claimed, ['sending'], 'failed', { lastError, sendingSince: null, nextAttemptAt }, `失败 ${e.errCode},稍后重试`);
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
  const concurrency = Math.max(1, opts.concurrency ?? 4);
  const _ = ports.db.command as Cmd;
  let done = 0;
  const seen = new Set<string>();
  while (done < limit && Date.now() - started < (opts.budgetMs ?? 40_000)) {
    const query = {
      state: _.in([...SENDABLE]),
      nextAttemptAt: _.lte(ports.clock.now()),
      ...(opts.ids ? { _id: _.in([...opts.ids]) } : {}),
    };
    const page = await outbox(ports).where(query).orderBy('nextAttemptAt', 'asc').limit(Math.min(100, limit - done)).get();
    const batch = page.data.filter((d) => !seen.has(d._id));
    if (batch.length === 0) break;
    batch.forEach((d) => seen.add(d._id));
    for (let i = 0; i < batch.length; i += concurrency) {
      const outcomes = await Promise.all(batch.slice(i, i + concurrency).map((d) => sendEntry(ports, d, opts)));
      for (const o of outcomes) report[o]++;
      done += outcomes.length;
    }
  }
  return report;
}

/** Entries left in `sending` by a process that stopped: marked unknown, never resent. */
export async function markStaleSending(ports: Ports): Promise<number> {
  const _ = ports.db.command;
  const cutoff = new Date(ports.clock.now().getTime() - STALE_SENDING_MS);
  let marked = 0;
  for (;;) {
    const page = await outbox(ports).where({ state: 'sending', sendingSince: _.lt(cutoff) }).limit(100).get();
    if (page.data.length === 0) break;
    for (const d of page.data) {
      if (await move(ports, d, ['sending'], 'unknown', {}, '发送中断,结果不明,不会自动重发')) marked++;
    }
    if (page.data.length < 100) break;
  }
  return marked;
}
