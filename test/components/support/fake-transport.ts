/**
 * A fake of the functions behind the client: answers by `function.action`, records every call,
 * and can hold an answer back to show what happens while a request is in flight.
 */
import type { ErrorCode } from '../../../core/errors';
import { setTransport } from '../../../src/api/client';
import type { FunctionBody } from '../../../src/api/transport-types';

type Answer = unknown | ((payload: any) => unknown);

export interface Call {
  name: string;
  action: string;
  payload: any;
}

export const ok = (data: unknown) => ({ ok: true, data });
export const refuse = (code: ErrorCode, message: string) => ({ ok: false, code, message });
/** Makes the transport itself fail, as a dropped connection does. */
export const NETWORK_DOWN = Symbol('network down');

export function fakeFunctions(answers: Record<string, Answer | Answer[]> = {}) {
  const calls: Call[] = [];
  const queues = new Map<string, Answer[]>(
    Object.entries(answers).map(([k, v]) => [k, Array.isArray(v) ? [...v] : [v]]),
  );
  let hold: Promise<void> | undefined;
  let release = () => {};

  const answerFor = (key: string, payload: unknown) => {
    const queue = queues.get(key);
    if (!queue || queue.length === 0) return refuse('UNKNOWN_ACTION', `no fake answer for ${key}`);
    const next = queue.length > 1 ? queue.shift() : queue[0];
    return typeof next === 'function' ? (next as (p: unknown) => unknown)(payload) : next;
  };

  setTransport(async (name: string, body: FunctionBody) => {
    calls.push({ name, action: body.action, payload: body.payload });
    if (hold) await hold;
    const answer = answerFor(`${name}.${body.action}`, body.payload);
    if (answer === NETWORK_DOWN) throw new Error('request:fail');
    return answer;
  });

  return {
    calls,
    callsTo: (key: string) => calls.filter((c) => `${c.name}.${c.action}` === key),
    answer(key: string, ...next: Answer[]) {
      queues.set(key, next);
    },
    /** Holds every answer until `release()`. */
    holdAnswers() {
      hold = new Promise((resolve) => {
        release = () => {
          hold = undefined;
          resolve();
        };
      });
    },
    release: () => release(),
  };
}

export const restoreTransport = () => setTransport(undefined);
