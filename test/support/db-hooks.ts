/**
 * A database that runs a step just before chosen writes: another caller's request landing
 * between this one's read and its write, or a stop (a step that throws) — for the tests of
 * how each write stays correct without transactions (docs/concurrency.md).
 */
import { dbOf, type CloudDb } from '../../server/platform/db';
import { DB } from '../../server/platform/db-key';
import type { Ports } from '../../server/platform/ports';

export interface Write {
  collection: string;
  kind: 'update' | 'add' | 'set' | 'remove';
  where?: Record<string, unknown>;
  data?: Record<string, unknown>;
}
export type Hook = (w: Write) => Promise<void> | void;

/** Ports whose database calls `hook` before every write; the hook may run another step or throw (a stop). */
export function hooked(ports: Ports, hook: Hook): Ports {
  const WRITES = new Set(['update', 'add', 'set', 'remove']);
  const CHAIN = new Set(['limit', 'skip', 'orderBy', 'field']);
  const wrap = (target: object, collection: string, where?: Record<string, unknown>): object =>
    new Proxy(target, {
      get(t, prop) {
        const v = (t as Record<string | symbol, unknown>)[prop];
        if (typeof v !== 'function') return v;
        const call = (...args: unknown[]) => (v as (...a: unknown[]) => unknown).apply(t, args);
        if (prop === 'where') return (q: Record<string, unknown>) => wrap(call(q) as object, collection, q);
        if (prop === 'doc') return (id: string) => wrap(call(id) as object, collection, { _id: id });
        if (typeof prop === 'string' && CHAIN.has(prop)) return (...a: unknown[]) => wrap(call(...a) as object, collection, where);
        if (typeof prop === 'string' && WRITES.has(prop)) {
          return async (opts?: { data?: Record<string, unknown> }) => {
            await hook({ collection, kind: prop as Write['kind'], where, data: opts?.data });
            return call(opts);
          };
        }
        return call;
      },
    });
  const db = new Proxy(dbOf(ports), {
    get(t, prop) {
      if (prop === 'collection') return (name: string) => wrap(t.collection(name), name);
      return (t as unknown as Record<string | symbol, unknown>)[prop];
    },
  }) as CloudDb;
  return { ...ports, [DB]: db };
}

/** A hook that runs `step` once, before the first write matching `when`. */
export function once(when: (w: Write) => boolean, step: () => Promise<unknown> | unknown): Hook {
  let done = false;
  return async (w) => {
    if (done || !when(w)) return;
    done = true;
    await step();
  };
}

export class Stopped extends Error {}
/** The function is killed at the first write matching `when`: that write and every later one never happen. */
export function stopAt(when: (w: Write) => boolean): Hook {
  let stopped = false;
  return (w) => {
    if (stopped || when(w)) {
      stopped = true;
      throw new Stopped('function stopped');
    }
  };
}
