import { act, fireEvent, render, screen, within } from '@testing-library/react';
import AdminStationsPage from '../../src/packages/admin/pages/stations/index';
import { taroTest } from './stubs/taro';
import { fakeFunctions, ok, refuse, restoreTransport } from './support/fake-transport';

afterEach(restoreTransport);


const station = { code: 'XJH01', name: '咸嘉湖街道人大代表联络站', address: '咸嘉湖路 120 号', regionCode: '430104010', regionName: '咸嘉湖街道', retired: false, deputyIds: ['d-town-3'], staff: [], staffMembers: [] };
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
      'admin.staffOverview': ok({ staff: [], openInvites: [] }),
      'admin.attachableDeputies': attachable,
      'admin.setStationDeputies': ok({ ...station, deputyIds: ['d-town-3', 'd-nat-1'] }),
    });
    render(<AdminStationsPage />);
    const open = await screen.findByText('本站代表（1位）');
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
      'admin.staffOverview': ok({ staff: [], openInvites: [] }),
      'admin.attachableDeputies': attachable,
      'admin.setStationDeputies': refuse('OUT_OF_REGION', '以下代表不属于您管辖的地区，不能设为本站代表：刘建华'),
    });
    render(<AdminStationsPage />);
    const open = await screen.findByText('本站代表（1位）');
    await act(async () => fireEvent.click(open));
    const attach = await screen.findByText('设为本站代表');
    await act(async () => fireEvent.click(attach));
    expect(await screen.findByText('以下代表不属于您管辖的地区，不能设为本站代表：刘建华')).toBeTruthy();
  });
});

const REACHABLE = { reachable: true, label: '可接收提醒', lastDeliveredAt: '2026-12-04T02:00:00.000Z' };
const wyh = {
  ...station,
  code: 'WYH01',
  name: '望月湖街道人大代表联络站',
  address: '望月湖路 38 号',
  regionCode: '430104007',
  regionName: '望月湖街道',
  deputyIds: [],
  staff: ['demo-staff-wyh'],
  staffMembers: [{ openid: 'demo-staff-wyh', label: '望月湖街道人大代表联络站的工作人员' }],
};
const people = ok({
  staff: [
    { openid: 'walk-new-staff', label: '王小红', name: '王小红', joinedAt: '2026-12-01T02:00:00.000Z', stations: [{ code: 'XJH01', name: '咸嘉湖街道人大代表联络站' }], reach: REACHABLE },
    { openid: 'demo-staff-wyh', label: '望月湖街道人大代表联络站的工作人员', stations: [{ code: 'WYH01', name: '望月湖街道人大代表联络站' }], reach: REACHABLE },
  ],
  openInvites: [],
});

describe('admin stations page: people by name, merging with a confirmation', () => {
  it('shows each station’s staff by name or label, never a WeChat id, and gives a station to a person picked by name', async () => {
    taroTest.reset();
    const fake = fakeFunctions({
      'admin.stations': ok({ items: [station, wyh] }),
      'admin.regions': ok({ items: [] }),
      'admin.staffOverview': people,
      'admin.giveStation': ok({ ...station, staff: ['walk-new-staff'], staffMembers: [{ openid: 'walk-new-staff', label: '王小红' }] }),
    });
    render(<AdminStationsPage />);
    expect(await screen.findByText('工作人员：望月湖街道人大代表联络站的工作人员')).toBeTruthy();
    expect(screen.getByText('工作人员：暂无')).toBeTruthy();
    // No box to type a WeChat id into, and no id on screen.
    expect(screen.queryByText(/微信标识/)).toBeNull();
    expect(document.querySelectorAll('input').length).toBe(3); // the new station's code, name and address
    const xjh = document.querySelector('.admin-station[data-code="XJH01"]') as HTMLElement;
    await act(async () => fireEvent.click(within(xjh).getByText('安排工作人员')));
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByText('王小红')).toBeTruthy();
    expect(within(dialog).getByText('负责：咸嘉湖街道人大代表联络站')).toBeTruthy();
    expect(within(dialog).getByText('望月湖街道人大代表联络站的工作人员')).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/demo-staff|walk-new-staff/);
    await act(async () => fireEvent.click(within(dialog).getByText('王小红')));
    expect(fake.callsTo('admin.giveStation')[0].payload).toEqual({ code: 'XJH01', openid: 'walk-new-staff' });
    expect(await screen.findByText('已交给 王小红 负责咸嘉湖街道人大代表联络站')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('takes a station back from a person after a confirmation', async () => {
    taroTest.reset();
    const fake = fakeFunctions({
      'admin.stations': ok({ items: [station, wyh] }),
      'admin.regions': ok({ items: [] }),
      'admin.staffOverview': people,
      'admin.takeStation': ok({ ...wyh, staff: [], staffMembers: [] }),
    });
    render(<AdminStationsPage />);
    const card = (await screen.findByText('望月湖街道人大代表联络站（WYH01）')).closest('.admin-station') as HTMLElement;
    await act(async () => fireEvent.click(within(card).getByText('安排工作人员')));
    taroTest.answerModal(false);
    await act(async () => fireEvent.click(within(screen.getByRole('dialog')).getByText('收回')));
    expect(taroTest.modals.at(-1)).toMatchObject({ title: '收回联络站', confirmText: '收回' });
    expect(fake.callsTo('admin.takeStation')).toHaveLength(0);
    await act(async () => fireEvent.click(within(screen.getByRole('dialog')).getByText('收回')));
    expect(fake.callsTo('admin.takeStation')[0].payload).toEqual({ code: 'WYH01', openid: 'demo-staff-wyh' });
  });

  it('merges a station into one picked from the list, only once the confirmation is accepted', async () => {
    taroTest.reset();
    const retired = { ...station, retired: true, movedTo: 'WYH01', staff: [], staffMembers: [] };
    const fake = fakeFunctions({
      'admin.stations': [ok({ items: [station, wyh] }), ok({ items: [wyh, retired] })],
      'admin.regions': ok({ items: [] }),
      'admin.staffOverview': people,
      'admin.retireStation': ok(retired),
    });
    render(<AdminStationsPage />);
    const card = (await screen.findByText('咸嘉湖街道人大代表联络站（XJH01）')).closest('.admin-station') as HTMLElement;
    expect(screen.queryByText(/联络站编号/)).toBeNull(); // no station code to type
    await act(async () => fireEvent.click(within(card).getByText('撤并')));
    const dialog = screen.getByRole('dialog');
    // The other active stations, never the station itself.
    expect(within(dialog).getByText('望月湖街道人大代表联络站')).toBeTruthy();
    expect(within(dialog).queryByText('咸嘉湖街道人大代表联络站')).toBeNull();
    taroTest.answerModal(false);
    await act(async () => fireEvent.click(within(dialog).getByText('望月湖街道人大代表联络站')));
    expect(taroTest.modals).toEqual([
      {
        title: '确认撤并',
        content: '咸嘉湖街道人大代表联络站撤并到望月湖街道人大代表联络站后不能恢复。扫这个站二维码的群众会看到“已撤并”，并被引导到望月湖街道人大代表联络站。',
        confirmText: '撤并',
      },
    ]);
    expect(fake.callsTo('admin.retireStation')).toHaveLength(0);
    await act(async () => fireEvent.click(within(screen.getByRole('dialog')).getByText('望月湖街道人大代表联络站')));
    expect(fake.callsTo('admin.retireStation')[0].payload).toEqual({ code: 'XJH01', movedTo: 'WYH01' });
    expect(await screen.findByText('咸嘉湖街道人大代表联络站已撤并到望月湖街道人大代表联络站')).toBeTruthy();
    expect(await screen.findByText('已撤并到望月湖街道人大代表联络站')).toBeTruthy();
  });
});
