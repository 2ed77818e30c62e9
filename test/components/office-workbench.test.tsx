/**
 * Issue 22: the overdue board and the region office's queue as pages — each row says how late
 * the case is, who holds it, how far the reminders went and why it came to the office, and
 * opens the case at the desk the page was opened for.
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import OverduePage from '../../src/packages/staff/pages/overdue/index';
import OfficeQueuePage from '../../src/packages/admin/pages/queue/index';
import { ROUTES } from '../../src/routes';
import { taroTest } from './stubs/taro';
import { fakeFunctions, ok, restoreTransport } from './support/fake-transport';

afterEach(restoreTransport);

const line = {
  trackingNo: '430104-20261129-0001',
  stationCode: 'WYH01',
  stationName: '望月湖街道人大代表联络站',
  category: '住房物业',
  status: 'assigned' as const,
  statusLabel: '已分派',
  excerpt: '小区电梯经常故障，物业维修不及时。',
  staffOnly: false,
  createdAt: '2026-11-29T07:00:00.000Z',
};
const overdueRow = (id: string, daysLate: number) => ({
  ...line,
  id,
  holderLabel: '李红梅代表',
  dueAt: '2026-12-02T15:59:59.000Z',
  dueKind: 'accept' as const,
  dueKindLabel: '受理',
  daysLate,
  chaseCount: 2,
  step: 3,
  stepLabel: '已告知工作人员',
});

describe('the overdue board', () => {
  it.each([
    ['staff', 'staff.overdue', '本站'],
    ['admin', 'admin.overdue', '本地区'],
  ] as const)('desk %s: rows by lateness, each opening the case at that desk', async (desk, action, scope) => {
    taroTest.reset({ desk });
    const fake = fakeFunctions({ [action]: ok({ items: [overdueRow('op-1', 6), overdueRow('op-2', 1)], total: 2 }) });
    render(<OverduePage />);
    expect(await screen.findByText('逾期 6 天')).toBeTruthy();
    expect(screen.getByText(new RegExp(`^${scope}超过受理或办结期限.*共 2 条，超期最久的在前`))).toBeTruthy();
    expect(screen.getAllByText('李红梅代表 · 已告知工作人员 · 居民催办2次')).toHaveLength(2);
    expect(screen.getAllByText('受理期限 2026-12-02 23:59')).toHaveLength(2);
    expect(fake.callsTo(action).map((c) => c.payload)).toEqual([{ limit: 20 }]);
    await act(async () => fireEvent.click(screen.getByText('逾期 1 天')));
    expect(taroTest.navigations.map((n) => n.url)).toEqual([ROUTES.staffCase('op-2', desk)]);
  });

  it('says so when nothing is overdue', async () => {
    taroTest.reset({ desk: 'staff' });
    fakeFunctions({ 'staff.overdue': ok({ items: [], total: 0 }) });
    render(<OverduePage />);
    expect(await screen.findByText('没有超期的意见')).toBeTruthy();
  });
});

describe('the office queue', () => {
  it('routed: why each case came to the office; the tab counts; a row opens the case at the office’s desk', async () => {
    taroTest.reset({});
    const fake = fakeFunctions({
      'admin.officeQueue': ok({
        items: [
          {
            ...line,
            id: 'op-9',
            status: 'triage',
            statusLabel: '待分派',
            category: '教育',
            reason: '没有在岗代表专长“教育”且层级适合社区范围；联络站暂无工作人员，交岳麓区分派',
            notes: ['居民所选代表无法办理：代表尚未绑定微信'],
            chaseCount: 0,
          },
        ],
        total: 1,
        counts: { routed: 1, escalated: 4 },
      }),
    });
    render(<OfficeQueuePage />);
    expect(await screen.findByText(/联络站暂无工作人员，交岳麓区分派/)).toBeTruthy();
    expect(screen.getByText('居民所选代表无法办理：代表尚未绑定微信')).toBeTruthy();
    expect(screen.getByText('待分派 1')).toBeTruthy();
    expect(screen.getByText('超期上报 4')).toBeTruthy();
    expect(fake.callsTo('admin.officeQueue').map((c) => c.payload)).toEqual([{ view: 'routed', limit: 20 }]);
    await act(async () => fireEvent.click(screen.getByText('教育')));
    expect(taroTest.navigations.map((n) => n.url)).toEqual([ROUTES.staffCase('op-9', 'admin')]);
  });

  it('escalated: how late, who holds it, how far the steps went', async () => {
    taroTest.reset({ view: 'escalated' });
    const fake = fakeFunctions({
      'admin.officeQueue': ok({
        items: [{ ...line, id: 'op-3', reason: '居民选择了李红梅代表', notes: [], holderLabel: '李红梅代表', dueAt: '2026-12-02T15:59:59.000Z', dueKindLabel: '受理', daysLate: 6, chaseCount: 1, stepLabel: '已上报人大' }],
        total: 1,
        counts: { routed: 0, escalated: 1 },
      }),
    });
    render(<OfficeQueuePage />);
    expect(await screen.findByText('逾期 6 天')).toBeTruthy();
    expect(screen.getByText('李红梅代表 · 已上报人大 · 居民催办1次')).toBeTruthy();
    // An escalated case is not here for its routing: the reason is not shown.
    expect(screen.queryByText('居民选择了李红梅代表')).toBeNull();
    expect(fake.callsTo('admin.officeQueue').map((c) => c.payload)).toEqual([{ view: 'escalated', limit: 20 }]);
  });
});
