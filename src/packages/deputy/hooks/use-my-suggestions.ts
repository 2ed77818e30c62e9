import { useDidShow } from '@tarojs/taro';
import { useRef } from 'react';
import type { Answer } from '@core/contract/functions';
import { call } from '../../../api/client';
import { useAction } from '../../../hooks/use-action';
import { useRemote } from '../../../hooks/use-remote';
import { showSuccess } from '../../../components/ui/feedback';

export type MySuggestion = Answer<'deputy', 'suggestions'>['items'][number];
export type SuggestionRating = 'satisfied' | 'basic' | 'unsatisfied';

/**
 * My suggestions (闭会期间代表建议, decision 0034): where each stands, the department's answer,
 * my rating. I record the answer when it came to me, and rate it; each reloads the list and says
 * what was done in a toast. The server has the last word (the table of moves, the dates).
 */
export function useMySuggestions() {
  const list = useRemote('my-suggestions', () => call('deputy', 'suggestions', {}));
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) void list.reload();
    shown.current = true;
  });
  const { busy, error, setError, attempt, clear } = useAction();

  const act = async (run: () => Promise<unknown>, toast: string) => {
    const r = await attempt(run, { after: list.reload });
    if (r.ok) showSuccess(toast);
    return r.ok;
  };

  /** The department's answer as it reached me: its text and the date it was given. */
  const recordAnswer = (id: string, text: string, answeredOn: string) => {
    if (!text.trim()) return (setError('请填写部门的答复内容'), Promise.resolve(false));
    if (!answeredOn) return (setError('请选择答复日期'), Promise.resolve(false));
    return act(() => call('deputy', 'suggestionAnswer', { id, text: text.trim(), answeredOn }), '已登记部门答复');
  };

  /** 代表满意度; 不满意 says why. */
  const rate = (id: string, result: SuggestionRating | undefined, comment: string) => {
    if (!result) return (setError('请选择满意度'), Promise.resolve(false));
    if (result === 'unsatisfied' && !comment.trim()) return (setError('选择不满意时请写明原因'), Promise.resolve(false));
    return act(() => call('deputy', 'rateSuggestion', { id, result, ...(comment.trim() ? { comment: comment.trim() } : {}) }), '已评价答复');
  };

  return { list, busy, error, setError, clear, recordAnswer, rate };
}

export type MySuggestions = ReturnType<typeof useMySuggestions>;
