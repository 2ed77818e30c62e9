/**
 * Local run only: a person answers WeChat's subscription dialog, as the app asks for it — WeChat
 * records the answer (the stand-in, emulator/openapi/wx-subscriptions.ts) and the app records
 * what the dialog answered (`subscription.grant`). The demo data, the demo year, the bench and
 * the tests use it where a person would have tapped 允许; the H5 app goes through the same
 * stand-in over HTTP (server/local/consent-routes.ts).
 */
import type { Envelope } from '../../core/contract';
import { TEMPLATES } from '../config/templates';
import type { LocalRuntime } from './runtime';

export class ConsentRefused extends Error {
  constructor(
    readonly errCode: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Asks for `keys` as the app does (one kind per request, at most 3 ids) and answers `answer`
 * for each; resolves with the app's last answer. Throws ConsentRefused when WeChat refuses a
 * request (e.g. the main switch is off).
 */
export async function answerDialog(
  rt: LocalRuntime,
  openid: string,
  keys: readonly string[],
  answer: 'accept' | 'reject' = 'accept',
): Promise<Envelope<unknown> | undefined> {
  const tpls = keys.map((k) => {
    const t = TEMPLATES[k as keyof typeof TEMPLATES];
    if (!t) throw new Error(`no template ${k}`);
    return t;
  });
  let last: Envelope<unknown> | undefined;
  for (const longTerm of [true, false]) {
    const kind = tpls.filter((t) => t.longTerm === longTerm);
    for (let i = 0; i < kind.length; i += 3) {
      const batch = kind.slice(i, i + 3);
      const r = rt.wxSubscriptions.request(openid, batch.map((t) => t.templateId), answer, rt.clock.now());
      if (!r.ok) throw new ConsentRefused(r.errCode, r.errMsg);
      const results = Object.fromEntries(batch.filter((t) => r.results[t.templateId] !== 'filter').map((t) => [t.key, r.results[t.templateId]]));
      if (Object.keys(results).length === 0) continue;
      last = await rt.call('subscription', { action: 'grant', payload: { results } }, openid);
      if (!last.ok) throw new Error(`subscription.grant refused for ${openid}: ${last.code} ${last.message}`);
    }
  }
  return last;
}

/**
 * Local demo only: each demo persona has answered 允许 for the templates of their roles — a
 * long-term grant once, one-time templates `times` times — as if they had tapped in the app,
 * so the messages page shows messages from the first submission on.
 */
export async function grantDemoConsent(rt: LocalRuntime, personas: readonly { openid: string; roles: readonly string[] }[], times = 5): Promise<void> {
  for (const p of personas) {
    const mine = Object.values(TEMPLATES).filter((t) => p.roles.includes(t.audience));
    const longTerm = mine.filter((t) => t.longTerm).map((t) => t.key);
    if (longTerm.length && rt.wxSubscriptions.mainSwitch(p.openid)) await answerDialog(rt, p.openid, longTerm);
    const oneTime = mine.filter((t) => !t.longTerm).map((t) => t.key);
    for (let i = 0; i < times && oneTime.length && rt.wxSubscriptions.mainSwitch(p.openid); i++) await answerDialog(rt, p.openid, oneTime);
  }
}
