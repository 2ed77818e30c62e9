/**
 * The subscription-message consent dialog (requestSubscribeMessage). weapp: WeChat's own dialog;
 * h5 (local run): a small simulated dialog over the stand-in's record of consent, so the local
 * run walks the same flow and meets the same refusals.
 *
 * Call it synchronously inside a tap handler, before any `await`: WeChat refuses it otherwise
 * ("can only be invoked by user TAP gesture"). It never rejects: a failure grants nothing.
 * One call asks at most 3 templates of one kind (one-time or long-term); WeChat refuses more
 * (20003) or a mix (20002).
 */
export type SubscribeResult = 'accept' | 'reject' | 'ban' | 'filter' | 'acceptWithAudio';

export interface TemplateAsk {
  templateId: string;
  title: string;
  /** Long-term (长期订阅): the dialog says the grant stands until turned off in the settings. */
  longTerm?: boolean;
}

export interface SubscribeAnswer {
  /** Each template id's result (missing ids were not answered). */
  results: Record<string, SubscribeResult>;
  /** WeChat's fail code when it refused the request (20004: the user's main switch is off). */
  errCode?: number;
  errMsg?: string;
}

export declare function requestSubscribe(templates: TemplateAsk[]): Promise<SubscribeAnswer>;
