import { act, fireEvent, render, screen } from '@testing-library/react';
import AdminStationsPage from '../../src/packages/admin/pages/stations/index';
import { taroTest } from './stubs/taro';
import { fakeFunctions, ok, refuse, restoreTransport } from './support/fake-transport';

afterEach(restoreTransport);


const station = { code: 'XJH01', name: '咸嘉湖街道人大代表联络站', address: '咸嘉湖路 120 号', regionCode: '430104010', regionName: '咸嘉湖街道', retired: false, deputyIds: ['d-town-3'], staff: [] };
const attachable = ok({
  scopeName: '岳麓区',
  items: [
    { id: 'd-town-3', name: '黄镕', level: 'township', levelLabel: '乡镇人大代表', homeRegionName: '咸嘉湖街道', attached: true, bound: false, withinScope: true },
    { id: 'd-nat-1', name: '刘建华', level: 'national', levelLabel: '全国人大代表', homeRegionName: '湖南省', attached: false, bound: true, withinScope: true },
  ],
});

describe('admin stations page: deputies of a station', () => {
  it('opens the list for one station and attaches a national deputy with admin.setStationDeputies', async () => {
    taroTest.reset();
    const fake = fakeFunctions({
      'admin.stations': ok({ items: [station] }),
      'admin.regions': ok({ items: [] }),
      'admin.attachableDeputies': attachable,
      'admin.setStationDeputies': ok({ ...station, deputyIds: ['d-town-3', 'd-nat-1'] }),
    });
    render(<AdminStationsPage />);
    const open = await screen.findByText('设置本站代表(1位)');
    await act(async () => fireEvent.click(open));
    expect(await screen.findByText(/刘建华 · 全国人大代表 · 湖南省/)).toBeTruthy();
    expect(fake.callsTo('admin.attachableDeputies')[0].payload).toEqual({ code: 'XJH01' });
    await act(async () => fireEvent.click(screen.getByText('设为本站代表')));
    expect(fake.callsTo('admin.setStationDeputies')[0].payload).toEqual({ code: 'XJH01', deputyIds: ['d-town-3', 'd-nat-1'], base: ['d-town-3'] });
    expect(await screen.findByText('已将刘建华设为本站代表')).toBeTruthy();
  });

  it('shows the refusal when a deputy is outside the region', async () => {
    taroTest.reset();
    fakeFunctions({
      'admin.stations': ok({ items: [station] }),
      'admin.regions': ok({ items: [] }),
      'admin.attachableDeputies': attachable,
      'admin.setStationDeputies': refuse('OUT_OF_REGION', '以下代表不属于您管辖的地区,不能设为本站代表:刘建华'),
    });
    render(<AdminStationsPage />);
    const open = await screen.findByText('设置本站代表(1位)');
    await act(async () => fireEvent.click(open));
    const attach = await screen.findByText('设为本站代表');
    await act(async () => fireEvent.click(attach));
    expect(await screen.findByText('以下代表不属于您管辖的地区,不能设为本站代表:刘建华')).toBeTruthy();
  });
});
