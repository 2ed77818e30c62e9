/** A local runtime with demo data, for handler tests: same handlers, same SDK, embedded store. */
import { fromBeijing } from '../../core/beijing-time';
import type { ActionName, Answer, FunctionName, PayloadIn } from '../../core/contract';
import { MovableClock } from '../../emulator/clock';
import { createRuntime, type LocalRuntime } from '../../emulator/runtime';
import { seedIfEmpty } from '../../server/local/seed';

export const RESIDENT = 'demo-resident-1';
export const OTHER_RESIDENT = 'demo-resident-2';
export const COUNTY_DEPUTY = 'demo-deputy-county'; // 李红梅, d-county-1
export const TOWNSHIP_DEPUTY = 'demo-deputy-township'; // 周丽, d-town-1
export const STAFF_WYH = 'demo-staff-wyh';

/** Sunday 2026-11-29 15:00 Beijing: no reception session anywhere. */
export const QUIET_SUNDAY = fromBeijing('2026-11-29', '15:00');
/** Tuesday 2026-12-01 10:00 Beijing: 周丽 and 李红梅 receive at 望月湖 (WYH01). */
export const TUESDAY_SESSION = fromBeijing('2026-12-01', '10:00');

export async function startLocal(at: Date = QUIET_SUNDAY, dataDir = ':memory:') {
  const clock = new MovableClock();
  clock.set(at);
  const rt = createRuntime({ dataDir, clock });
  const setup = await rt.callAsPlatform('setup', { action: 'init' });
  if (!setup.ok) throw new Error(setup.message);
  await seedIfEmpty(rt.ports);
  return withHelpers(rt);
}

export function withHelpers(rt: LocalRuntime) {
  /** Calls and expects success; returns data. */
  /** Calls and expects success; the answer is typed by the contract. */
  async function ok<F extends FunctionName, A extends ActionName<F>>(
    fn: F,
    action: A,
    payload: PayloadIn<F, A>,
    openid?: string,
  ): Promise<Answer<F, A>> {
    const r = await rt.call(fn, { action, payload }, openid);
    if (!r.ok) throw new Error(`${fn}.${action} refused: ${r.code} ${r.message}`);
    return r.data as Answer<F, A>;
  }
  /** Calls as the platform itself (WeChat's server API, or `source`) and expects success. */
  async function asPlatform<F extends FunctionName, A extends ActionName<F>>(
    fn: F,
    action: A,
    payload: PayloadIn<F, A>,
    source?: string,
  ): Promise<Answer<F, A>> {
    const r = await rt.callAsPlatform(fn, { action, payload }, source);
    if (!r.ok) throw new Error(`${fn}.${action} refused the platform: ${r.code} ${r.message}`);
    return r.data as Answer<F, A>;
  }
  /** Calls and expects a refusal; returns it. */
  async function refused(fn: FunctionName, action: string, payload: unknown, openid?: string) {
    const r = await rt.call(fn, { action, payload }, openid);
    if (r.ok) throw new Error(`${fn}.${action} unexpectedly succeeded: ${JSON.stringify(r.data)}`);
    return r;
  }
  /** Every document of every collection, to prove a refusal wrote nothing. */
  async function snapshot(): Promise<string> {
    const out: Record<string, unknown[]> = {};
    for (const c of rt.store.collections()) out[c] = rt.store.scan(c, []);
    return JSON.stringify(out);
  }
  let n = 0;
  const requestId = () => `test-req-${Date.now().toString(36)}-${++n}`;
  const submit = (payload: Record<string, unknown>, openid = RESIDENT) =>
    ok('opinion', 'submit', { stationCode: 'WYH01', category: '住房物业', text: '小区电梯经常故障,物业维修不及时。', requestId: requestId(), ...payload }, openid);
  /** A stored document, read straight from the store. */
  const doc = <T>(collection: string, id: string) => rt.store.get(collection, id) as unknown as T;
  /** Every stored document of a collection, typed as the model declares it. */
  const docs = <T>(collection: string) => rt.store.scan(collection, []) as unknown as T[];
  return { ...rt, ok, asPlatform, refused, snapshot, requestId, submit, doc, docs };
}

export type Local = Awaited<ReturnType<typeof startLocal>>;
