import { act, fireEvent, render, screen } from '@testing-library/react';
import StationSchedulePage from '../../src/packages/staff/pages/station/index';
import { taroTest } from './stubs/taro';
import { fakeFunctions, ok, restoreTransport } from './support/fake-transport';

afterEach(restoreTransport);

const aStaffStation = (over: Record<string, unknown> = {}) => ({
  code: 'WYH01',
  name: '望月湖街道人大代表联络站',
  address: '望月湖路 38 号',
  regionCode: '430104007',
  regionName: '望月湖街道',
  retired: false,
  deputies: [{ id: 'd-town-1', name: '周丽', level: 'township', levelLabel: '乡镇人大代表', bound: true, active: true, onLeaveToday: false, leaves: [] }],
  schedule: { weekly: [], dated: [], cancelled: [] },
  ...over,
});
const attachable = (attachedCounty: boolean) =>
  ok({
    scopeName: '岳麓区',
    items: [
      { id: 'd-town-1', name: '周丽', level: 'township', levelLabel: '乡镇人大代表', homeRegionName: '望月湖街道', attached: true, bound: true, withinScope: true },
      { id: 'd-county-2', name: '赵国庆', level: 'county', levelLabel: '县（市区）人大代表', homeRegionName: '咸嘉湖街道', attached: attachedCounty, bound: true, withinScope: true },
    ],
  });

describe('staff station page', () => {
  it('attaches a deputy from the list with staff.setDeputies, then shows them attached', async () => {
    taroTest.reset({ code: 'WYH01' });
    const fake = fakeFunctions({
      'staff.myStations': ok({ items: [aStaffStation()] }),
      'staff.attachableDeputies': [attachable(false), attachable(true)],
      'staff.setDeputies': ok(aStaffStation()),
    });
    render(<StationSchedulePage />);
    expect(await screen.findByText(/赵国庆 · 县（市区）人大代表 · 咸嘉湖街道/)).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByText('设为本站代表')));
    expect(fake.callsTo('staff.setDeputies')[0].payload).toEqual({ code: 'WYH01', deputyIds: ['d-town-1', 'd-county-2'], base: ['d-town-1'] });
    expect(await screen.findByText('已将赵国庆设为本站代表')).toBeTruthy();
    expect(screen.getAllByText('移出')).toHaveLength(2);
  });

  it('saves a typed map position (the local run has no map picker) and refuses a wrong one', async () => {
    taroTest.reset({ code: 'WYH01' });
    const fake = fakeFunctions({
      'staff.myStations': [ok({ items: [aStaffStation()] }), ok({ items: [aStaffStation({ location: { latitude: 28.2029, longitude: 112.9535 } })] })],
      'staff.attachableDeputies': attachable(false),
      'staff.updateStation': ok(aStaffStation()),
    });
    render(<StationSchedulePage />);
    expect(await screen.findByText('尚未设置地图位置，居民无法在地图上导航到本站')).toBeTruthy();
    fireEvent.change(screen.getByPlaceholderText('如 28.2029'), { target: { value: '128' } });
    fireEvent.change(screen.getByPlaceholderText('如 112.9535'), { target: { value: '112.9535' } });
    await act(async () => fireEvent.click(screen.getByText('保存位置')));
    expect(screen.getByText('请填写正确的纬度（-90~90）和经度（-180~180）')).toBeTruthy();
    expect(fake.callsTo('staff.updateStation')).toHaveLength(0);
    fireEvent.change(screen.getByPlaceholderText('如 28.2029'), { target: { value: '28.2029' } });
    await act(async () => fireEvent.click(screen.getByText('保存位置')));
    expect(fake.callsTo('staff.updateStation')[0].payload).toEqual({ code: 'WYH01', location: { latitude: 28.2029, longitude: 112.9535 } });
    expect(await screen.findByText('已设置：纬度 28.2029，经度 112.9535')).toBeTruthy();
  });
});
