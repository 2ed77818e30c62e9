import { useState } from 'react';
import type { Answer } from '@core/contract/functions';
import { call } from '../api/client';
import { toApiError } from '../api/api-error';
import { setLastStation } from '../lib/last-station';
import { currentPosition } from '../platform/location';
import { useCursorPaged } from './use-cursor-paged';
import { useRemote } from './use-remote';

/** One station by its code (the QR scene), with its schedule and deputies. */
export function useStation(code: string | undefined) {
  return useRemote(code, async () => {
    const station = await call('station', 'get', { code: code as string });
    if (!station.retired) setLastStation(station.code);
    return station;
  });
}

/** The stations, page by page (active first, by code), for residents who came without a QR code. */
export function useStationList(enabled: boolean) {
  return useCursorPaged(enabled ? 'all' : undefined, (cursor) => call('station', 'list', cursor ? { cursor } : {}));
}

type Items = Answer<'station', 'nearest'>['items'];

/**
 * The nearest stations. The position is asked only when the resident taps, used for this one
 * call and not kept (PIPL art. 28: whereabouts are sensitive).
 */
export function useNearestStations() {
  const [items, setItems] = useState<Items>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const find = async () => {
    if (busy) return;
    setBusy(true);
    setError(undefined);
    try {
      const { latitude, longitude } = await currentPosition();
      setItems((await call('station', 'nearest', { latitude, longitude })).items);
    } catch (e) {
      // The position helper's own sentence, or the server's message.
      setError(e instanceof Error ? e.message : toApiError(e).message);
    } finally {
      setBusy(false);
    }
  };

  return { items, find, busy, error, clear: () => setItems(undefined) };
}
