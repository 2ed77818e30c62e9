/**
 * What the product knows of a station's region for similar opinions (decision 0036): the
 * station's own name and address, and the place dictionaries its regions' offices keep
 * (`RegionDoc.places`, the county's first), and what staff's merges taught the county
 * (`RegionDoc.similarLinks`). Read with the station, no request more.
 */
import { knownNames, profileOf, similarKeysOf, type SimilarKnowledge, type SimilarProfile } from '../../core/similar';
import { learnedLinksOf, NO_LINKS, withLearned, type LearnedLinks } from '../../core/similar/learned';
import type { OpinionDoc, RegionDoc, StationDoc } from '../model';

export function similarKnowledgeFor(station: Pick<StationDoc, '_id' | 'name' | 'address'>, regions: readonly Pick<RegionDoc, 'places'>[]): SimilarKnowledge {
  return {
    stations: new Map([[station._id, { name: station.name, address: station.address }]]),
    places: regions.flatMap((r) => r.places ?? []),
  };
}

/** The place names of a station's region, computed once per request. */
export const namesFor = (station: Pick<StationDoc, '_id' | 'name' | 'address'>, regions: readonly Pick<RegionDoc, 'places'>[]): string[] =>
  knownNames(similarKnowledgeFor(station, regions));

/** What staff's merges taught the county of these regions (the county's region among them). */
export const learnedLinksFor = (regions: readonly Pick<RegionDoc, 'similarLinks'>[]): LearnedLinks => learnedLinksOf(regions.map((r) => r.similarLinks));

/** The profile of a stored or new opinion, read with its station's names and the county's learned links. */
export function profileOfOpinion(o: Pick<OpinionDoc, 'stationCode' | 'category' | 'text' | 'place'>, names: readonly string[], links: LearnedLinks = NO_LINKS): SimilarProfile {
  const p = profileOf({ stationCode: o.stationCode, category: o.category, text: o.text, ...(o.place ? { place: o.place } : {}) }, names);
  return links.size ? { ...p, weights: withLearned(p.weights, p.concepts, links) } : p;
}

/** The similarity keys written with an opinion (none when the resident erased their words). */
export function similarFieldsOf(o: Pick<OpinionDoc, 'stationCode' | 'category' | 'text' | 'place' | 'erasedAt'>, names: readonly string[], links: LearnedLinks = NO_LINKS): Pick<OpinionDoc, 'simKeys'> {
  if (o.erasedAt) return {};
  const keys = similarKeysOf(profileOfOpinion(o, names, links));
  return keys.length ? { simKeys: keys } : {};
}
