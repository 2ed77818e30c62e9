import { useState } from 'react';
import { call } from '../../../api/client';
import { useAction } from '../../../hooks/use-action';
import { useRemote } from '../../../hooks/use-remote';

/** Staff accounts of my region: who holds which station, open invite codes, and issuing a new one. */
export function useStaffInvites() {
  const overview = useRemote('admin-staff', () => call('admin', 'staffOverview', {}));
  const stations = useRemote('admin-stations', () => call('admin', 'stations', {}));
  const [picked, setPicked] = useState<string[]>([]);
  const [issued, setIssued] = useState<{ code: string; stations: string; expiresAt: string }>();
  const action = useAction();
  const toggle = (code: string) => setPicked((p) => (p.includes(code) ? p.filter((c) => c !== code) : [...p, code]));
  const issue = () =>
    action.act(
      async () => {
        const r = await call('admin', 'issueStaffInvite', { stationCodes: picked });
        setIssued({ code: r.code, stations: r.stations.map((s) => s.name).join('、'), expiresAt: r.expiresAt });
        setPicked([]);
        await overview.reload();
        return r;
      },
      () => '邀请码已生成,只显示这一次,请抄给工作人员',
    );
  return { overview, stations, picked, toggle, issue, issued, ...action };
}
