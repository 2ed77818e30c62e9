/**
 * The case actions (core/contract/actions/casework.ts) as the staff function (desk `staff`: the
 * caller's stations) and the admin function (desk `admin`: the office's region) serve them.
 */
import type { CaseworkAction } from '../../core/contract/actions/casework';
import type { Desk } from '../opinions/case-access';
import { assign, followUp, reassign, reject, release, reply, resolve, take } from '../opinions/casework';
import { workerCase } from '../opinions/casework-view';
import { workerDepartmentAnswer, workerForward } from '../opinions/forward';
import type { HandlersOf } from './define';

export const caseworkHandlers = (desk: Desk): Pick<HandlersOf<'staff'>, CaseworkAction> & Pick<HandlersOf<'admin'>, CaseworkAction> => ({
  case: ({ id }, { actor, ports }) => workerCase(ports, actor, desk, id),
  take: ({ id, note }, { actor, ports }) => take(ports, actor, desk, id, note),
  assign: (p, { actor, ports }) => assign(ports, actor, desk, p),
  reassign: (p, { actor, ports }) => reassign(ports, actor, desk, p),
  forward: ({ id, departmentId, note }, { actor, ports }) => workerForward(ports, actor, desk, id, departmentId, note),
  departmentAnswer: ({ id, text }, { actor, ports }) => workerDepartmentAnswer(ports, actor, desk, id, text),
  reply: ({ id, text }, { actor, ports }) => reply(ports, actor, desk, id, text),
  resolve: (p, { actor, ports }) => resolve(ports, actor, desk, p),
  reject: ({ id, reason }, { actor, ports }) => reject(ports, actor, desk, id, reason),
  release: ({ id }, { actor, ports }) => release(ports, actor, desk, id),
  followUp: (p, { actor, ports }) => followUp(ports, actor, desk, p),
});
