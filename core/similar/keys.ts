/**
 * Similarity keys (decision 0036): written with an opinion (`simKeys`) and indexed with its
 * county, so that the opinions a new text may be like are one index read, in a cloud function
 * as in the local run — never an in-memory index that a cold start loses.
 *
 * - `s:<concept>@<station>`: a problem at a station (the station stands in for the place when
 *   the words name none);
 * - `p:<concept>@<place>`: a problem at a named place, wherever the resident wrote from;
 * - `g:<concept>`: a district-wide policy concern;
 * - `w:<station>:<bigram>`: for words that name no known problem, their bigrams at the station.
 *
 * A lookup asks for the keys of the text's concepts and of the concepts the dictionary calls
 * near them, so that a candidate only needs one key in common.
 */
import { conceptOf, type SimilarProfile } from './profile';

/** At most this many keys an opinion (a text without known problem words keys its bigrams). */
export const MAX_SIMILAR_KEYS = 60;
const MAX_WORD_KEYS = 40;

const placeCore = (p: string) => p.slice(0, p.indexOf('|'));

function keysFor(concepts: readonly string[], p: SimilarProfile): string[] {
  const keys = new Set<string>();
  for (const c of concepts) {
    if (p.general) keys.add(`g:${c}`);
    else keys.add(`s:${c}@${p.stationCode}`);
    for (const place of p.places) keys.add(`p:${c}@${placeCore(place)}`);
  }
  if (!concepts.length || !p.concepts.length) for (const g of p.grams.slice(0, MAX_WORD_KEYS)) keys.add(`w:${p.stationCode}:${g}`);
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
