import { call } from '../../../api/client';
import { useAction } from '../../../hooks/use-action';
import { useRemote } from '../../../hooks/use-remote';

/** An admin attaches or detaches deputies of station `code` (admin.setStationDeputies); `changed` refreshes the list of stations. */
export function useAdminAttach(code: string, changed: () => Promise<void>) {
  const list = useRemote(`admin-attachable:${code}`, () => call('admin', 'attachableDeputies', { code }));
  const action = useAction();
  const toggle = (id: string) =>
    action.act(async () => {
      const items = list.data?.items ?? [];
      const now = items.filter((d) => d.attached).map((d) => d.id);
      const attach = !now.includes(id);
      await call('admin', 'setStationDeputies', { code, deputyIds: attach ? [...now, id] : now.filter((x) => x !== id), base: now });
      await Promise.all([list.reload(), changed()]);
      const name = items.find((d) => d.id === id)?.name ?? '';
      return attach ? `已将${name}设为本站代表` : `已将${name}移出本站`;
    }, (m) => m);
  return { list, toggle, ...action };
}
