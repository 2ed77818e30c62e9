/**
 * The admin function's department group: a region admin keeps the department directory of
 * their region and everything below it (staff keep their stations' own regions;
 * docs/decisions/0016-platform-callers-and-scopes.md).
 */
import { z } from 'zod';
import { action } from '../define';
import { Id } from '../fields';
import { Department, DepartmentDirectory, SaveDepartment } from './staff';

export const adminDepartmentActions = {
  departments: action({
    access: 'admin',
    summary: '本地区及下级地区的部门目录（分级分类、联系方式）',
    input: z.strictObject({}),
    output: DepartmentDirectory,
  }),
  saveDepartment: action({
    access: 'admin',
    summary: '新增或修改本地区或下级地区的一个部门（级别与地区一致）',
    input: SaveDepartment,
    output: Department,
  }),
  removeDepartment: action({
    access: 'admin',
    summary: '从部门目录中删除本地区或下级地区的一个部门',
    input: z.strictObject({ id: Id }),
    output: z.object({ id: z.string() }),
  }),
};
