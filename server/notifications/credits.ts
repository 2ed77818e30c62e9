/**
 * Subscription credits, a ledger per (openid, template key). Each one-time acceptance in
 * requestSubscribeMessage is worth exactly one send, so a grant adds one credit and a send
 * takes one with a conditional update (`credits ≥ 1`): two senders can never spend the same
 * credit. Long-term templates take no credit but need a standing acceptance.
 */
import type { SUBSCRIBE_RESULTS } from '../../core/contract/actions/subscription';
import { TEMPLATES } from '../config/templates';
import type { Ports } from '../platform/ports';
import { emptyLedger, ledgersOf, recordLedgerAnswer, refundLedgerCredit, takeLedgerCredits, useStandingGrant } from './subscriptions.repo';

export { ledgerId, type SubscriptionDoc } from './subscriptions.repo';

type SubscribeResult = (typeof SUBSCRIBE_RESULTS)[number];

/** Records one answer from requestSubscribeMessage. */
export async function recordGrant(ports: Ports, openid: string, templateKey: string, result: SubscribeResult): Promise<void> {
  const accepted = result === 'accept' || result === 'acceptWithAudio';
  const refused = result === 'reject' || result === 'ban';
  if (!accepted && !refused) return; // `filter`: a duplicate title, nothing was asked
  await recordLedgerAnswer(ports, openid, templateKey, accepted, ports.clock.now());
}

/** Takes one credit for a send; false when there is none (the send must not be attempted). */
export async function takeCredit(ports: Ports, openid: string, templateKey: string): Promise<boolean> {
  if (TEMPLATES[templateKey as keyof typeof TEMPLATES]?.longTerm) return useStandingGrant(ports, openid, templateKey, 1, ports.clock.now());
  return takeLedgerCredits(ports, openid, templateKey, 1, ports.clock.now());
}

/**
 * Takes up to `wanted` credits for sends to one recipient with one template; answers how many
 * were taken. One write when the ledger holds enough (`credits ≥ wanted`), else one by one.
 */
export async function takeCredits(ports: Ports, openid: string, templateKey: string, wanted: number): Promise<number> {
  if (wanted <= 0) return 0;
  if (TEMPLATES[templateKey as keyof typeof TEMPLATES]?.longTerm) {
    return (await useStandingGrant(ports, openid, templateKey, wanted, ports.clock.now())) ? wanted : 0;
  }
  if (wanted > 1 && (await takeLedgerCredits(ports, openid, templateKey, wanted, ports.clock.now()))) return wanted;
  let taken = 0;
  while (taken < wanted && (await takeCredit(ports, openid, templateKey))) taken++;
  return taken;
}

/** Gives a credit back when WeChat answered that the message was not sent. */
export async function refundCredit(ports: Ports, openid: string, templateKey: string): Promise<void> {
  if (TEMPLATES[templateKey as keyof typeof TEMPLATES]?.longTerm) return;
  await refundLedgerCredit(ports, openid, templateKey, ports.clock.now());
}

/** WeChat says the user has no subscription (43101): the ledger was wrong, so it is emptied. */
export async function revokeCredits(ports: Ports, openid: string, templateKey: string): Promise<void> {
  await emptyLedger(ports, openid, templateKey, ports.clock.now());
}

/** Sends left per template key for one openid (long-term: 1 while subscribed). */
export async function creditsOf(ports: Ports, openid: string): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const d of await ledgersOf(ports, openid)) {
    const longTerm = TEMPLATES[d.templateKey as keyof typeof TEMPLATES]?.longTerm;
    out[d.templateKey] = longTerm ? (d.subscribed ? 1 : 0) : d.credits;
  }
  return out;
}
