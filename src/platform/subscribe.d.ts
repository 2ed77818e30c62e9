/**
 * The subscription-message consent dialog (requestSubscribeMessage). weapp: WeChat's own dialog;
 * h5 (local run): a small simulated dialog, so the local run walks the same flow.
 *
 * Call it synchronously inside a tap handler, before any `await`: WeChat refuses it otherwise
 * ("can only be invoked by user TAP gesture"). It never rejects: a failure grants nothing.
 */
export type SubscribeResult = 'accept' | 'reject' | 'ban' | 'filter' | 'acceptWithAudio';

export interface TemplateAsk {
  templateId: string;
  title: string;
}

/** Resolves with each template id's result (missing ids were not answered). */
export declare function requestSubscribe(templates: TemplateAsk[]): Promise<Record<string, SubscribeResult>>;
