/**
 * The local store's request count (issue 19): the runtime counts every request the database
 * client sends, the same requests the transport-level counter sees, so the benchmark's
 * `rt_<action>` figures are what the cloud would receive.
 */
import { counted } from '../support/db-count';
import { COUNTY_DEPUTY, RESIDENT, startLocal, type Local } from '../support/local';

let t: Local;
beforeEach(async () => {
  t = await startLocal();
});
afterEach(() => t.close());

test.each([
  ['station.get', () => t.call('station', { action: 'get', payload: { code: 'WYH01' } })],
  ['opinion.mine', () => t.call('opinion', { action: 'mine', payload: { offset: 0, limit: 10 } }, RESIDENT)],
  ['deputy.inbox', () => t.call('deputy', { action: 'inbox', payload: {} }, COUNTY_DEPUTY)],
])('%s: the runtime counts exactly the requests the transport receives', async (_name, call) => {
  const before = t.dbRequests();
  const { count } = await counted(async () => {
    const r = await call();
    expect(r.ok).toBe(true);
  });
  expect(t.dbRequests() - before).toBe(count.requests.length);
  expect(count.requests.length).toBeGreaterThan(0);
});
