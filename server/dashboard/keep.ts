/**
 * Keeps the statistics counters as opinions change (decision 0012). Called from the relay of
 * timeline events (every opinion write passes there, and the scheduler's sweep retries what a
 * killed process left) and after the scheduler marks an opinion overdue.
 *
 * Counted exactly once: the opinion stores the facts already counted (`statsFacts`, with
 * `statsRev`). A keeper first claims the move from the stored facts to the new ones with a
 * conditional update on `statsRev` — of two keepers one wins — and only the winner adds the
 * difference to the counters. A process killed between the claim and the increments leaves
 * the counters short (never double); the scheduler's reconcile job (server/dashboard/reconcile.ts)
 * finds and corrects that, and `npm run stats:rebuild` recomputes everything locally.
 */
import { deltaOf, type CounterCells, type Delta } from '../../core/stats/counter-cells';
import { factsOf, sameFacts, type StatsFacts } from '../../core/stats/opinion-facts';
import { DURATION_EDGES_HOURS } from '../config/stats';
import { type DbCommand } from '../platform/db';
import { isDuplicateKey } from '../platform/db-errors';
import type { OpinionDoc } from '../model';
import type { Ports } from '../platform/ports';
import { getOpinion } from '../opinions/opinions.repo';

/** `statsAt`: when the facts were last claimed (the reconcile job waits until claims are old). */
export type CountedOpinion = OpinionDoc & { statsRev?: number; statsFacts?: StatsFacts; statsAt?: Date };

type Command = DbCommand & { set(v: unknown): unknown };

export const currentFacts = (doc: CountedOpinion): StatsFacts => factsOf(doc, doc.statsFacts, DURATION_EDGES_HOURS);

/** The claim of `next` as the parts of a conditional update of the opinion `doc` as read. */
function claimParts(ports: Ports, doc: CountedOpinion, next: StatsFacts) {
  const _ = ports.db.command as Command;
  return {
    where: { statsRev: doc.statsRev ?? _.exists(false) },
    data: { statsRev: (doc.statsRev ?? 0) + 1, statsFacts: _.set(next), statsAt: ports.clock.now() },
  };
}

/**
 * Records `next` as the opinion's counted facts if nobody moved them since `doc` was read;
 * true when this caller won.
 */
export async function claimFacts(ports: Ports, doc: CountedOpinion, next: StatsFacts): Promise<boolean> {
  const { where, data } = claimParts(ports, doc, next);
  const res = await ports.db.collection('opinions').where({ _id: doc._id, ...where }).update({ data });
  return res.stats.updated === 1;
}

/**
 * For a writer that updates the opinion anyway (the relay): the claim of its current facts
 * as extra condition and fields of that update, and the delta to apply once it won —
 * undefined when the facts are counted already.
 */
export function statsClaimOf(ports: Ports, doc: CountedOpinion): { where: object; data: object; delta: Delta } | undefined {
  const next = currentFacts(doc);
  if (sameFacts(doc.statsFacts, next)) return undefined;
  return { ...claimParts(ports, doc, next), delta: deltaOf(doc.statsFacts, next) };
}

/** Brings the counters up to date with this opinion (`doc` as just read, if at hand). */
export async function keepStats(ports: Ports, opinionId: string, doc?: CountedOpinion): Promise<void> {
  let current = doc;
  for (let attempt = 0; attempt < 5; attempt++) {
    current ??= (await getOpinion(ports, opinionId)) as CountedOpinion | undefined;
    if (!current) return;
    const next = currentFacts(current);
    if (sameFacts(current.statsFacts, next)) return;
    if (await claimFacts(ports, current, next)) {
      await applyDelta(ports, deltaOf(current.statsFacts, next));
      return;
    }
    current = undefined; // someone else moved them: decide again on fresh data
  }
  ports.log.error('statistics not kept after 5 tries; a rebuild repairs them', { opinionId });
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
    const _ = ports.db.command;
    const incs = Object.fromEntries(
      Object.entries(cells).map(([cell, metrics]) => [cell, Object.fromEntries(Object.entries(metrics).map(([k, n]) => [k, _.inc(n)]))]),
    );
    // `w` counts the writes to a counter: the reconcile job corrects only a counter no keeper moved since it read it.
    const res = await ports.db.collection('stats').where({ _id: _.in(ids) }).update({ data: { ...nestCells(incs), w: _.inc(1) } });
    if (res.stats.updated !== ids.length) {
      // Only a rebuild removes counters: it recomputes them anyway.
      ports.log.error('counters missing while kept; a rebuild repairs them', { ids, updated: res.stats.updated });
    }
  }
}

/** Counter ids known to exist, per database client (counters are removed only by a rebuild, which forgets them). */
const known = new WeakMap<object, Set<string>>();
const existingIn = (ports: Ports) => {
  let set = known.get(ports.db);
  if (!set) known.set(ports.db, (set = new Set()));
  return set;
};
export const forgetCounters = (ports: Ports) => known.delete(ports.db);

/** Creates the counters among `ids` that do not exist yet, empty (a duplicate key: someone else did). */
async function ensureCounters(ports: Ports, ids: string[]): Promise<void> {
  const existing = existingIn(ports);
  const unknown = ids.filter((id) => !existing.has(id));
  if (unknown.length === 0) return;
  const _ = ports.db.command;
  const found = await ports.db.collection<{ _id: string }>('stats').where({ _id: _.in(unknown) }).field({ _id: true }).limit(unknown.length).get();
  for (const d of found.data) existing.add(d._id);
  for (const id of unknown.filter((i) => !existing.has(i))) {
    try {
      await ports.db.collection('stats').add({ data: { _id: id, ...counterMeta(id), w: 0 } });
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
