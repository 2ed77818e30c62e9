import type { AUDIENCES } from '@core/contract/actions/subscription';
import { call } from '../api/client';
import { templatesToAsk } from '../lib/subscribe-batch';
import { requestSubscribe, type SubscribeResult } from '../platform/subscribe';
import { useRemote } from './use-remote';

type Audience = (typeof AUDIENCES)[number];

export interface Granted {
  /** Template key → the user's answer. */
  results: Record<string, SubscribeResult>;
  /** Credits after recording, when the server answered. */
  credits?: Record<string, number>;
}

/**
 * Subscription consent. The templates are fetched when the page loads, so that `ask` can open
 * the dialog synchronously inside a tap (WeChat refuses it after an await); what the user
 * granted is then recorded with `subscription.grant`.
 */
export function useSubscription(audience: Audience, enabled = true) {
  const templates = useRemote(enabled ? `templates-${audience}` : undefined, () => call('subscription', 'templates', { audience }));
  const batch = templatesToAsk(templates.data?.templates ?? []);

  /** Call inside the tap, before any await. Resolves with what was granted; never rejects. */
  const ask = (): Promise<Granted | undefined> => {
    if (batch.length === 0) return Promise.resolve(undefined);
    const answered = requestSubscribe(batch.map((t) => ({ templateId: t.templateId, title: t.title })));
    return answered.then(async (byId) => {
      const results: Record<string, SubscribeResult> = {};
      for (const t of batch) if (byId[t.templateId]) results[t.key] = byId[t.templateId];
      if (Object.keys(results).length === 0) return undefined;
      try {
        const answer = await call('subscription', 'grant', { results });
        return { results, credits: answer.credits };
      } catch {
        return { results }; // the consent stands on WeChat's side; only our count is behind
      }
    });
  };

  return { available: batch.length > 0, ask };
}
