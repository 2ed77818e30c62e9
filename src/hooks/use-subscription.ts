import type { AUDIENCES } from '@core/contract/actions/subscription';
import { call } from '../api/client';
import { templatesToAsk, type TemplateInfo } from '../lib/subscribe-batch';
import { requestSubscribe, type SubscribeResult } from '../platform/subscribe';
import { useRemote } from './use-remote';

export type Audience = (typeof AUDIENCES)[number];

export interface Granted {
  /** Template key → the user's answer. */
  results: Record<string, SubscribeResult>;
  /** Credits after recording, when the server answered. */
  credits?: Record<string, number>;
}

/** The templates one audience may be asked for, fetched when the page loads. */
export const useTemplates = (audience: Audience, enabled = true) =>
  useRemote(enabled ? `templates-${audience}` : undefined, () => call('subscription', 'templates', { audience }));

/**
 * Opens the consent dialog for `batch` and records what was granted with `subscription.grant`.
 * Call it synchronously inside a tap, before any await (WeChat refuses the dialog after one).
 * Resolves with what was granted; never rejects.
 */
export function askAndRecord(batch: readonly TemplateInfo[]): Promise<Granted | undefined> {
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
}

/** Subscription consent before an action (e.g. submitting): the first batch of the audience's templates. */
export function useSubscription(audience: Audience, enabled = true) {
  const templates = useTemplates(audience, enabled);
  const batch = templatesToAsk(templates.data?.templates ?? []);
  return { available: batch.length > 0, ask: () => askAndRecord(batch) };
}
