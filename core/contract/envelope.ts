/** The answer every function gives, on WeChat and locally alike. */
import type { ErrorCode } from '../errors';

export interface Request<A extends string = string, P = unknown> {
  action: A;
  payload?: P;
}

export type Envelope<T> =
  | { ok: true; data: T }
  | { ok: false; code: ErrorCode; message: string };

export const ok = <T>(data: T): Envelope<T> => ({ ok: true, data });
export const fail = (code: ErrorCode, message: string): Envelope<never> => ({
  ok: false,
  code,
  message,
});
