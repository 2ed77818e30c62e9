/**
 * Where an opinion's facts are counted. One counter document per (scope, month), the scope
 * being what a dashboard filters on:
 *   `r:<region>:<YYYY-MM>` for every region on the opinion's path (province, city, county,
 *      township; the military node too) — cells `a` (all), `c.<category>`, `l.<level>`,
 *      `ch.<channel>`, and the breakdown a dashboard of that region shows one level down:
 *      `g.<region>` for the region itself and the one below it, and in a county and below,
 *      `s.<station>` (see `upperOf` / `localOf`);
 *   `rl:<region>|<level>:<YYYY-MM>` the same region for one level of deputy — the same cells;
 *   `s:<station>:…`, `sl:<station>|<level>:…`, `d:<deputy>:…` — `a`, `c`, `l`.
 * Every document that has an `a` cell also has `y.<DD>`: the opinions received on that day of
 * the month, with the few figures a report over days shows (received, accepted, resolved,
 * rated and how, forwarded, converted) — the campaign summary (活动总结) counts a campaign's days
 * from them, per region one level down, without reading an opinion.
 * So any dashboard view is one document per month, and documents stay small at every level:
 * a province's month holds a cell per city and county, not one per station and township
 * (5,000 and 1,900 in Hunan). Every cell of an opinion gets the same metrics — `a` all of
 * them, breakdown cells those a breakdown row shows — so adding opinions up is linear:
 * opinions with the same place can be summed first and spread once (what a rebuild does). Pure.
 */
import type { Metrics, StatsFacts, StatsPlace } from './opinion-facts';

export type CounterKind = 'r' | 'rl' | 's' | 'sl' | 'd';

export const counterId = (kind: CounterKind, key: string, month: string) => `${kind}:${key}:${month}`;
export const levelKey = (key: string, level: string) => `${key}|${level}`;

/** A counter document's numbers: cell path → metric → count. */
export type CounterCells = Record<string, Metrics>;

/**
 * Breakdown cells (all but `a`) keep only what a breakdown row shows — counts, result kinds
 * and ratings — not the histograms, per-day metrics or the rarer counts: the documents a
 * dashboard reads stay small (a county's month with 40 stations ≈ 7 KB).
 */
const isBreakdownMetric = (k: string) => !/^(d[nar]\d\d|fr\d+|rr\d+|frn|chs|fwd|sug|rej|wdr)$/.test(k);

/** Day cells (`y.<DD>`) keep what a report over days counts: received, accepted, resolved, rated and how, forwarded, converted. */
const isDayMetric = (k: string) => /^(n|acc|res|rt|st_[a-z]+|fwd|sug)$/.test(k);

/** Which metrics a kind of cell keeps. */
type CellMetrics = 'all' | 'breakdown' | 'day';
const KEEPS: Record<CellMetrics, (k: string) => boolean> = { all: () => true, breakdown: isBreakdownMetric, day: isDayMetric };
const keepsOf = (cell: string): CellMetrics => (cell === 'a' ? 'all' : cell.startsWith('y.') ? 'day' : 'breakdown');

/** One kind of cell: the place fields it depends on, and the (document, cell) places it names. */
interface CellTemplate {
  dims: readonly (keyof StatsPlace)[];
  places(p: StatsPlace): [id: string, cell: string][];
  /** `a` cells: every metric; day cells: a report's few; breakdown cells: what a breakdown row shows. */
  metrics: CellMetrics;
}

/**
 * The regions above the county (province, city) and those from the county down: a dashboard
 * of the first shows its cities or counties, of the second its townships and its stations.
 * A path of one or two regions (a station directly in a city) counts its last region as local.
 */
const splitAt = (p: StatsPlace) => (p.r.length > 2 ? 2 : Math.max(0, p.r.length - 1));
const upperOf = (p: StatsPlace) => p.r.slice(0, splitAt(p));
const localOf = (p: StatsPlace) => p.r.slice(splitAt(p));
const regionDocs = (kind: 'r' | 'rl', pick: (p: StatsPlace) => string[]) => (p: StatsPlace) =>
  pick(p).map((r) => counterId(kind, kind === 'r' ? r : levelKey(r, p.l), p.m));
const regions = regionDocs('r', (p) => p.r);
const regionLevels = regionDocs('rl', (p) => p.r);
const station = (p: StatsPlace) => [counterId('s', p.s, p.m)];
const stationLevel = (p: StatsPlace) => [counterId('sl', levelKey(p.s, p.l), p.m)];
const deputy = (p: StatsPlace) => (p.dep ? [counterId('d', p.dep, p.m)] : []);
const at = (ids: (p: StatsPlace) => string[], cell: (p: StatsPlace) => string) => (p: StatsPlace) =>
  ids(p).map((id): [string, string] => [id, cell(p)]);
const all = () => 'a';
const byDay = (p: StatsPlace) => `y.${p.d}`;
const byCategory = (p: StatsPlace) => `c.${p.c}`;
const byStation = (p: StatsPlace) => `s.${p.s}`;
const byLevel = (p: StatsPlace) => `l.${p.l}`;
const byChannel = (p: StatsPlace) => `ch.${p.ch}`;
/**
 * The `g.<region>` cells: in each upper region's document (province, city) the path's regions
 * down to the county — its own and the one below it, which is what its dashboard shows —
 * and in each local region's document the local regions. Documents of one group get the same
 * cells, so one update moves a group (server/dashboard/keep.ts): two groups per kind.
 */
const bySubregion = (kind: 'r' | 'rl') => (p: StatsPlace) => {
  const upper = upperOf(p);
  const local = localOf(p);
  const cells = (docs: string[], shown: string[]) =>
    regionDocs(kind, () => docs)(p).flatMap((id) => shown.map((g): [string, string] => [id, `g.${g}`]));
  return [...cells(upper, p.r.slice(0, upper.length + 1)), ...cells(local, local)];
};

/** `s.<station>` cells, in the documents of the local regions only (a county's stations, not a province's). */
const byStationLocally = (kind: 'r' | 'rl') => at(regionDocs(kind, localOf), byStation);

/**
 * Every cell an opinion is counted in (the layout described above, as data). The upper
 * region documents get the same cells, the local ones theirs, and so do station,
 * station-level and deputy documents: an opinion's change is a few updates, one per group
 * (server/dashboard/keep.ts).
 */
const B = 'breakdown' as const;
const TEMPLATES: readonly CellTemplate[] = [
  { dims: ['m', 'r'], places: at(regions, all), metrics: 'all' },
  { dims: ['m', 'd', 'r'], places: at(regions, byDay), metrics: 'day' },
  { dims: ['m', 'r', 'c'], places: at(regions, byCategory), metrics: B },
  { dims: ['m', 'r', 'l'], places: at(regions, byLevel), metrics: B },
  { dims: ['m', 'r', 'ch'], places: at(regions, byChannel), metrics: B },
  { dims: ['m', 'r', 's'], places: byStationLocally('r'), metrics: B },
  { dims: ['m', 'r'], places: bySubregion('r'), metrics: B },
  { dims: ['m', 'r', 'l'], places: at(regionLevels, all), metrics: 'all' },
  { dims: ['m', 'd', 'r', 'l'], places: at(regionLevels, byDay), metrics: 'day' },
  { dims: ['m', 'r', 'l', 'c'], places: at(regionLevels, byCategory), metrics: B },
  { dims: ['m', 'r', 'l'], places: at(regionLevels, byLevel), metrics: B },
  { dims: ['m', 'r', 'l', 'ch'], places: at(regionLevels, byChannel), metrics: B },
  { dims: ['m', 'r', 'l', 's'], places: byStationLocally('rl'), metrics: B },
  { dims: ['m', 'r', 'l'], places: bySubregion('rl'), metrics: B },
  { dims: ['m', 's'], places: at(station, all), metrics: 'all' },
  { dims: ['m', 'd', 's'], places: at(station, byDay), metrics: 'day' },
  { dims: ['m', 's', 'c'], places: at(station, byCategory), metrics: B },
  { dims: ['m', 's', 'l'], places: at(station, byLevel), metrics: B },
  { dims: ['m', 's', 'l'], places: at(stationLevel, all), metrics: 'all' },
  { dims: ['m', 'd', 's', 'l'], places: at(stationLevel, byDay), metrics: 'day' },
  { dims: ['m', 's', 'l', 'c'], places: at(stationLevel, byCategory), metrics: B },
  { dims: ['m', 's', 'l'], places: at(stationLevel, byLevel), metrics: B },
  { dims: ['m', 'dep'], places: at(deputy, all), metrics: 'all' },
  { dims: ['m', 'd', 'dep'], places: at(deputy, byDay), metrics: 'day' },
  { dims: ['m', 'dep', 'c'], places: at(deputy, byCategory), metrics: B },
  { dims: ['m', 'dep', 'l'], places: at(deputy, byLevel), metrics: B },
];

/** The (document, cell) places of one opinion. */
export function placesOf(p: StatsPlace): { id: string; cells: string[] }[] {
  const byId = new Map<string, string[]>();
  for (const t of TEMPLATES) {
    for (const [id, cell] of t.places(p)) {
      const cells = byId.get(id) ?? [];
      cells.push(cell);
      byId.set(id, cells);
    }
  }
  return [...byId].map(([id, cells]) => ({ id, cells }));
}

/** Adds `sign` × metrics into one cell of one document. */
function addInto(into: Delta, id: string, cell: string, v: Metrics, sign: number): void {
  let doc = into.get(id);
  if (!doc) into.set(id, (doc = {}));
  const m = (doc[cell] ??= {});
  const keeps = KEEPS[keepsOf(cell)];
  for (const k in v) if (keeps(k)) m[k] = (m[k] ?? 0) + sign * v[k];
}

/** Counter changes: document id → cell path → metric → delta. */
export type Delta = Map<string, CounterCells>;

/** Adds `sign` × metrics at every place of `place` into `into`. */
export function spread(into: Delta, place: StatsPlace, v: Metrics, sign = 1): Delta {
  for (const t of TEMPLATES) for (const [id, cell] of t.places(place)) addInto(into, id, cell, v, sign);
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
 * Counters from scratch for many opinions. Each kind of cell depends on a few place fields
 * only (a region's category cell on month, region path and category), so metrics are summed
 * per those fields as the opinions stream by — a few additions per opinion into small dense
 * vectors — and each sum is spread once at the end: a million opinions become a few
 * thousand spreads.
 */
export function aggregate(facts: Iterable<StatsFacts>): Delta {
  const slots = new Map<string, number>();
  const names: string[] = [];
  const kept: Record<CellMetrics, boolean[]> = { all: [], breakdown: [], day: [] };
  const slotOf = (k: string) => {
    let i = slots.get(k);
    if (i === undefined) {
      slots.set(k, (i = names.push(k) - 1));
      for (const c of Object.keys(kept) as CellMetrics[]) kept[c][i] = KEEPS[c](k);
    }
    return i;
  };
  const sums = TEMPLATES.map(() => new Map<number, { place: StatsPlace; v: number[] }>());
  const keeps = TEMPLATES.map((t) => kept[t.metrics]);
  // Group keys as numbers (cheap to hash): each place field interned to a small id, packed
  // into a float below 2^53 (the widest kind of cell packs 50 bits).
  const ORDER: (keyof StatsPlace)[] = ['m', 'r', 's', 'c', 'ch', 'l', 'dep', 'd'];
  const BITS = [10, 16, 20, 10, 4, 4, 20, 5];
  const RADIX = BITS.map((b) => 2 ** b);
  const interned = ORDER.map(() => new Map<string, number>());
  const dimsAt = TEMPLATES.map((t) => t.dims.map((d) => ORDER.indexOf(d)));
  const id: number[] = new Array(ORDER.length);
  const intern = (at: number, value: string) => {
    let i = interned[at].get(value);
    if (i === undefined) {
      interned[at].set(value, (i = interned[at].size));
      if (i >= RADIX[at]) throw new Error(`aggregate: more than ${RADIX[at]} distinct ${ORDER[at]}`);
    }
    return i;
  };
  const idx: number[] = [];
  const val: number[] = [];
  for (const f of facts) {
    const p = f.place;
    id[0] = intern(0, p.m);
    id[1] = intern(1, p.r.join('/'));
    id[2] = intern(2, p.s);
    id[3] = intern(3, p.c);
    id[4] = intern(4, p.ch);
    id[5] = intern(5, p.l);
    id[6] = intern(6, p.dep ?? '');
    id[7] = intern(7, p.d);
    let n = 0;
    for (const k in f.v) {
      idx[n] = slotOf(k);
      val[n++] = f.v[k];
    }
    for (let t = 0; t < TEMPLATES.length; t++) {
      const at = dimsAt[t];
      let key = 0;
      for (let j = 0; j < at.length; j++) key = key * RADIX[at[j]] + id[at[j]];
      let g = sums[t].get(key);
      if (!g) sums[t].set(key, (g = { place: p, v: new Array<number>(names.length + 8).fill(0) }));
      const v = g.v;
      for (let j = 0; j < n; j++) {
        const i = idx[j];
        if (!keeps[t][i]) continue;
        while (v.length <= i) v.push(0);
        v[i] += val[j];
      }
    }
  }
  const out: Delta = new Map();
  TEMPLATES.forEach((t, k) => {
    for (const { place, v } of sums[k].values()) {
      const metrics: Metrics = {};
      for (let i = 0; i < v.length; i++) if (v[i]) metrics[names[i]] = v[i];
      for (const [id, cell] of t.places(place)) addInto(out, id, cell, metrics, 1);
    }
  });
  return out;
}
