/**
 * The desk's queue and matters deputies do not take up: a court case (涉法涉诉) is never offered
 * to a deputy; staff take it and close it telling the resident where to go (登记并引导, the
 * category's guidance, as 已解释说明), one tap. A complaint about a deputy (对代表的意见) offers
 * no deputy at all (the deputy concerned included). Text badges say why an item is set apart:
 * no glyph. Tapping an item opens the case page.
 */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import QueuePage from '../../src/packages/staff/pages/queue/index';
import { taroTest } from './stubs/taro';
import { fakeFunctions, ok, restoreTransport } from './support/fake-transport';

afterEach(restoreTransport);

const REACHABLE = { reachable: true, label: '可接收提醒', lastDeliveredAt: '2026-12-04T02:00:00.000Z' };
const deputy = (id: string, name: string) => ({ id, name, level: 'county', levelLabel: '县（市区）人大代表', bound: true, active: true, onLeaveToday: false, leaves: [], reach: REACHABLE });
const station = {
  code: 'WYH01',
  name: '望月湖街道人大代表联络站',
  address: '望月湖路 38 号',
  regionCode: '430104007',
  regionName: '望月湖街道',
  retired: false,
  deputies: [deputy('d-county-1', '李红梅'), deputy('d-town-1', '周丽')],
  schedule: { weekly: [], dated: [], cancelled: [] },
};
const item = (id: string, category: string, text: string, flagged = true) => ({
  id,
  trackingNo: `430104-20261205-000${id.slice(-1)}`,
  stationCode: 'WYH01',
  stationName: '望月湖街道人大代表联络站',
  category,
  status: 'triage',
  statusLabel: '待分派',
  channelLabel: '扫码',
  text,
  flagged,
  reason: flagged ? '需工作人员处理' : '没有合适的代表',
  createdAt: '2026-12-05T01:30:00.000Z',
});
const COURT = item('op-3', '涉法涉诉', '我家的房屋买卖合同纠纷在岳麓区法院已经拖了两年没有判决，希望代表帮忙催一催法院。');
const ABOUT = item('op-5', '对代表的意见', '希望周丽代表多来社区走走，上次接待日代表没来，等了一个上午。');
const PLAIN = item('op-6', '其他', '建议全国统一老年人乘车优惠政策，方便异地养老。', false);

function renderQueue() {
  taroTest.reset({ view: 'triage' });
  const fake = fakeFunctions({
    'staff.queue': [ok({ items: [COURT, ABOUT, PLAIN], total: 3 }), ok({ items: [ABOUT, PLAIN], total: 2 })],
    'staff.myStations': ok({ items: [station] }),
    'staff.take': ok({ id: 'op-3', status: 'accepted', statusLabel: '已受理' }),
    'staff.resolve': ok({ id: 'op-3', status: 'resolved', statusLabel: '已办结' }),
  });
  render(<QueuePage />);
  return fake;
}
const card = (id: string) => document.querySelector(`.queue-item[data-id="${id}"]`) as HTMLElement;

describe('the staff queue and restricted categories', () => {
  it('marks items with text badges, never a glyph', async () => {
    renderQueue();
    await screen.findByText(COURT.text);
    expect(within(card('op-3')).getByText('需引导')).toBeTruthy();
    expect(within(card('op-5')).getByText('涉及代表')).toBeTruthy();
    expect(within(card('op-6')).queryByText(/需引导|涉及代表/)).toBeNull();
    expect(document.body.textContent).not.toContain('⚑');
  });

  it('offers no deputy for a court case: 登记并引导 tells the resident the proper channels', async () => {
    const fake = renderQueue();
    await screen.findByText(COURT.text);
    const court = card('op-3');
    expect(within(court).queryByText('分派给代表')).toBeNull();
    expect(within(court).queryByText('李红梅')).toBeNull();
    expect(within(court).getByText(/代表不得干预具体司法案件，不能分派给代表/)).toBeTruthy();
    await act(async () => fireEvent.click(within(court).getByText('登记并引导')));
    expect(fake.callsTo('staff.take')[0].payload).toEqual({ id: 'op-3' });
    expect(fake.callsTo('staff.resolve')[0].payload).toEqual({
      id: 'op-3',
      kind: 'explained',
      text: '您的意见已登记。人大代表不得干涉具体司法案件，请通过人民法院、人民检察院的申诉或信访等法定渠道反映。',
    });
    expect(fake.callsTo('staff.reject')).toHaveLength(0);
    expect(await screen.findByText('已登记，并已告知居民应通过哪些渠道反映')).toBeTruthy();
  });

  it('offers no deputy for a complaint about a deputy, the deputy concerned included; staff answer it themselves', async () => {
    const fake = renderQueue();
    await screen.findByText(ABOUT.text);
    const about = card('op-5');
    expect(within(about).queryByText('分派给代表')).toBeNull();
    expect(within(about).queryByText('周丽')).toBeNull();
    expect(within(about).queryByText('李红梅')).toBeNull();
    expect(within(about).getByText(/被反映的代表本人也看不到/)).toBeTruthy();
    // Staff write what they did: nothing goes out empty.
    const answer = within(about).getByText('登记并答复');
    await act(async () => fireEvent.click(answer));
    expect(fake.callsTo('staff.take')).toHaveLength(0);
    expect(screen.getByText('请写明告知居民的内容')).toBeTruthy();
    fireEvent.change(about.querySelector('textarea')!, { target: { value: '已向周丽代表了解情况，代表今后将按时参加接待。' } });
    await act(async () => fireEvent.click(answer));
    expect(fake.callsTo('staff.take')[0].payload).toEqual({ id: 'op-5' });
    expect(fake.callsTo('staff.resolve')[0].payload).toEqual({ id: 'op-5', kind: 'explained', text: '已向周丽代表了解情况，代表今后将按时参加接待。' });
  });

  it('opens the whole case when an item is tapped', async () => {
    renderQueue();
    await screen.findByText(COURT.text);
    fireEvent.click(within(card('op-3')).getByText(COURT.text));
    expect(taroTest.navigations.at(-1)?.url).toBe('/packages/staff/pages/case/index?id=op-3&desk=staff');
  });

  it('still assigns an ordinary item to a deputy of the station', async () => {
    renderQueue();
    await screen.findByText(PLAIN.text);
    const plain = card('op-6');
    expect(within(plain).getByText('分派给代表')).toBeTruthy();
    expect(within(plain).getByText('李红梅')).toBeTruthy();
    expect(within(plain).getByText('不予受理')).toBeTruthy();
  });
});
