import { act, fireEvent, render, screen, within } from '@testing-library/react';
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
  byLevel: [row('county', '县（市区）人大代表', 9)],
  byStation: [row('WYH01', '望月湖街道人大代表联络站', 12)],
  byRegion: [row('430104007', '望月湖街道', 12)],
  byChannel: [row('qr', '扫码', 12)],
  countersRead: 12,
  ...over,
});
const regions = ok({ items: [{ code: '430104', name: '岳麓区', kind: 'county', depth: 0 }, { code: '430104007', name: '望月湖街道', kind: 'township', depth: 1 }] });
const stations = ok({ items: [] });

/** The picker of the field labelled `label` in the filter sheet. */
const picker = (label: string) => screen.getByText(label, { selector: '.field-label' }).parentElement!.querySelector('input.picker-stub')!;
const tile = (key: string) => document.querySelector(`.kpi[data-kpi="${key}"]`) as HTMLElement;

describe('数据看板', () => {
  it('shows the key figures as tiles first, then the other figures and the charts; the filters are folded away', async () => {
    taroTest.reset();
    fakeFunctions({ 'admin.dashboard': ok(answer()), 'admin.regions': regions, 'admin.stations': stations });
    render(<DashboardPage />);
    await screen.findByText('收到意见（件）');
    expect(tile('received').textContent).toBe('12收到意见（件）已办结 4 件');
    expect(tile('accepted-on-time').textContent).toBe('75%按期受理率6/8 件按期');
    expect(tile('satisfaction').textContent).toBe('66.7%群众满意率3 件有评价');
    expect(tile('overdue').textContent).toBe('2超期（件）被催办 1 件');
    expect(tile('overdue').querySelector('.kpi__value--warn')).toBeTruthy();
    expect(tile('first-response').textContent).toBe('5 小时首次答复（中位）90% 在 30 小时 内');
    expect(tile('response-rate').textContent).toBe('66.7%代表答复率6/9 件');
    expect(screen.getByText('办结用时 中位 3 天 · 90% 在 10 天 内')).toBeTruthy();
    expect(document.querySelectorAll('[data-chart]')).toHaveLength(5);
    // Tiles come before any chart, and the filters take one line until opened.
    const order = Array.from(document.querySelectorAll('.kpi-grid, [data-chart]'));
    expect(order[0].className).toBe('kpi-grid');
    expect(screen.getByText('岳麓区 · 2025-12至2026-11')).toBeTruthy();
    expect(screen.queryByText('代表层级')).toBeNull();
    expect(document.querySelectorAll('input')).toHaveLength(0);
  });

  it("lists the regions below and the region's own stations, which add up to the total", async () => {
    taroTest.reset();
    const byRegion = [row('430104007', '望月湖街道', 7), row('430104010', '咸嘉湖街道', 3), row('430104', '区本级', 2)];
    fakeFunctions({ 'admin.dashboard': ok(answer({ byRegion })), 'admin.regions': regions, 'admin.stations': stations });
    render(<DashboardPage />);
    await screen.findByText('收到意见（件）');
    expect(screen.getByText('按地区')).toBeTruthy();
    expect(document.querySelector('[data-chart="各下级地区及本级收到和办结意见数"]')).toBeTruthy();
    expect(screen.getByText('· 区本级：收到 2，按期受理 1，办结 1，超期 0，满意率 100%')).toBeTruthy();
    expect(screen.getByText('· 望月湖街道：收到 7，按期受理 1，办结 1，超期 0，满意率 100%')).toBeTruthy();
  });

  it('filters in the 筛选 sheet (months picked, never typed), shows what is applied in one line, and says why a reversed period is refused', async () => {
    taroTest.reset();
    const fake = fakeFunctions({
      'admin.dashboard': (p: Record<string, unknown>) =>
        p.from === '2026-12'
          ? refuse('PERIOD_INVALID', '统计期间不正确：结束月份（2026-01）不能早于开始月份（2026-12）')
          : ok(answer(p.level === 'township' ? { scope: { regionCode: '430104007', regionName: '望月湖街道', level: 'township', levelLabel: '乡镇' } } : {})),
      'admin.regions': regions,
      'admin.stations': stations,
    });
    render(<DashboardPage />);
    await screen.findByText('收到意见（件）');
    expect(fake.callsTo('admin.dashboard')[0].payload).toEqual({});
    await act(async () => fireEvent.click(screen.getByText('筛选')));
    const sheet = screen.getByRole('dialog');
    // Chips choose; nothing is asked until 查看结果.
    await act(async () => fireEvent.click(within(sheet).getByText('乡镇')));
    await act(async () => fireEvent.click(within(sheet).getByText('望月湖街道')));
    expect(fake.callsTo('admin.dashboard')).toHaveLength(1);
    await act(async () => fireEvent.click(within(sheet).getByText('查看结果')));
    expect(fake.callsTo('admin.dashboard').at(-1)?.payload).toEqual({ level: 'township', regionCode: '430104007' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await screen.findByText('望月湖街道 · 乡镇代表 · 2025-12至2026-11')).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByText('筛选')));
    expect(picker('开始月份').closest('[data-picker]')?.getAttribute('data-fields')).toBe('month');
    await act(async () => {
      fireEvent.change(picker('开始月份'), { target: { value: '2026-12' } });
      fireEvent.change(picker('结束月份'), { target: { value: '2026-01' } });
    });
    await act(async () => fireEvent.click(within(screen.getByRole('dialog')).getByText('查看结果')));
    expect(fake.callsTo('admin.dashboard').at(-1)?.payload).toEqual({ level: 'township', regionCode: '430104007', from: '2026-12', to: '2026-01' });
    expect(await screen.findByText(/不能早于开始月份（2026-12）/)).toBeTruthy();
    // 重置 goes back to the last 12 months of the whole region.
    await act(async () => fireEvent.click(screen.getByText('筛选')));
    await act(async () => fireEvent.click(within(screen.getByRole('dialog')).getByText('重置（近12个月，全部）')));
    expect(fake.callsTo('admin.dashboard').at(-1)?.payload).toEqual({});
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
    await screen.findByText('收到意见（件）');
    await act(async () => fireEvent.click(screen.getByText('筛选')));
    await act(async () => fireEvent.click(within(screen.getByRole('dialog')).getByText('县（市区）')));
    await act(async () => fireEvent.click(within(screen.getByRole('dialog')).getByText('查看结果')));
    await act(async () => fireEvent.click(screen.getByText('导出 Excel')));
    expect(fake.callsTo('admin.exportOpinions')[0].payload).toEqual({ level: 'county' });
    expect(await screen.findByText('已下载 意见清单-岳麓区-2025-12至2026-11.xlsx（共 12 条）')).toBeTruthy();
    expect(downloads).toEqual([
      {
        href: `/api/storage/generated/opinion-exports/430104-2025-12-2026-11-20261129070000-0123456789abcdef.xlsx?name=${encodeURIComponent('意见清单-岳麓区-2025-12至2026-11.xlsx')}`,
        download: '意见清单-岳麓区-2025-12至2026-11.xlsx',
      },
    ]);
  });
});
