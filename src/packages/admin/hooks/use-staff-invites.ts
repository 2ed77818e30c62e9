import { useState } from 'react';
import { call } from '../../../api/client';
import { useAction } from '../../../hooks/use-action';
import { useRemote } from '../../../hooks/use-remote';

/** Staff accounts of my region: who holds which station, open invite codes, and issuing a new one. */
export function useStaffInvites() {
  const overview = useRemote('admin-staff', () => call('admin', 'staffOverview', {}));
  const stations = useRemote('admin-stations', () => call('admin', 'stations', {}));
  const [picked, setPicked] = useState<string[]>([]);
  // Who the code is for: the office then sees the person by this name, never by WeChat id.
  const [name, setName] = useState('');
  const [issued, setIssued] = useState<{ code: string; stations: string; expiresAt: string; name?: string }>();
  const action = useAction();
  const toggle = (code: string) => setPicked((p) => (p.includes(code) ? p.filter((c) => c !== code) : [...p, code]));
  const issue = () =>
    action.act(
      async () => {
        const r = await call('admin', 'issueStaffInvite', { stationCodes: picked, ...(name.trim() ? { name: name.trim() } : {}) });
        setIssued({ code: r.code, stations: r.stations.map((s) => s.name).join('、'), expiresAt: r.expiresAt, ...(name.trim() ? { name: name.trim() } : {}) });
        setPicked([]);
        setName('');
        await overview.reload();
        return r;
      },
      () => '邀请码已生成，只显示这一次，请抄给工作人员',
    );
  return { overview, stations, picked, toggle, name, setName, issue, issued, ...action };
}
