/** The region office's queue and the overdue board (decision 0030), as the admin and staff functions serve them. */
import { officeQueue, overdue } from '../opinions/office-queue';
import type { HandlersOf } from './define';

/** The admin function's share: the office queue and the overdue board of the office's region. */
export const officeAdminHandlers: Pick<HandlersOf<'admin'>, 'officeQueue' | 'overdue'> = {
  officeQueue: (p, { actor, ports }) => officeQueue(ports, actor, p),
  overdue: (p, { actor, ports }) => overdue(ports, actor, 'admin', p),
};

/** The staff function's share: the overdue board of the caller's stations. */
export const officeStaffHandlers: Pick<HandlersOf<'staff'>, 'overdue'> = {
  overdue: (p, { actor, ports }) => overdue(ports, actor, 'staff', p),
};
