import { Messages } from '../../../components/field';
import { StationDeputies } from '../../../components/station-deputies';
import { useAdminAttach } from '../hooks/use-admin-attach';

/** One station's deputies for its region admin: attach any level from the region, detach. */
export function AdminStationDeputies({ code, changed }: { code: string; changed: () => Promise<void> }) {
  const a = useAdminAttach(code, changed);
  return (
    <>
      <Messages error={a.error ?? a.list.error?.message} done={a.done} />
      <StationDeputies data={a.list.data} busy={a.busy} onToggle={(id) => void a.toggle(id)} />
    </>
  );
}
