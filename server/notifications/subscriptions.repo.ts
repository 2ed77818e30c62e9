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
  /** A standing acceptance (long-term templates); false after a refusal, a setting turned off or 43101. */
  subscribed: boolean;
  /** Why and when a standing acceptance ended (absent while it stands). */
  endedBy?: GrantEnd;
  endedAt?: Date;
  /** When WeChat last accepted a message of this template for the user. */
  lastSentAt?: Date;
  updatedAt: Date;
}

/**
 * How a standing grant ends: the user refused in the dialog, turned it off in WeChat's settings,
 * WeChat answered 43101, or the account stopped being the deputy (re-bound to another account).
 */
export const GRANT_ENDS = ['refused', 'setting', 'wechat', 'rebound'] as const;
export type GrantEnd = (typeof GRANT_ENDS)[number];

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
    ? { credits: _.inc(1), granted: _.inc(1), subscribed: true, endedBy: _.remove(), endedAt: _.remove(), updatedAt: now }
    : { subscribed: false, endedBy: 'refused', endedAt: now, updatedAt: now };
  // Update the ledger; if there is none, create it; if someone created it meanwhile, update again.
  await compareAndSet<void, true, void>(
    {
      read: () => Promise.resolve(),
      decide: () => ({ change: true }),
      write: async () => {
        const res = await ledger(ports).where({ _id: id }).update({ data: change });
        if (res.stats.updated === 1) return { value: undefined };
        try {
          const doc: SubscriptionDoc = {
            _id: id,
            openid,
            templateKey,
            credits: accepted ? 1 : 0,
            granted: accepted ? 1 : 0,
            used: 0,
            subscribed: accepted,
            ...(accepted ? {} : { endedBy: 'refused' as const, endedAt: now }),
            updatedAt: now,
          };
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

/**
 * Uses a standing acceptance for `n` sends (long-term templates): one conditional write that
 * lands only while the grant stands; false when it does not.
 */
export async function useStandingGrant(ports: Ports, openid: string, templateKey: string, n: number, now: Date): Promise<boolean> {
  const _ = dbOf(ports).command;
  const res = await ledger(ports)
    .where({ _id: ledgerId(openid, templateKey), subscribed: true })
    .update({ data: { used: _.inc(n), updatedAt: now } });
  return res.stats.updated === 1;
}

/** WeChat took messages of these ledgers (`openid` × template pairs): one write for all of them. */
export async function markLedgersSent(ports: Ports, ids: readonly string[], now: Date): Promise<void> {
  if (ids.length === 0) return;
  const _ = dbOf(ports).command;
  await ledger(ports)
    .where({ _id: _.in([...new Set(ids)]) })
    .update({ data: { lastSentAt: now } });
}

/** Ends a standing grant (`why`); answers whether it was standing. */
export async function endStandingGrant(ports: Ports, openid: string, templateKey: string, why: GrantEnd, now: Date): Promise<boolean> {
  const res = await ledger(ports)
    .where({ _id: ledgerId(openid, templateKey), subscribed: true })
    .update({ data: { subscribed: false, endedBy: why, endedAt: now, updatedAt: now } });
  return res.stats.updated === 1;
}

/**
 * Stands a grant again that ended in WeChat's settings, now that the settings show it on;
 * answers whether it did.
 */
export async function reopenGrantFromSetting(ports: Ports, openid: string, templateKey: string, now: Date): Promise<boolean> {
  const _ = dbOf(ports).command;
  const res = await ledger(ports)
    .where({ _id: ledgerId(openid, templateKey), subscribed: false, endedBy: 'setting' })
    .update({ data: { subscribed: true, endedBy: _.remove(), endedAt: _.remove(), updatedAt: now } });
  return res.stats.updated === 1;
}

/** The ledgers of one template for many people (at most 100 a call): the desks' reachability. */
export async function ledgersOfTemplate(ports: Ports, templateKey: string, openids: readonly string[]): Promise<SubscriptionDoc[]> {
  const ids = [...new Set(openids)].map((o) => ledgerId(o, templateKey));
  if (ids.length === 0) return [];
  if (ids.length > 100) throw new Error('ledgersOfTemplate: at most 100 people a call');
  const _ = dbOf(ports).command;
  const res = await ledger(ports).where({ _id: _.in(ids) }).limit(100).get();
  return res.data;
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

/** Empties the ledger and unsubscribes (WeChat answered 43101: there is no subscription). */
export async function emptyLedger(ports: Ports, openid: string, templateKey: string, now: Date): Promise<void> {
  await ledger(ports)
    .where({ _id: ledgerId(openid, templateKey) })
    .update({ data: { credits: 0, subscribed: false, endedBy: 'wechat', endedAt: now, updatedAt: now } });
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
