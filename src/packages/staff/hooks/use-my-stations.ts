import { call } from '../../../api/client';
import { useRemote } from '../../../hooks/use-remote';
import { openPdf } from '../../../lib/open-file';
import { useAction } from '../../../hooks/use-action';

/** The stations I hold, with their code and poster. */
export function useMyStations() {
  const stations = useRemote('staff-stations', () => call('staff', 'myStations', {}));
  const action = useAction();
  return {
    stations,
    ...action,
    makeCode: (code: string) =>
      action.act(async () => {
        await call('staff', 'stationCode', { code });
        await stations.reload();
      }, () => '小程序码已生成'),
    printPoster: (code: string) =>
      action.act(async () => {
        const f = await call('documents', 'stationPoster', { code });
        return openPdf(f.url, f.fileName);
      }, (m) => m),
  };
}
