/**
 * The scheduler: by the platform's timer (see server/scheduler/timer.ts) or an admin's tap.
 * Both run the same idempotent tick.
 */
import { runTick } from '../scheduler/tick';
import { withTimerJob } from '../scheduler/timer';
import { handlers } from './define';

export const schedulerHandlers = withTimerJob(
  handlers('scheduler', {
    async tick(_payload, { ports }) {
      return runTick(ports);
    },
  }),
  (ports) => runTick(ports),
);
