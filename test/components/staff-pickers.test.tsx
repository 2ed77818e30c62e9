/**
 * The schedule and leave forms take dates and times from the platform's picker (Picker
 * mode='date' / 'time'), never typed text: what the picker answers is what the server gets.
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import StationSchedulePage from '../../src/packages/staff/pages/station/index';
import AdminCampaignsPage from '../../src/packages/admin/pages/campaigns/index';
import { taroTest } from './stubs/taro';
import { fakeFunctions, ok, restoreTransport } from './support/fake-transport';

afterEach(restoreTransport);

const REACHABLE = { reachable: true, label: '可接收提醒', lastDeliveredAt: '2026-12-04T02:00:00.000Z' };
const zhou = { id: 'd-town-1', name: '周丽', level: 'township', levelLabel: '乡镇人大代表', bound: true, active: true, onLeaveToday: false, leaves: [], reach: REACHABLE };
const aStaffStation = (over: Record<string, unknown> = {}) => ({
  code: 'WYH01',
  name: '望月湖街道人大代表联络站',
  address: '望月湖路 38 号',
  regionCode: '430104007',
  regionName: '望月湖街道',
  retired: false,
  deputies: [zhou],
  schedule: { weekly: [{ id: 'w1', weekday: 2, start: '09:00', end: '11:30', deputyIds: ['d-town-1'] }], dated: [], cancelled: [] },
  ...over,
});

/** The picker of the field labelled `label`: its input answers as WeChat's picker would. */
function picker(label: string): HTMLInputElement {
  const field = Array.from(document.querySelectorAll('.picker-field')).find((f) => f.querySelector('.field-label')?.textContent === label);
  if (!field) throw new Error(`no picker labelled ${label}`);
  return field.querySelector('input.picker-stub') as HTMLInputElement;
}
const pick = (label: string, value: string) => act(async () => void fireEvent.change(picker(label), { target: { value } }));
/** The text box of the field labelled `label`. */
const box = (label: string) => screen.getByText(label, { selector: '.field-label' }).parentElement!.querySelector('input, textarea') as HTMLInputElement;

function renderStation() {
  taroTest.reset({ code: 'WYH01' });
  const fake = fakeFunctions({
    'staff.myStations': ok({ items: [aStaffStation()] }),
    'staff.attachableDeputies': ok({ scopeName: '岳麓区', items: [] }),
    'staff.deputyPhotoReviews': ok({ items: [] }),
    'staff.setSchedule': ok(aStaffStation()),
    'staff.setLeaves': ok(aStaffStation()),
  });
  render(<StationSchedulePage />);
  return fake;
}

describe('the staff station page picks dates and times', () => {
  it('has no typed date or time box: every one is a picker of the right mode', async () => {
    renderStation();
    await screen.findByText('新增接待');
    expect(screen.queryByPlaceholderText('YYYY-MM-DD')).toBeNull();
    expect(screen.queryByPlaceholderText('09:00')).toBeNull();
    expect(picker('开始').closest('[data-picker]')?.getAttribute('data-picker')).toBe('time');
    expect(picker('结束').closest('[data-picker]')?.getAttribute('data-picker')).toBe('time');
    expect(picker('暂停哪一天').closest('[data-picker]')?.getAttribute('data-picker')).toBe('date');
    expect(picker('开始日期').closest('[data-picker]')?.getAttribute('data-picker')).toBe('date');
    expect(picker('结束日期').closest('[data-picker]')?.getAttribute('data-picker')).toBe('date');
  });

  it('saves a one-off session on the picked day from the picked times', async () => {
    const fake = renderStation();
    await screen.findByText('新增接待');
    await act(async () => fireEvent.click(screen.getByText('单次接待')));
    // A one-off needs its day: nothing is sent before one is picked.
    await act(async () => fireEvent.click(screen.getByText('保存接待安排')));
    expect(fake.callsTo('staff.setSchedule')).toHaveLength(0);
    expect(screen.getByText('请选择接待日期')).toBeTruthy();
    await pick('接待日期', '2026-12-16');
    await pick('开始', '14:30');
    await pick('结束', '16:00');
    expect(screen.getByText('2026-12-16')).toBeTruthy(); // the field shows what was picked
    await act(async () => fireEvent.click(screen.getByText('保存接待安排')));
    const sent = fake.callsTo('staff.setSchedule')[0].payload;
    expect(sent.schedule.weekly).toEqual(aStaffStation().schedule.weekly);
    expect(sent.schedule.dated).toEqual([{ id: expect.any(String), date: '2026-12-16', start: '14:30', end: '16:00', deputyIds: [] }]);
  });

  it('saves a weekly session with the picked times', async () => {
    const fake = renderStation();
    await screen.findByText('新增接待');
    await act(async () => fireEvent.click(screen.getByText('周四')));
    await pick('开始', '15:00');
    await pick('结束', '17:00');
    await act(async () => fireEvent.click(screen.getByText('保存接待安排')));
    expect(fake.callsTo('staff.setSchedule')[0].payload.schedule.weekly[1]).toEqual({ id: expect.any(String), weekday: 4, start: '15:00', end: '17:00', deputyIds: [] });
  });

  it('registers a leave from the picked days, and an end before the start moves with it', async () => {
    const fake = renderStation();
    await screen.findByText('代表请假');
    const leaveCard = screen.getByText('代表请假').closest('.card') as HTMLElement;
    await act(async () => fireEvent.click(Array.from(leaveCard.querySelectorAll('.chip')).find((c) => c.textContent === '周丽')!));
    await pick('结束日期', '2026-12-10');
    await pick('开始日期', '2026-12-12'); // after the end: the end follows
    expect(picker('结束日期').value).toBe('2026-12-12');
    await pick('结束日期', '2026-12-14');
    await act(async () => fireEvent.click(screen.getByText('登记请假')));
    expect(fake.callsTo('staff.setLeaves')[0].payload).toEqual({ code: 'WYH01', deputyId: 'd-town-1', leaves: [{ from: '2026-12-12', to: '2026-12-14' }], base: [] });
  });

  it('pauses one session on a picked day', async () => {
    const fake = renderStation();
    await screen.findByText('暂停某次接待');
    await act(async () => fireEvent.click(screen.getByText('每周二09:00')));
    await pick('暂停哪一天', '2026-12-15');
    fireEvent.change(box('原因'), { target: { value: '代表参加人代会' } });
    await act(async () => fireEvent.click(screen.getByText('暂停这次接待')));
    expect(fake.callsTo('staff.setSchedule')[0].payload.schedule.cancelled).toEqual([{ sessionId: 'w1', date: '2026-12-15', reason: '代表参加人代会' }]);
  });
});

describe('主题活动 takes its period from date pickers', () => {
  it('sends the picked days', async () => {
    taroTest.reset();
    const fake = fakeFunctions({
      'admin.regions': ok({ items: [{ code: '430104', name: '岳麓区', kind: 'county', depth: 0 }] }),
      'admin.campaigns': ok({ items: [] }),
      'admin.createCampaign': ok({ id: 'c1', name: '联系群众办实事' }),
    });
    render(<AdminCampaignsPage />);
    await screen.findByText('新建主题活动');
    expect(picker('开始日期').closest('[data-picker]')?.getAttribute('data-picker')).toBe('date');
    fireEvent.change(box('活动名称'), { target: { value: '联系群众办实事' } });
    await pick('开始日期', '2026-11-01');
    await pick('结束日期', '2026-12-31');
    await act(async () => fireEvent.click(screen.getByText('岳麓区')));
    await act(async () => fireEvent.click(screen.getByText('新建活动')));
    expect(fake.callsTo('admin.createCampaign')[0].payload).toMatchObject({ name: '联系群众办实事', from: '2026-11-01', to: '2026-12-31', regionCodes: ['430104'] });
  });
});
