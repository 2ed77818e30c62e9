import Taro from '@tarojs/taro';
import type { SubscriptionSettings } from './subscription-settings.d';

/** WeChat's settings page, as getSetting reads it; undefined when WeChat does not answer. */
export function readSubscriptionSettings(): Promise<SubscriptionSettings | undefined> {
  return new Promise((resolve) => {
    Taro.getSetting({
      withSubscriptions: true,
      success: (res) => {
        const s = res.subscriptionsSetting as unknown as { mainSwitch?: unknown; itemSettings?: Record<string, unknown> } | undefined;
        if (!s || typeof s.mainSwitch !== 'boolean') return resolve(undefined);
        const itemSettings: SubscriptionSettings['itemSettings'] = {};
        for (const [id, v] of Object.entries(s.itemSettings ?? {})) {
          if (v === 'accept' || v === 'reject' || v === 'ban') itemSettings[id] = v;
        }
        resolve({ mainSwitch: s.mainSwitch, itemSettings });
      },
      fail: () => resolve(undefined),
    });
  });
}
