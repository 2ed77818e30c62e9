import { call } from '../../../api/client';
import { useRemote } from '../../../hooks/use-remote';
import { scanStationCode } from '../lib/scan-station';
import { useAction } from '../../../hooks/use-action';

/** My reception sessions, check-in by scanning the station's code, and leave. */
export function useDuty() {
  const sessions = useRemote('sessions', () => call('deputy', 'sessions', {}));
  const leaves = useRemote('leaves', () => call('deputy', 'leaves', {}));
  const action = useAction();

  const checkIn = async () => {
    const stationCode = await scanStationCode();
    if (!stationCode) return;
    const r = await action.act(
      () => call('deputy', 'checkIn', { stationCode }),
      (x) => `${x.already ? '已签到过' : '签到成功'}：${x.stationName} ${x.date} ${x.start}-${x.end}`,
    );
    if (r) await sessions.reload();
  };
  const addLeave = async (from: string, to: string, reason: string) => {
    if (!from || !to) return action.setError('请选择请假的开始和结束日期');
    const r = await action.act(() => call('deputy', 'addLeave', { from, to, ...(reason.trim() ? { reason } : {}) }), () => '已登记请假，期间不再分派新意见');
    if (r) await Promise.all([leaves.reload(), sessions.reload()]);
  };
  const cancelLeave = async (from: string, to: string) => {
    const r = await action.act(() => call('deputy', 'cancelLeave', { from, to }), () => '已取消请假');
    if (r) await Promise.all([leaves.reload(), sessions.reload()]);
  };
  return { sessions, leaves, checkIn, addLeave, cancelLeave, ...action };
}
