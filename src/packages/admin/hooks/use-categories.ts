import type { Answer, PayloadIn } from '@core/contract/functions';
import { call } from '../../../api/client';
import { useAction } from '../../../hooks/use-action';
import { useRemote } from '../../../hooks/use-remote';

export type AddedCategory = Answer<'admin', 'categories'>['own'][number];

/** 意见类别 of my region: the defaults, what the regions above added, my own; adding and retiring. */
export function useCategories() {
  const list = useRemote('admin-categories', () => call('admin', 'categories', {}));
  const action = useAction();
  const add = (p: PayloadIn<'admin', 'addCategory'>) =>
    action.attempt(() => call('admin', 'addCategory', p), { after: list.reload, message: (r) => `已添加意见类别“${r.name}”` });
  const retire = (c: AddedCategory) =>
    action.attempt(() => call('admin', 'retireCategory', { id: c.id }), { after: list.reload, message: (r) => `已停用意见类别“${r.name}”` });
  return { list, add, retire, ...action };
}
