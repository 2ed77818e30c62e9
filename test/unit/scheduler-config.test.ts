import { FUNCTION_CONFIGS } from '../../server/functions/configs';

test('the scheduler has one timer trigger with a 7-field cron, may send messages, and fits in 60 s', () => {
  const cfg = FUNCTION_CONFIGS.scheduler;
  expect(cfg.triggers).toHaveLength(1); // WeChat allows one trigger per function
  const [trigger] = cfg.triggers!;
  expect(trigger.type).toBe('timer');
  expect(trigger.config.split(' ')).toHaveLength(7);
  expect(cfg.openapi).toContain('subscribeMessage.send');
  expect(cfg.timeout).toBeLessThanOrEqual(60);
});
