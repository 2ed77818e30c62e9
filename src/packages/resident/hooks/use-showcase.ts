import { call } from '../../../api/client';
import { usePaged } from '../../../hooks/use-paged';

/** 办实事成果 of one station, or of a region and everything below it. */
export function useShowcase(by: { stationCode?: string; regionCode?: string }) {
  const key = by.stationCode ? `station:${by.stationCode}` : by.regionCode ? `region:${by.regionCode}` : 'all';
  return usePaged(key, (offset, limit) => call('showcase', 'list', { ...by, offset, limit }));
}
