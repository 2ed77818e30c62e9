import type { PayloadIn } from '@core/contract/functions';
import { call } from '../../../api/client';
import { useRemote } from '../../../hooks/use-remote';
import { useAction } from '../../../hooks/use-action';

/** The department directory, deputies' invite codes, claim locks, and the notifications outbox. */
export function useTools() {
  const departments = useRemote('departments', () => call('staff', 'departments', {}));
  const stations = useRemote('staff-stations', () => call('staff', 'myStations', {}));
  const outbox = useRemote('outbox', () => call('subscription', 'outbox', { limit: 20 }));
  const action = useAction();
  return {
    departments,
    stations,
    outbox,
    ...action,
    saveDepartment: (d: PayloadIn<'staff', 'saveDepartment'>) =>
      action.act(async () => {
        await call('staff', 'saveDepartment', d);
        await departments.reload();
      }, () => '部门已保存'),
    resetClaim: (trackingNo: string) =>
      action.act(() => call('staff', 'resetClaim', { trackingNo }), (r) => `已解除${r.trackingNo}的认领锁定，群众现在可以再次认领`),
    invite: (deputyId: string, stationCode: string) =>
      action.act(
        () => call('staff', 'issueInvite', { deputyId, stationCode }),
        (r) => `${r.deputyName}代表的邀请码：${r.code}（7天内有效，仅可使用一次）${r.rebind ? '。换绑：原微信将解除绑定' : ''}`,
      ),
  };
}
