/**
 * Similarity keys (decision 0036): written with an opinion (`simKeys`) and indexed with its
 * county, so that the opinions a new text may be like are one index read, in a cloud function
 * as in the local run — never an in-memory index that a cold start loses.
 *
 * - `s:<concept>@<station>`: a problem the dictionary reads, at a station (the station stands in
 *   for the place when the words name none); `p:<concept>@<place>`: at a named place;
 *   `g:<concept>`: a district-wide policy concern;
 * - `n:<place>`: a place named; `u:<station>:<building>`: a building, unit or village group;
 * - `c:<bigram>`: the words (up to 40 bigrams that are not filler, suffixes or markers).
 *
 * A lookup asks for the keys of its own text, its concepts' near ones too, and reads the newest
 * `CANDIDATES` opinions holding any of them: one index walk, newest first, ranked in the function.
 */
import { conceptOf, isCommonGram, type SimilarProfile } from './profile';

/** At most this many keys an opinion. */
export const MAX_SIMILAR_KEYS = 100;
const MAX_WORD_KEYS = 40;

const placeCore = (p: string) => p.slice(0, p.indexOf('|'));

function keysFor(concepts: readonly string[], p: SimilarProfile): string[] {
  const keys = new Set<string>();
  for (const c of concepts) {
    if (p.general) keys.add(`g:${c}`);
    else keys.add(`s:${c}@${p.stationCode}`);
    for (const place of p.places) keys.add(`p:${c}@${placeCore(place)}`);
  }
  for (const place of p.places) keys.add(`n:${placeCore(place)}`);
  for (const u of p.units) keys.add(`u:${p.stationCode}:${u}`);
  for (const g of p.grams.filter((x) => !isCommonGram(x)).slice(0, MAX_WORD_KEYS)) keys.add(`c:${g}`);
  return [...keys].slice(0, MAX_SIMILAR_KEYS);
}

/** The keys written with an opinion. */
/** The concepts an opinion is keyed by: named whole, or held in part (one anchor or more). */
const keyedConcepts = (p: SimilarProfile): string[] => Object.keys(p.weights).sort();

export const similarKeysOf = (p: SimilarProfile): string[] => keysFor(keyedConcepts(p), p);

/** The keys a lookup asks for: the text's concepts and their near ones. */
export function lookupKeysOf(p: SimilarProfile): string[] {
  const ids = new Set(keyedConcepts(p));
  for (const c of keyedConcepts(p)) for (const n of conceptOf(c)?.near ?? []) ids.add(n);
  return keysFor([...ids].sort(), p);
}

/** Whether a candidate's written keys meet a lookup's keys. */
export const keysMeet = (written: readonly string[], asked: ReadonlySet<string>): boolean => written.some((k) => asked.has(k));

/** Candidates a lookup reads: the newest holding any of its keys. */
export const CANDIDATES = 80;
