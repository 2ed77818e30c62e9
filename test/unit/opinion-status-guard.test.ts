import { AppError, ERRORS, isAppError } from '../../core/errors';
import { assertTransitionAllowed } from '../../core/opinion-status-guard';

function thrownBy(f: () => void): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
}

describe('assertTransitionAllowed', () => {
  it.each([
    ['assigned', 'accepted', 'deputy'],
    ['held', 'submitted', 'system'],
    ['resolved', 'accepted', 'resident'],
  ] as const)('lets %s → %s by %s through', (from, to, by) => {
    expect(() => assertTransitionAllowed(from, to, by)).not.toThrow();
  });

  it.each([
    ['closed', 'accepted', 'resident', undefined, 'not_in_table'],
    ['assigned', 'accepted', 'resident', undefined, 'not_your_move'],
    ['need_info', 'forwarded', 'resident', 'accepted', 'not_where_it_came_from'],
  ] as const)('refuses %s → %s by %s with TRANSITION_NOT_ALLOWED', (from, to, by, cameFrom, reason) => {
    const e = thrownBy(() => assertTransitionAllowed(from, to, by, cameFrom));
    expect(e).toBeInstanceOf(AppError);
    expect(isAppError(e)).toBe(true);
    const err = e as AppError;
    expect(err.code).toBe('TRANSITION_NOT_ALLOWED');
    expect(err.userMessage).toBe(ERRORS.TRANSITION_NOT_ALLOWED);
    expect(err.detail).toContain(reason);
    expect(err.detail).toContain(from);
    expect(err.detail).toContain(to);
    expect(err.message).toContain('TRANSITION_NOT_ALLOWED');
  });

  it('lets need_info return to where it came from', () => {
    expect(() => assertTransitionAllowed('need_info', 'forwarded', 'staff', 'forwarded')).not.toThrow();
  });
});
