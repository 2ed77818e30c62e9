import { useCallback, useEffect, useRef, useState } from 'react';
import { type ApiError, toApiError } from '../api/api-error';

export type Remote<T> =
  | { status: 'idle'; data?: undefined; error?: undefined }
  | { status: 'loading'; data?: T; error?: undefined }
  | { status: 'ready'; data: T; error?: undefined }
  | { status: 'error'; data?: T; error: ApiError };

/**
 * Loads something once its key is known, again when the key changes or on `reload`.
 * `key` undefined means "nothing to load" (status `idle`). Answers for an outdated key are dropped.
 */
export function useRemote<T>(key: string | undefined, load: () => Promise<T>) {
  const [state, setState] = useState<Remote<T>>(key === undefined ? { status: 'idle' } : { status: 'loading' });
  const loadRef = useRef(load);
  loadRef.current = load;
  const ticket = useRef(0);

  const reload = useCallback(async () => {
    const mine = ++ticket.current;
    if (key === undefined) {
      setState({ status: 'idle' });
      return;
    }
    setState((prev) => ({ status: 'loading', data: prev.data }) as Remote<T>);
    try {
      const data = await loadRef.current();
      if (mine === ticket.current) setState({ status: 'ready', data });
    } catch (e) {
      if (mine === ticket.current) {
        setState((prev) => ({ status: 'error', data: prev.data, error: toApiError(e) }) as Remote<T>);
      }
    }
  }, [key]);

  useEffect(() => {
    // A new key starts clean: never show the previous key's data under the new one.
    setState(key === undefined ? { status: 'idle' } : { status: 'loading' });
    void reload();
  }, [key, reload]);

  return { ...state, reload } as Remote<T> & { reload: () => Promise<void> };
}
