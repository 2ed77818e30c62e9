import { useRef, useState } from 'react';
import type { ACTIVITY_KINDS } from '@core/duty-record';
import { call } from '../../../api/client';
import { usePaged } from '../../../hooks/use-paged';
import { usePhotos, type Photo } from '../../../hooks/use-photos';
import { useAction } from '../../../hooks/use-action';
import { newRequestId } from '../../../lib/request-id';

type Kind = (typeof ACTIVITY_KINDS)[number];
export interface ActivityDraft {
  kind: Kind;
  date: string;
  place: string;
  people: string;
  summary: string;
  photos: Photo[];
}

/** My activities, and a form to record one. */
export function useActivities(today: string) {
  const list = usePaged('activities', (offset, limit) => call('deputy', 'activities', { offset, limit }));
  const empty: ActivityDraft = { kind: 'visit', date: today, place: '', people: '', summary: '', photos: [] };
  const [draft, setDraft] = useState<ActivityDraft>(empty);
  // One per form: a retry after a lost answer records the activity once.
  const requestId = useRef(newRequestId());
  const action = useAction();
  const update = (patch: Partial<ActivityDraft>) => (setDraft((d) => ({ ...d, ...patch })), action.clear());
  const photos = usePhotos(draft.photos, (next) => setDraft((d) => ({ ...d, photos: next(d.photos) })), (m) => (m ? action.setError(m) : undefined));
  const save = async () => {
    if (!draft.place.trim() || !draft.people.trim() || !draft.summary.trim()) return action.setError('请填写地点、接触的群众和活动内容');
    const r = await action.act(() => call('deputy', 'recordActivity', { ...draft, photos: draft.photos.map((p) => p.fileId), requestId: requestId.current }), () => '已记录');
    if (r) {
      requestId.current = newRequestId();
      setDraft(empty);
      await list.reload();
    }
  };
  return { list, draft, update, save, photos, ...action };
}
