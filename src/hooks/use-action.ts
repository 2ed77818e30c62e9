import { useRef, useState } from 'react';
import { toApiError } from '../api/api-error';

/**
 * One action at a time (a double tap runs it once), with a readable error and a done message.
 * `run` resolves with the message to show, or undefined.
 */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [done, setDone] = useState<string>();
  const inFlight = useRef(false);

  async function act<T>(run: () => Promise<T>, message?: (result: T) => string | undefined): Promise<T | undefined> {
    if (inFlight.current) return undefined;
    inFlight.current = true;
    setBusy(true);
    setError(undefined);
    setDone(undefined);
    try {
      const result = await run();
      setDone(message?.(result));
      return result;
    } catch (e) {
      setError(toApiError(e).message);
      return undefined;
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  }

  return { busy, error, done, act, setError, clear: () => (setError(undefined), setDone(undefined)) };
}
