/**
 * 同类意见 and 汇总件 (core/contract/actions/merge.ts) as the staff function (desk `staff`: the
 * caller's stations) and the admin function (desk `admin`: the office's region) serve them.
 */
import type { MergeAction } from '../../core/contract/actions/merge';
import type { Desk } from '../opinions/case-access';
import { mergeCases } from '../similar/merge';
import { similarCases } from '../similar/similar-cases';
import { unmergeCase } from '../similar/unmerge';
import type { HandlersOf } from './define';

export const mergeHandlers = (desk: Desk): Pick<HandlersOf<'staff'>, MergeAction> & Pick<HandlersOf<'admin'>, MergeAction> => ({
  similar: ({ id }, { actor, ports }) => similarCases(ports, actor, desk, id),
  merge: (p, { actor, ports }) => mergeCases(ports, actor, desk, p),
  unmerge: ({ parentId, sourceId }, { actor, ports }) => unmergeCase(ports, actor, desk, parentId, sourceId),
});
