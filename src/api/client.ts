/**
 * The one typed client. Every page reaches the functions through `call`, typed by the contract
 * in core/contract: the payload a caller may send and the answer it gets.
 */
import { ERRORS, type ErrorCode } from '@core/errors';
import type { Envelope } from '@core/contract/envelope';
import type { ActionName, Answer, FunctionName, PayloadIn } from '@core/contract/functions';
import { ApiError, NETWORK_MESSAGE } from './api-error';
import { send } from './transport';
import type { Transport } from './transport-types';

let transport: Transport = send;

/** Tests swap the platform transport for a fake; `undefined` restores it. */
export function setTransport(fake: Transport | undefined): void {
  transport = fake ?? send;
}

const isEnvelope = (v: unknown): v is Envelope<unknown> =>
  typeof v === 'object' && v !== null && typeof (v as { ok?: unknown }).ok === 'boolean';

/** Calls `fn`/`action`; resolves with the answer's data or throws an `ApiError` to show. */
export async function call<F extends FunctionName, A extends ActionName<F>>(
  fn: F,
  action: A,
  payload: PayloadIn<F, A>,
): Promise<Answer<F, A>> {
  let answer: unknown;
  try {
    answer = await transport(fn, { action, payload });
  } catch {
    throw new ApiError('NETWORK', NETWORK_MESSAGE);
  }
  if (!isEnvelope(answer)) throw new ApiError('INTERNAL', ERRORS.INTERNAL);
  if (!answer.ok) {
    const refusal = answer as { code: ErrorCode; message?: string };
    throw new ApiError(refusal.code, refusal.message || ERRORS.INTERNAL);
  }
  return (answer as { data: Answer<F, A> }).data;
}

export { ApiError };
