/**
 * The compare-and-set policy of a read-decide-write on one document that people edit (a
 * station's deputies and schedule, a deputy's leaves, staff stations): six rounds, a random
 * wait growing by 8 ms a lost round up to 50 ms, then CONFLICT with the caller's words.
 */
import { AppError } from '../../core/errors';
import type { CasPolicy } from './cas';

export const asReadPolicy = (what: string, conflict: string): CasPolicy => ({
  tries: 6,
  maxWaitMs: 50,
  stepMs: 8,
  conflict: () => new AppError('CONFLICT', conflict, `${what} kept changing`),
});
