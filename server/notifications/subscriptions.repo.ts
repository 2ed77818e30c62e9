/** The `subscriptions` collection: the subscription-message credits each user granted. Every read and write of it goes through this module. */
import { compareAndSet } from '../platform/cas';
import { dbOf, findAll, findById } from '../platform/db';
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

/** The ledger's id: one per template key × openid. */
export const ledgerId = (openid: string, templateKey: string) => `${templateKey}.${openid}`;

const ledger = (ports: Ports) => dbOf(ports).collection<SubscriptionDoc>('subscriptions');

/**
 * Records one answer in the ledger: an acceptance adds a credit and subscribes, a refusal
 * unsubscribes. A missing ledger is created (two at once: the second updates it).
 */
export async function recordLedgerAnswer(ports: Ports, openid: string, templateKey: string, accepted: boolean, now: Date): Promise<void> {
  const _ = dbOf(ports).command;
  const id = ledgerId(openid, templateKey);
  const change = accepted
    ? { credits: _.inc(1), granted: _.inc(1), subscribed: true, updatedAt: now }
    : { subscribed: false, updatedAt: now };
  // Update the ledger; if there is none, create it; if someone created it meanwhile, update again.
  await compareAndSet<void, true, void>(
    {
      read: () => Promise.resolve(),
      decide: () => ({ change: true }),
      write: async () => {
        const res = await ledger(ports).where({ _id: id }).update({ data: change });
        if (res.stats.updated === 1) return { value: undefined };
        try {
          const doc: SubscriptionDoc = { _id: id, openid, templateKey, credits: accepted ? 1 : 0, granted: accepted ? 1 : 0, used: 0, subscribed: accepted, updatedAt: now };
          await ledger(ports).add({ data: doc });
          return { value: undefined };
        } catch (e) {
          if (!isDuplicateKey(e)) throw e;
          return undefined;
        }
      },
    },
    { tries: 3, maxWaitMs: 0, stepMs: 0, conflict: () => new Error(`could not record the grant for ${id}`) },
  );
}

/** Whether the user has a standing acceptance of the template (long-term templates). */
export async function ledgerSubscribed(ports: Ports, openid: string, templateKey: string): Promise<boolean> {
  const res = await ledger(ports).where({ _id: ledgerId(openid, templateKey), subscribed: true }).count();
  return res.total === 1;
}

/** Takes `n` credits in one conditional write (`credits ≥ n`); false when the ledger holds fewer. */
export async function takeLedgerCredits(ports: Ports, openid: string, templateKey: string, n: number, now: Date): Promise<boolean> {
  const _ = dbOf(ports).command;
  const res = await ledger(ports)
    .where({ _id: ledgerId(openid, templateKey), credits: _.gte(n) })
    .update({ data: { credits: _.inc(-n), used: _.inc(n), updatedAt: now } });
  return res.stats.updated === 1;
}

/** Gives one credit back (a send WeChat did not make). */
export async function refundLedgerCredit(ports: Ports, openid: string, templateKey: string, now: Date): Promise<void> {
  const _ = dbOf(ports).command;
  await ledger(ports)
    .where({ _id: ledgerId(openid, templateKey) })
    .update({ data: { credits: _.inc(1), used: _.inc(-1), updatedAt: now } });
}

/** Empties the ledger and unsubscribes (WeChat says there is no subscription). */
export async function emptyLedger(ports: Ports, openid: string, templateKey: string, now: Date): Promise<void> {
  await ledger(ports)
    .where({ _id: ledgerId(openid, templateKey) })
    .update({ data: { credits: 0, subscribed: false, updatedAt: now } });
}

/** The user's ledgers, one per template key (at most 100). */
export async function ledgersOf(ports: Ports, openid: string): Promise<SubscriptionDoc[]> {
  const res = await ledger(ports).where({ openid }).limit(100).get();
  return res.data;
}

/** Removes the user's ledgers of these templates (erasing a resident's data). */
export async function removeLedgersOfTemplates(ports: Ports, openid: string, templateKeys: readonly string[]): Promise<void> {
  const db = dbOf(ports);
  await db.collection('subscriptions').where({ openid, templateKey: db.command.in([...templateKeys]) }).remove();
}
