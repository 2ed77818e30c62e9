/**
 * The smoke check after a deploy (decision 0021): `npm run smoke` invokes `setup.smoke` the way
 * WeChat's server API does (SOURCE wx_http, no OPENID). Here the same script runs against the
 * local run: the function creates, reads back, changes and erases a synthetic opinion, reports
 * the duplicate-key error and the time of each request, and leaves nothing behind. Only the
 * platform may call it.
 */
import type { OpinionDoc } from '../../server/model';
import { runSmoke } from '../../scripts/smoke';
import { RESIDENT, startLocal, type Local } from '../support/local';

let t: Local;
beforeEach(async () => {
  t = await startLocal();
});
afterEach(() => t.close());

test('through the server API: a synthetic opinion made and erased, the duplicate-key code, a time per request', async () => {
  const before = t.docs<OpinionDoc>('opinions').length;
  const outcome = await runSmoke((fn, event) => t.callAsPlatform(fn, event, 'wx_http'));
  expect(outcome.ok).toBe(true);
  const report = outcome.report as {
    context: { source: string; withOpenid: boolean };
    opinion: Record<string, boolean>;
    duplicateKey: { errCode?: number | string; errMsg: string };
    requestMs: Record<string, number>;
  };
  expect(report.context).toEqual({ source: 'wx_http', withOpenid: false });
  expect(report.opinion).toEqual({ created: true, readBack: true, changed: true, erased: true });
  expect(report.duplicateKey.errCode).toBeDefined();
  expect(report.duplicateKey.errMsg).toMatch(/duplicate key|E11000/i);
  expect(Object.keys(report.requestMs).sort()).toEqual(['duplicate', 'insert', 'read', 'remove', 'update']);
  for (const ms of Object.values(report.requestMs)) expect(ms).toBeGreaterThanOrEqual(0);
  expect(outcome.lines.at(-1)).toBe('✔ smoke check passed');
  // Nothing is left: no synthetic opinion, nothing relayed or counted.
  expect(t.docs<OpinionDoc>('opinions').length).toBe(before);
  expect(t.docs<{ opinionId?: string }>('outbox').filter((e) => e.opinionId?.startsWith('smoke-'))).toEqual([]);
});

test('a user, or any source but the server API, is refused and nothing is made', async () => {
  const before = t.docs<OpinionDoc>('opinions').length;
  const asUser = await t.call('setup', { action: 'smoke', payload: {} }, RESIDENT);
  expect(asUser).toMatchObject({ ok: false, code: 'PLATFORM_ONLY' });
  const asTimer = await t.callAsPlatform('setup', { action: 'smoke', payload: {} }, 'wx_trigger');
  expect(asTimer).toMatchObject({ ok: false, code: 'PLATFORM_ONLY' });
  const outcome = await runSmoke((fn, event) => t.call(fn, event, RESIDENT));
  expect(outcome).toMatchObject({ ok: false, lines: [expect.stringContaining('PLATFORM_ONLY')] });
  expect(t.docs<OpinionDoc>('opinions').length).toBe(before);
});
