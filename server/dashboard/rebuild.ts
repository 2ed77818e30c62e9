/**
 * Recomputes every statistics counter from the opinions (`npm run stats:rebuild`): each
 * opinion's current facts are recorded on it (the same claim the keeper makes) and summed,
 * then every counter document is replaced and counters no opinion supports are removed; the
 * per-deputy oversight rows likewise, with activities and check-ins (deputy-rows-rebuild.ts).
 * Run it after changing the bucket edges, after a crash between a claim and its increments,
 * or for opinions stored before counters existed. Increments made by requests while it runs
 * may be overwritten: run it when the region is quiet (or run it twice).
 */
import { aggregate } from '../../core/stats/counter-cells';
import { sameFacts, type StatsFacts } from '../../core/stats/opinion-facts';
import { compareAndSet, type CasPolicy } from '../platform/cas';
import type { Ports } from '../platform/ports';
import { getOpinion, opinionsPageAfterId } from '../opinions/opinions.repo';
import { claimFacts, counterMeta, currentFacts, forgetCounters, nestCells, type CountedOpinion } from './keep';
import { allCounterIds, removeCounter, replaceCounter } from './stats.repo';
import { rebuildDeputyRows } from './deputy-rows-rebuild';

export interface RebuildReport {
  opinions: number;
  factsUpdated: number;
  counters: number;
  removed: number;
  /** The per-deputy oversight rows written and removed (decision 0033). */
  deputyRows: number;
  deputyRowsRemoved: number;
}

const PAGE = 500;

export async function rebuildStats(ports: Ports): Promise<RebuildReport> {
  const facts: StatsFacts[] = [];
  let factsUpdated = 0;
  let last = '';
  for (;;) {
    const page = (await opinionsPageAfterId(ports, last, PAGE)) as CountedOpinion[];
    for (const doc of page) {
      const { counted, updated } = await settle(ports, doc);
      if (counted) facts.push(counted);
      if (updated) factsUpdated++;
    }
    if (page.length < PAGE) break;
    last = page[page.length - 1]._id;
  }
  const counters = aggregate(facts);
  for (const [id, cells] of counters) {
    await replaceCounter(ports, id, { ...counterMeta(id), ...nestCells(cells) });
  }
  let removed = 0;
  forgetCounters(ports);
  for (const id of await allCounterIds(ports)) {
    if (!counters.has(id)) {
      await removeCounter(ports, id);
      removed++;
    }
  }
  const rows = await rebuildDeputyRows(ports, facts);
  return { opinions: facts.length, factsUpdated, counters: counters.size, removed, deputyRows: rows.rows, deputyRowsRemoved: rows.removed };
}

type Settled = { counted?: StatsFacts; updated: boolean };

/** Five rounds, re-reading at once: a lost claim means a keeper just recorded newer facts. */
const SETTLE_POLICY: CasPolicy = { tries: 5, maxWaitMs: 0, stepMs: 0, conflict: () => new Error('statistics claim kept changing') };

/** Records the opinion's current facts on it, unless already there; answers what is counted. */
async function settle(ports: Ports, first: CountedOpinion): Promise<Settled> {
  const reread = async () => (await getOpinion(ports, first._id)) as CountedOpinion | undefined;
  return compareAndSet<CountedOpinion | undefined, StatsFacts, Settled>(
    {
      read: (round) => (round === 0 ? Promise.resolve(first) : reread()),
      decide: (doc) => {
        if (!doc) return { done: { updated: false } };
        const next = currentFacts(doc);
        return sameFacts(doc.statsFacts, next) ? { done: { counted: next, updated: false } } : { change: next };
      },
      write: async (doc, next) => ((await claimFacts(ports, doc as CountedOpinion, next)) ? { value: { counted: next, updated: true } } : undefined),
      // Keepers kept winning: what is counted is whatever they recorded.
      giveUp: async () => ({ counted: (await reread())?.statsFacts, updated: false }),
    },
    SETTLE_POLICY,
  );
}
