/**
 * Keeps the statistics counters as opinions change (decision 0012). Called from the relay of
 * timeline events (every opinion write passes there, and the scheduler's sweep retries what a
 * killed process left) and after the scheduler marks an opinion overdue.
 *
 * Counted exactly once: the opinion stores the facts already counted (`statsFacts`, with
 * `statsRev`). A keeper first claims the move from the stored facts to the new ones with a
 * conditional update on `statsRev` — of two keepers one wins — and only the winner adds the
 * difference to the counters. A process killed between the claim and the increments leaves
 * the counters short (never double); `npm run stats:rebuild` recomputes them.
 */
import { deltaOf, type CounterCells, type Delta } from '../../core/stats/counter-cells';
import { factsOf, sameFacts, type StatsFacts } from '../../core/stats/opinion-facts';
import { DURATION_EDGES_HOURS } from '../config/stats';
import { isDuplicateKey, type DbCommand } from '../db';
import type { OpinionDoc } from '../model';
import type { Ports } from '../ports';
import { getOpinion } from '../repos/opinions';

export type CountedOpinion = OpinionDoc & { statsRev?: number; statsFacts?: StatsFacts };

type Command = DbCommand & { set(v: unknown): unknown };

export const currentFacts = (doc: CountedOpinion): StatsFacts => factsOf(doc, doc.statsFacts, DURATION_EDGES_HOURS);

/**
 * Records `next` as the opinion's counted facts if nobody moved them since `doc` was read;
 * true when this caller won.
 */
export async function claimFacts(ports: Ports, doc: CountedOpinion, next: StatsFacts): Promise<boolean> {
  const _ = ports.db.command as Command;
  const res = await ports.db
    .collection('opinions')
    .where({ _id: doc._id, statsRev: doc.statsRev ?? _.exists(false) })
    .update({ data: { statsRev: (doc.statsRev ?? 0) + 1, statsFacts: _.set(next) } });
  return res.stats.updated === 1;
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

/** Adds a delta to the counter documents: one atomic `_.inc` update per document. */
export async function applyDelta(ports: Ports, delta: Delta): Promise<void> {
  for (const [id, cells] of delta) await incCounter(ports, id, cells);
}

async function incCounter(ports: Ports, id: string, cells: CounterCells): Promise<void> {
  const _ = ports.db.command;
  const incs = Object.fromEntries(
    Object.entries(cells).map(([cell, metrics]) => [cell, Object.fromEntries(Object.entries(metrics).map(([k, n]) => [k, _.inc(n)]))]),
  );
  for (let attempt = 0; attempt < 3; attempt++) {
    const res = await ports.db.collection('stats').doc(id).update({ data: nestCells(incs) });
    if (res.stats.updated === 1) return;
    try {
      await ports.db.collection('stats').add({ data: { _id: id, ...counterMeta(id), ...nestCells(cells) } });
      return;
    } catch (e) {
      if (!isDuplicateKey(e)) throw e; // created meanwhile by another keeper: increment it
    }
  }
  throw new Error(`counter ${id} could be neither updated nor created`);
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
