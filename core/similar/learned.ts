/**
 * What staff's merges teach (decision 0036): when staff merge cases into one 汇总件 they say
 * that residents named one problem in words the dictionary reads as two (小区停车难 merged with
 * 消防通道被占; 狗叫扰民 with 宠物粪便). Each such pair of concepts becomes a link of the
 * county, counted on its region (`RegionDoc.similarLinks`, "a~b" → how many merges taught it,
 * less the cases taken out again). A linked concept counts, in a profile, as held in part
 * (`LEARNED_WEIGHT`): the two problems are then no longer kept apart, and the lookup asks for
 * the other's keys too. Pure.
 */
import { conceptOf, type SimilarProfile } from './profile';

/** How much of a concept a text holds when it names one the county's merges linked to it. */
export const LEARNED_WEIGHT = 0.6;

/** At most this many concepts of one case are linked by one merge (the first ones, in id order). */
const MAX_PER_CASE = 3;

/** The county's learned links: each concept and those merges linked it to. */
export type LearnedLinks = ReadonlyMap<string, readonly string[]>;

export const NO_LINKS: LearnedLinks = new Map();

/** The key of a link: the two concept ids in order, joined by `~`. */
export const linkKey = (a: string, b: string): string => (a < b ? `${a}~${b}` : `${b}~${a}`);

const near = (a: string, b: string) => a === b || Boolean(conceptOf(a)?.near?.includes(b) || conceptOf(b)?.near?.includes(a));

/**
 * The links one merge teaches, per case: the group's main problem is the concept most of its
 * cases name whole (ties by id); a case naming problems, none of which is the main one or near
 * it, links each of its (first three) to the main one. A case the dictionary reads nothing in
 * teaches nothing.
 */
export function linksTaught(cases: readonly { id: string; profile: Pick<SimilarProfile, 'concepts'> }[]): Record<string, string[]> {
  const count = new Map<string, number>();
  for (const c of cases) for (const id of new Set(c.profile.concepts)) count.set(id, (count.get(id) ?? 0) + 1);
  const main = [...count].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
  const out: Record<string, string[]> = {};
  if (!main) return out;
  for (const c of cases) {
    const own = [...new Set(c.profile.concepts)].sort();
    if (!own.length || own.some((id) => near(id, main))) continue;
    out[c.id] = own.slice(0, MAX_PER_CASE).map((id) => linkKey(id, main));
  }
  return out;
}

/** The links in force from the counts kept on a county's regions (a count above zero). */
export function learnedLinksOf(counts: Iterable<Readonly<Record<string, number>> | undefined>): LearnedLinks {
  const out = new Map<string, string[]>();
  for (const c of counts) {
    for (const [key, n] of Object.entries(c ?? {})) {
      const [a, b] = key.split('~');
      if (!(n > 0) || !a || !b || !conceptOf(a) || !conceptOf(b)) continue;
      out.set(a, [...new Set([...(out.get(a) ?? []), b])]);
      out.set(b, [...new Set([...(out.get(b) ?? []), a])]);
    }
  }
  return out;
}

/** A profile's weights with the concepts linked to those it names whole, each at `LEARNED_WEIGHT` unless held more. */
export function withLearned(weights: Readonly<Record<string, number>>, concepts: readonly string[], links: LearnedLinks): Record<string, number> {
  const out = { ...weights };
  if (!links.size) return out;
  for (const c of concepts) for (const d of links.get(c) ?? []) out[d] = Math.max(out[d] ?? 0, LEARNED_WEIGHT);
  return out;
}
