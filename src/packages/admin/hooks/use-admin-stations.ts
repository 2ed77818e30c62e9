import type { PayloadIn } from '@core/contract/functions';
import { useState } from 'react';
import { call } from '../../../api/client';
import { toApiError } from '../../../api/api-error';
import { useRemote } from '../../../hooks/use-remote';
import { openPdf } from '../../../lib/open-file';

/** A region admin's stations: create, retire, give to staff, region posters. */
export function useAdminStations() {
  const stations = useRemote('admin-stations', () => call('admin', 'stations', {}));
  const regions = useRemote('admin-regions', () => call('admin', 'regions', {}));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [done, setDone] = useState<string>();
  async function act(run: () => Promise<string>) {
    if (busy) return;
    setBusy(true);
    setError(undefined);
    setDone(undefined);
    try {
      setDone(await run());
      await stations.reload();
    } catch (e) {
      setError(toApiError(e).message);
    } finally {
      setBusy(false);
    }
  }
  return {
    stations,
    regions,
    busy,
    error,
    done,
    create: (p: PayloadIn<'admin', 'createStation'>) => act(async () => `已新建 ${(await call('admin', 'createStation', p)).name}`),
    give: (code: string, openid: string) => act(async () => (await call('admin', 'giveStation', { code, openid }), `已交给工作人员 ${openid}`)),
    retire: (code: string, movedTo: string) => act(async () => (await call('admin', 'retireStation', { code, movedTo }), `${code} 已撤并到 ${movedTo}`)),
    posters: (regionCode: string) =>
      act(async () => {
        const f = await call('documents', 'regionPosters', { regionCode });
        return openPdf(f.url, f.fileName);
      }),
  };
}
