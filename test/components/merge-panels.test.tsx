/**
 * 汇总件 on the case page (issue 25, decision 0036): 同类意见 beside a case with check boxes and
 * 合并办理 (confirmed, then the 汇总件 opens); a 汇总件 lists its sources with 撤出 (confirmed);
 * a source links to its 汇总件; the resident reads 已与 N 件同类意见合并办理.
 */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import type { Answer } from '../../core/contract/functions';
import StaffCasePage from '../../src/packages/staff/pages/case/index';
import OpinionPage from '../../src/pages/opinion/index';
import { taroTest } from './stubs/taro';
import { fakeFunctions, ok, refuse, restoreTransport } from './support/fake-transport';
import { anOpinionDetail } from './support/views';

afterEach(restoreTransport);

type Case = Answer<'staff', 'case'>;
type Similar = Answer<'staff', 'similar'>;
const NONE = { take: false, assign: false, reassign: false, forward: false, departmentAnswer: false, reply: false, resolve: false, reject: false, release: false, followUp: false, transferLetter: false };

function aCase(overrides: Partial<Case> = {}): Case {
  const detail = anOpinionDetail({ status: 'triage', statusLabel: '待分派', assignee: undefined, text: '望月湖小区3栋电梯坏了好几天，老人上下楼很困难。' });
  return {
    ...detail,
    photos: [],
    resident: { anonymous: false, allowContact: false, phoneFull: false },
    routing: { rule: 'triage', reason: '没有合适的代表，交联络站工作人员分派', notes: [] },
    chaseCount: 0,
    channelLabel: '扫码',
    staffOnly: false,
    flagged: false,
    overdue: false,
    replyFlags: [],
    workerCan: { ...NONE, take: true, assign: true, reject: true },
    deputies: [],
    departments: [],
    ...overrides,
  };
}

const item = (i: number, over: Partial<Similar['items'][number]> = {}): Similar['items'][number] => ({
  id: `op-${i}`,
  trackingNo: `430104-20261129-000${i}`,
  excerpt: `望月湖小区3栋电梯又停运了（第${i}件）`,
  stationName: '望月湖街道人大代表联络站',
  place: '望月湖小区3栋',
  status: 'triage',
  statusLabel: '待分派',
  createdAt: '2026-11-29T07:00:00.000Z',
  secondCount: 0,
  score: 0.8,
  mergeable: true,
  ...over,
});
const SIMILAR: Similar = {
  mergeable: true,
  items: [item(2, { secondCount: 3 }), item(3), item(4, { mergeable: false, why: '已转交过部门', status: 'accepted', statusLabel: '已受理' })],
  limit: 20,
  defaultTitle: '电梯故障（望月湖小区3栋等3件）',
};

function open(c: Case, answers: Record<string, unknown> = {}, desk = 'staff') {
  taroTest.reset({ id: c.id, desk });
  const fake = fakeFunctions({ [`${desk}.case`]: ok(c), ...answers });
  const view = render(<StaffCasePage />);
  return { fake, ...view };
}

describe('同类意见', () => {
  it('lists the similar cases with check boxes; merges the checked ones with this one (confirmed) and opens the 汇总件', async () => {
    const { fake } = open(aCase(), {
      'staff.similar': ok(SIMILAR),
      'staff.merge': ok({ id: 'mg-1', trackingNo: '430104-20261129-0009', status: 'accepted', statusLabel: '已受理', title: '电梯故障（望月湖小区3栋等3件）', linked: 3, pending: 0, dropped: [], duplicate: false }),
    });
    const panel = await screen.findByTestId('similar-cases');
    expect(within(panel).getByText('同类意见（3件）')).toBeTruthy();
    expect(within(panel).getByText(/附议3人/)).toBeTruthy();
    expect(within(panel).getByText('不能合并：已转交过部门')).toBeTruthy();
    expect(within(panel).getByRole('button', { name: '勾选同类意见后合并办理' }).getAttribute('aria-disabled')).toBe('true');

    fireEvent.click(within(panel).getByRole('checkbox', { name: /意见430104-20261129-0002/ }));
    fireEvent.click(within(panel).getByRole('checkbox', { name: /意见430104-20261129-0003/ }));
    expect(within(panel).getByRole('button', { name: '合并办理（共3件）' }).getAttribute('aria-disabled')).toBeNull();
    // One that may not be merged cannot be checked.
    fireEvent.click(within(panel).getByRole('checkbox', { name: /意见430104-20261129-0004/ }));
    expect(within(panel).getByRole('checkbox', { name: /^已选：意见430104-20261129-0002/ })).toBeTruthy();
    expect(within(panel).getByRole('checkbox', { name: /^未选：意见430104-20261129-0004/ })).toBeTruthy();

    taroTest.answerModal(false);
    await act(async () => fireEvent.click(within(panel).getByRole('button', { name: '合并办理（共3件）' })));
    expect(taroTest.modals.at(-1)?.title).toBe('合并为汇总件？');
    expect(fake.callsTo('staff.merge')).toHaveLength(0);

    await act(async () => fireEvent.click(within(panel).getByRole('button', { name: '合并办理（共3件）' })));
    const [sent] = fake.callsTo('staff.merge');
    expect(sent.payload).toMatchObject({ ids: ['op-1', 'op-2', 'op-3'] });
    expect(sent.payload.title).toBeUndefined();
    expect(sent.payload.requestId).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(taroTest.toasts.at(-1)?.title).toBe('已合并办理');
    expect(taroTest.navigations.at(-1)).toEqual({ kind: 'redirectTo', url: '/packages/staff/pages/case/index?id=mg-1&desk=staff' });
  });

  it('a refused merge says why and keeps its request id for the retry; the office merges through its own function', async () => {
    const { fake } = open(
      aCase(),
      { 'admin.similar': ok(SIMILAR), 'admin.merge': [refuse('MERGE_NOT_ALLOWED', '意见430104-20261129-0002不能合并：已合并到其他汇总件'), ok({ id: 'mg-2', trackingNo: 'x', status: 'accepted', statusLabel: '已受理', title: '标题', linked: 2, pending: 0, dropped: [], duplicate: false })] },
      'admin',
    );
    const panel = await screen.findByTestId('similar-cases');
    fireEvent.click(within(panel).getByRole('checkbox', { name: /意见430104-20261129-0002/ }));
    fireEvent.change(within(panel).getByPlaceholderText('电梯故障（望月湖小区3栋等3件）'), { target: { value: '望月湖小区3栋电梯停运' } });
    await act(async () => fireEvent.click(within(panel).getByRole('button', { name: '合并办理（共2件）' })));
    expect(await within(panel).findByText('意见430104-20261129-0002不能合并：已合并到其他汇总件')).toBeTruthy();
    await act(async () => fireEvent.click(within(panel).getByRole('button', { name: '合并办理（共2件）' })));
    const calls = fake.callsTo('admin.merge');
    expect(calls).toHaveLength(2);
    expect(calls[1].payload.requestId).toBe(calls[0].payload.requestId);
    expect(calls[0].payload.title).toBe('望月湖小区3栋电梯停运');
    expect(fake.callsTo('staff.merge')).toHaveLength(0);
  });

  it('nothing shows when no similar case is found, nor for a case that may not be merged', async () => {
    const { fake } = open(aCase(), { 'staff.similar': ok({ ...SIMILAR, items: [] }) });
    await screen.findByText('办理经过');
    expect(fake.callsTo('staff.similar')).toHaveLength(1);
    expect(screen.queryByTestId('similar-cases')).toBeNull();

    const later = open(aCase({ status: 'forwarded', statusLabel: '已转交部门', workerCan: { ...NONE, reply: true } }), { 'staff.similar': ok(SIMILAR) });
    await screen.findAllByText('办理经过');
    expect(later.fake.callsTo('staff.similar')).toHaveLength(0);
  });
});

const SOURCES = [1, 2, 3].map((i) => ({
  id: `op-${i}`,
  trackingNo: `430104-20261129-000${i}`,
  excerpt: `望月湖小区3栋电梯坏了（第${i}件）`,
  stationName: '望月湖街道人大代表联络站',
  place: '望月湖小区3栋',
  status: 'accepted' as const,
  statusLabel: '已受理',
  createdAt: '2026-11-29T07:00:00.000Z',
  linked: true,
}));
const PARENT = aCase({
  id: 'mg-1',
  status: 'accepted',
  statusLabel: '已受理',
  text: '电梯故障（望月湖小区3栋等3件）',
  handler: { role: 'staff', label: '联络站工作人员' },
  workerCan: { ...NONE, forward: true, reply: true, resolve: true },
  merge: { role: 'parent', note: '汇总3件同类意见合并办理', sources: SOURCES, dissolved: false, canUnmerge: true, following: false },
});

describe('a 汇总件 and its sources', () => {
  it('lists its sources, opens one, and takes one out (confirmed); the case reloads', async () => {
    const after = { ...PARENT, merge: { ...PARENT.merge!, sources: SOURCES.slice(1) } };
    const { fake } = open(PARENT, { 'staff.case': [ok(PARENT), ok(after)], 'staff.unmerge': ok({ id: 'mg-1', status: 'accepted', statusLabel: '已受理', dissolved: false, sources: 2 }) });
    const card = await screen.findByTestId('merge-parent');
    expect(within(card).getByText('3件')).toBeTruthy();
    expect(within(card).getByText('望月湖小区3栋电梯坏了（第2件）')).toBeTruthy();
    // No resident card or routing of its own, and no similar cases looked up.
    expect(screen.queryByText('反映人')).toBeNull();
    expect(fake.callsTo('staff.similar')).toHaveLength(0);

    fireEvent.click(within(card).getByRole('link', { name: '打开意见430104-20261129-0002' }));
    expect(taroTest.navigations.at(-1)).toEqual({ kind: 'navigateTo', url: '/packages/staff/pages/case/index?id=op-2&desk=staff' });

    taroTest.answerModal(true);
    await act(async () => fireEvent.click(within(card).getByRole('button', { name: '撤出430104-20261129-0001' })));
    expect(taroTest.modals.at(-1)?.title).toBe('撤出汇总件？');
    expect(fake.callsTo('staff.unmerge')[0].payload).toEqual({ parentId: 'mg-1', sourceId: 'op-1' });
    expect(taroTest.toasts.at(-1)?.title).toBe('已撤出');
    expect(await screen.findByText('2件')).toBeTruthy();
  });

  it('once the department answered: no 撤出, and why', async () => {
    open({ ...PARENT, merge: { ...PARENT.merge!, canUnmerge: false, unmergeWhy: '部门已经答复，不能再撤出合并' } });
    const card = await screen.findByTestId('merge-parent');
    expect(within(card).queryByRole('button', { name: /撤出/ })).toBeNull();
    expect(within(card).getByText('部门已经答复，不能再撤出合并。')).toBeTruthy();
  });

  it('a source says it is worked with others and opens its 汇总件', async () => {
    open(
      aCase({
        status: 'accepted',
        statusLabel: '已受理',
        workerCan: { ...NONE },
        merge: { role: 'source', note: '已与2件同类意见合并办理', sources: [], dissolved: false, canUnmerge: true, following: true, parent: { id: 'mg-1', trackingNo: '430104-20261129-0009', title: '电梯故障（望月湖小区3栋等3件）', statusLabel: '已受理' } },
      }),
    );
    const card = await screen.findByTestId('merge-source');
    expect(within(card).getByText('已与2件同类意见合并办理')).toBeTruthy();
    fireEvent.click(within(card).getByRole('link', { name: '打开汇总件430104-20261129-0009' }));
    expect(taroTest.navigations.at(-1)).toEqual({ kind: 'navigateTo', url: '/packages/staff/pages/case/index?id=mg-1&desk=staff' });
    expect(within(card).getByRole('button', { name: '撤出汇总件，单独办理' })).toBeTruthy();
  });
});

describe('the resident', () => {
  it('reads that the case is worked with N others', async () => {
    taroTest.reset({ id: 'op-1' });
    fakeFunctions({ 'opinion.detail': ok(anOpinionDetail({ status: 'accepted', statusLabel: '工作人员办理中', merged: { note: '已与2件同类意见合并办理', others: 2 } })) });
    render(<OpinionPage />);
    const note = await screen.findByTestId('merged-note');
    expect(within(note).getByText('已与2件同类意见合并办理')).toBeTruthy();
  });
});
