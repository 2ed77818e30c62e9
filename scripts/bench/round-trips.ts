/**
 * What a function costs in the cloud (issue 19): database round trips per action, counted at
 * the local transport (every request the SDK sends before the answer), and the latency a
 * person waits when every database request costs 10 ms and every open API call 50 ms
 * (the local store's fidelity mode, DB_LATENCY_MS / OPENAPI_LATENCY_MS).
 *
 *   rt_submit        opinion.submit with 3 photos and a chosen deputy, every check on
 *   rt_accept, rt_reply, rt_inbox   the deputy's accept, reply and inbox
 *   rt_station_get, rt_detail, rt_dashboard
 *   submit_p50_ms_rtt10, accept_p50_ms_rtt10   the same submit and accept with that latency
 *   rt_submit_deferred     what the relay (the scheduler's minute trigger) spends on that submit
 *                          after the answer: its whole run with that one opinion pending
 *   new_case_notify_delay_s  from a submit to the deputy's message being sent, p50 over submits
 *                          spread across a minute, with the relay firing on each minute
 *                          (server/functions/configs.ts) plus the relay's own run time
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PRIVACY_NOTICE_VERSION } from '../../core/privacy';
import type { LocalRuntime } from '../../server/local/runtime';
import { runRelay } from '../../server/scheduler/relay';
import { answerDialog } from '../../server/local/consent';
import { COUNTY_DEPUTY, RESIDENT, TUESDAY_SESSION, startLocal } from '../../test/support/local';

const PHOTO = readFileSync(path.resolve(__dirname, '../../test/fixtures/elevator.png'));
const ADMIN = 'demo-admin-yuelu';
const DEPUTY_ID = 'd-county-1';

type Local = Awaited<ReturnType<typeof startLocal>>;

/** Image checks are started, not answered: no verdict lands while an action is measured. */
function holdVerdicts(t: Local, latencyMs: number): void {
  let n = 0;
  t.ports.openapi.mediaCheckAsync = async () => {
    if (latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, latencyMs));
    return { traceId: `bench-trace-${++n}` };
  };
}

/**
 * From submit to the deputy's new-case message: 12 submits spread across a minute (every
 * 5 s), the relay run as its trigger fires at the next whole minute, with 10 ms a database
 * request and 50 ms an open API call. Each delay is the clock's time from the submit to the
 * minute, plus how long the relay's run took until the message was sent.
 */
async function notifyDelayP50(): Promise<number> {
  const t = await startLocal(TUESDAY_SESSION, ':memory:', { dbLatencyMs: 10, openapiLatencyMs: 50 });
  try {
    await agreed(t, COUNTY_DEPUTY);
    // The deputy accepted the long-term new-case reminder once (at binding).
    await answerDialog(t, COUNTY_DEPUTY, ['opinion_new']);
    const delays: number[] = [];
    const minute = 60_000;
    const start = Math.ceil(t.clock.now().getTime() / minute) * minute;
    for (let i = 0; i < 12; i++) {
      const resident = `bench-notify-resident-${i}`;
      await agreed(t, resident);
      const submittedAt = start + i * 5_000;
      t.clock.set(new Date(submittedAt));
      const payload = { stationCode: 'WYH01', category: '住房物业', text: `提醒时延 ${i}:楼道灯坏了`, chosenDeputyId: DEPUTY_ID, requestId: `bench-notify-${i}` };
      const r = await t.call('opinion', { action: 'submit', payload }, resident);
      if (!r.ok) throw new Error(`submit refused: ${r.code}`);
      const id = (r.data as { id: string }).id;
      const fires = Math.ceil((submittedAt + 1) / minute) * minute;
      t.clock.set(new Date(fires));
      const started = process.hrtime.bigint();
      await runRelay(t.ports);
      const ranMs = Number(process.hrtime.bigint() - started) / 1e6;
      const sent = t.subscribeMessages.messages(COUNTY_DEPUTY).filter((m) => m.page.endsWith(`id=${id}`));
      if (sent.length === 0) throw new Error(`the relay sent the deputy nothing for ${id}`);
      delays.push((fires - submittedAt + ranMs) / 1000);
    }
    return [...delays].sort((a, b) => a - b)[Math.floor(delays.length / 2)];
  } finally {
    t.close();
  }
}

async function agreed(rt: LocalRuntime, openid: string): Promise<void> {
  const r = await rt.call('user', { action: 'agreePrivacy', payload: { version: PRIVACY_NOTICE_VERSION } }, openid);
  if (!r.ok) throw new Error(`agreePrivacy refused for ${openid}: ${r.code}`);
}

/** Runs `call` and answers what it cost: database requests and milliseconds. */
async function measured(rt: LocalRuntime, call: () => Promise<{ ok: boolean; code?: string; message?: string }>) {
  const before = rt.dbRequests();
  const started = process.hrtime.bigint();
  const r = await call();
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (!r.ok) throw new Error(`refused: ${r.code} ${r.message}`);
  return { rt: rt.dbRequests() - before, ms, data: (r as { data?: unknown }).data };
}

async function oneRound(t: Local, i: number) {
  const photos = [await t.upload(PHOTO, RESIDENT), await t.upload(PHOTO, RESIDENT), await t.upload(PHOTO, RESIDENT)];
  const payload = { stationCode: 'WYH01', category: '住房物业', text: `压测意见 ${i}:三号楼电梯停运两天了`, photos, chosenDeputyId: DEPUTY_ID, requestId: `bench-rt-${i}` };
  const submit = await measured(t, () => t.call('opinion', { action: 'submit', payload }, RESIDENT));
  return { id: (submit.data as { id: string }).id, submit };
}

export async function benchRoundTrips(): Promise<Record<string, number>> {
  // Round trips: no latency, one of each action on the worst path.
  const t = await startLocal(TUESDAY_SESSION);
  try {
    holdVerdicts(t, 0);
    for (const who of [RESIDENT, COUNTY_DEPUTY, ADMIN]) await agreed(t, who);
    const { submit } = await oneRound(t, 0);
    // What follows it runs in the relay; once first, so the month's statistics exist as they do all year.
    await runRelay(t.ports);
    // A case the deputy holds, routed at once (the chosen deputy), to accept and reply.
    const routed = await measured(t, () =>
      t.call('opinion', { action: 'submit', payload: { stationCode: 'WYH01', category: '住房物业', text: '小区门口路灯坏了一个月', chosenDeputyId: DEPUTY_ID, requestId: 'bench-rt-routed' } }, RESIDENT),
    );
    const id = (routed.data as { id: string }).id;
    // The relay's run that follows that submit (a new case for the deputy): everything it spends on it.
    const deferredBefore = t.dbRequests();
    const relayed = await runRelay(t.ports);
    if (!relayed.ran || relayed.relayed !== 1) throw new Error(`the relay ran ${relayed.relayed} opinions, not the one submitted`);
    const rtSubmitDeferred = t.dbRequests() - deferredBefore;
    const accept = await measured(t, () => t.call('deputy', { action: 'accept', payload: { id } }, COUNTY_DEPUTY));
    const reply = await measured(t, () => t.call('deputy', { action: 'reply', payload: { id, text: '已联系物业,本周内修好,请您留意。' } }, COUNTY_DEPUTY));
    const inbox = await measured(t, () => t.call('deputy', { action: 'inbox', payload: {} }, COUNTY_DEPUTY));
    const station = await measured(t, () => t.call('station', { action: 'get', payload: { code: 'WYH01' } }));
    const detail = await measured(t, () => t.call('opinion', { action: 'detail', payload: { id } }, RESIDENT));
    const dashboard = await measured(t, () => t.call('admin', { action: 'dashboard', payload: { from: '2026-11', to: '2026-12' } }, ADMIN));
    const counts = {
      rt_submit: submit.rt,
      rt_submit_deferred: rtSubmitDeferred,
      rt_accept: accept.rt,
      rt_reply: reply.rt,
      rt_inbox: inbox.rt,
      rt_station_get: station.rt,
      rt_detail: detail.rt,
      rt_dashboard: dashboard.rt,
    };

    // Latency: 10 ms a database request, 50 ms an open API call.
    const RUNS = 15;
    const lt = await startLocal(TUESDAY_SESSION, ':memory:', { dbLatencyMs: 10, openapiLatencyMs: 50 });
    try {
      holdVerdicts(lt, 50);
      await agreed(lt, COUNTY_DEPUTY);
      // One resident each (a resident may send 5 an hour), agreed outside the timing.
      const residents = Array.from({ length: RUNS }, (_, i) => `bench-rtt-resident-${i}`);
      for (const r of residents) await agreed(lt, r);
      const submits: number[] = [];
      const accepts: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const payload = { stationCode: 'WYH01', category: '住房物业', text: `压测意见 ${i}:小区路灯坏了`, chosenDeputyId: DEPUTY_ID, requestId: `bench-rtt-${i}` };
        const s = await measured(lt, () => lt.call('opinion', { action: 'submit', payload }, residents[i]));
        submits.push(s.ms);
        const a = await measured(lt, () => lt.call('deputy', { action: 'accept', payload: { id: (s.data as { id: string }).id } }, COUNTY_DEPUTY));
        accepts.push(a.ms);
      }
      const p50 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
      return { ...counts, submit_p50_ms_rtt10: p50(submits), accept_p50_ms_rtt10: p50(accepts), new_case_notify_delay_s: await notifyDelayP50() };
    } finally {
      lt.close();
    }
  } finally {
    t.close();
  }
}
