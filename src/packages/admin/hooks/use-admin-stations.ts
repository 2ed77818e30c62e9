import type { Answer, PayloadIn } from '@core/contract/functions';
import { useState } from 'react';
import { call } from '../../../api/client';
import { toApiError } from '../../../api/api-error';
import { useRemote } from '../../../hooks/use-remote';
import { openPdf } from '../../../lib/open-file';

export type AdminStation = Answer<'admin', 'stations'>['items'][number];
export type StaffPerson = Answer<'admin', 'staffOverview'>['staff'][number];

/**
 * A region admin's stations: create, retire into another station (chosen from the list), give
 * to and take from staff (chosen by name from the region's staff), region posters.
 */
export function useAdminStations() {
  const stations = useRemote('admin-stations', () => call('admin', 'stations', {}));
  const regions = useRemote('admin-regions', () => call('admin', 'regions', {}));
  // The region's staff, named as the office knows them (never by WeChat id).
  const people = useRemote('admin-staff', () => call('admin', 'staffOverview', {}));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [done, setDone] = useState<string>();
  async function act(run: () => Promise<string>): Promise<boolean> {
    if (busy) return false;
    setBusy(true);
    setError(undefined);
    setDone(undefined);
    try {
      setDone(await run());
      await Promise.all([stations.reload(), people.reload()]);
      return true;
    } catch (e) {
      setError(toApiError(e).message);
      return false;
    } finally {
      setBusy(false);
    }
  }
  return {
    stations,
    regions,
    people,
    busy,
    error,
    done,
    create: (p: PayloadIn<'admin', 'createStation'>) => act(async () => `已新建 ${(await call('admin', 'createStation', p)).name}`),
    give: (s: AdminStation, person: StaffPerson) =>
      act(async () => (await call('admin', 'giveStation', { code: s.code, openid: person.openid }), `已交给 ${person.label} 负责${s.name}`)),
    take: (s: AdminStation, person: { openid: string; label: string }) =>
      act(async () => (await call('admin', 'takeStation', { code: s.code, openid: person.openid }), `已收回 ${person.label} 负责的${s.name}`)),
    retire: (s: AdminStation, into: AdminStation) =>
      act(async () => (await call('admin', 'retireStation', { code: s.code, movedTo: into.code }), `${s.name}已撤并到${into.name}`)),
    posters: (regionCode: string) =>
      act(async () => {
        const f = await call('documents', 'regionPosters', { regionCode });
        return openPdf(f.url, f.fileName);
      }),
  };
}
