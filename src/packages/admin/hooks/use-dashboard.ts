import type { DashboardFilters } from '@core/contract/actions/admin-dashboard';
import { useState } from 'react';
import { call } from '../../../api/client';
import { useAction } from '../../../hooks/use-action';
import { useRemote } from '../../../hooks/use-remote';
import { saveFile } from '../../../lib/open-file';

export type { DashboardFilters } from '@core/contract/actions/admin-dashboard';

/** Drops empty filters (the contract refuses empty strings). */
const clean = (f: DashboardFilters): DashboardFilters =>
  Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined && v !== '')) as DashboardFilters;

/** The region dashboard: filters, the numbers (from the counters), the regions and stations to filter by, and the xlsx export. */
export function useDashboard() {
  const [filters, setFilters] = useState<DashboardFilters>({});
  const applied = clean(filters);
  const dashboard = useRemote(`dash|${JSON.stringify(applied)}`, () => call('admin', 'dashboard', applied));
  const regions = useRemote('admin-regions', () => call('admin', 'regions', {}));
  const stations = useRemote('admin-stations', () => call('admin', 'stations', {}));
  const action = useAction();
  const exportXlsx = () =>
    action.act(async () => {
      const f = await call('admin', 'exportOpinions', applied);
      return `${await saveFile(f.url, f.fileName)}（共 ${f.rows} 条）`;
    }, (m) => m);
  return { filters, setFilters, dashboard, regions, stations, exportXlsx, ...action };
}
