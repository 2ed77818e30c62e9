/** The admin function's 意见类别 group: the categories of the office's region (decision 0035). */
import { addCategory, adminCategories, retireCategory } from '../categories/categories';
import type { HandlersOf } from './define';

type CategoryActions = 'categories' | 'addCategory' | 'retireCategory';

export const adminCategoryHandlers: Pick<HandlersOf<'admin'>, CategoryActions> = {
  categories: (_p, { actor, ports }) => adminCategories(ports, actor),
  addCategory: (p, { actor, ports }) => addCategory(ports, actor, p),
  retireCategory: (p, { actor, ports }) => retireCategory(ports, actor, p.id),
};
