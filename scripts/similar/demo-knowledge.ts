/**
 * What the product knows of the demo county, as the local run seeds it: its stations' names
 * and addresses and the county office's dictionary of places. `npm run similar:eval` and the
 * bench read a labelled set with it, as a cloud function reads its region's.
 */
import type { SimilarKnowledge } from '../../core/similar';
import { countyOfPath } from '../../core/search-keys';
import { DEMO_REGIONS, demoStations } from '../../server/local/demo-data';
import { COMMUNITY_POINT } from '../../server/local/demo-year/office-scripts';

export function demoKnowledge(): { knowledge: SimilarKnowledge; countyOf: (station: string) => string } {
  const stations = demoStations(new Date(Date.UTC(2026, 0, 5)));
  const county = new Map<string, string>();
  const known = new Map<string, { name: string; address: string }>();
  for (const s of stations) {
    known.set(s._id, { name: s.name, address: s.address });
    county.set(s._id, countyOfPath(s.regionPath) ?? s._id);
  }
  const point = DEMO_REGIONS.find((r) => r._id === COMMUNITY_POINT.regionCode);
  known.set(COMMUNITY_POINT.code, { name: COMMUNITY_POINT.name, address: COMMUNITY_POINT.address });
  if (point) county.set(COMMUNITY_POINT.code, countyOfPath(point.path) ?? COMMUNITY_POINT.code);
  const places = DEMO_REGIONS.flatMap((r) => r.places ?? []);
  // A station the product does not know: its own code stands for its county (the set's stations then share one pool only with themselves).
  return { knowledge: { stations: known, places }, countyOf: (code) => county.get(code) ?? 'unknown-county' };
}
