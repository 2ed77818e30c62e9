/**
 * The admin function's 意见类别 group: the region office keeps the categories of its region
 * (the provincial defaults, and those it adds with a hint, a department and whether the form
 * shows them first; decision 0035).
 */
import { z } from 'zod';
import { CATEGORY_HINT_MAX } from '../../categories';
import { action } from '../define';
import { Category, Id, IsoTime, text } from '../fields';

/** A provincial default as the office sees it (read only). */
export const DefaultCategoryRow = z.object({ name: z.string(), common: z.boolean(), staffOnly: z.boolean() });

/** A category a region office added. */
export const AddedCategoryRow = z.object({
  id: z.string(),
  name: z.string(),
  hint: z.string(),
  common: z.boolean(),
  regionCode: z.string(),
  regionName: z.string(),
  departmentId: z.string().optional(),
  departmentName: z.string().optional(),
  status: z.enum(['active', 'retired']),
  addedAt: IsoTime,
  retiredAt: IsoTime.optional(),
});

export const adminCategoryActions = {
  categories: action({
    access: 'admin',
    summary: '本地区的意见类别：全省默认类别、上级地区添加的类别、本地区添加的类别，以及可选的部门',
    input: z.strictObject({}),
    output: z.object({
      region: z.object({ code: z.string(), name: z.string() }),
      defaults: z.array(DefaultCategoryRow),
      above: z.array(AddedCategoryRow),
      own: z.array(AddedCategoryRow),
      /** The directory of the region and those above it: where an added category may go by default. */
      departments: z.array(z.object({ id: z.string(), name: z.string(), regionName: z.string(), levelLabel: z.string() })),
    }),
  }),
  addCategory: action({
    access: 'admin',
    summary: '为本地区（及下级地区）添加一个意见类别：名称、给群众的说明、默认转办部门、是否常用',
    input: z.strictObject({
      name: Category,
      hint: text(CATEGORY_HINT_MAX),
      departmentId: Id.optional(),
      common: z.boolean().default(false),
    }),
    output: AddedCategoryRow,
  }),
  retireCategory: action({
    access: 'admin',
    summary: '停用本地区添加的一个意见类别（已有意见保留该类别，新意见不能再选）',
    input: z.strictObject({ id: Id }),
    output: AddedCategoryRow,
  }),
};
