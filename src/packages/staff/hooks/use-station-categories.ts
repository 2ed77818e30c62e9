import { call } from '../../../api/client';
import { useRemote } from '../../../hooks/use-remote';

/**
 * The categories of one station, as its resident form offers them (station.get: the defaults
 * and those its regions added, common first, the staff-only matters last).
 */
export function useStationCategories(code: string | undefined) {
  const station = useRemote(code ? `station-categories-${code}` : undefined, () => call('station', 'get', { code: code as string }));
  return station.data?.categories;
}
