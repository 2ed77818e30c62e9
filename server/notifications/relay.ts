/**
 * Turns an opinion's new timeline events into outbox entries, on the opinion in hand. The
 * after-write step (server/opinions/after-write.ts) calls it from the relay's sweep, which
 * runs every minute (server/scheduler/relay.ts): opinions are written with `notifyPending:
 * true` in the same atomic update as the event, so every event is found and relayed, also
 * one whose relay was cut short (process killed).
 *
 * Entries are keyed per event × recipient × template, so relaying an event twice writes
 * nothing new. The step advances `notifiedEvents` on the condition that no event was added in
 * between (the version read); it does not bump the version itself, so it never makes a
 * deputy's or resident's write retry.
 */
import { notificationsForEvent, type Audience, type OpinionFacts } from '../../core/notification-rules';
import { OPINION_PAGE } from '../config/pages';
import type { OpinionDoc, OpinionEvent } from '../model';
import { buildEntry, enqueue, type Recipient } from './outbox/enqueue';
import type { OutboxDoc } from './outbox/outbox-doc';
import type { Ports } from '../platform/ports';
import { recipientsFor } from './recipients';
import { enqueueForSeconders } from './seconders';

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
  withDeputy: Boolean(doc.assigneeDeputyId),
  ...(event?.action === 'reply' ? { replyText: replyAt(doc, event) } : {}),
});

function replyAt(doc: OpinionDoc, event: OpinionEvent): string | undefined {
  const at = new Date(event.at).getTime();
  const same = doc.replies.find((r) => new Date(r.at).getTime() === at);
  return (same ?? doc.replies[doc.replies.length - 1])?.text;
}

/** The page a message about the opinion opens for this recipient: an admin standing in for staff works it at the office's desk. */
export const pageFor = (audience: Audience, opinionId: string, recipient?: Recipient) =>
  recipient?.desk === 'admin' ? OPINION_PAGE.office(opinionId) : OPINION_PAGE[audience](opinionId);

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
          page: pageFor(intent.audience, doc._id, r),
        }, now),
      );
    }
  }
  return out;
}

/** The events of the opinion not yet turned into entries. Opinions written before notifications existed carry no count: their past is not news. */
export function unrelayedEvents(doc: OpinionDoc): { from: number; to: number } {
  return { from: doc.notifiedEvents ?? doc.timeline.length, to: doc.timeline.length };
}

/** Writes the outbox entries of events `from`…`to` of the opinion in hand; returns the ids written now (an entry already there is not written again). */
export async function enqueueEvents(ports: Ports, doc: OpinionDoc, from: number, to: number): Promise<string[]> {
  const written: string[] = [];
  for (let i = from; i < to; i++) {
    written.push(...(await enqueue(ports, await entriesForEvent(ports, doc, i))));
    // The residents who joined the case by 附议 hear of its progress too (decision 0036).
    written.push(...(await enqueueForSeconders(ports, doc, i, eventKeyOf(doc._id, i))));
  }
  return written;
}
