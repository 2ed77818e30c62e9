/**
 * How alike two opinions are (decision 0036), from their profiles: the same problem (shared
 * concepts, or concepts the dictionary links as near), the same place (a place both name, or
 * the same station when neither names one), the same building when the problem is one
 * building's, and the rest of their words (character bigrams). Two gates keep look-alikes
 * apart: different named places (or buildings, for a building's problem), and a district-wide
 * policy concern against one place's problem.
 */
import { conceptOf, type SimilarProfile } from './profile';
import { EMPTY_VOCABULARY, lexicalCosine, type SimilarVocabulary } from './vocabulary';

export interface SimilarWeights {
  /** Added for the problems the dictionary reads in both (their concepts' cosine). */
  concept: number;
  /** Added for the same station. */
  sameStation: number;
  /** What is left of a score across two categories. */
  otherCategory: number;
  /** What is left of a score when a gate says the two are apart. */
  gated: number;
}

export const WEIGHTS: SimilarWeights = { concept: 0.1, sameStation: 0.05, otherCategory: 0.85, gated: 0 };

const kindOf = (p: string) => p.slice(p.indexOf('|') + 1);
const coreOf = (p: string) => p.slice(0, p.indexOf('|'));

function bigrams(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < s.length; i++) out.push(s.slice(i, i + 2));
  return out;
}

/** How alike two place names are: the share of their cores' bigrams in common (Dice), 1 when one holds the other. */
export function placeLikeness(a: string, b: string): number {
  const ca = coreOf(a);
  const cb = coreOf(b);
  if (ca.includes(cb) || cb.includes(ca)) return 1;
  const ga = bigrams(ca);
  const gb = new Set(bigrams(cb));
  const shared = ga.filter((g) => gb.has(g)).length;
  return ga.length + gb.size ? (2 * shared) / (ga.length + gb.size) : 0;
}

/** Whether the shorter name is an abbreviation of the longer one: its characters in the same order, the first one shared (桃岭 of 桃花岭, 咸嘉 of 咸嘉湖). */
export function abbreviates(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 2 || short[0] !== long[0]) return false;
  let j = 0;
  for (const ch of long) if (ch === short[j]) j++;
  return j >= short.length;
}

/** Whether two named places are plainly two places: the same kind (two 小区, two roads), nothing of their names in common, neither an abbreviation of the other. */
function plainlyApart(a: string, b: string): boolean {
  const ka = kindOf(a);
  const kb = kindOf(b);
  return placeLikeness(a, b) === 0 && !abbreviates(coreOf(a), coreOf(b)) && (ka === kb || !ka || !kb);
}

export type PlaceRelation = 'same' | 'apart' | 'unknown';

/** Two named places are one at this likeness or more. */
export const SAME_PLACE = 0.5;

/** The best likeness of the places both name (0 when either names none). */
export function placeScore(a: SimilarProfile, b: SimilarProfile): number {
  let best = 0;
  for (const p of a.places) for (const q of b.places) best = Math.max(best, placeLikeness(p, q));
  return best;
}

export function placeRelation(a: SimilarProfile, b: SimilarProfile): PlaceRelation {
  if (!a.places.length || !b.places.length) return 'unknown';
  // One place when their names are mostly the same (a shared locality such as 咸嘉湖 in 咸嘉湖西路 and 咸嘉湖社区篮球场 is not enough).
  if (placeScore(a, b) >= SAME_PLACE) return 'same';
  return a.places.every((p) => b.places.every((q) => plainlyApart(p, q))) ? 'apart' : 'unknown';
}

/** The cosine of two concept weightings, a concept the dictionary calls near another counting at 0.6 of it. */
export function conceptOverlap(a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): number {
  const ea = Object.entries(a);
  const eb = Object.entries(b);
  if (!ea.length || !eb.length) return 0;
  let dot = 0;
  for (const [id, wa] of ea) {
    let best = 0;
    for (const [o, wb] of eb) {
      const link = o === id ? 1 : conceptOf(id)?.near?.includes(o) || conceptOf(o)?.near?.includes(id) ? 0.6 : 0;
      best = Math.max(best, link * wb);
    }
    dot += wa * best;
  }
  const na = Math.sqrt(ea.reduce((s, [, w]) => s + w * w, 0));
  const nb = Math.sqrt(eb.reduce((s, [, w]) => s + w * w, 0));
  return Math.min(1, dot / (na * nb));
}

/**
 * How common each bigram is among the opinions compared (document frequency out of `total`):
 * what they all say (小区, 电梯 among elevator cases) weighs little, what sets one apart (a
 * place's name, 墙皮) much. Computed from the query and the candidates its keys found, so it
 * needs nothing stored; without it every bigram weighs the same.
 */
export interface GramWeights {
  total: number;
  df: ReadonlyMap<string, number>;
}

/** The bigram frequencies of a query and its candidates: what is common among them weighs little. */
export function poolWeights(profiles: readonly SimilarProfile[]): GramWeights {
  const df = new Map<string, number>();
  for (const p of profiles) for (const g of p.grams) df.set(g, (df.get(g) ?? 0) + 1);
  return { total: profiles.length, df };
}

/** Weighted cosine of two sorted, distinct bigram lists. */
export function gramOverlap(a: readonly string[], b: readonly string[], weights?: GramWeights): number {
  const idf = (g: string) => (weights ? Math.log((weights.total + 1) / ((weights.df.get(g) ?? 0) + 1)) + 1 : 1);
  if (!a.length || !b.length) return 0;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      const w = idf(a[i]!);
      shared += w * w;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  const norm = (xs: readonly string[]) => Math.sqrt(xs.reduce((s, g) => s + idf(g) ** 2, 0));
  return shared / (norm(a) * norm(b));
}

/** Names a place of its own: a place, a building number, or words pointing at one (我们小区). */
const specific = (p: SimilarProfile): boolean => p.places.length > 0 || p.units.length > 0 || p.local;

/** Whether a gate keeps the two apart. */
export function gated(a: SimilarProfile, b: SimilarProfile): boolean {
  if (placeRelation(a, b) === 'apart') return true;
  // A district-wide concern and one place's problem: two matters, however alike the words.
  if ((a.general && specific(b)) || (b.general && specific(a))) return true;
  // Two buildings (or units, or village groups): two problems, unless the problem is the whole area's.
  const wide = (p: SimilarProfile) => p.reach === 'area' || p.reach === 'policy';
  if (!wide(a) && !wide(b)) {
    for (const k of ['栋', '单元', '组']) {
      const ua = a.units.filter((u) => u.endsWith(k));
      const ub = b.units.filter((u) => u.endsWith(k));
      if (ua.length && ub.length && !ua.some((u) => ub.includes(u))) return true;
    }
  }
  return false;
}

/**
 * The similarity of two opinions, 0 to 1 (about): their words compared as TF-IDF character
 * n-grams in the vocabulary of the opinion and its candidates, a little more for the same station and for the problems
 * the dictionary reads in both, less for a different category; nothing when a gate says they are
 * two matters (two places, two buildings, a policy concern and one place's problem).
 */
export function similarity(a: SimilarProfile, b: SimilarProfile, vocabulary: SimilarVocabulary = EMPTY_VOCABULARY, w: SimilarWeights = WEIGHTS): number {
  let score = lexicalCosine(a.ngrams, b.ngrams, vocabulary) + w.sameStation * (a.stationCode === b.stationCode ? 1 : 0) + w.concept * conceptOverlap(a.weights, b.weights);
  if (a.category !== b.category) score *= w.otherCategory;
  if (gated(a, b)) score *= w.gated;
  return score;
}

/**
 * The likeness that groups two opinions: the words of the problem alone (places and numbers
 * left out: a place's rare name must not make two problems there one), the dictionary's
 * concepts, the same named place or station; across categories less, and next to nothing when a
 * gate says they are two matters.
 */
export function groupSimilarity(a: SimilarProfile, b: SimilarProfile, vocabulary: SimilarVocabulary = EMPTY_VOCABULARY, w: GroupWeights = GROUP_WEIGHTS): number {
  const problem = lexicalCosine(a.problemNgrams, b.problemNgrams, vocabulary) + w.concept * conceptOverlap(a.weights, b.weights);
  let where: number;
  if (gated(a, b)) where = w.gated;
  else if (placeRelation(a, b) === 'same') where = 1;
  else if (a.general && b.general) where = 1;
  else where = a.stationCode === b.stationCode ? w.sameStation : w.otherStation;
  let score = problem * where;
  if (a.category !== b.category) score *= w.otherCategory;
  if (twoProblems(a, b)) score *= w.twoProblems;
  return score;
}

/** Whether both name problems the dictionary knows and none of either one's concepts, named whole or held in part by anchors, is (or is near) any of the other's. */
export function twoProblems(a: SimilarProfile, b: SimilarProfile): boolean {
  if (!a.concepts.length || !b.concepts.length) return false;
  return conceptOverlap(a.weights, b.weights) === 0;
}

export interface GroupWeights {
  /** What is left of a score when both name known problems and none in common. */
  twoProblems: number;
  concept: number;
  /** What is left when no place is named by both: at the same station, at two. */
  sameStation: number;
  otherStation: number;
  otherCategory: number;
  gated: number;
}

export const GROUP_WEIGHTS: GroupWeights = { concept: 0.2, sameStation: 0.8, otherStation: 0.2, otherCategory: 0.6, gated: 0.2, twoProblems: 0.4 };
