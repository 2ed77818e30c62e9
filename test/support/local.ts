/** A local runtime with demo data, for handler tests: same handlers, same SDK, embedded store. */
import { fromBeijing } from '../../core/beijing-time';
import { CONTRACT, type ActionName, type ActionSpec, type Answer, type FunctionName, type PayloadIn } from '../../core/contract';
import { PRIVACY_NOTICE_VERSION } from '../../core/privacy';
import { MovableClock } from '../../emulator/clock';
import { createRuntime, type LocalRuntime, type RuntimeOptions } from '../../server/local/runtime';
import { DEMO_PERSONAS } from '../../server/local/demo-data';
import type { UploadKind } from '../../core/uploads';
import { seedIfEmpty } from '../../server/local/seed';
import { storeUpload } from '../../server/local/store-upload';
import { runRelay } from '../../server/scheduler/relay';
import type { UserDoc } from '../../server/model';

export const RESIDENT = 'demo-resident-1';
export const OTHER_RESIDENT = 'demo-resident-2';
export const COUNTY_DEPUTY = 'demo-deputy-county'; // 李红梅, d-county-1
export const TOWNSHIP_DEPUTY = 'demo-deputy-township'; // 周丽, d-town-1
export const STAFF_WYH = 'demo-staff-wyh';

/** Sunday 2026-11-29 15:00 Beijing: no reception session anywhere. */
export const QUIET_SUNDAY = fromBeijing('2026-11-29', '15:00');
/** Tuesday 2026-12-01 10:00 Beijing: 周丽 and 李红梅 receive at 望月湖 (WYH01). */
export const TUESDAY_SESSION = fromBeijing('2026-12-01', '10:00');

export async function startLocal(at: Date = QUIET_SUNDAY, dataDir = ':memory:', options: Omit<RuntimeOptions, 'dataDir' | 'clock'> = {}) {
  const clock = new MovableClock();
  clock.set(at);
  // Every query the handlers send must be served by a declared index: a test fails otherwise.
  const rt = createRuntime({ indexCheck: 'fail', ...options, dataDir, clock });
  const setup = await rt.callAsPlatform('setup', { action: 'init' });
  if (!setup.ok) throw new Error(setup.message);
  await seedIfEmpty(rt.ports);
  // Every demo persona has agreed to the privacy notice (the seed leaves 张女士 a first visit).
  for (const p of DEMO_PERSONAS) await agreeOnBehalf(rt, p.openid);
  return withHelpers(rt);
}

/** Whether an action hands personal information over and so needs the privacy agreement (core/contract). */
const needsConsent = (fn: FunctionName, action: string): boolean =>
  (CONTRACT[fn] as Record<string, ActionSpec>)[action]?.consent === 'privacy';

/**
 * The one place test residents agree to the privacy notice where a test is not about
 * consent: every demo persona at start, and any openid before an expected success (`ok`,
 * `submit`) of an action that needs it. `refused` and `call` send as they are
 * (test/handlers/privacy-consent.test.ts is about consent).
 */
export async function agreeOnBehalf(rt: LocalRuntime, openid: string): Promise<void> {
  if ((rt.store.get('users', openid) as unknown as UserDoc | undefined)?.privacyVersion === PRIVACY_NOTICE_VERSION) return;
  const r = await rt.call('user', { action: 'agreePrivacy', payload: { version: PRIVACY_NOTICE_VERSION } }, openid);
  if (!r.ok) throw new Error(`user.agreePrivacy refused for ${openid}: ${r.code} ${r.message}`);
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
    if (openid && needsConsent(fn, action as string)) await agreeOnBehalf(rt, openid);
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
    ok('opinion', 'submit', { stationCode: 'WYH01', category: '住房物业', text: '小区电梯经常故障，物业维修不及时。', requestId: requestId(), ...payload }, openid);
  /** A stored document, read straight from the store. */
  const doc = <T>(collection: string, id: string) => rt.store.get(collection, id) as unknown as T;
  /** Every stored document of a collection, typed as the model declares it. */
  const docs = <T>(collection: string) => rt.store.scan(collection, []) as unknown as T[];
  /** Uploads as the app does (stored, then registered as `owner`'s: decision 0015); returns the file id. */
  async function upload(bytes: Buffer, owner: string, kind: UploadKind = 'image'): Promise<string> {
    const r = await storeUpload(rt, owner, bytes, kind);
    if (!r.ok) throw new Error(`upload refused: ${r.code} ${r.message}`);
    return r.data.fileId;
  }
  /**
   * What the cloud's minute trigger does after writes (server/scheduler/relay.ts): the
   * after-write step of every pending opinion (outbox, open load, statistics), then sends.
   * Tests call it where they expect what follows a write: a state, not a wait.
   */
  async function relay() {
    const report = await runRelay(rt.ports);
    if (!report.ran) throw new Error('relay: another relay held the lease');
    return report;
  }
  return { ...rt, ok, asPlatform, refused, snapshot, requestId, submit, doc, docs, upload, relay };
}

export type Local = Awaited<ReturnType<typeof startLocal>>;
