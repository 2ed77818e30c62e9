import { useState } from 'react';
import { call } from '../../../api/client';
import { useAction } from '../../../hooks/use-action';

/** Becoming station staff with the invite code a region admin gave. */
export function useJoinStaff() {
  const [code, setCode] = useState('');
  const [joined, setJoined] = useState<string[]>();
  const action = useAction();
  const join = () =>
    action.act(
      async () => {
        const r = await call('admin', 'joinAsStaff', { inviteCode: code });
        setJoined(r.stations.map((s) => s.name));
        return r;
      },
      (r) => `已开通联络站工作台：${r.stations.map((s) => s.name).join('、')}`,
    );
  return { code, setCode, joined, join, ...action };
}
