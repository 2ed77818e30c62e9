/**
 * The compare-and-set policy of a station's (or its deputies') read-decide-write, the same as
 * `updateAsRead` (platform/update-as-read.ts): six rounds, a random wait growing by 8 ms a
 * lost round up to 50 ms, then CONFLICT with the caller's words.
 */
import { AppError } from '../../core/errors';
import type { CasPolicy } from '../platform/cas';

export const asReadPolicy = (what: string, conflict: string): CasPolicy => ({
  tries: 6,
  maxWaitMs: 50,
  stepMs: 8,
  conflict: () => new AppError('CONFLICT', conflict, `${what} kept changing`),
});
