/**
 * The local run's stand-in for the timer trigger: the relay every SCHEDULER_EVERY_MS
 * (default one minute, as the cloud's trigger fires) and the whole tick every fifth time
 * (server/scheduler/cadence.ts); SCHEDULER=off disables it. It reads the runtime's movable clock,
 * so moving the clock and waiting (or triggering by hand with POST /api/functions/scheduler
 * {"action":"tick"} or {"action":"relay"} as an admin) shows deadlines at work.
 */
import type { Ports } from '../platform/ports';
import { TICK_EVERY_MINUTES } from './cadence';
import { runRelay } from './relay';
import { runTick } from './tick';


export function startLocalScheduler(ports: Ports, env: NodeJS.ProcessEnv = process.env): { stop(): void; everyMs: number } | undefined {
  if (env.SCHEDULER === 'off') return undefined;
  const everyMs = Math.max(1000, Number(env.SCHEDULER_EVERY_MS ?? 60_000) || 60_000);
  let running = false;
  let runs = 0;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    const budgetMs = Math.min(everyMs, 40_000);
    const job = runs++ % TICK_EVERY_MINUTES === 0 ? runTick(ports, { budgetMs }) : runRelay(ports, { budgetMs });
    job
      .catch((e) => ports.log.error('local scheduler run failed', { error: String(e) }))
      .finally(() => {
        running = false;
      });
  }, everyMs);
  timer.unref();
  return { stop: () => clearInterval(timer), everyMs };
}
