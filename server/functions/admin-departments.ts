/** The admin function's department group: the directory of the admin's region and below (decision 0016). */
import { listDepartments, removeDepartment, saveDepartment } from '../opinions/departments';
import type { HandlersOf } from './define';

type DepartmentActions = 'departments' | 'saveDepartment' | 'removeDepartment';

export const adminDepartmentHandlers: Pick<HandlersOf<'admin'>, DepartmentActions> = {
  departments: (_p, { actor, ports }) => listDepartments(ports, actor, 'admin'),
  saveDepartment: (p, { actor, ports }) => saveDepartment(ports, actor, 'admin', p),
  removeDepartment: (p, { actor, ports }) => removeDepartment(ports, actor, 'admin', p.id),
};
