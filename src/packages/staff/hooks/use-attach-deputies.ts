import { call } from '../../../api/client';
import { useRemote } from '../../../hooks/use-remote';
import type { useAction } from '../../../hooks/use-action';

/**
 * The deputies I may attach to station `code` (any level within my scope), and attaching or
 * detaching one with staff.setDeputies. `changed` reloads the station (its schedule lists them).
 */
export function useAttachDeputies(code: string | undefined, action: ReturnType<typeof useAction>, changed: () => Promise<void>) {
  const list = useRemote(code && `attachable:${code}`, () => call('staff', 'attachableDeputies', { code: code! }));
  const toggle = (id: string) =>
    action.act(async () => {
      const items = list.data?.items ?? [];
      const now = items.filter((d) => d.attached).map((d) => d.id);
      const attach = !now.includes(id);
      await call('staff', 'setDeputies', { code: code!, deputyIds: attach ? [...now, id] : now.filter((x) => x !== id), base: now });
      await Promise.all([list.reload(), changed()]);
      const name = items.find((d) => d.id === id)?.name ?? '';
      return attach ? `已将${name}设为本站代表` : `已将${name}移出本站`;
    }, (m) => m);
  return { list, toggle };
}
