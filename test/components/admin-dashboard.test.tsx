import { act, fireEvent, render, screen } from '@testing-library/react';
import DashboardPage from '../../src/packages/admin/pages/dashboard/index';
import { taroTest } from './stubs/taro';
import { fakeFunctions, ok, refuse, restoreTransport } from './support/fake-transport';

// Charts draw on a canvas jsdom does not have: the wrapper is replaced by its label.
jest.mock('../../src/packages/admin/components/f2-canvas', () => ({
  F2Canvas: ({ label }: { label: string }) => <div data-chart={label} />,
}));
jest.mock('../../src/packages/admin/lib/dashboard-charts', () => ({
  trendChart: () => ({}),
  barsChart: () => ({}),
  barsHeight: () => 100,
}));
/** The links the H5 side clicked to download a stored file (src/lib/open-file.h5.ts). */
const downloads: { href: string; download: string }[] = [];
beforeEach(() => {
  downloads.length = 0;
  jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ href: this.getAttribute('href')!, download: this.download });
  });
});
afterEach(() => jest.restoreAllMocks());

afterEach(restoreTransport);

const duration = (count: number, median: number | null, p90: number | null) => ({ count, medianHours: median, p90Hours: p90 });
const row = (key: string, label: string, received: number) => ({ key, label, received, accepted: 1, acceptedOnTime: 1, resolved: 1, overdue: 0, satisfactionRate: 1 });
const answer = (over: Record<string, unknown> = {}) => ({
  period: { from: '2025-12', to: '2026-11' },
  scope: { regionCode: '430104', regionName: '岳麓区' },
  totals: {
    received: 12, assigned: 10, accepted: 8, acceptedOnTime: 6, acceptedOnTimeRate: 0.75,
    firstResponse: duration(8, 5, 30), result: duration(4, 72, 240),
    resolved: 4, resolvedByKind: { solved: 2, partly: 1, explained: 1 },
    rated: 3, satisfaction: { satisfied: 2, basic: 0, unsatisfied: 1, rate: 2 / 3 },
    overdue: 2, chased: 1, chases: 1, reopened: 1, forwarded: 0, suggestion: 0, rejected: 0, withdrawn: 0,
  },
  responseRate: { eligible: 9, responded: 6, rate: 6 / 9, before: '2026-11-12', excludedDays: 14 },
  trend: [{ month: '2026-11', received: 12, accepted: 8, acceptedOnTime: 6, resolved: 4, overdue: 2, chased: 1, reopened: 1 }],
  byCategory: [row('住房物业', '住房物业', 7)],
  byLevel: [row('county', '县(市区)人大代表', 9)],
  byStation: [row('WYH01', '望月湖街道人大代表联络站', 12)],
  byRegion: [row('430104007', '望月湖街道', 12)],
  byChannel: [row('qr', '扫码', 12)],
  countersRead: 12,
  ...over,
});
const regions = ok({ items: [{ code: '430104', name: '岳麓区', kind: 'county', depth: 0 }, { code: '430104007', name: '望月湖街道', kind: 'township', depth: 1 }] });
const stations = ok({ items: [] });

describe('数据看板', () => {
  it('shows the figures, durations and rates, and the charts', async () => {
    taroTest.reset();
    fakeFunctions({ 'admin.dashboard': ok(answer()), 'admin.regions': regions, 'admin.stations': stations });
    render(<DashboardPage />);
    expect(await screen.findByText('收到意见 12 件 · 已办结 4 件')).toBeTruthy();
    expect(screen.getByText('按期受理 6/8(75%)')).toBeTruthy();
    expect(screen.getByText('首次答复 中位 5 小时 · 90% 在 30 小时 内')).toBeTruthy();
    expect(screen.getByText('办结用时 中位 3 天 · 90% 在 10 天 内')).toBeTruthy();
    expect(screen.getByText('代表答复率 66.7%(6/9)')).toBeTruthy();
    expect(document.querySelectorAll('[data-chart]')).toHaveLength(5);
  });

  it("lists the regions below and the region's own stations, which add up to the total", async () => {
    taroTest.reset();
    const byRegion = [row('430104007', '望月湖街道', 7), row('430104010', '咸嘉湖街道', 3), row('430104', '区本级', 2)];
    fakeFunctions({ 'admin.dashboard': ok(answer({ byRegion })), 'admin.regions': regions, 'admin.stations': stations });
    render(<DashboardPage />);
    await screen.findByText('收到意见 12 件 · 已办结 4 件');
    expect(screen.getByText('按地区')).toBeTruthy();
    expect(document.querySelector('[data-chart="各下级地区及本级收到和办结意见数"]')).toBeTruthy();
    expect(screen.getByText('· 区本级:收到 2,按期受理 1,办结 1,超期 0,满意率 100%')).toBeTruthy();
    expect(screen.getByText('· 望月湖街道:收到 7,按期受理 1,办结 1,超期 0,满意率 100%')).toBeTruthy();
  });

  it('filters by level and region, and says why a reversed period is refused', async () => {
    taroTest.reset();
    const fake = fakeFunctions({
      'admin.dashboard': (p: Record<string, unknown>) =>
        p.from === '2026-12' ? refuse('PERIOD_INVALID', '统计期间不正确:结束月份(2026-01)不能早于开始月份(2026-12)') : ok(answer()),
      'admin.regions': regions,
      'admin.stations': stations,
    });
    render(<DashboardPage />);
    await screen.findByText('收到意见 12 件 · 已办结 4 件');
    expect(fake.callsTo('admin.dashboard')[0].payload).toEqual({});
    await act(async () => fireEvent.click(screen.getByText('乡镇')));
    expect(fake.callsTo('admin.dashboard').at(-1)?.payload).toEqual({ level: 'township' });
    await act(async () => fireEvent.click(screen.getByText('望月湖街道')));
    expect(fake.callsTo('admin.dashboard').at(-1)?.payload).toEqual({ level: 'township', regionCode: '430104007' });
    const inputs = document.querySelectorAll('input');
    await act(async () => {
      fireEvent.input(inputs[0], { target: { value: '2026-12' } });
      fireEvent.input(inputs[1], { target: { value: '2026-01' } });
    });
    await act(async () => fireEvent.click(screen.getByText('按期间查询')));
    expect(await screen.findByText(/不能早于开始月份\(2026-12\)/)).toBeTruthy();
  });

  it('exports the filtered list as xlsx, downloaded from the URL the answer carries', async () => {
    taroTest.reset();
    const fake = fakeFunctions({
      'admin.dashboard': ok(answer()),
      'admin.regions': regions,
      'admin.stations': stations,
      'admin.exportOpinions': ok({
        fileId: 'local://generated/opinion-exports/430104-2025-12-2026-11-20261129070000-0123456789abcdef.xlsx',
        url: '/api/storage/generated/opinion-exports/430104-2025-12-2026-11-20261129070000-0123456789abcdef.xlsx',
        fileName: '意见清单-岳麓区-2025-12至2026-11.xlsx',
        rows: 12,
      }),
    });
    render(<DashboardPage />);
    await screen.findByText('收到意见 12 件 · 已办结 4 件');
    await act(async () => fireEvent.click(screen.getByText('县(市区)')));
    await act(async () => fireEvent.click(screen.getByText('导出 Excel')));
    expect(fake.callsTo('admin.exportOpinions')[0].payload).toEqual({ level: 'county' });
    expect(await screen.findByText('已下载 意见清单-岳麓区-2025-12至2026-11.xlsx(共 12 条)')).toBeTruthy();
    expect(downloads).toEqual([
      {
        href: `/api/storage/generated/opinion-exports/430104-2025-12-2026-11-20261129070000-0123456789abcdef.xlsx?name=${encodeURIComponent('意见清单-岳麓区-2025-12至2026-11.xlsx')}`,
        download: '意见清单-岳麓区-2025-12至2026-11.xlsx',
      },
    ]);
  });
});
