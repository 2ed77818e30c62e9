/**
 * 汇总整理 at the staff desk and the office, and the office's 热点问题 and weekly 汇总报告
 * (core/contract/actions/similar-groups.ts, decision 0036).
 */
import type { hotTopicActions } from '../../core/contract/actions/similar-groups';
import { listGroups } from '../similar/group-lists';
import { hotTopics } from '../similar/hot-topics';
import { exportWeeklyReport } from '../similar/weekly-report-xlsx';
import type { HandlersOf } from './define';

export const groupHandlers = (desk: 'staff' | 'admin'): Pick<HandlersOf<'staff'>, 'groups'> & Pick<HandlersOf<'admin'>, 'groups'> => ({
  groups: (p, { actor, ports }) => listGroups(ports, actor, desk, p),
});

export const hotTopicHandlers: Pick<HandlersOf<'admin'>, keyof typeof hotTopicActions> = {
  hotTopics: (p, { actor, ports }) => hotTopics(ports, actor, p),
  weeklyReport: (p, { actor, ports }) => exportWeeklyReport(ports, actor, p.week, p.regionCode),
};
