import { useState } from 'react';
import { call } from '../../../api/client';
import { useCursorPaged } from '../../../hooks/use-cursor-paged';
import { useRemote } from '../../../hooks/use-remote';
import { openPdf, saveFile } from '../../../lib/open-file';
import { useAction } from '../../../hooks/use-action';

/** My duty record for a period and the cases behind it (page by page); export as xlsx or PDF. */
export function useDutyRecord(initial: { from: string; to: string }) {
  const [period, setPeriod] = useState(initial);
  const record = useRemote(`${period.from}|${period.to}`, () => call('deputy', 'dutyRecord', period));
  const cases = useCursorPaged(`record-cases|${period.from}|${period.to}`, (cursor) => call('deputy', 'dutyRecordCases', { ...period, limit: 20, ...(cursor ? { cursor } : {}) }));
  const action = useAction();
  const exportXlsx = () =>
    action.act(async () => {
      const f = await call('deputy', 'exportDutyRecord', period);
      return saveFile(f.url, f.fileName);
    }, (m) => m);
  const exportPdf = () =>
    action.act(async () => {
      const f = await call('documents', 'dutyRecord', period);
      return openPdf(f.url, f.fileName);
    }, (m) => m);
  return { period, setPeriod, record, cases, exportXlsx, exportPdf, ...action };
}
