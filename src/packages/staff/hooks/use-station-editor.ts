import type { PayloadIn } from '@core/contract/functions';
import { call } from '../../../api/client';
import { useRemote } from '../../../hooks/use-remote';
import { useAction } from '../../../hooks/use-action';

type Schedule = PayloadIn<'staff', 'setSchedule'>['schedule'];

/** One station of mine: address, schedule (weekly, one-off, cancelled), deputies' leaves. */
export function useStationEditor(code: string | undefined) {
  const station = useRemote(code, async () => {
    const { items } = await call('staff', 'myStations', {});
    const found = items.find((s) => s.code === code);
    if (!found) throw new Error('not found');
    return found;
  });
  const action = useAction();
  const save = (schedule: Schedule) =>
    action.act(async () => {
      await call('staff', 'setSchedule', { code: code!, schedule });
      await station.reload();
    }, () => '接待安排已保存，联络站页面已更新');
  return {
    station,
    ...action,
    save,
    saveAddress: (address: string) =>
      action.act(async () => {
        await call('staff', 'updateStation', { code: code!, address });
        await station.reload();
      }, () => '地址已保存'),
    saveLocation: (location: { latitude: number; longitude: number }) =>
      action.act(async () => {
        await call('staff', 'updateStation', { code: code!, location });
        await station.reload();
      }, () => '地图位置已保存，居民可在联络站页面打开地图导航'),
    addLeave: (deputyId: string, leave: { from: string; to: string; reason?: string }) =>
      action.act(async () => {
        const d = station.data?.deputies.find((x) => x.id === deputyId);
        await call('staff', 'setLeaves', { code: code!, deputyId, leaves: [...(d?.leaves ?? []), leave], base: d?.leaves ?? [] });
        await station.reload();
      }, () => '请假已登记'),
  };
}
