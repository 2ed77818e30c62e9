/**
 * 汇总件 rules (core/merged-cases.ts, decision 0036): what may be merged, what a merge rules out
 * on a source and on a 汇总件, and how the relay reads the merge events.
 */
import { AppError } from '../../core/errors';
import { assertMergeAllows, isFollowing, isMergedParent, mergeRefusal, type MergeCandidate } from '../../core/merged-cases';
import { eventKind } from '../../core/notification-rules';

/** A fixed day: nothing here depends on when. */
const SOME_DAY = new Date('2026-11-29T07:00:00Z');
const open: MergeCandidate = { _id: 'op-1', status: 'triage', category: '住房物业', flagged: false, regionPath: ['430000', '430100', '430104'] };
const code = (f: () => void) => {
  try {
    f();
    return undefined;
  } catch (e) {
    return (e as AppError).code;
  }
};

describe('what may be merged', () => {
  it.each<[string, Partial<MergeCandidate>, string | undefined]>([
    ['waiting in triage', {}, undefined],
    ['given to a deputy', { status: 'assigned' }, undefined],
    ['accepted', { status: 'accepted' }, undefined],
    ['held by content security', { status: 'held' }, '还在审核中'],
    ['forwarded', { status: 'forwarded' }, '已在办理后期或已结束'],
    ['closed', { status: 'closed' }, '已在办理后期或已结束'],
    ['flagged', { flagged: true }, '“住房物业”类意见须单独办理'],
    ['涉法涉诉', { category: '涉法涉诉' }, '“涉法涉诉”类意见须单独办理'],
    ['对代表的意见', { category: '对代表的意见' }, '“对代表的意见”类意见须单独办理'],
    ['merged already', { mergedInto: 'mg-1' }, '已合并到其他汇总件'],
    ['a 汇总件', { mergedSources: ['op-2', 'op-3'] }, '汇总件不能再合并到其他汇总件'],
    ['forwarded once before (reopened)', { status: 'accepted', forward: { departmentName: '区住建局' } }, '已转交过部门'],
  ])('%s', (_, over, why) => {
    expect(mergeRefusal({ ...open, ...over })).toBe(why);
  });
});

describe('what a merge rules out', () => {
  it('a following source: every move; once the result reached it, nothing', () => {
    const source = { ...open, status: 'accepted' as const, mergedInto: 'mg-1', mergeFollow: {} };
    expect(isFollowing(source)).toBe(true);
    expect(code(() => assertMergeAllows(source, 'reply'))).toBe('MERGED_SOURCE');
    const ended = { ...source, mergeFollow: { endedAt: SOME_DAY } };
    expect(isFollowing(ended)).toBe(false);
    expect(code(() => assertMergeAllows(ended, 'reply'))).toBeUndefined();
  });

  it('a 汇总件: no deputy, no rejection, no 回访; forward, reply and resolve go; nothing once dissolved', () => {
    const parent = { ...open, status: 'accepted' as const, mergedSources: ['op-2', 'op-3'] };
    expect(isMergedParent(parent)).toBe(true);
    for (const action of ['assign', 'handover', 'reject', 'follow_up', 'take'] as const) expect(code(() => assertMergeAllows(parent, action))).toBe('MERGED_PARENT');
    for (const action of ['forward', 'department_answer', 'reply', 'resolve'] as const) expect(code(() => assertMergeAllows(parent, action))).toBeUndefined();
    expect(code(() => assertMergeAllows({ ...parent, mergeDissolvedAt: SOME_DAY }, 'reply'))).toBe('MERGED_PARENT');
    expect(code(() => assertMergeAllows(open, 'assign'))).toBeUndefined();
  });
});

describe('the relay reads the merge events', () => {
  const at = SOME_DAY;
  it('merged: the resident is told it is being worked; taken out: the deputy or staff it returns to', () => {
    expect(eventKind({ action: 'merge', at, from: 'triage', to: 'accepted' })).toBe('accepted');
    expect(eventKind({ action: 'merge', at })).toBe('accepted');
    expect(eventKind({ action: 'unmerge', at, from: 'accepted', to: 'assigned' })).toBe('new_assigned');
    expect(eventKind({ action: 'unmerge', at, from: 'accepted', to: 'triage' })).toBe('triage');
    expect(eventKind({ action: 'unmerge', at, from: 'forwarded', to: 'accepted' })).toBe('none');
    expect(eventKind({ action: 'unmerge', at })).toBe('none');
  });
});
