import { useState } from 'react';
import { call } from '../../../api/client';
import { useAction } from '../../../hooks/use-action';
import { useCursorPaged } from '../../../hooks/use-cursor-paged';
import { useRemote } from '../../../hooks/use-remote';
import { openPdf, saveFile } from '../../../lib/open-file';

/**
 * A deputy's 履职档案 as the region office sees it: the numbers, the cases behind them (page by
 * page), the xlsx and PDF, and a binding invite code for the deputy (a re-binding when bound).
 */
export function useOfficeRecord(deputyId: string | undefined, initial: { from: string; to: string }) {
  const [period, setPeriod] = useState(initial);
  const key = deputyId ? `${deputyId}|${period.from}|${period.to}` : undefined;
  const record = useRemote(key, () => call('admin', 'deputyRecord', { deputyId: deputyId!, ...period }));
  const cases = useCursorPaged(key, (cursor) => call('admin', 'deputyRecordCases', { deputyId: deputyId!, ...period, limit: 20, ...(cursor ? { cursor } : {}) }));
  const action = useAction();
  const exportXlsx = () =>
    action.act(async () => {
      const f = await call('admin', 'exportDeputyRecord', { deputyId: deputyId!, ...period });
      return saveFile(f.url, f.fileName);
    }, (m) => m);
  const exportPdf = () =>
    action.act(async () => {
      const f = await call('documents', 'deputyRecord', { deputyId: deputyId!, ...period });
      return openPdf(f.url, f.fileName);
    }, (m) => m);
  const [invite, setInvite] = useState<{ code: string; expiresAt: string; rebind: boolean }>();
  const issueInvite = () =>
    action.act(async () => {
      const r = await call('admin', 'issueDeputyInvite', { deputyId: deputyId! });
      setInvite({ code: r.code, expiresAt: r.expiresAt, rebind: r.rebind });
      return r;
    }, (r) => `${r.deputyName}代表的邀请码已生成`);
  return { period, setPeriod, record, cases, exportXlsx, exportPdf, invite, issueInvite, ...action };
}
