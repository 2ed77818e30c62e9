/**
 * Suggestions and groups as the product forms them (decision 0036).
 *
 * - Suggestions while writing: the candidates ranked by `similarity`, only those at
 *   `SUGGEST_MIN` or more, at most three — a resident is shown confident ones, not always three.
 * - Groups: opinions are placed one after another in the order they came in; each joins the
 *   group whose retrieved members it is most like on average by `groupSimilarity` (none of them
 *   kept apart by a gate) when that is `GROUP_MIN` or more, or starts a group of its own. The
 *   scheduler's grouping pass does this per county, resumably; `npm run similar:eval` does the
 *   same over a file.
 *
 * Both weigh words by how common they are among the opinion and its candidates (the
 * candidates' vocabulary): nothing is stored for it, and a cold start loses nothing.
 */
import type { SimilarProfile } from './profile';
import { gated, groupSimilarity, similarity } from './score';
import { vocabularyOf, type SimilarVocabulary } from './vocabulary';

/** A group is joined at this average group similarity or more. */
export const GROUP_MIN = 0.12;
/** A resident is shown a case only at this similarity or more. */
export const SUGGEST_MIN = 0.12;
/** At most this many suggestions while writing. */
export const SUGGEST_LIMIT = 3;

export interface Placed {
  id: string;
  profile: SimilarProfile;
  group: string;
}

/** The vocabulary an opinion is compared with its candidates in: theirs and its own. */
export const candidateVocabulary = (p: SimilarProfile, candidates: readonly { profile: SimilarProfile }[]): SimilarVocabulary =>
  vocabularyOf([p.ngrams, ...candidates.map((c) => c.profile.ngrams)]);

/** The group a new profile joins among already placed candidates, if any. */
export function chooseGroup(p: SimilarProfile, candidates: readonly Placed[], min = GROUP_MIN): string | undefined {
  const vocabulary = candidateVocabulary(p, candidates);
  const byGroup = new Map<string, { sum: number; n: number; apart: boolean }>();
  for (const c of candidates) {
    const g = byGroup.get(c.group) ?? { sum: 0, n: 0, apart: false };
    g.sum += groupSimilarity(p, c.profile, vocabulary);
    g.n += 1;
    if (gated(p, c.profile)) g.apart = true;
    byGroup.set(c.group, g);
  }
  let best: { group: string; score: number } | undefined;
  for (const [group, g] of byGroup) {
    if (g.apart) continue;
    const score = g.sum / g.n;
    if (score >= min && (!best || score > best.score || (score === best.score && group < best.group))) best = { group, score };
  }
  return best?.group;
}

export interface Suggestion {
  id: string;
  score: number;
}

/** The confident suggestions for a text being written: at most `limit`, best first. */
export function suggestionsFor(p: SimilarProfile, candidates: readonly { id: string; profile: SimilarProfile }[], limit = SUGGEST_LIMIT, min = SUGGEST_MIN): Suggestion[] {
  const vocabulary = candidateVocabulary(p, candidates);
  return candidates
    .map((c) => ({ id: c.id, score: similarity(p, c.profile, vocabulary) }))
    .filter((s) => s.score >= min)
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
    .slice(0, limit);
}
