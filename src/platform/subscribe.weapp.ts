import Taro from '@tarojs/taro';
import type { SubscribeAnswer, SubscribeResult, TemplateAsk } from './subscribe.d';

const RESULTS: readonly string[] = ['accept', 'reject', 'ban', 'filter', 'acceptWithAudio'];

/** WeChat's dialog. Called synchronously by the tap handler: no await may come before this. */
export function requestSubscribe(templates: TemplateAsk[]): Promise<SubscribeAnswer> {
  const ids = templates.map((t) => t.templateId);
  return new Promise((resolve) => {
    Taro.requestSubscribeMessage({
      tmplIds: ids,
      entityIds: [],
      success: (res) => {
        const results: Record<string, SubscribeResult> = {};
        const answers = res as unknown as Record<string, unknown>;
        for (const id of ids) {
          const v = answers[id];
          if (typeof v === 'string' && RESULTS.includes(v)) results[id] = v as SubscribeResult;
        }
        resolve({ results });
      },
      // Refused by the platform (no tap, templates unknown or mixed, main switch off): nothing granted.
      fail: (err) => {
        const e = (err ?? {}) as { errCode?: unknown; errMsg?: unknown };
        resolve({
          results: {},
          ...(typeof e.errCode === 'number' ? { errCode: e.errCode } : {}),
          ...(typeof e.errMsg === 'string' ? { errMsg: e.errMsg } : {}),
        });
      },
    });
  });
}
