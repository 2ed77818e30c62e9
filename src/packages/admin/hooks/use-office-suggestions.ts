import { useDidShow } from '@tarojs/taro';
import { useRef } from 'react';
import type { SuggestionTab } from '@core/contract/actions/suggestions';
import type { Answer } from '@core/contract/functions';
import { call } from '../../../api/client';
import { useAction } from '../../../hooks/use-action';
import { useCursorPaged } from '../../../hooks/use-cursor-paged';
import { useRemote } from '../../../hooks/use-remote';
import { confirm, showSuccess } from '../../../components/ui/feedback';

export type OfficeSuggestionLine = Answer<'admin', 'suggestions'>['items'][number];
export type OfficeSuggestion = Answer<'admin', 'suggestion'>;

/** A tab of the region's suggestions, page by page; the first page says how many each waiting tab holds. Read again each time the page shows. */
export function useOfficeSuggestions(tab: SuggestionTab) {
  const list = useCursorPaged(`office-suggestions-${tab}`, (cursor) => call('admin', 'suggestions', { tab, limit: 20, ...(cursor ? { cursor } : {}) }));
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) void list.reload();
    shown.current = true;
  });
  return list;
}

/** How many suggestions wait for 交办, for the admin home's badge (the list's first page of one row carries the counts). */
export function useSuggestionsToAssign(): number | undefined {
  const counts = useRemote('office-suggestion-counts', () => call('admin', 'suggestions', { tab: 'todo', limit: 1 }));
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) void counts.reload();
    shown.current = true;
  });
  return counts.data?.counts?.todo;
}

/**
 * One suggestion as the office works it (decision 0034): read it, 交办 it to a department of the
 * directory with a due date, record the department's answer. Each move is confirmed, says what
 * was done in a toast, and `onChanged` reloads the list. The server has the last word.
 */
export function useOfficeSuggestion(id: string | undefined, onChanged: () => unknown) {
  const detail = useRemote(id && `office-suggestion-${id}`, () => call('admin', 'suggestion', { id: id as string }));
  const { busy, error, setError, attempt, clear } = useAction();
  const sid = id as string;

  const act = async (run: () => Promise<unknown>, toast: string) => {
    const r = await attempt(run, { after: async () => (await detail.reload(), await onChanged()) });
    if (r.ok) showSuccess(toast);
    return r.ok;
  };

  const assign = async (department: { id: string; name: string } | undefined, dueDate: string, note: string) => {
    if (!department) return setError('请从部门目录中选择承办部门'), false;
    if (!dueDate) return setError('请选择答复期限'), false;
    const sure = await confirm('交办代表建议？', `交${department.name}办理，请在${dueDate}前答复。`, { confirmText: '确认交办' });
    return sure && act(() => call('admin', 'assignSuggestion', { id: sid, departmentId: department.id, dueDate, ...(note.trim() ? { note: note.trim() } : {}) }), '已交办');
  };

  const recordAnswer = async (text: string, answeredOn: string) => {
    if (!text.trim()) return setError('请填写部门的答复内容'), false;
    if (!answeredOn) return setError('请选择答复日期'), false;
    const sure = await confirm('登记部门答复？', '登记后提出意见的居民会收到通知，代表可以评价答复；登记后不能修改。', { confirmText: '确认登记' });
    return sure && act(() => call('admin', 'suggestionAnswer', { id: sid, text: text.trim(), answeredOn }), '已登记部门答复');
  };

  return { detail, busy, error, setError, clear, assign, recordAnswer };
}

export type OfficeSuggestionWork = ReturnType<typeof useOfficeSuggestion>;
