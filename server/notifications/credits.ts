/**
 * Subscription credits, a ledger per (openid, template key). Each one-time acceptance in
 * requestSubscribeMessage is worth exactly one send, so a grant adds one credit and a send
 * takes one with a conditional update (`credits ≥ 1`): two senders can never spend the same
 * credit. Long-term templates take no credit but need a standing acceptance.
 */
import type { SUBSCRIBE_RESULTS } from '../../core/contract/actions/subscription';
import { TEMPLATES } from '../config/templates';
import { type DbCommand } from '../platform/db';
import { isDuplicateKey } from '../platform/db-errors';
import type { Ports } from '../platform/ports';

export interface SubscriptionDoc {
  _id: string;
  openid: string;
  templateKey: string;
  /** One-time sends left. */
  credits: number;
  /** Acceptances ever recorded, and sends ever taken (for the record and the local stand-in). */
  granted: number;
  used: number;
  /** A standing acceptance (long-term templates); false after a refusal or 43101. */
  subscribed: boolean;
  updatedAt: Date;
}

type SubscribeResult = (typeof SUBSCRIBE_RESULTS)[number];
type Cmd = DbCommand & { gte(v: unknown): unknown };

export const ledgerId = (openid: string, templateKey: string) => `${templateKey}.${openid}`;
const ledger = (ports: Ports) => ports.db.collection<SubscriptionDoc>('subscriptions');

/** Records one answer from requestSubscribeMessage. */
export async function recordGrant(ports: Ports, openid: string, templateKey: string, result: SubscribeResult): Promise<void> {
  const accepted = result === 'accept' || result === 'acceptWithAudio';
  const refused = result === 'reject' || result === 'ban';
  if (!accepted && !refused) return; // `filter`: a duplicate title, nothing was asked
  const _ = ports.db.command;
  const id = ledgerId(openid, templateKey);
  const now = ports.clock.now();
  const change = accepted
    ? { credits: _.inc(1), granted: _.inc(1), subscribed: true, updatedAt: now }
    : { subscribed: false, updatedAt: now };
  for (let attempt = 0; attempt < 3; attempt++) {
    const res = await ledger(ports).where({ _id: id }).update({ data: change });
    if (res.stats.updated === 1) return;
    try {
      const doc: SubscriptionDoc = { _id: id, openid, templateKey, credits: accepted ? 1 : 0, granted: accepted ? 1 : 0, used: 0, subscribed: accepted, updatedAt: now };
      await ledger(ports).add({ data: doc });
      return;
    } catch (e) {
      if (!isDuplicateKey(e)) throw e; // someone created it meanwhile: update it instead
    }
  }
  throw new Error(`could not record the grant for ${id}`);
}

/** Takes one credit for a send; false when there is none (the send must not be attempted). */
export async function takeCredit(ports: Ports, openid: string, templateKey: string): Promise<boolean> {
  const id = ledgerId(openid, templateKey);
  if (TEMPLATES[templateKey as keyof typeof TEMPLATES]?.longTerm) {
    const res = await ledger(ports).where({ _id: id, subscribed: true }).count();
    return res.total === 1;
  }
  const _ = ports.db.command as Cmd;
  const res = await ledger(ports)
    .where({ _id: id, credits: _.gte(1) })
    .update({ data: { credits: _.inc(-1), used: _.inc(1), updatedAt: ports.clock.now() } });
  return res.stats.updated === 1;
}

/**
 * Takes up to `wanted` credits for sends to one recipient with one template; answers how many
 * were taken. One write when the ledger holds enough (`credits ≥ wanted`), else one by one.
 */
export async function takeCredits(ports: Ports, openid: string, templateKey: string, wanted: number): Promise<number> {
  if (wanted <= 0) return 0;
  if (TEMPLATES[templateKey as keyof typeof TEMPLATES]?.longTerm) return (await takeCredit(ports, openid, templateKey)) ? wanted : 0;
  if (wanted > 1) {
    const _ = ports.db.command as Cmd;
    const res = await ledger(ports)
      .where({ _id: ledgerId(openid, templateKey), credits: _.gte(wanted) })
      .update({ data: { credits: _.inc(-wanted), used: _.inc(wanted), updatedAt: ports.clock.now() } });
    if (res.stats.updated === 1) return wanted;
  }
  let taken = 0;
  while (taken < wanted && (await takeCredit(ports, openid, templateKey))) taken++;
  return taken;
}

/** Gives a credit back when WeChat answered that the message was not sent. */
export async function refundCredit(ports: Ports, openid: string, templateKey: string): Promise<void> {
  if (TEMPLATES[templateKey as keyof typeof TEMPLATES]?.longTerm) return;
  const _ = ports.db.command;
  await ledger(ports)
    .where({ _id: ledgerId(openid, templateKey) })
    .update({ data: { credits: _.inc(1), used: _.inc(-1), updatedAt: ports.clock.now() } });
}

/** WeChat says the user has no subscription (43101): the ledger was wrong, so it is emptied. */
export async function revokeCredits(ports: Ports, openid: string, templateKey: string): Promise<void> {
  await ledger(ports)
    .where({ _id: ledgerId(openid, templateKey) })
    .update({ data: { credits: 0, subscribed: false, updatedAt: ports.clock.now() } });
}

/** Sends left per template key for one openid (long-term: 1 while subscribed). */
export async function creditsOf(ports: Ports, openid: string): Promise<Record<string, number>> {
  const res = await ledger(ports).where({ openid }).limit(100).get();
  const out: Record<string, number> = {};
  for (const d of res.data) {
    const longTerm = TEMPLATES[d.templateKey as keyof typeof TEMPLATES]?.longTerm;
    out[d.templateKey] = longTerm ? (d.subscribed ? 1 : 0) : d.credits;
  }
  return out;
}
