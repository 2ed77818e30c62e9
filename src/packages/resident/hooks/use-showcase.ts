import { call } from '../../../api/client';
import { useCursorPaged } from '../../../hooks/use-cursor-paged';

/** 办实事成果 of one station, or of a region and everything below it, page by page. */
export function useShowcase(by: { stationCode?: string; regionCode?: string }) {
  const key = by.stationCode ? `station:${by.stationCode}` : by.regionCode ? `region:${by.regionCode}` : 'all';
  return useCursorPaged(key, (cursor) => call('showcase', 'list', { ...by, ...(cursor ? { cursor } : {}), limit: 20 }));
}
