import Taro from '@tarojs/taro';
import type { SubscribeResult, TemplateAsk } from './subscribe.d';

const RESULTS: readonly string[] = ['accept', 'reject', 'ban', 'filter', 'acceptWithAudio'];

/** WeChat's dialog. Called synchronously by the tap handler: no await may come before this. */
export function requestSubscribe(templates: TemplateAsk[]): Promise<Record<string, SubscribeResult>> {
  const ids = templates.map((t) => t.templateId);
  return new Promise((resolve) => {
    Taro.requestSubscribeMessage({
      tmplIds: ids,
      entityIds: [],
      success: (res) => {
        const out: Record<string, SubscribeResult> = {};
        const answers = res as unknown as Record<string, unknown>;
        for (const id of ids) {
          const v = answers[id];
          if (typeof v === 'string' && RESULTS.includes(v)) out[id] = v as SubscribeResult;
        }
        resolve(out);
      },
      // Refused by the platform (no tap, templates unknown, switched off): nothing granted.
      fail: () => resolve({}),
    });
  });
}
