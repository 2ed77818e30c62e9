import { localWx } from '../api/local-wx';
import type { SubscriptionSettings } from './subscription-settings.d';

/** The stand-in's settings page (GET /api/local/wx/settings); undefined when it cannot be read. */
export async function readSubscriptionSettings(): Promise<SubscriptionSettings | undefined> {
  const answer = await localWx<SubscriptionSettings>('settings');
  if (!answer?.ok || typeof answer.data?.mainSwitch !== 'boolean') return undefined;
  return { mainSwitch: answer.data.mainSwitch, itemSettings: { ...(answer.data.itemSettings ?? {}) } };
}
