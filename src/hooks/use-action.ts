import { useRef, useState } from 'react';
import { toApiError } from '../api/api-error';

/**
 * One action at a time (a double tap runs it once), with a readable error and a done message.
 * The one runner of the app's actions: pages use `act`, hooks that reload after a success use
 * `attempt` with `after`.
 */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [done, setDone] = useState<string>();
  const inFlight = useRef(false);

  /** Runs `run` unless an action is running; on success runs `after` (e.g. a reload), then shows `message`. */
  async function attempt<T>(
    run: () => Promise<T>,
    opts: { message?: (result: T) => string | undefined; after?: () => Promise<unknown> } = {},
  ): Promise<{ ok: true; value: T } | { ok: false }> {
    if (inFlight.current) return { ok: false };
    inFlight.current = true;
    setBusy(true);
    setError(undefined);
    setDone(undefined);
    try {
      const value = await run();
      await opts.after?.();
      setDone(opts.message?.(value));
      return { ok: true, value };
    } catch (e) {
      setError(toApiError(e).message);
      return { ok: false };
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  }

  /** `run` resolves with the result, or undefined when it failed or another action was running. */
  async function act<T>(run: () => Promise<T>, message?: (result: T) => string | undefined): Promise<T | undefined> {
    const r = await attempt(run, { message });
    return r.ok ? r.value : undefined;
  }

  return {
    busy,
    error,
    done,
    act,
    attempt,
    /** Whether an action is running now (read at the tap, not from the last render). */
    running: () => inFlight.current,
    setError,
    setDone,
    clear: () => (setError(undefined), setDone(undefined)),
  };
}
