/**
 * The one write pipeline of opinions: `moveOpinion` = the write (`changeOpinion`, one
 * conditional update of the document, which leaves it `notifyPending`). Nothing else happens
 * before the answer: in WeChat Cloud every database request is a network round trip and a
 * function is frozen once it returns, so what follows a write runs in the relay — the
 * scheduler's minute trigger (server/scheduler/relay.ts), which runs the after-write step
 * (`afterOpinionWrite`) for every `notifyPending` opinion and then sends the outbox.
 *
 * The step works on the document in hand — the one the sweep (sweep-pending.ts) found still
 * pending — and does, in this order:
 *  1. relay: the outbox entries of the events not yet relayed (notifications/relay.ts);
 *  2. one conditional update of the opinion, on the version worked on (not bumped), that marks
 *     the events relayed (`notifiedEvents`, `notifyPending: false`) and claims what the step
 *     counts: the statistics facts (`statsRev`, dashboard/keep.ts) and the deputy whose open
 *     load counts the opinion (`openLoadOf`, open-load.ts);
 *  3. only if that update won: the open-load counters and the statistics counters move.
 *
 * Idempotent per (opinion, version): outbox entries are keyed per event × recipient ×
 * template, and the claims hold only for the one step that moves them from what was read, so
 * a second run for the same version writes nothing new and moves no counter. A lost race
 * (another write, another step) reads again and decides again, five rounds at most; what is
 * left stays `notifyPending` and the next sweep finishes it.
 */
import { compareAndSet, type CasPolicy } from '../platform/cas';
import type { OpinionDoc } from '../model';
import type { Ports } from '../platform/ports';
import { enqueueEvents, unrelayedEvents } from '../notifications/relay';
import { applyStatsChange, statsClaimOf, type CountedOpinion } from '../dashboard/keep';
import { applyOpenLoad, openLoadClaimOf, type LoadCounted, type OpenLoadClaim } from './open-load';
import { changeOpinion, type Change } from './change-opinion';
import { getOpinion, markAfterWrite } from './opinions.repo';

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

/**
 * The after-write step for `after` (in hand, as the sweep found it; `before`, when known, is
 * what the write changed). Answers the ids of the outbox entries written now. A failure is
 * thrown: the sweep logs it and tries again next time.
 */
export async function afterOpinionWrite(ports: Ports, before: OpinionDoc | undefined, after: OpinionDoc): Promise<string[]> {
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
          if (work.stats) await applyStatsChange(ports, work.stats);
          return { value: undefined };
        },
      },
      STEP_POLICY,
    );
  } catch (e) {
    if (!(e instanceof StillPending)) throw e;
  }
  return written;
}

/**
 * Changes the opinion (`changeOpinion`: read, or `first` already read in this request; decide;
 * one conditional update) and answers it as written. It is left `notifyPending`: the relay
 * runs the after-write step within a minute.
 */
export async function moveOpinion(
  ports: Ports,
  id: string,
  decide: (doc: OpinionDoc) => Change,
  first?: OpinionDoc,
): Promise<OpinionDoc> {
  return (await changeOpinion(ports, id, decide, first)).after;
}

/** The step for one opinion as stored now, as the sweep runs it; answers the ids of the entries written. */
export async function afterOpinionWriteOf(ports: Ports, opinionId: string): Promise<string[]> {
  const doc = await getOpinion(ports, opinionId);
  return doc ? afterOpinionWrite(ports, undefined, doc) : [];
}
