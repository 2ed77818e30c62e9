/**
 * Recomputes every statistics counter from the opinions (`npm run stats:rebuild`): each
 * opinion's current facts are recorded on it (the same claim the keeper makes) and summed,
 * then every counter document is replaced and counters no opinion supports are removed.
 * Run it after changing the bucket edges, after a crash between a claim and its increments,
 * or for opinions stored before counters existed. Increments made by requests while it runs
 * may be overwritten: run it when the region is quiet (or run it twice).
 */
import { aggregate } from '../../core/stats/counter-cells';
import { sameFacts, type StatsFacts } from '../../core/stats/opinion-facts';
import type { Ports } from '../platform/ports';
import { getOpinion } from '../opinions/opinions.repo';
import { opinionsPageAfterId } from '../opinions/opinion-queries.repo';
import { claimFacts, counterMeta, currentFacts, forgetCounters, nestCells, type CountedOpinion } from './keep';
import { allCounterIds, removeCounter, replaceCounter } from './stats.repo';

export interface RebuildReport {
  opinions: number;
  factsUpdated: number;
  counters: number;
  removed: number;
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
  return { opinions: facts.length, factsUpdated, counters: counters.size, removed };
}

/** Records the opinion's current facts on it, unless already there; answers what is counted. */
async function settle(ports: Ports, first: CountedOpinion): Promise<{ counted?: StatsFacts; updated: boolean }> {
  let doc: CountedOpinion | undefined = first;
  for (let attempt = 0; attempt < 5 && doc; attempt++) {
    const next = currentFacts(doc);
    if (sameFacts(doc.statsFacts, next)) return { counted: next, updated: false };
    if (await claimFacts(ports, doc, next)) return { counted: next, updated: true };
    doc = (await getOpinion(ports, first._id)) as CountedOpinion | undefined;
  }
  return { counted: doc?.statsFacts, updated: false };
}
