import { call } from '../api/client';
import { setLastStation } from '../lib/last-station';
import { useRemote } from './use-remote';

/** One station by its code (the QR scene), with its schedule and deputies. */
export function useStation(code: string | undefined) {
  return useRemote(code, async () => {
    const station = await call('station', 'get', { code: code as string });
    if (!station.retired) setLastStation(station.code);
    return station;
  });
}

/** Every station, for residents who came without a QR code. */
export function useStationList(enabled: boolean) {
  return useRemote(enabled ? 'all' : undefined, () => call('station', 'list', {}));
}
