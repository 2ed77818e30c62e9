import { useRef, useState } from 'react';
import { call } from '../../../api/client';
import { usePaged } from '../../../hooks/use-paged';
import { useAction } from '../../../hooks/use-action';
import { newRequestId } from '../../../lib/request-id';

/** A suggestion from my accepted opinions: pick them, write title, reasons and proposals. */
export function useSuggest(firstId: string | undefined) {
  const open = usePaged('in_progress', (offset, limit) => call('deputy', 'inbox', { tab: 'in_progress', offset, limit }));
  const [picked, setPicked] = useState<string[]>(firstId ? [firstId] : []);
  const [form, setForm] = useState({ title: '', reasons: '', proposals: '' });
  const action = useAction();
  // One per form: sent again after a lost answer, it continues the same suggestion.
  const requestId = useRef(newRequestId());
  const toggle = (id: string) => setPicked((p) => (p.includes(id) ? p.filter((x) => x !== id) : [...p, id]));
  const submit = async () => {
    if (!form.title.trim() || !form.reasons.trim() || !form.proposals.trim()) return action.setError('请填写标题、理由和建议内容');
    if (picked.length === 0) return action.setError('请至少选择一条意见');
    return action.act(() => call('deputy', 'suggest', { ...form, opinionIds: picked, requestId: requestId.current }), (s) => `已形成代表建议，合并意见${s.opinionIds.length}条`);
  };
  return {
    candidates: open.items.filter((o) => o.status === 'accepted'),
    loading: open.loading,
    picked,
    toggle,
    form,
    setForm: (patch: Partial<typeof form>) => (setForm((f) => ({ ...f, ...patch })), action.clear()),
    submit,
    ...action,
  };
}
