/** Admin handlers (issue 9): the dashboard from the counters and the opinion export (.xlsx). */
import type { dashboardActions } from '../../core/contract/actions/admin-dashboard';
import { dashboard } from '../dashboard/dashboard';
import { exportOpinions } from '../opinions/export';
import type { HandlersOf } from './define';

export const dashboardHandlers: Pick<HandlersOf<'admin'>, keyof typeof dashboardActions> = {
  dashboard: (p, { actor, ports }) => dashboard(ports, actor, p),
  exportOpinions: (p, { actor, ports }) => exportOpinions(ports, actor, p),
};
