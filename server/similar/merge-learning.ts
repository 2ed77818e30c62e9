/**
 * A merge teaches the county (decision 0036, core/similar/learned.ts): the concept links its
 * sources hold, counted on the county's region when the 汇总件 is made, and counted off again for
 * a source taken out (and for the rest of a dissolved one). One update of the region each time,
 * only when there is something to count; the parent keeps what each source taught
 * (`mergeTaught`) so that taking it out counts off exactly that.
 */
import { profileOf } from '../../core/similar';
import { linksTaught } from '../../core/similar/learned';
import type { OpinionDoc } from '../model';
import type { Ports } from '../platform/ports';
import { countSimilarLinks } from '../stations/regions.repo';

/** What each source teaches (its concepts read from its words; places play no part in it). */
export function taughtBy(sources: readonly Pick<OpinionDoc, '_id' | 'stationCode' | 'category' | 'text' | 'place'>[]): Record<string, string[]> {
  return linksTaught(sources.map((s) => ({ id: s._id, profile: profileOf({ stationCode: s.stationCode, category: s.category, text: s.text, ...(s.place ? { place: s.place } : {}) }, []) })));
}

/** Counts the links the sources `ids` taught on the county, up (`1`, merged) or down (`-1`, taken out). */
export async function countTaught(ports: Ports, county: string | undefined, taught: Readonly<Record<string, readonly string[]>> | undefined, ids: readonly string[], by: 1 | -1): Promise<void> {
  if (!county || !taught) return;
  const keys = ids.flatMap((id) => taught[id] ?? []);
  if (keys.length) await countSimilarLinks(ports, county, keys, by);
}
