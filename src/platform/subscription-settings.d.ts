/**
 * The user's subscription settings as WeChat keeps them (wx.getSetting({withSubscriptions: true})
 * → subscriptionsSetting): the main switch, and each template the user has a kept choice for
 * (long-term grants, and one-time ones answered with "总是保持以上选择"). weapp: WeChat's own;
 * h5 (local run): the stand-in's. Undefined when they cannot be read.
 */
export type ItemSetting = 'accept' | 'reject' | 'ban';

export interface SubscriptionSettings {
  mainSwitch: boolean;
  itemSettings: Record<string, ItemSetting>;
}

export declare function readSubscriptionSettings(): Promise<SubscriptionSettings | undefined>;
