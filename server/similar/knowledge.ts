/**
 * What the product knows of a station's region for similar opinions (decision 0036): the
 * station's own name and address, and the place dictionaries its regions' offices keep
 * (`RegionDoc.places`, the county's first). Read with the station, no request more.
 */
import { knownNames, profileOf, similarKeysOf, type SimilarKnowledge, type SimilarProfile } from '../../core/similar';
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

/** The profile of a stored or new opinion, read with its station's names. */
export const profileOfOpinion = (o: Pick<OpinionDoc, 'stationCode' | 'category' | 'text' | 'place'>, names: readonly string[]): SimilarProfile =>
  profileOf({ stationCode: o.stationCode, category: o.category, text: o.text, ...(o.place ? { place: o.place } : {}) }, names);

/** The similarity keys written with an opinion (none when the resident erased their words). */
export function similarFieldsOf(o: Pick<OpinionDoc, 'stationCode' | 'category' | 'text' | 'place' | 'erasedAt'>, names: readonly string[]): Pick<OpinionDoc, 'simKeys'> {
  if (o.erasedAt) return {};
  const keys = similarKeysOf(profileOfOpinion(o, names));
  return keys.length ? { simKeys: keys } : {};
}
