/**
 * The county's vocabulary (decision 0036): how many of its opinions use each character n-gram
 * (1 to 3 characters). What most opinions say (小区, 希望, 反映) weighs little in a comparison,
 * what few say (a place's name, 墙皮, 靳江河) much — the inverse document frequency of TF-IDF.
 * Kept as the `LIMIT` most frequent n-grams (those used by two opinions or more): any other is
 * rare, and weighs as one used once. The scheduler rebuilds it from the county's recent
 * opinions; `npm run similar:eval` builds it from the set it reads.
 */

export interface SimilarVocabulary {
  /** How many opinions were counted. */
  total: number;
  /** n-gram → how many of them use it (only the most frequent; any other counts as 1). */
  df: Readonly<Record<string, number>>;
}

/** The n-grams kept: enough for every common word of a county's opinions. */
export const VOCABULARY_LIMIT = 6_000;

export const EMPTY_VOCABULARY: SimilarVocabulary = { total: 0, df: {} };

/** The character 1-, 2- and 3-grams of a comparison form and how often each occurs, within runs of letters and digits. */
export function ngramsOf(form: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const run of form.split(/[^\p{Script=Han}a-z0-9]+/u)) {
    // Characters outside the basic plane are rare in residents' words: read whole where they are.
    const chars = /[\ud800-\udfff]/.test(run) ? Array.from(run) : undefined;
    const length = chars ? chars.length : run.length;
    const at = (i: number, n: number) => (chars ? chars.slice(i, i + n).join('') : run.substr(i, n));
    for (let n = 1; n <= 3; n++) {
      for (let i = 0; i + n <= length; i++) {
        const g = at(i, n);
        out[g] = (out[g] ?? 0) + 1;
      }
    }
  }
  return out;
}

/** The vocabulary of some opinions' n-grams, keeping the `limit` most frequent used twice or more. */
export function vocabularyOf(docs: Iterable<Readonly<Record<string, number>>>, limit = VOCABULARY_LIMIT): SimilarVocabulary {
  const df = new Map<string, number>();
  let total = 0;
  for (const d of docs) {
    total++;
    for (const g of Object.keys(d)) df.set(g, (df.get(g) ?? 0) + 1);
  }
  const kept = [...df].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, limit);
  return { total, df: Object.fromEntries(kept) };
}

/** The weight of an n-gram in the vocabulary: ln((N + 1) / (df + 1)) + 1, an n-gram it does not hold counting as used once. */
export function idfOf(v: SimilarVocabulary, g: string): number {
  return Math.log((v.total + 1) / ((v.df[g] ?? 1) + 1)) + 1;
}

/** The weights of one vocabulary, each computed once. */
const weightsOf = new WeakMap<SimilarVocabulary, Map<string, number>>();
function idfIn(v: SimilarVocabulary, g: string): number {
  let cache = weightsOf.get(v);
  if (!cache) weightsOf.set(v, (cache = new Map()));
  let w = cache.get(g);
  if (w === undefined) cache.set(g, (w = idfOf(v, g)));
  return w;
}

/** The TF-IDF cosine of two n-gram counts (sublinear term frequency). */
export function lexicalCosine(a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>, v: SimilarVocabulary): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const g in a) {
    const idf = idfIn(v, g);
    const w = (1 + Math.log(a[g]!)) * idf;
    na += w * w;
    const u = b[g];
    if (u) dot += w * (1 + Math.log(u)) * idf;
  }
  for (const g in b) {
    const w = (1 + Math.log(b[g]!)) * idfIn(v, g);
    nb += w * w;
  }
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}
