/**
 * Issue 23, decision 0032: 查找意见 as pages — the desk's search page (staff: their stations;
 * the office with `desk=admin`) and the search box of the deputy's inbox. What is typed goes
 * to the server as the criterion chosen, the rows open the case at the same desk (a deputy's
 * detail), and 加载更多 reads the next page after the cursor.
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { OPEN_STATUSES } from '../../core/opinion-status';
import SearchPage from '../../src/packages/staff/pages/search/index';
import InboxPage from '../../src/packages/deputy/pages/inbox/index';
import { ROUTES } from '../../src/routes';
import { taroTest } from './stubs/taro';
import { fakeFunctions, ok, restoreTransport } from './support/fake-transport';

afterEach(restoreTransport);

const found = (id: string, excerpt: string) => ({
  id,
  trackingNo: `430104-20261129-00${id.slice(-2)}`,
  status: 'assigned' as const,
  statusLabel: '已分派',
  category: '住房物业',
  stationCode: 'WYH01',
  stationName: '望月湖街道人大代表联络站',
  excerpt,
  createdAt: '2026-11-29T07:00:00.000Z',
  holderLabel: '李红梅代表',
});
const stations = ok({
  items: [
    { code: 'WYH01', name: '望月湖街道人大代表联络站' },
    { code: 'YL01', name: '岳麓区人大代表联络总站' },
  ],
});

const type = (placeholder: RegExp, value: string) => fireEvent.change(screen.getByPlaceholderText(placeholder), { target: { value } });
const press = async (text: string) => act(async () => fireEvent.click(screen.getByText(text)));

describe('查找意见 at the staff desk', () => {
  it('finds by words, shows who holds each case and when it came, pages on, and opens the case at the staff desk', async () => {
    taroTest.reset({ desk: 'staff' });
    const fake = fakeFunctions({
      'staff.myStations': stations,
      'staff.search': [ok({ items: [found('op-01', '3栋电梯经常故障，老人上下楼困难。')], nextCursor: 'c1' }), ok({ items: [found('op-02', '电梯停运两天了。')] })],
    });
    render(<SearchPage />);
    type(/^如：电梯/, '3栋电梯');
    await press('查找');
    expect(await screen.findByText('3栋电梯经常故障，老人上下楼困难。')).toBeTruthy();
    expect(screen.getByText('430104-20261129-0001 · 望月湖街道人大代表联络站')).toBeTruthy();
    expect(screen.getByText('2026-11-29 15:00 收到 · 李红梅代表')).toBeTruthy();
    expect(fake.callsTo('staff.search').map((c) => c.payload)).toEqual([{ text: '3栋电梯', limit: 20 }]);
    await press('加载更多');
    expect(await screen.findByText('电梯停运两天了。')).toBeTruthy();
    expect(fake.callsTo('staff.search')[1]!.payload).toEqual({ text: '3栋电梯', limit: 20, cursor: 'c1' });
    expect(screen.queryByText('加载更多')).toBeNull();
    await act(async () => fireEvent.click(screen.getByText('电梯停运两天了。')));
    expect(taroTest.navigations.map((n) => n.url)).toEqual([ROUTES.staffCase('op-02', 'staff')]);
  });

  it('by phone (said to be recorded), narrowed by status and station; nothing found says so', async () => {
    taroTest.reset({ desk: 'staff' });
    const fake = fakeFunctions({ 'staff.myStations': stations, 'staff.search': ok({ items: [] }) });
    render(<SearchPage />);
    await press('电话');
    expect(screen.getByText('按电话查找会记入身份信息查看记录。')).toBeTruthy();
    type(/^电话号码后四位/, '137-1234 5678');
    await press('办理中');
    await press('岳麓区人大代表联络总站');
    await press('查找');
    expect(await screen.findByText('没有找到符合条件的意见')).toBeTruthy();
    expect(fake.callsTo('staff.search').map((c) => c.payload)).toEqual([{ phone: '13712345678', status: [...OPEN_STATUSES], stationCode: 'YL01', limit: 20 }]);
  });

  it('asks for something to find before it asks the server', async () => {
    taroTest.reset({ desk: 'staff' });
    const fake = fakeFunctions({ 'staff.myStations': stations });
    render(<SearchPage />);
    await press('查找');
    expect(screen.getByRole('alert').textContent).toBe('请输入要查找的内容，或选择状态、联络站、日期。');
    expect(fake.callsTo('staff.search')).toEqual([]);
  });
});

it('the office (desk=admin) finds by tracking number in its region and opens the case at the office’s desk', async () => {
  taroTest.reset({ desk: 'admin' });
  const fake = fakeFunctions({ 'admin.search': ok({ items: [found('op-07', '咸嘉湖路口红绿灯时间太短。')] }) });
  render(<SearchPage />);
  await press('查询编号');
  type(/^如：430104/, ' 430104-20261129-0007 ');
  await press('查找');
  await act(async () => fireEvent.click(await screen.findByText('咸嘉湖路口红绿灯时间太短。')));
  expect(fake.callsTo('admin.search').map((c) => c.payload)).toEqual([{ trackingNo: '430104-20261129-0007', limit: 20 }]);
  expect(fake.callsTo('staff.myStations')).toEqual([]);
  expect(taroTest.navigations.map((n) => n.url)).toEqual([ROUTES.staffCase('op-07', 'admin')]);
});

describe('the deputy inbox’s search box', () => {
  const inbox = ok({ items: [], total: 0, counts: { new: 0 } });

  it('finds the deputy’s cases by words or tracking number, opens the detail, and goes back to the inbox', async () => {
    taroTest.reset();
    const fake = fakeFunctions({ 'deputy.inbox': inbox, 'deputy.search': ok({ items: [found('op-03', '楼道灯坏了很久。')] }) });
    render(<InboxPage />);
    expect(await screen.findByText('这里没有意见')).toBeTruthy();
    type(/^查找我办理的意见/, '楼道灯');
    await press('查找');
    expect(await screen.findByText('楼道灯坏了很久。')).toBeTruthy();
    expect(screen.queryByRole('tablist')).toBeNull();
    type(/^查找我办理的意见/, '430104-20261129-0003');
    await press('查找');
    expect(fake.callsTo('deputy.search').map((c) => c.payload)).toEqual([
      { text: '楼道灯', limit: 20 },
      { trackingNo: '430104-20261129-0003', limit: 20 },
    ]);
    await act(async () => fireEvent.click(await screen.findByText('楼道灯坏了很久。')));
    expect(taroTest.navigations.map((n) => n.url)).toEqual([ROUTES.deputyDetail('op-03')]);
    await press('返回收件箱');
    expect(screen.getByRole('tablist')).toBeTruthy();
    expect((screen.getByPlaceholderText(/^查找我办理的意见/) as HTMLInputElement).value).toBe('');
  });
});
