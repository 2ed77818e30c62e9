import { AppError } from './errors';
import { checkTransition, type Mover, type Status } from './opinion-status';

/** Throws TRANSITION_NOT_ALLOWED unless the table allows `from → to` by `by`. */
export function assertTransitionAllowed(from: Status, to: Status, by: Mover, cameFrom?: Status): void {
  const check = checkTransition(from, to, by, cameFrom);
  if (!check.ok) {
    throw new AppError('TRANSITION_NOT_ALLOWED', undefined, `${from} → ${to} by ${by}: ${check.reason}`);
  }
}
