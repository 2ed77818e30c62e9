/**
 * The similar lookup (decision 0036): the opinions of the county that are about the same
 * problem as a text being written or a case being worked. Two round trips: the station with
 * the regions on its path (their place dictionaries), then one indexed read of the county's
 * opinions by the text's similarity keys. Scored in the function; only confident ones
 * (`SUGGEST_MIN` or more) are answered, best first.
 */
import { countyOfPath } from '../../core/search-keys';
import { CANDIDATES, lookupKeysOf, suggestionsFor, SUGGEST_MIN } from '../../core/similar';
import { OPEN_STATUSES, type Status } from '../../core/opinion-status';
import type { RegionDoc, StationDoc } from '../model';
import type { Ports } from '../platform/ports';
import { stationWithRegions } from '../stations/stations.repo';
import { learnedLinksFor, namesFor, profileOfOpinion, similarKnowledgeFor } from './knowledge';
import { opinionsBySimKeys, type SimilarRow } from '../opinions/opinions.similar.repo';

export { similarKnowledgeFor };

/** Cases another resident may still join or staff may still merge: open, or waiting in triage. */
export const SIMILAR_OPEN_STATUSES: readonly Status[] = ['triage', ...OPEN_STATUSES];

export interface SimilarQuery {
  stationCode: string;
  category: string;
  text: string;
  place?: string;
}

export interface SimilarFound {
  station: StationDoc;
  regions: RegionDoc[];
  items: { doc: SimilarRow; score: number }[];
}

/** The station (and its regions) a query is written at; undefined when no station has the code. */
export async function findSimilar(
  ports: Ports,
  q: SimilarQuery,
  opts: { open?: boolean; limit?: number; exclude?: readonly string[]; min?: number } = {},
): Promise<SimilarFound | undefined> {
  const page = await stationWithRegions(ports, q.stationCode);
  if (!page) return undefined;
  const { station, regions } = page;
  const items = await similarAt(ports, station, regions, q, opts);
  return { station, regions, items };
}

/** The lookup once the station is in hand: one read. */
export async function similarAt(
  ports: Ports,
  station: StationDoc,
  regions: readonly RegionDoc[],
  q: SimilarQuery,
  opts: { open?: boolean; limit?: number; exclude?: readonly string[]; min?: number } = {},
): Promise<{ doc: SimilarRow; score: number }[]> {
  const county = countyOfPath(station.regionPath);
  if (!county) return [];
  const names = namesFor(station, regions);
  const links = learnedLinksFor(regions);
  const profile = profileOfOpinion({ ...q, stationCode: station._id }, names, links);
  const rows = await opinionsBySimKeys(ports, county, lookupKeysOf(profile), {
    limit: CANDIDATES,
    ...(opts.open ? { statuses: SIMILAR_OPEN_STATUSES } : {}),
  });
  const exclude = new Set(opts.exclude ?? []);
  const byId = new Map(rows.filter((r) => !exclude.has(r._id) && !r.erasedAt).map((r) => [r._id, r]));
  const ranked = suggestionsFor(
    profile,
    [...byId.values()].map((doc) => ({ id: doc._id, profile: profileOfOpinion(doc, names, links) })),
    opts.limit ?? CANDIDATES,
    opts.min ?? SUGGEST_MIN,
  );
  return ranked.map((s) => ({ doc: byId.get(s.id)!, score: s.score }));
}
