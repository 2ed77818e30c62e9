/**
 * The scheduler's cadence. WeChat allows one timer trigger per cloud function
 * (../shared/PLATFORM.md), so the scheduler's fires every minute (server/functions/configs.ts):
 * the relay each time, the whole tick on every fifth minute. A fire that is late or missed
 * costs nothing: every job acts on what is due, not on when it runs.
 */

/** How often the whole tick runs, in minutes. */
export const TICK_EVERY_MINUTES = 5;

/** Whether a fire at `at` runs the whole tick (minutes 0, 5, 10 … of the hour) rather than the relay alone. */
export function isTickMinute(at: Date): boolean {
  return at.getUTCMinutes() % TICK_EVERY_MINUTES === 0;
}
