/**
 * Scores the product's similar-opinion method on a labelled set (issue 25, decision 0036): the
 * same profiles, keys, suggestions and grouping the product runs, over every other opinion of
 * the same county as the candidate pool.
 *
 * - similar_hit_at_3: share of grouped opinions (their cluster has 2+ members) whose confident
 *   suggestions (at most three, only those at SUGGEST_MIN or more) include one of their group.
 * - cluster_pairwise_precision / recall: over pairs of opinions, the product's groups (formed
 *   one opinion after another, in the file's order, as the grouping pass forms them) against
 *   the labelled clusters.
 * - hard_negative_false_match: share of hard negatives whose product group holds a member of
 *   the cluster they imitate.
 */
import { CANDIDATES, chooseGroup, keysMeet, knownNames, lookupKeysOf, profileOf, similarKeysOf, suggestionsFor, type SimilarKnowledge, type SimilarProfile } from '../../core/similar';

export interface LabelledOpinion {
  id: string;
  stationCode: string;
  category: string;
  text: string;
  cluster?: string | null;
  hard_negative_of?: string | null;
}

export interface SimilarScores {
  opinions: number;
  groups: number;
  grouped_opinions: number;
  hard_negatives: number;
  similar_hit_at_3: number;
  cluster_pairwise_precision: number;
  cluster_pairwise_recall: number;
  cluster_pairwise_f1: number;
  hard_negative_false_match: number;
  /** Mean confident suggestions shown per opinion. */
  suggestions_per_opinion: number;
  /** The product's groups of 2+. */
  product_groups: number;
}

/** Reads JSON lines, refusing a line that is not a labelled opinion. */
export function parseLabelled(text: string): LabelledOpinion[] {
  const out: LabelledOpinion[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const o = JSON.parse(line) as LabelledOpinion;
    if (typeof o.id !== 'string' || typeof o.text !== 'string' || typeof o.stationCode !== 'string') throw new Error(`line ${i + 1}: needs id, stationCode and text`);
    out.push({ ...o, category: typeof o.category === 'string' ? o.category : '' });
  });
  return out;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** `tuning` only for looking at how the scores move with the thresholds; the product's are the defaults. */
export function evaluateSimilar(items: readonly LabelledOpinion[], knowledge: SimilarKnowledge, countyOf: (station: string) => string, tuning: { groupMin?: number; suggestMin?: number } = {}): SimilarScores {
  const names = knownNames(knowledge);
  const clusterOf = new Map<string, string>();
  items.forEach((o) => clusterOf.set(o.id, o.cluster ? String(o.cluster) : `__single:${o.id}`));
  const size = new Map<string, number>();
  for (const c of clusterOf.values()) size.set(c, (size.get(c) ?? 0) + 1);

  const rows = items.map((o) => {
    const profile: SimilarProfile = profileOf({ stationCode: o.stationCode, category: o.category, text: o.text }, names);
    return { o, profile, county: countyOf(o.stationCode), keys: similarKeysOf(profile), asks: new Set(lookupKeysOf(profile)) };
  });
  const byCounty = new Map<string, typeof rows>();
  for (const r of rows) byCounty.set(r.county, [...(byCounty.get(r.county) ?? []), r]);
  // As the lookup reads them: the newest (later in the file) holding any key asked, at most CANDIDATES.
  const order = new Map(items.map((o, i) => [o.id, i]));
  const read = <T extends { id: string; keys: string[] }>(asks: ReadonlySet<string>, among: readonly T[]): T[] =>
    among
      .filter((c) => keysMeet(c.keys, asks))
      .sort((a, b) => order.get(b.id)! - order.get(a.id)!)
      .slice(0, CANDIDATES);
  const candidatesOf = (r: (typeof rows)[number], among: readonly (typeof rows)[number][]) =>
    read(r.asks, among.filter((c) => c !== r).map((c) => ({ ...c, id: c.o.id }))) as unknown as (typeof rows)[number][];

  // Suggestions while writing: every other opinion of the county is in the pool.
  let grouped = 0;
  let hits = 0;
  let shown = 0;
  for (const r of rows) {
    const cands = candidatesOf(r, byCounty.get(r.county)!).map((c) => ({ id: c.o.id, profile: c.profile }));
    const sugg = suggestionsFor(r.profile, cands, undefined, tuning.suggestMin);
    shown += sugg.length;
    const cluster = clusterOf.get(r.o.id)!;
    if ((size.get(cluster) ?? 0) < 2) continue;
    grouped++;
    if (sugg.some((s) => clusterOf.get(s.id) === cluster)) hits++;
  }

  // Groups as the grouping pass forms them: one after another, in the order given.
  const groupOf = new Map<string, string>();
  const placed = new Map<string, { id: string; profile: SimilarProfile; group: string; keys: string[] }[]>();
  for (const r of rows) {
    const list = placed.get(r.county) ?? [];
    const candidates = read(r.asks, list);
    const group = chooseGroup(r.profile, candidates, tuning.groupMin) ?? r.o.id;
    groupOf.set(r.o.id, group);
    list.push({ id: r.o.id, profile: r.profile, group, keys: r.keys });
    placed.set(r.county, list);
  }

  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i]!.id;
      const b = items[j]!.id;
      const same = clusterOf.get(a) === clusterOf.get(b);
      const together = groupOf.get(a) === groupOf.get(b);
      if (same && together) tp++;
      else if (together) fp++;
      else if (same) fn++;
    }
  }
  const membersOf = new Map<string, string[]>();
  for (const o of items) if (o.cluster) membersOf.set(String(o.cluster), [...(membersOf.get(String(o.cluster)) ?? []), o.id]);
  const negatives = items.filter((o) => o.hard_negative_of);
  const falseMatches = negatives.filter((o) => (membersOf.get(String(o.hard_negative_of)) ?? []).some((m) => m !== o.id && groupOf.get(m) === groupOf.get(o.id))).length;
  const productGroups = new Map<string, number>();
  for (const g of groupOf.values()) productGroups.set(g, (productGroups.get(g) ?? 0) + 1);

  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  return {
    opinions: items.length,
    groups: [...size.values()].filter((n) => n >= 2).length,
    grouped_opinions: grouped,
    hard_negatives: negatives.length,
    similar_hit_at_3: round(grouped ? hits / grouped : 0),
    cluster_pairwise_precision: round(precision),
    cluster_pairwise_recall: round(recall),
    cluster_pairwise_f1: round(precision + recall ? (2 * precision * recall) / (precision + recall) : 0),
    hard_negative_false_match: round(negatives.length ? falseMatches / negatives.length : 0),
    suggestions_per_opinion: round(items.length ? shown / items.length : 0),
    product_groups: [...productGroups.values()].filter((n) => n >= 2).length,
  };
}
