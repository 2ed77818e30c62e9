/**
 * Issue 25, decision 0036: 汇总整理 and 热点问题 as pages — the groups page at the staff desk and
 * the office (`desk=admin`): groups biggest first with the period chosen, 加载更多 after the
 * cursor, a group's cases with check boxes and 合并为汇总件 (casework.merge with the ids checked
 * and one request id); the dashboard's 热点问题 panel, its period, its link to 汇总整理 and the
 * weekly report downloads.
 */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import GroupsPage from '../../src/packages/staff/pages/groups/index';
import { HotTopicsPanel } from '../../src/packages/admin/components/hot-topics';
import { addDays, beijingDate } from '../../core/beijing-time';
import { ROUTES } from '../../src/routes';
import { taroTest } from './stubs/taro';
import { fakeFunctions, ok, refuse, restoreTransport } from './support/fake-transport';

afterEach(restoreTransport);
const downloads: { href: string; download: string }[] = [];
beforeEach(() => {
  downloads.length = 0;
  jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ href: this.getAttribute('href')!, download: this.download });
  });
});
afterEach(() => jest.restoreAllMocks());

const press = async (text: string) => act(async () => fireEvent.click(screen.getByText(text)));
const period = (p: string, from: string, to: string) => ({ period: p, from, to, label: `本月（${from} 至 ${to}）` });

const groupCase = (id: string, excerpt: string) => ({
  id,
  trackingNo: `430104-20261201-00${id.slice(-2)}`,
  excerpt,
  stationCode: 'WYH01',
  stationName: '望月湖街道人大代表联络站',
  status: 'assigned' as const,
  statusLabel: '已分派',
  createdAt: '2026-12-01T02:00:00.000Z',
  secondCount: id.endsWith('2') ? 2 : 0,
});
const group = (id: string, label: string, cases: ReturnType<typeof groupCase>[]) => ({
  id,
  label,
  category: '住房物业',
  stations: [{ code: 'WYH01', name: '望月湖街道人大代表联络站' }],
  cases: cases.length,
  seconds: 2,
  caseCount: cases.length + 1,
  secondCount: 2,
  sample: cases[0]!.excerpt,
  openCases: cases,
  moreOpen: 0,
});
const LIFT = group('g-lift', '望月湖小区3栋 · 电梯故障', [groupCase('op-01', '3栋电梯又坏了，老人上下楼困难。'), groupCase('op-02', '3栋电梯经常停运。'), groupCase('op-03', '电梯关人好几次了。')]);
const LAMP = group('g-lamp', '枫林三路 · 路灯不亮', [groupCase('op-11', '枫林三路路灯坏了。'), groupCase('op-12', '枫林三路晚上一片黑。')]);
const stations = ok({ items: [{ code: 'WYH01', name: '望月湖街道人大代表联络站' }] });

describe('汇总整理', () => {
  it('lists the groups biggest first, this month to begin with; another period asks again; 加载更多 reads after the cursor', async () => {
    taroTest.reset({ desk: 'staff' });
    const fake = fakeFunctions({
      'staff.myStations': stations,
      'staff.groups': [
        ok({ period: period('month', '2026-12-01', '2026-12-07'), items: [LIFT], nextCursor: 'c1' }),
        ok({ period: period('month', '2026-12-01', '2026-12-07'), items: [LAMP] }),
        ok({ period: period('week', '2026-12-07', '2026-12-07'), items: [] }),
      ],
    });
    render(<GroupsPage />);
    expect(await screen.findByText('望月湖小区3栋 · 电梯故障')).toBeTruthy();
    expect(screen.getByText('可合并 3 件')).toBeTruthy();
    expect(screen.getByText('住房物业 · 本月收到 3 件 · 附议 2 人 · 累计 4 件')).toBeTruthy();
    expect(fake.callsTo('staff.groups').map((c) => c.payload)).toEqual([{ period: 'month', limit: 10 }]);
    await press('加载更多');
    expect(await screen.findByText('枫林三路 · 路灯不亮')).toBeTruthy();
    expect(fake.callsTo('staff.groups')[1]!.payload).toEqual({ period: 'month', limit: 10, cursor: 'c1' });
    await press('本周');
    expect(await screen.findByText('这段时间没有可以合并办理的同类意见')).toBeTruthy();
    expect(fake.callsTo('staff.groups')[2]!.payload).toEqual({ period: 'week', limit: 10 });
  });

  it('opens a group with every case checked; a case opens at the desk; unchecking one merges the others as one 汇总件 and opens it', async () => {
    taroTest.reset({ desk: 'admin' });
    const fake = fakeFunctions({
      'admin.groups': ok({ period: period('month', '2026-12-01', '2026-12-07'), items: [LIFT] }),
      'admin.merge': ok({ id: 'parent-1', trackingNo: '430104-20261207-0001', status: 'accepted', statusLabel: '已受理', title: '电梯故障（等2件）', linked: 2, pending: 0, dropped: [], duplicate: false }),
    });
    render(<GroupsPage />);
    const card = await screen.findByText('望月湖小区3栋 · 电梯故障');
    await act(async () => fireEvent.click(card));
    const detail = screen.getByTestId('group-detail');
    const boxes = within(detail).getAllByRole('checkbox');
    expect(boxes.map((b) => b.getAttribute('aria-label'))).toEqual(['已选：意见430104-20261201-0001', '已选：意见430104-20261201-0002', '已选：意见430104-20261201-0003']);
    expect(within(detail).getByText('430104-20261201-0002 · 望月湖街道人大代表联络站 · 已分派 · 附议2人')).toBeTruthy();
    // 查看 opens a case at the same desk, without checking or unchecking it.
    await act(async () => fireEvent.click(within(detail).getByLabelText('打开意见430104-20261201-0003')));
    await act(async () => fireEvent.click(boxes[2]!));
    await press('合并为汇总件（共2件）');
    expect(taroTest.modals.at(-1)?.title).toBe('合并为汇总件？');
    const merged = fake.callsTo('admin.merge');
    expect(merged).toHaveLength(1);
    expect(merged[0]!.payload.ids).toEqual(['op-01', 'op-02']);
    expect(merged[0]!.payload.requestId).toMatch(/\S{8,}/);
    expect(taroTest.navigations.map((n) => n.url)).toEqual([ROUTES.staffCase('op-03', 'admin'), ROUTES.staffCase('parent-1', 'admin')]);
  });

  it('shows the office what merges taught its county, and says so when nothing yet; staff are not shown it', async () => {
    taroTest.reset({ desk: 'admin' });
    fakeFunctions({
      'admin.groups': ok({ period: period('month', '2026-12-01', '2026-12-07'), items: [LIFT], learned: [{ labels: ['消防通道被占', '停车位不足'], merges: 2 }] }),
    });
    const { unmount } = render(<GroupsPage />);
    const learned = await screen.findByTestId('learned-links');
    expect(within(learned).getByText('合并中学到的同类说法')).toBeTruthy();
    expect(within(learned).getByText('消防通道被占 ≈ 停车位不足')).toBeTruthy();
    expect(within(learned).getByText('2件')).toBeTruthy();
    unmount();
    fakeFunctions({ 'admin.groups': ok({ period: period('month', '2026-12-01', '2026-12-07'), items: [], learned: [] }) });
    const again = render(<GroupsPage />);
    expect(await screen.findByText('还没有：合并办理说法不同的同类意见后，这里会列出学到的说法。')).toBeTruthy();
    again.unmount();
    taroTest.reset({ desk: 'staff' });
    fakeFunctions({ 'staff.myStations': stations, 'staff.groups': ok({ period: period('month', '2026-12-01', '2026-12-07'), items: [LIFT] }) });
    render(<GroupsPage />);
    expect(await screen.findByText('望月湖小区3栋 · 电梯故障')).toBeTruthy();
    expect(screen.queryByTestId('learned-links')).toBeNull();
  });

  it('asks for two cases at least and keeps the request id when the merge is refused', async () => {
    taroTest.reset({ desk: 'staff' });
    const fake = fakeFunctions({
      'staff.myStations': stations,
      'staff.groups': ok({ period: period('month', '2026-12-01', '2026-12-07'), items: [LAMP] }),
      'staff.merge': [refuse('CONFLICT', '有意见刚刚发生变化，请刷新后重试'), ok({ id: 'parent-2', trackingNo: 'x', status: 'accepted', statusLabel: '已受理', title: 't', linked: 2, pending: 0, dropped: [], duplicate: false })],
    });
    render(<GroupsPage />);
    const card = await screen.findByText('枫林三路 · 路灯不亮');
    await act(async () => fireEvent.click(card));
    const boxes = within(screen.getByTestId('group-detail')).getAllByRole('checkbox');
    await act(async () => fireEvent.click(boxes[0]!));
    expect(screen.getByRole('button', { name: '请至少勾选两件' }).getAttribute('aria-disabled')).toBe('true');
    await act(async () => fireEvent.click(boxes[0]!));
    await press('合并为汇总件（共2件）');
    expect(await screen.findByText('有意见刚刚发生变化，请刷新后重试')).toBeTruthy();
    expect(taroTest.navigations).toEqual([]);
    await press('合并为汇总件（共2件）');
    const calls = fake.callsTo('staff.merge');
    expect(calls).toHaveLength(2);
    expect(calls[1]!.payload.requestId).toBe(calls[0]!.payload.requestId);
    expect(taroTest.navigations.map((n) => n.url)).toEqual([ROUTES.staffCase('parent-2', 'staff')]);
  });
});

const hot = (p: 'week' | 'month') => ({
  period: { period: p, from: p === 'week' ? '2026-12-07' : '2026-12-01', to: '2026-12-07', label: p === 'week' ? '本周（2026-12-07 至 2026-12-07）' : '本月（2026-12-01 至 2026-12-07）' },
  region: { code: '430104', name: '岳麓区' },
  items:
    p === 'week'
      ? []
      : [
          { id: 'g-lift', label: '望月湖小区3栋 · 电梯故障', category: '住房物业', places: '望月湖街道人大代表联络站', cases: 3, seconds: 2, total: 5, sample: '3栋电梯又坏了。' },
          { id: 'g-light', label: '咸嘉湖路口 · 红绿灯时长', category: '交通出行', places: '咸嘉湖街道人大代表联络站', cases: 3, seconds: 0, total: 3 },
        ],
  scanned: 2,
  complete: true,
});

describe('热点问题 on the dashboard', () => {
  it('lists this month heaviest first, this week on a tap, and opens 汇总整理 at the office', async () => {
    taroTest.reset();
    const fake = fakeFunctions({ 'admin.hotTopics': (p: { period: 'week' | 'month' }) => ok(hot(p.period)) });
    render(<HotTopicsPanel regionCode='430104007' />);
    expect(await screen.findByText('望月湖小区3栋 · 电梯故障')).toBeTruthy();
    const topics = Array.from(document.querySelectorAll('.hot-topic')).map((e) => e.getAttribute('aria-label'));
    expect(topics).toEqual(['第1：望月湖小区3栋 · 电梯故障，3件意见，2人附议', '第2：咸嘉湖路口 · 红绿灯时长，3件意见，0人附议']);
    expect(screen.getByText('3件 · 附议2')).toBeTruthy();
    expect(fake.callsTo('admin.hotTopics')[0]!.payload).toEqual({ period: 'month', regionCode: '430104007' });
    await act(async () => fireEvent.click(screen.getByLabelText('看本周')));
    expect(await screen.findByText('本周（2026-12-07 至 2026-12-07）没有两件以上反映同一问题的意见。')).toBeTruthy();
    await press('汇总整理：合并同类意见');
    expect(taroTest.navigations.map((n) => n.url)).toEqual([ROUTES.similarGroups('admin')]);
  });

  it('downloads the weekly report of this week or the last, as PDF or Excel', async () => {
    taroTest.reset();
    const fake = fakeFunctions({
      'admin.hotTopics': ok(hot('month')),
      'documents.weeklyReport': ok({ fileId: 'f1', url: 'https://files.example/weekly.pdf', fileName: '意见汇总报告-岳麓区-2026-11-30.pdf', pages: 1, bytes: 1000 }),
      'admin.weeklyReport': ok({ fileId: 'f2', url: 'https://files.example/weekly.xlsx', fileName: '意见汇总报告-岳麓区-2026-11-30.xlsx', summary: {} }),
    });
    render(<HotTopicsPanel />);
    await screen.findByText('望月湖小区3栋 · 电梯故障');
    await act(async () => fireEvent.click(screen.getByLabelText('选择上周')));
    await press('下载 PDF');
    await press('下载 Excel');
    const pdf = fake.callsTo('documents.weeklyReport')[0]!.payload as { week: string };
    const xlsx = fake.callsTo('admin.weeklyReport')[0]!.payload as { week: string };
    expect(xlsx.week).toBe(pdf.week);
    // Last week: the day seven days before today (Beijing).
    expect(pdf.week).toBe(addDays(beijingDate(new Date()), -7));
    expect(downloads.map((d) => d.download)).toContain('意见汇总报告-岳麓区-2026-11-30.xlsx');
  });
});
