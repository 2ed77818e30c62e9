/**
 * `npm run smoke`: after a deploy, invokes the `setup` function's platform-only `smoke` action
 * through WeChat's server API (`tcb/invokecloudfunction` with an access token from the AppID
 * and AppSecret: no client identity is faked) and prints what the function reports: the
 * invocation context it sees, a synthetic opinion created, read back, changed and erased, the
 * database's real duplicate-key error, and the time of each database request (decision 0021).
 *
 *   WX_APPID, WX_APPSECRET, WX_CLOUD_ENV   (set in the shell, never committed)
 *
 * `runSmoke` takes the invocation as a parameter: test/handlers/smoke.test.ts runs it against
 * the local run, where the platform's call is the same dispatch with SOURCE wx_http.
 */
import type { Envelope } from '../core/contract';
import { cloudSetup } from './lib/server-api';

export type Invoke = (fn: 'setup', event: { action: 'smoke'; payload: Record<string, never> }) => Promise<Envelope<unknown>>;

export interface SmokeOutcome {
  ok: boolean;
  lines: string[];
  report?: unknown;
}

export async function runSmoke(invoke: Invoke): Promise<SmokeOutcome> {
  const answer = await invoke('setup', { action: 'smoke', payload: {} });
  if (!answer.ok) return { ok: false, lines: [`✖ setup.smoke refused: ${answer.code} ${answer.message}`] };
  const r = answer.data as {
    context: { source?: string; withOpenid: boolean };
    opinion: { created: boolean; readBack: boolean; changed: boolean; erased: boolean };
    duplicateKey: { errCode?: number | string; errMsg: string };
    requestMs: Record<string, number>;
  };
  const all = r.opinion.created && r.opinion.readBack && r.opinion.changed && r.opinion.erased && r.duplicateKey.errCode !== undefined;
  const lines = [
    `context: source ${r.context.source ?? '(none)'}, ${r.context.withOpenid ? 'WITH an OPENID (a user call?)' : 'no OPENID'}`,
    `synthetic opinion: created ${r.opinion.created}, read back ${r.opinion.readBack}, changed ${r.opinion.changed}, erased ${r.opinion.erased}`,
    `duplicate key: errCode ${String(r.duplicateKey.errCode)} — ${r.duplicateKey.errMsg}`,
    `database request ms: ${Object.entries(r.requestMs)
      .map(([k, v]) => `${k} ${v.toFixed(1)}`)
      .join(', ')}`,
    all && !r.context.withOpenid ? '✔ smoke check passed' : '✖ smoke check found a problem (above)',
  ];
  return { ok: all && !r.context.withOpenid, lines, report: r };
}

async function main(): Promise<number> {
  const { WX_APPID: appid, WX_APPSECRET: secret, WX_CLOUD_ENV: envId } = process.env;
  const missing = Object.entries({ WX_APPID: appid, WX_APPSECRET: secret, WX_CLOUD_ENV: envId }).filter(([, v]) => !v);
  if (missing.length > 0) {
    console.error(`✖ set ${missing.map(([k]) => k).join(', ')} (the AppSecret: 微信公众平台 → 开发管理 → 开发设置)`);
    return 1;
  }
  const setup = cloudSetup({ appid: appid!, secret: secret!, env: envId! });
  const outcome = await runSmoke((_fn, event) => setup(event));
  for (const line of outcome.lines) console.log(line);
  return outcome.ok ? 0 : 1;
}

if (process.argv[1] && /smoke\.ts$/.test(process.argv[1])) {
  main()
    .then((code) => process.exit(code))
    .catch((e: unknown) => {
      console.error(`✖ smoke check failed: ${e instanceof Error ? e.message : String(e)}`);
      process.exit(1);
    });
}
