import { useState } from 'react';
import type { Answer } from '@core/contract/functions';
import { call } from '../../../api/client';
import { useAction } from '../../../hooks/use-action';
import { useRemote } from '../../../hooks/use-remote';
import { openPdf, saveFile } from '../../../lib/open-file';

export type HotTopics = Answer<'admin', 'hotTopics'>;

/**
 * 热点问题 of the dashboard's region (decision 0036): this week or this month, heaviest first
 * (cases plus 附议); and the weekly 汇总报告 of the week of a day, as PDF or Excel.
 */
export function useHotTopics(regionCode: string | undefined) {
  const [period, setPeriod] = useState<'week' | 'month'>('month');
  const payload = { period, ...(regionCode ? { regionCode } : {}) };
  const topics = useRemote(`hot|${JSON.stringify(payload)}`, () => call('admin', 'hotTopics', payload));
  const action = useAction();
  const weekly = (week: string, kind: 'pdf' | 'xlsx') =>
    action.act(async () => {
      const ask = { week, ...(regionCode ? { regionCode } : {}) };
      if (kind === 'pdf') {
        const f = await call('documents', 'weeklyReport', ask);
        return openPdf(f.url, f.fileName);
      }
      const f = await call('admin', 'weeklyReport', ask);
      return saveFile(f.url, f.fileName);
    }, (m) => m);
  return { period, setPeriod, topics, weekly, ...action };
}
