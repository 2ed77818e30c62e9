import { useState } from 'react';
import type { Answer } from '@core/contract/functions';
import type { ACTIVITY_KINDS } from '@core/duty-record';
import { call } from '../../../api/client';
import { useAction } from '../../../hooks/use-action';
import { usePhotos, type Photo } from '../../../hooks/use-photos';
import { confirm, showSuccess } from '../../../components/ui/feedback';

export type MyActivity = Answer<'deputy', 'activities'>['items'][number];
type Kind = (typeof ACTIVITY_KINDS)[number];

export interface Correction {
  kind: Kind;
  date: string;
  place: string;
  people: string;
  summary: string;
  photos: Photo[];
}

const draftOf = (a: MyActivity): Correction => ({
  kind: a.kind,
  date: a.date,
  place: a.place,
  people: a.people,
  summary: a.summary,
  photos: a.photos.map((p) => ({ fileId: p.fileId, url: p.url })),
});

/**
 * 修改 / 撤回 an activity I typed in (issue 23): one open at a time, in its own half-screen
 * dialog. Each names the version the list showed, so a change made meanwhile on another phone
 * is refused rather than overwritten; `after` reloads the list.
 */
export function useActivityChanges(after: () => Promise<unknown>) {
  const [editing, setEditing] = useState<{ activity: MyActivity; draft: Correction }>();
  const [withdrawing, setWithdrawing] = useState<MyActivity>();
  const [reason, setReason] = useState('');
  const { busy, error, setError, attempt, clear } = useAction();

  const update = (patch: Partial<Correction>) => (setEditing((e) => (e ? { ...e, draft: { ...e.draft, ...patch } } : e)), clear());
  const photos = usePhotos(
    editing?.draft.photos ?? [],
    (next) => setEditing((e) => (e ? { ...e, draft: { ...e.draft, photos: next(e.draft.photos) } } : e)),
    (m) => (m ? setError(m) : undefined),
  );

  const edit = (a: MyActivity) => (clear(), setWithdrawing(undefined), setEditing({ activity: a, draft: draftOf(a) }));
  const withdraw = (a: MyActivity) => (clear(), setEditing(undefined), setReason(''), setWithdrawing(a));
  const close = () => (setEditing(undefined), setWithdrawing(undefined));

  const saveCorrection = async () => {
    if (!editing) return;
    const d = editing.draft;
    if (!d.date || !d.place.trim() || !d.people.trim() || !d.summary.trim()) return setError('请填写日期、地点、接触的群众和活动内容');
    const r = await attempt(
      () =>
        call('deputy', 'updateActivity', {
          id: editing.activity.id,
          version: editing.activity.version,
          kind: d.kind,
          date: d.date,
          place: d.place.trim(),
          people: d.people.trim(),
          summary: d.summary.trim(),
          photos: d.photos.map((p) => p.fileId),
        }),
      { after },
    );
    if (r.ok) {
      setEditing(undefined);
      showSuccess('已修改');
    }
  };

  const confirmWithdrawal = async () => {
    if (!withdrawing) return;
    if (!reason.trim()) return setError('请写明撤回的理由');
    const sure = await confirm('撤回履职活动', '撤回后这条活动不再计入履职档案和各项统计，记录和撤回理由会保留。', { confirmText: '撤回', danger: true });
    if (!sure) return;
    const r = await attempt(() => call('deputy', 'withdrawActivity', { id: withdrawing.id, version: withdrawing.version, reason: reason.trim() }), { after });
    if (r.ok) {
      setWithdrawing(undefined);
      showSuccess('已撤回');
    }
  };

  return { editing, update, photos, withdrawing, reason, setReason, busy, error, edit, withdraw, close, saveCorrection, confirmWithdrawal };
}

export type ActivityChanges = ReturnType<typeof useActivityChanges>;
