/**
 * How a timer trigger reaches the scheduler. A timer invocation carries no OPENID, and an
 * event body anyone could forge; what tells it apart is the platform's own context:
 * `getWXContext().SOURCE === 'wx_trigger'` (WeChat's documented value for 云函数定时触发器,
 * set by the platform, not the caller). Only then, and only for a function whose handler
 * table registers a timer job, does the entry run it as the system — outside the contract,
 * so no client call can reach it. Callers from the app go through `scheduler.tick`, which
 * the contract gives to admins only.
 */
import { isPlatformInvocation } from '../platform/platform-caller';
import type { Ports } from '../platform/ports';

export const TIMER_SOURCE = 'wx_trigger';
const TIMER_JOB = Symbol.for('daibiao.timerJob');

/** A timer job: what the platform's trigger runs (server/functions/scheduler.ts). */
export type TimerJob = (ports: Ports) => Promise<unknown>;

/** Attaches a timer job to a handler table (not an action: dispatch never sees it). */
export function withTimerJob<T extends object>(table: T, job: TimerJob): T {
  Object.defineProperty(table, TIMER_JOB, { value: job, enumerable: false });
  return table;
}

/** The job to run for this invocation, if it is the platform's timer calling a function that has one. */
export function timerJobFor(table: object, context: { OPENID?: string; SOURCE?: string }): TimerJob | undefined {
  if (!isPlatformInvocation({ openid: context.OPENID, source: context.SOURCE }, [TIMER_SOURCE])) return undefined;
  return (table as Record<symbol, TimerJob | undefined>)[TIMER_JOB];
}
