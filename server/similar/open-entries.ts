/**
 * A group's members open to merging (`SimGroupDoc.open`, decision 0036): one entry per member
 * that `mergeRefusal` (core/merged-cases.ts) says nothing against, naming its station and
 * township so that a desk counts those in its scope without reading the cases.
 */
import { mergeRefusal } from '../../core/merged-cases';
import type { GroupingRow } from '../opinions/opinions.similar.repo';

/** The township of a station's path (province, city, county, township …), if any. */
export const townshipOf = (regionPath: readonly string[]): string | undefined => regionPath[3];

/** A member's entry in its group's `open` list when it can be merged now, else undefined. */
export function openEntryOf(o: Pick<GroupingRow, '_id' | 'stationCode' | 'regionPath' | 'status' | 'category' | 'flagged' | 'mergedInto' | 'mergedSources' | 'erasedAt'>): string | undefined {
  if (mergeRefusal({ ...o, flagged: Boolean(o.flagged) })) return undefined;
  return `${o._id}|${o.stationCode}|${townshipOf(o.regionPath) ?? ''}`;
}

/** The parts of an open entry. */
export function parseOpenEntry(entry: string): { id: string; stationCode: string; township?: string } {
  const [id = '', stationCode = '', township = ''] = entry.split('|');
  return { id, stationCode, ...(township ? { township } : {}) };
}
