/**
 * The staff desk's showcase tabs: the result offered for publication is the case's 办结说明,
 * shown as it is and not typed by staff; a published case can be taken down.
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import QueuePage from '../../src/packages/staff/pages/queue/index';
import { taroTest } from './stubs/taro';
import { fakeFunctions, ok, restoreTransport } from './support/fake-transport';

afterEach(restoreTransport);

const item = (over: Record<string, unknown> = {}) => ({
  id: 'op-1',
  trackingNo: '430104-20261125-0001',
  stationCode: 'WYH01',
  stationName: '望月湖街道人大代表联络站',
  category: '住房物业',
  status: 'resolved',
  statusLabel: '已办结',
  channelLabel: '扫码',
  text: '3栋电梯经常故障，老人上下楼困难。',
  flagged: false,
  reason: '',
  createdAt: '2026-11-25T01:30:00.000Z',
  result: '已协调物业更换电梯主板，电梯恢复运行。',
  ...over,
});

test('可公开: the 办结说明 is shown, not an editable field, and publishing sends only the title and the summary', async () => {
  taroTest.reset({ view: 'showcase' });
  const fake = fakeFunctions({
    'staff.queue': ok({ items: [item()], total: 1 }),
    'staff.myStations': ok({ items: [] }),
    'staff.publish': ok({ id: 'op-1', title: '电梯修好了', summary: '居民反映电梯故障。', result: '已协调物业更换电梯主板，电梯恢复运行。' }),
  });
  render(<QueuePage />);
  expect(await screen.findByText('已协调物业更换电梯主板，电梯恢复运行。')).toBeTruthy();
  expect(screen.queryByLabelText('办理结果')).toBeNull();
  fireEvent.change(document.querySelector('input')!, { target: { value: '电梯修好了' } }); // 标题
  await act(async () => fireEvent.click(screen.getByText('公开到办实事成果')));
  expect(fake.callsTo('staff.publish')[0].payload).toEqual({ id: 'op-1', title: '电梯修好了', summary: '3栋电梯经常故障，老人上下楼困难。' });
  expect(await screen.findByText('已公开到办实事成果（已脱敏）')).toBeTruthy();
});

test('已公开: a published case is taken down', async () => {
  taroTest.reset({ view: 'published' });
  const fake = fakeFunctions({
    'staff.queue': ok({ items: [item()], total: 1 }),
    'staff.myStations': ok({ items: [] }),
    'staff.unpublish': ok({ id: 'op-1' }),
  });
  render(<QueuePage />);
  const takeDown = await screen.findByText('从办实事成果撤下');
  await act(async () => fireEvent.click(takeDown));
  expect(fake.callsTo('staff.unpublish')[0].payload).toEqual({ id: 'op-1' });
  expect(await screen.findByText('已从办实事成果中撤下')).toBeTruthy();
});

test('a long queue: the first 50, how many in all, and the next page after the cursor below them', async () => {
  taroTest.reset({ view: 'published' });
  const fake = fakeFunctions({
    'staff.queue': [ok({ items: [item()], total: 2, nextCursor: 'q-after-1' }), ok({ items: [item({ id: 'op-2', text: '路灯不亮。' })] })],
    'staff.myStations': ok({ items: [] }),
  });
  render(<QueuePage />);
  expect(await screen.findByText('共 2 条，先提交的在前')).toBeTruthy();
  expect(fake.callsTo('staff.queue')[0].payload).toEqual({ view: 'published', limit: 50 });
  await act(async () => fireEvent.click(screen.getByText('加载更多')));
  expect(await screen.findByText('路灯不亮。')).toBeTruthy();
  expect(screen.getByText('3栋电梯经常故障，老人上下楼困难。')).toBeTruthy();
  expect(fake.callsTo('staff.queue')[1].payload).toEqual({ view: 'published', limit: 50, cursor: 'q-after-1' });
  expect(screen.getByText('共 2 条，先提交的在前')).toBeTruthy();
  expect(screen.queryByText('加载更多')).toBeNull();
});
