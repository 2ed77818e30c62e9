/**
 * The local run's stand-in for the timer trigger: the same tick on an interval
 * (SCHEDULER_EVERY_MS, default one minute; SCHEDULER=off disables it). It reads the
 * runtime's movable clock, so moving the clock and waiting (or triggering by hand with
 * POST /api/functions/scheduler {"action":"tick"} as an admin) shows deadlines at work.
 */
import type { Ports } from '../platform/ports';
import { runTick } from './tick';

export function startLocalScheduler(ports: Ports, env: NodeJS.ProcessEnv = process.env): { stop(): void; everyMs: number } | undefined {
  if (env.SCHEDULER === 'off') return undefined;
  const everyMs = Math.max(1000, Number(env.SCHEDULER_EVERY_MS ?? 60_000) || 60_000);
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    runTick(ports, { budgetMs: Math.min(everyMs, 40_000) })
      .catch((e) => ports.log.error('local scheduler tick failed', { error: String(e) }))
      .finally(() => {
        running = false;
      });
  }, everyMs);
  timer.unref();
  return { stop: () => clearInterval(timer), everyMs };
}
