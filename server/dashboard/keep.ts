/**
 * Keeps the statistics counters as opinions change (decision 0012). Called from the after-write
 * step of every opinion write (server/opinions/after-write.ts; the scheduler's sweep retries what
 * a killed process left) and after the scheduler marks an opinion overdue.
 *
 * Counted exactly once: the opinion stores the facts already counted (`statsFacts`, with
 * `statsRev`). A keeper first claims the move from the stored facts to the new ones with a
 * conditional update on `statsRev` — of two keepers one wins — and only the winner adds the
 * difference to the counters. A process killed between the claim and the increments leaves
 * the counters short (never double); the scheduler's reconcile job (server/dashboard/reconcile.ts)
 * finds and corrects that, and `npm run stats:rebuild` recomputes everything locally.
 *
 * Works on the opinion in hand; it reads it again only after losing a race.
 */
import { deltaOf, type CounterCells, type Delta } from '../../core/stats/counter-cells';
import { rowChangesOf, type RowChange } from '../../core/stats/deputy-rows';
import { factsOf, sameFacts, type StatsFacts } from '../../core/stats/opinion-facts';
import { DURATION_EDGES_HOURS } from '../config/stats';
import { compareAndSet, type CasPolicy } from '../platform/cas';
import { isDuplicateKey } from '../platform/db-errors';
import type { OpinionDoc } from '../model';
import type { Ports } from '../platform/ports';
import { claimOpinionStatsFacts, opinionAsStoredNow } from '../opinions/opinions.repo';
import { addCounter, existingCounterIdsAmong, forgetKnownCounterIds, incrementCountersBy, knownCounterIds } from './stats.repo';
import { applyRowChanges } from './deputy-rows';

/** `statsAt`: when the facts were last claimed (the reconcile job waits until claims are old). */
export type CountedOpinion = OpinionDoc & { statsRev?: number; statsFacts?: StatsFacts; statsAt?: Date };

export const currentFacts = (doc: CountedOpinion): StatsFacts => factsOf(doc, doc.statsFacts, DURATION_EDGES_HOURS);

/**
 * Records `next` as the opinion's counted facts if nobody moved them since `doc` was read;
 * true when this caller won.
 */
export function claimFacts(ports: Ports, doc: CountedOpinion, next: StatsFacts): Promise<boolean> {
  return claimOpinionStatsFacts(ports, doc._id, doc.statsRev, next, ports.clock.now());
}

/** The claim of an opinion's facts as read: the revision it rests on, the facts now, when. */
export interface StatsClaim {
  rev: number | undefined;
  facts: StatsFacts;
  at: Date;
}

/** What the counters and the per-deputy rows move by once a claim is won. */
export interface StatsChange {
  delta: Delta;
  rows: RowChange[];
}

/**
 * For a writer that updates the opinion anyway (the after-write step's mark): the claim of its
 * current facts, and the change to apply once it won (`applyStatsChange`) — undefined when the
 * facts are counted already.
 */
export function statsClaimOf(ports: Ports, doc: CountedOpinion): ({ claim: StatsClaim } & StatsChange) | undefined {
  const next = currentFacts(doc);
  if (sameFacts(doc.statsFacts, next)) return undefined;
  return { claim: { rev: doc.statsRev, facts: next, at: ports.clock.now() }, delta: deltaOf(doc.statsFacts, next), rows: rowChangesOf(doc.statsFacts, next) };
}

/** Applies a won claim: the counters, then the per-deputy oversight rows (deputy-rows.ts). */
export async function applyStatsChange(ports: Ports, change: StatsChange): Promise<void> {
  await applyDelta(ports, change.delta);
  await applyRowChanges(ports, change.rows);
}

/** Five rounds, re-reading at once after a lost one; then the reconcile (or a rebuild) repairs. */
const KEEP_POLICY: CasPolicy = { tries: 5, maxWaitMs: 0, stepMs: 0, conflict: () => new StatsNotKept() };
class StatsNotKept extends Error {}

/** Brings the counters up to date with this opinion (`doc` as just read, if at hand). */
export async function keepStats(ports: Ports, opinionId: string, doc?: CountedOpinion): Promise<void> {
  try {
    await compareAndSet<CountedOpinion | undefined, StatsFacts, void>(
      {
        read: (round) => (round === 0 && doc ? Promise.resolve(doc) : (opinionAsStoredNow(ports, opinionId) as Promise<CountedOpinion | undefined>)),
        decide: (current) => {
          if (!current) return { done: undefined };
          const next = currentFacts(current);
          return sameFacts(current.statsFacts, next) ? { done: undefined } : { change: next };
        },
        // Someone else moved them: decide again on fresh data.
        write: async (current, next) => {
          if (!(await claimFacts(ports, current!, next))) return undefined;
          await applyStatsChange(ports, { delta: deltaOf(current!.statsFacts, next), rows: rowChangesOf(current!.statsFacts, next) });
          return { value: undefined };
        },
      },
      KEEP_POLICY,
    );
  } catch (e) {
    if (!(e instanceof StatsNotKept)) throw e;
    ports.log.error('statistics not kept after 5 tries; a rebuild repairs them', { opinionId });
  }
}

/**
 * Adds a delta to the counter documents. Documents moving by the same cells (all region
 * documents of an opinion; its station and deputy documents) share one `_.inc` update over
 * their ids — each document still changes atomically on its own. Missing documents (a new
 * month, station or deputy) are created empty first, so the one update reaches them all.
 */
export async function applyDelta(ports: Ports, delta: Delta): Promise<void> {
  const groups = new Map<string, { ids: string[]; cells: CounterCells }>();
  for (const [id, cells] of delta) {
    const key = JSON.stringify(Object.entries(cells).sort(([a], [b]) => a.localeCompare(b)).map(([c, m]) => [c, Object.entries(m).sort()]));
    const g = groups.get(key);
    if (g) g.ids.push(id);
    else groups.set(key, { ids: [id], cells });
  }
  for (const { ids, cells } of groups.values()) {
    await ensureCounters(ports, ids);
    // `w` counts the writes to a counter: the reconcile job corrects only a counter no keeper moved since it read it.
    const updated = await incrementCountersBy(ports, ids, nestCells(cells));
    if (updated !== ids.length) {
      // Only a rebuild removes counters: it recomputes them anyway.
      ports.log.error('counters missing while kept; a rebuild repairs them', { ids, updated });
    }
  }
}

/** Forgets which counters exist (a rebuild removes counters). */
export const forgetCounters = (ports: Ports) => forgetKnownCounterIds(ports);

/** Creates the counters among `ids` that do not exist yet, empty (a duplicate key: someone else did). */
async function ensureCounters(ports: Ports, ids: string[]): Promise<void> {
  const existing = knownCounterIds(ports);
  const unknown = ids.filter((id) => !existing.has(id));
  if (unknown.length === 0) return;
  for (const id of await existingCounterIdsAmong(ports, unknown)) existing.add(id);
  for (const id of unknown.filter((i) => !existing.has(i))) {
    try {
      await addCounter(ports, { _id: id, ...counterMeta(id), w: 0 });
    } catch (e) {
      if (!isDuplicateKey(e)) throw e;
    }
    existing.add(id);
  }
}

/** `r:430104:2026-03` → what and when it counts (for reading and cleaning up). */
export function counterMeta(id: string): { kind: string; key: string; month: string } {
  const [kind, ...rest] = id.split(':');
  const month = rest.pop()!;
  return { kind, key: rest.join(':'), month };
}

/** `{ 'c.教育': { n: 1 } }` → `{ c: { 教育: { n: 1 } } }`, as stored (cells keep category names as keys). */
export function nestCells(cells: Record<string, Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [path, metrics] of Object.entries(cells)) {
    let at = out;
    for (const p of path.split('.')) at = (at[p] ??= {}) as Record<string, unknown>;
    Object.assign(at, metrics);
  }
  return out;
}
