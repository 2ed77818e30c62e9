import type { ErrorCode } from '@core/errors';

/** Codes the client adds to the server's: the call never got an answer it could read. */
export type ClientErrorCode = 'NETWORK';

export const NETWORK_MESSAGE = '网络连接失败，请检查网络后重试';

/** A refusal or failure the user can read: the server's stable code and Chinese message. */
export class ApiError extends Error {
  readonly code: ErrorCode | ClientErrorCode;

  constructor(code: ErrorCode | ClientErrorCode, message: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
  }
}

/** Any thrown value as something a page can show. */
export function toApiError(e: unknown): ApiError {
  if (e instanceof ApiError) return e;
  return new ApiError('NETWORK', NETWORK_MESSAGE);
}
