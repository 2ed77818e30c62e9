/** The local run's clock: real time plus an offset tests and demos can move. */
import type { Clock } from '../server/platform/ports';

export class MovableClock implements Clock {
  private offsetMs = 0;
  constructor(private readonly base: () => number = Date.now) {}

  now(): Date {
    return new Date(this.base() + this.offsetMs);
  }

  /** Moves the clock so that now() is `at`. */
  set(at: Date): void {
    this.offsetMs = at.getTime() - this.base();
  }

  advance(ms: number): void {
    this.offsetMs += ms;
  }
}
