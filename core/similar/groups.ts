/**
 * Groups as the product forms them (decision 0036): opinions are placed one after another in
 * the order they came in; each joins the group its retrieved candidates are most like (average
 * over the group's retrieved members, and none of them kept apart by a gate) when that is at
 * least `GROUP_MIN`, or starts a group of its own. The scheduler's grouping pass does this per
 * county and month, resumably; `npm run similar:eval` does the same over a file.
 */
import type { SimilarProfile } from './profile';
import { gated, poolWeights, similarity } from './score';

/** A group is joined at this average similarity or more. */
export const GROUP_MIN = 0.35;
/** A resident is shown a case only at this similarity or more (confident suggestions, not always three). */
export const SUGGEST_MIN = 0.3;
/** At most this many suggestions while writing. */
export const SUGGEST_LIMIT = 3;

export interface Placed {
  id: string;
  profile: SimilarProfile;
  group: string;
}

/** The group a new profile joins among already placed candidates, if any. */
export function chooseGroup(p: SimilarProfile, candidates: readonly Placed[], min = GROUP_MIN): string | undefined {
  const byGroup = new Map<string, { sum: number; n: number; apart: boolean }>();
  const pool = poolWeights([p, ...candidates.map((c) => c.profile)]);
  for (const c of candidates) {
    const g = byGroup.get(c.group) ?? { sum: 0, n: 0, apart: false };
    g.sum += similarity(p, c.profile, pool);
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

/** The confident suggestions for a text being written: at most three, best first. */
export function suggestionsFor(p: SimilarProfile, candidates: readonly { id: string; profile: SimilarProfile }[], limit = SUGGEST_LIMIT, min = SUGGEST_MIN): Suggestion[] {
  const pool = poolWeights([p, ...candidates.map((c) => c.profile)]);
  return candidates
    .map((c) => ({ id: c.id, score: similarity(p, c.profile, pool) }))
    .filter((s) => s.score >= min)
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
    .slice(0, limit);
}
