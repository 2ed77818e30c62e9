import { FUNCTION_CONFIGS } from '../../server/functions/configs';
import { isTickMinute } from '../../server/scheduler/cadence';

test('the scheduler has one timer trigger with a 7-field cron, may send messages, and fits in 60 s', () => {
  const cfg = FUNCTION_CONFIGS.scheduler;
  expect(cfg.triggers).toHaveLength(1); // WeChat allows one trigger per function
  const [trigger] = cfg.triggers!;
  expect(trigger.type).toBe('timer');
  expect(trigger.config.split(' ')).toHaveLength(7);
  expect(cfg.openapi).toContain('subscribeMessage.send');
  expect(cfg.timeout).toBeLessThanOrEqual(60);
  expect(trigger.config).toBe('0 * * * * * *'); // every minute: the relay's cadence
});

test('every fire runs the relay; every fifth minute the whole tick', () => {
  const at = (hhmm: string) => new Date(`2026-12-05T${hhmm}:00.400Z`);
  expect(['10:00', '10:05', '10:55'].map((x) => isTickMinute(at(x)))).toEqual([true, true, true]);
  expect(['10:01', '10:04', '10:59'].map((x) => isTickMinute(at(x)))).toEqual([false, false, false]);
});
