/**
 * Where an opinion's facts are counted. One counter document per (scope, month), the scope
 * being what a dashboard filters on:
 *   `r:<region>:<YYYY-MM>` for every region on the opinion's path (province, city, county,
 *      township; the military node too) — cells `a` (all), `c.<category>`, `l.<level>`,
 *      `ch.<channel>`, `s.<station>`;
 *   `rl:<region>|<level>:<YYYY-MM>` the same region for one level of deputy — `a`, `c`, `s`;
 *   `s:<station>:…` — `a`, `c`, `l`; `sl:<station>|<level>:…` — `a`, `c`; `d:<deputy>:…` — `a`, `c`.
 * So any dashboard view is one document per month, and documents stay small. Every cell of
 * an opinion gets the same metrics — except the per-day metrics (for rates that leave out
 * recent days), kept in `a` only — so adding opinions up is linear: opinions with the same
 * place can be summed first and spread once (what a rebuild does). Pure.
 */
import type { Metrics, StatsFacts, StatsPlace } from './opinion-facts';

export type CounterKind = 'r' | 'rl' | 's' | 'sl' | 'd';

export const counterId = (kind: CounterKind, key: string, month: string) => `${kind}:${key}:${month}`;
export const levelKey = (key: string, level: string) => `${key}|${level}`;

/** A counter document's numbers: cell path → metric → count. */
export type CounterCells = Record<string, Metrics>;

const isDayMetric = (k: string) => /^d[nar]\d\d$/.test(k);

/** The (document, cell) places of one opinion. */
export function placesOf(p: StatsPlace): { id: string; cells: string[] }[] {
  const out: { id: string; cells: string[] }[] = [];
  for (const region of p.r) {
    out.push({ id: counterId('r', region, p.m), cells: ['a', `c.${p.c}`, `l.${p.l}`, `ch.${p.ch}`, `s.${p.s}`] });
    out.push({ id: counterId('rl', levelKey(region, p.l), p.m), cells: ['a', `c.${p.c}`, `s.${p.s}`] });
  }
  out.push({ id: counterId('s', p.s, p.m), cells: ['a', `c.${p.c}`, `l.${p.l}`] });
  out.push({ id: counterId('sl', levelKey(p.s, p.l), p.m), cells: ['a', `c.${p.c}`] });
  if (p.dep) out.push({ id: counterId('d', p.dep, p.m), cells: ['a', `c.${p.c}`] });
  return out;
}

/** Counter changes: document id → cell path → metric → delta. */
export type Delta = Map<string, CounterCells>;

/** Adds `sign` × metrics at every place of `place` into `into`. */
export function spread(into: Delta, place: StatsPlace, v: Metrics, sign = 1): Delta {
  for (const { id, cells } of placesOf(place)) {
    let doc = into.get(id);
    if (!doc) into.set(id, (doc = {}));
    for (const cell of cells) {
      const m = (doc[cell] ??= {});
      const days = cell === 'a';
      for (const [k, n] of Object.entries(v)) if (days || !isDayMetric(k)) m[k] = (m[k] ?? 0) + sign * n;
    }
  }
  return into;
}

/** What the counters must move by when an opinion's facts go from `before` to `after`. */
export function deltaOf(before: StatsFacts | null | undefined, after: StatsFacts): Delta {
  const d: Delta = new Map();
  if (before) spread(d, before.place, before.v, -1);
  spread(d, after.place, after.v, 1);
  return pruneZeros(d);
}

export function pruneZeros(d: Delta): Delta {
  for (const [id, cells] of d) {
    for (const [cell, m] of Object.entries(cells)) {
      for (const k of Object.keys(m)) if (m[k] === 0) delete m[k];
      if (Object.keys(m).length === 0) delete cells[cell];
    }
    if (Object.keys(cells).length === 0) d.delete(id);
  }
  return d;
}

/**
 * Counters from scratch for many opinions: facts with the same place are summed first (cheap),
 * then spread once per place — a million opinions become a few thousand spreads.
 */
export function aggregate(all: Iterable<StatsFacts>): Delta {
  const byPlace = new Map<string, { place: StatsPlace; v: Metrics }>();
  for (const f of all) {
    const key = `${f.place.m}|${f.place.r.join('/')}|${f.place.s}|${f.place.c}|${f.place.ch}|${f.place.l}|${f.place.dep ?? ''}`;
    let g = byPlace.get(key);
    if (!g) byPlace.set(key, (g = { place: f.place, v: {} }));
    for (const [k, n] of Object.entries(f.v)) g.v[k] = (g.v[k] ?? 0) + n;
  }
  const out: Delta = new Map();
  for (const g of byPlace.values()) spread(out, g.place, g.v);
  return out;
}
