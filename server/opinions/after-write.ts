/**
 * The one write pipeline of opinions: `moveOpinion` = the write (`changeOpinion`, one
 * conditional update of the document) + the one after-write step (`afterOpinionWrite`).
 *
 * The step works on the document in hand — the one the write just produced, or the one the
 * scheduler's sweep found still pending — without reading it again, and does, in this order:
 *  1. relay: the outbox entries of the events not yet relayed (notifications/relay.ts);
 *  2. one conditional update of the opinion, on the version worked on (not bumped), that marks
 *     the events relayed (`notifiedEvents`, `notifyPending: false`) and claims what the step
 *     counts: the statistics facts (`statsRev`, dashboard/keep.ts) and the deputy whose open
 *     load counts the opinion (`openLoadOf`, open-load.ts);
 *  3. only if that update won: the open-load counters and the statistics counters move;
 *  4. inline, the entries just written are sent right away (the scheduler drains the rest).
 *
 * Idempotent per (opinion, version): outbox entries are keyed per event × recipient ×
 * template, and the claims hold only for the one step that moves them from what was read, so
 * a second run for the same version — inline again, or the sweep — writes nothing new and
 * moves no counter. A lost race (another write, another step) reads again and decides again,
 * five rounds at most; what is left stays `notifyPending` and the sweep finishes it.
 */
import { compareAndSet, type CasPolicy } from '../platform/cas';
import type { OpinionDoc } from '../model';
import type { Ports } from '../platform/ports';
import { enqueueEvents, sendRightAway, unrelayedEvents } from '../notifications/relay';
import { applyDelta, statsClaimOf, type CountedOpinion } from '../dashboard/keep';
import { applyOpenLoad, openLoadClaimOf, type LoadCounted, type OpenLoadClaim } from './open-load';
import { changeOpinion, type Change } from './change-opinion';
import { getOpinion, markAfterWrite, opinionsPendingAfterWrite } from './opinions.repo';

/** An opinion as the step sees it: with what the statistics and the open load counted. */
type InHand = CountedOpinion & Pick<LoadCounted, 'openLoadOf'>;

/** What one round of the step decided to do on the document in hand. */
interface Work {
  events: { from: number; to: number };
  stats?: ReturnType<typeof statsClaimOf>;
  load?: OpenLoadClaim;
}

class StillPending extends Error {}
/** Five rounds, re-reading at once after a lost one; then the sweep finishes it. */
const STEP_POLICY: CasPolicy = { tries: 5, maxWaitMs: 0, stepMs: 0, conflict: () => new StillPending() };

export interface AfterWriteOptions {
  /**
   * Right after a write (the default): sends the new entries at once, and never fails the
   * resident's or deputy's request (a failure is logged; the sweep retries). The sweep passes
   * false: the scheduler drains the outbox itself, and a failure surfaces in its tick.
   */
  inline?: boolean;
}

/**
 * The after-write step for `after` (in hand), written from `before` (undefined for an insert,
 * or when the sweep finds it). Answers the ids of the outbox entries written now.
 */
export async function afterOpinionWrite(
  ports: Ports,
  before: OpinionDoc | undefined,
  after: OpinionDoc,
  opts: AfterWriteOptions = {},
): Promise<string[]> {
  const inline = opts.inline !== false;
  const written: string[] = [];
  try {
    await compareAndSet<InHand | undefined, Work, void>(
      {
        read: (round) => (round === 0 ? Promise.resolve(after) : getOpinion(ports, after._id)),
        decide: (doc) => {
          if (!doc) return { done: undefined };
          const events = unrelayedEvents(doc);
          const stats = statsClaimOf(ports, doc);
          const load = openLoadClaimOf(before as InHand | undefined, doc);
          if (!doc.notifyPending && events.from >= events.to && !stats && !load) return { done: undefined };
          return { change: { events, ...(stats ? { stats } : {}), ...(load ? { load } : {}) } };
        },
        write: async (doc, work) => {
          written.push(...(await enqueueEvents(ports, doc!, work.events.from, work.events.to)));
          const won = await markAfterWrite(ports, doc!._id, {
            version: doc!.version,
            notifiedEvents: work.events.to,
            ...(work.stats ? { stats: work.stats.claim } : {}),
            ...(work.load ? { load: { asRead: work.load.asRead, holder: work.load.holder } } : {}),
          });
          // An event was added meanwhile (or another step claimed first): again, from fresh data.
          if (!won) return undefined;
          if (work.load) await applyOpenLoad(ports, work.load);
          if (work.stats) await applyDelta(ports, work.stats.delta);
          return { value: undefined };
        },
      },
      STEP_POLICY,
    );
  } catch (e) {
    if (!(e instanceof StillPending)) {
      if (!inline) throw e;
      ports.log.error('relay failed; the scheduler will retry', { opinionId: after._id, error: String(e) });
      return written;
    }
  }
  if (!inline) return written;
  try {
    await sendRightAway(ports, written);
  } catch (e) {
    ports.log.error('relay failed; the scheduler will retry', { opinionId: after._id, error: String(e) });
  }
  return written;
}

/**
 * Changes the opinion (`changeOpinion`: read, or `first` already read in this request; decide;
 * one conditional update) and runs the after-write step on the result. Answers the opinion as
 * written.
 */
export async function moveOpinion(
  ports: Ports,
  id: string,
  decide: (doc: OpinionDoc) => Change,
  first?: OpinionDoc,
): Promise<OpinionDoc> {
  const { before, after } = await changeOpinion(ports, id, decide, first);
  await afterOpinionWrite(ports, before, after);
  return after;
}

/** The step for one opinion as stored now, as the sweep runs it (nothing sent); answers the ids of the entries written. */
export async function afterOpinionWriteOf(ports: Ports, opinionId: string): Promise<string[]> {
  const doc = await getOpinion(ports, opinionId);
  return doc ? afterOpinionWrite(ports, undefined, doc, { inline: false }) : [];
}

/**
 * The scheduler's sweep: the step for every opinion whose step did not finish (`notifyPending`),
 * on the documents found. An opinion whose step fails is logged and left for the next tick, so
 * one bad document never stops the sweep, or the jobs the tick runs after it.
 */
export async function sweepPending(ports: Ports, limit = 300): Promise<number> {
  let relayed = 0;
  const failed = new Set<string>();
  while (relayed < limit) {
    const found = await opinionsPendingAfterWrite(ports, 100);
    const page = found.filter((doc) => !failed.has(doc._id));
    if (page.length === 0) break;
    for (const doc of page) {
      try {
        await afterOpinionWrite(ports, undefined, doc, { inline: false });
        relayed++;
      } catch (e) {
        failed.add(doc._id);
        ports.log.error('after-write step failed; the next tick tries again', { opinionId: doc._id, error: String(e) });
      }
    }
    if (found.length < 100) break;
  }
  return relayed;
}
