import type { Answer } from '@core/contract/functions';
import { useState } from 'react';
import { call } from '../../../api/client';
import { uploadDocument } from '../../../api/upload-document';
import { useAction } from '../../../hooks/use-action';
import { saveFile } from '../../../lib/open-file';
import { useRemote } from '../../../hooks/use-remote';
import { useCursorPaged } from '../../../hooks/use-cursor-paged';
import { pickDocument } from '../../../platform/pick-document';

type Batch = Answer<'admin', 'rosterBatch'>;

/** What a batch comes to, in one line: 新增 3 位，更新 1 位，无变化 2 位，有误 1 行. */
export const batchCounts = (b: Pick<Batch, 'validCount' | 'updateCount' | 'unchangedCount' | 'problemCount'>) =>
  `新增 ${b.validCount} 位，更新 ${b.updateCount} 位，无变化 ${b.unchangedCount} 位，有误 ${b.problemCount} 行`;

/** The roster import: pick a file → its per-row report (adds, updates with their diffs, unchanged, problems) → activate (or discard); ended terms to hand over. */
export function useRosterImport() {
  const batches = useCursorPaged('admin-roster-batches', (cursor) => call('admin', 'rosterBatches', cursor ? { cursor } : {}));
  const ended = useRemote('admin-ended-terms', () => call('admin', 'endedTerms', {}));
  const [batch, setBatch] = useState<Batch>();
  const action = useAction();
  const upload = () =>
    action.act(
      async () => {
        const file = await pickDocument(['xlsx', 'csv']);
        if (!file) return undefined;
        const { fileId } = await uploadDocument(file.path, file.name);
        const staged = await call('admin', 'stageRoster', { fileId, fileName: file.name });
        setBatch(staged);
        await batches.reload();
        return staged;
      },
      (b) => (b ? `已检查 ${b.total} 行：${batchCounts(b)}` : undefined),
    );
  const template = () =>
    action.act(async () => {
      const f = await call('admin', 'rosterTemplate', {});
      return saveFile(f.url, f.fileName);
    }, (m) => m);
  const open = (id: string) => action.act(async () => setBatch(await call('admin', 'rosterBatch', { id })));
  const decide = (activate: boolean) =>
    action.act(
      async () => {
        if (!batch) return undefined;
        const next = await call('admin', activate ? 'activateRoster' : 'discardRoster', { id: batch.id });
        setBatch(next);
        await batches.reload();
        return next;
      },
      (b) => (b ? (b.status === 'active' ? `已激活：新增 ${b.validCount} 位，更新 ${b.updateCount} 位代表` : '已放弃这批名册') : undefined),
    );
  return { batches, ended, batch, upload, template, open, activate: () => decide(true), discard: () => decide(false), ...action };
}
