import { useState } from 'react';
import { CONTRACT } from '@core/contract/functions';
import { describeError } from '@core/contract/issues';
import { call } from '../../../api/client';
import { useAction } from '../../../hooks/use-action';

/** Binding my WeChat to my deputy record with the invite code staff gave me. */
export function useBind() {
  const [code, setCode] = useState('');
  const action = useAction();
  const [bound, setBound] = useState<{ name: string; levelLabel: string }>();

  const bind = async () => {
    const checked = CONTRACT.deputy.bind.input.safeParse({ inviteCode: code });
    if (!checked.success) return action.setError(describeError(checked.error));
    const r = await action.act(() => call('deputy', 'bind', { inviteCode: code }));
    if (r) setBound(r);
  };
  return { code, setCode: (v: string) => (setCode(v), action.clear()), bind, bound, ...action };
}
