import type { AUDIENCES } from '@core/contract/actions/subscription';
import { call } from '../api/client';
import { templatesToAsk, type TemplateInfo } from '../lib/subscribe-batch';
import { requestSubscribe, type SubscribeResult } from '../platform/subscribe';
import { useRemote } from './use-remote';

export type Audience = (typeof AUDIENCES)[number];

export interface Asked {
  /** Template key → the user's answer (empty when WeChat refused the request). */
  results: Record<string, SubscribeResult>;
  /** Credits after recording, when the server answered. */
  credits?: Record<string, number>;
  /** WeChat's fail code when it refused the request (20004: the main switch is off). */
  errCode?: number;
}

/** The templates one audience may be asked for, fetched when the page loads. */
export const useTemplates = (audience: Audience, enabled = true) =>
  useRemote(enabled ? `templates-${audience}` : undefined, () => call('subscription', 'templates', { audience }));

export const accepted = (r: SubscribeResult | undefined) => r === 'accept' || r === 'acceptWithAudio';

/**
 * Opens the consent dialog for `batch` (one kind, at most three: see lib/subscribe-batch) and
 * records what was answered with `subscription.grant`. Call it synchronously inside a tap,
 * before any await (WeChat refuses the dialog after one). Resolves with what was answered, or
 * WeChat's refusal; never rejects. Undefined when there was nothing to ask.
 */
export function askAndRecord(batch: readonly TemplateInfo[]): Promise<Asked | undefined> {
  if (batch.length === 0) return Promise.resolve(undefined);
  const answered = requestSubscribe(
    batch.map((t) => ({ templateId: t.templateId, title: t.title, ...(t.longTerm ? { longTerm: true } : {}) })),
  );
  return answered.then(async ({ results: byId, errCode }) => {
    const results: Record<string, SubscribeResult> = {};
    for (const t of batch) if (byId[t.templateId]) results[t.key] = byId[t.templateId];
    if (Object.keys(results).length === 0) return { results, ...(errCode !== undefined ? { errCode } : {}) };
    try {
      const answer = await call('subscription', 'grant', { results });
      return { results, credits: answer.credits };
    } catch {
      return { results }; // the consent stands on WeChat's side; only our record is behind
    }
  });
}

/**
 * A resident's consent before an action (submitting, following a case): their one-time
 * templates only, at most three — residents are never asked for a standing grant.
 */
export function useSubscription(audience: Audience, enabled = true) {
  const templates = useTemplates(audience, enabled);
  const batch = templatesToAsk(templates.data?.templates ?? [], 'oneTime');
  return {
    available: batch.length > 0,
    /** Whether this environment sends SMS (then a resident with a phone may ask for SMS about the case). */
    smsAvailable: Boolean(templates.data?.smsAvailable),
    ask: () => askAndRecord(batch),
  };
}
