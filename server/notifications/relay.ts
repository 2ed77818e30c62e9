/**
 * Turns an opinion's new timeline events into outbox entries. Called right after every
 * opinion write (best effort) and by the scheduler for anything left behind: opinions are
 * written with `notifyPending: true` in the same atomic update as the event, so an event
 * whose relay did not run (process killed) is still found and relayed later.
 *
 * Entries are keyed per event × recipient × template, so relaying an event twice writes
 * nothing new. `notifiedEvents` is advanced on the condition that no event was added in
 * between (the version read); the relay does not bump the version itself, so it never
 * makes a deputy's or resident's write retry.
 */
import { notificationsForEvent, type Audience, type OpinionFacts } from '../../core/notification-rules';
import { OPINION_PAGE } from '../config/pages';
import type { OpinionDoc, OpinionEvent } from '../model';
import { buildEntry, enqueue } from './outbox/enqueue';
import type { OutboxDoc } from './outbox/outbox-doc';
import { drainOutbox } from './outbox/sender';
import type { Ports } from '../platform/ports';
import { getOpinion } from '../opinions/opinions.repo';
import { recipientsFor } from './recipients';
import { applyDelta, statsClaimOf } from '../dashboard/keep';

export const eventKeyOf = (opinionId: string, index: number) => `ev-${opinionId}-${index}`;

export const opinionFacts = (doc: OpinionDoc, event?: OpinionEvent): OpinionFacts => ({
  trackingNo: doc.trackingNo,
  category: doc.category,
  text: doc.text,
  stationName: doc.stationName,
  status: doc.status,
  chaseCount: doc.chaseCount ?? 0,
  flagged: doc.flagged,
  acceptDueAt: doc.acceptDueAt ? new Date(doc.acceptDueAt) : null,
  ...(event?.action === 'reply' ? { replyText: replyAt(doc, event) } : {}),
});

function replyAt(doc: OpinionDoc, event: OpinionEvent): string | undefined {
  const at = new Date(event.at).getTime();
  const same = doc.replies.find((r) => new Date(r.at).getTime() === at);
  return (same ?? doc.replies[doc.replies.length - 1])?.text;
}

export const pageFor = (audience: Audience, opinionId: string) => OPINION_PAGE[audience](opinionId);

/** The outbox entries for one event of an opinion (pure apart from resolving recipients). */
export async function entriesForEvent(ports: Ports, doc: OpinionDoc, index: number): Promise<OutboxDoc[]> {
  const event = doc.timeline[index];
  const facts = opinionFacts(doc, event);
  const intents = notificationsForEvent({ ...event, at: new Date(event.at) }, facts);
  const out: OutboxDoc[] = [];
  const now = ports.clock.now();
  for (const intent of intents) {
    for (const r of await recipientsFor(ports, intent.audience, doc)) {
      out.push(
        buildEntry(intent, r, {
          eventKey: eventKeyOf(doc._id, index),
          opinionId: doc._id,
          trackingNo: doc.trackingNo,
          stationCode: doc.stationCode,
          stationName: doc.stationName,
          page: pageFor(intent.audience, doc._id),
        }, now),
      );
    }
  }
  return out;
}

/** Relays what is pending; returns the ids of the entries written now. */
export async function relayOpinionEvents(ports: Ports, opinionId: string): Promise<string[]> {
  const written: string[] = [];
  for (let attempt = 0; attempt < 5; attempt++) {
    const doc = await getOpinion(ports, opinionId);
    if (!doc) return written;
    // Opinions written before notifications existed carry no count: their past is not news.
    const from = doc.notifiedEvents ?? doc.timeline.length;
    for (let i = from; i < doc.timeline.length; i++) {
      written.push(...(await enqueue(ports, await entriesForEvent(ports, doc, i))));
    }
    // The statistics claim rides on the same update as the mark (stats/keep.ts): until it
    // lands, the pending mark makes the sweep retry both; the winner then adds the delta.
    const claim = statsClaimOf(ports, doc);
    const res = await ports.db
      .collection('opinions')
      .where({ _id: opinionId, version: doc.version, ...claim?.where })
      .update({ data: { notifiedEvents: doc.timeline.length, notifyPending: false, ...claim?.data } });
    if (res.stats.updated === 1) {
      if (claim) await applyDelta(ports, claim.delta);
      return written;
    }
    // An event was added meanwhile (or another keeper claimed the facts): again, from fresh data.
  }
  return written; // still pending: the scheduler's sweep finishes it
}

/** Whether entries are sent right away after a write (the scheduler drains the rest). */
const SEND_INLINE = process.env.NOTIFY_INLINE !== '0';

/** Never lets a relay failure fail the resident's or deputy's request; the sweep retries. */
export async function relaySafely(ports: Ports, opinionId: string): Promise<void> {
  try {
    const ids = await relayOpinionEvents(ports, opinionId);
    if (SEND_INLINE && ids.length) await drainOutbox(ports, { ids, limit: 10, budgetMs: 2_000 });
  } catch (e) {
    ports.log.error('relay failed; the scheduler will retry', { opinionId, error: String(e) });
  }
}

/** The scheduler's sweep: opinions whose events were not all relayed. */
export async function sweepPending(ports: Ports, limit = 300): Promise<number> {
  let relayed = 0;
  while (relayed < limit) {
    const page = await ports.db.collection<OpinionDoc>('opinions').where({ notifyPending: true }).limit(100).get();
    if (page.data.length === 0) break;
    for (const d of page.data) {
      await relayOpinionEvents(ports, d._id);
      relayed++;
    }
    if (page.data.length < 100) break;
  }
  return relayed;
}
