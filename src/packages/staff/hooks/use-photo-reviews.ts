import { call } from '../../../api/client';
import { useRemote } from '../../../hooks/use-remote';
import type { useAction } from '../../../hooks/use-action';

/** Deputy photos of station `code` held for a person's review, and publishing or refusing one. */
export function usePhotoReviews(code: string | undefined, action: ReturnType<typeof useAction>) {
  const list = useRemote(code && `photo-reviews:${code}`, () => call('staff', 'deputyPhotoReviews', { code: code! }));
  const decide = (deputyId: string, fileId: string, approve: boolean) =>
    action.act(async () => {
      const name = list.data?.items.find((i) => i.deputyId === deputyId)?.name ?? '';
      await call('staff', 'reviewDeputyPhoto', { code: code!, deputyId, fileId, approve });
      await list.reload();
      return approve ? `${name}的照片已通过，居民可以看到` : `${name}的照片未通过，不会展示`;
    }, (m) => m);
  return { list, decide };
}
