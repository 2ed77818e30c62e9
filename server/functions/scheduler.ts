/**
 * The scheduler: by the platform's timer (see server/scheduler/timer.ts) or an admin's tap.
 * WeChat allows one timer trigger per function, so it fires every minute: each time the relay
 * runs (what follows writes, then the outbox), and on every fifth minute the whole tick, which
 * includes the relay.
 */
import { isTickMinute } from '../scheduler/cadence';
import { runRelay } from '../scheduler/relay';
import { runTick } from '../scheduler/tick';
import { withTimerJob } from '../scheduler/timer';
import { handlers } from './define';

export const schedulerHandlers = withTimerJob(
  handlers('scheduler', {
    async tick(_payload, { ports }) {
      return runTick(ports);
    },
    async relay(_payload, { ports }) {
      return runRelay(ports);
    },
  }),
  (ports) => (isTickMinute(ports.clock.now()) ? runTick(ports) : runRelay(ports)),
);
