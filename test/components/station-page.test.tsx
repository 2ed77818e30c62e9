import { act, fireEvent, render, screen } from '@testing-library/react';
import StationPage from '../../src/pages/station/index';
import { isLargeText } from '../../src/lib/text-size';
import { taroTest } from './stubs/taro';
import { NETWORK_DOWN, fakeFunctions, ok, refuse, restoreTransport } from './support/fake-transport';
import { aDeputy, aStation } from './support/views';

const ITEMS = [
  { code: 'YL01', name: '岳麓区人大代表联络总站', address: '岳麓区政府大院', regionName: '岳麓区', retired: false },
  { code: 'WYH01', name: '望月湖街道人大代表联络站', address: '望月湖街道办事处一楼', regionName: '望月湖街道', retired: false },
];
const LIST = ok({ items: ITEMS });

function open(params: Record<string, string>, answers: Record<string, unknown>) {
  taroTest.reset(params);
  const fake = fakeFunctions(answers);
  render(<StationPage />);
  return fake;
}

afterEach(restoreTransport);

describe('联络站 page', () => {
  it('opens the station of the QR scene, decoded, with schedule and deputies', async () => {
    const fake = open({ scene: encodeURIComponent('WYH01') }, { 'station.get': ok(aStation()) });
    await screen.findByText('望月湖街道人大代表联络站');
    expect(fake.callsTo('station.get')[0].payload).toEqual({ code: 'WYH01' });
    expect(screen.getByText('地址：望月湖街道办事处一楼')).toBeTruthy();
    expect(screen.getByText(/11-27 周五 09:00–11:30/)).toBeTruthy();
    expect(screen.getByText('今天没有安排接待，您仍可以写意见，我们会转给代表。')).toBeTruthy();
    expect(screen.getByAltText('李红梅代表的照片')).toBeTruthy();
    expect(screen.getByText('请假中')).toBeTruthy();
    // Named from the region, as the server says (岳麓区人大代表), never by the taxonomy (县（市区）人大代表).
    expect(screen.getAllByText('岳麓区人大代表').length).toBe(1);
    expect(screen.getAllByText('望月湖街道人大代表').length).toBe(1);
    expect(screen.queryByText(/县（市区）/)).toBeNull();
  });

  it('turns large text on from the station page, where a scan lands, and back', async () => {
    open({ scene: 'WYH01' }, { 'station.get': ok(aStation()) });
    const bigger = await screen.findByText('字大一点');
    await act(async () => fireEvent.click(bigger));
    expect(isLargeText()).toBe(true);
    expect(document.querySelector('.page--large')).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByText('恢复标准字号')));
    expect(isLargeText()).toBe(false);
    expect(document.querySelector('.page--large')).toBeNull();
  });

  it('names a deputy by level where the server did not name the region', async () => {
    open({ scene: 'WYH01' }, { 'station.get': ok(aStation({ deputies: [aDeputy({ title: undefined })] })) });
    expect(await screen.findByText('县（市区）人大代表')).toBeTruthy();
  });

  it('copies the station link in H5, where there is no share sheet, and says so', async () => {
    open({ scene: 'WYH01' }, { 'station.get': ok(aStation()) });
    const share = await screen.findByText('分享给邻居（复制链接）');
    await act(async () => fireEvent.click(share));
    expect(taroTest.clipboard).toHaveLength(1);
    expect(taroTest.clipboard[0]).toMatch(/#\/pages\/station\/index\?scene=WYH01$/);
    expect(taroTest.toasts).toContainEqual({ title: '链接已复制', icon: 'success' });
  });

  it('shows each deputy\'s specialties and only the contact they chose to publish', async () => {
    const station = aStation({
      deputies: [
        aDeputy({ specialties: ['住房物业', '交通出行'], contact: { kind: 'office_phone', text: '办公电话 073188886666', phone: '073188886666' } }),
        aDeputy({ id: 'd-town-1', name: '王建国', specialties: [], contact: { kind: 'none', text: '' } }),
      ],
    });
    open({ scene: 'WYH01' }, { 'station.get': ok(station) });
    expect(await screen.findByText('关注领域：住房物业、交通出行')).toBeTruthy();
    expect(screen.getAllByText(/^联系方式：/).map((n) => n.textContent)).toEqual(['联系方式：办公电话 073188886666']);
  });

  it('opens the map for directions when the station has a position, and links to 办实事成果', async () => {
    const opened = jest.spyOn(window, 'open').mockImplementation(() => null);
    open({ scene: 'WYH01' }, { 'station.get': ok(aStation({ location: { latitude: 28.2029, longitude: 112.9535 } })) });
    fireEvent.click(await screen.findByText('打开地图/导航'));
    expect(opened.mock.calls[0][0]).toContain('position=112.9535,28.2029');
    opened.mockRestore();
    fireEvent.click(screen.getByText('办实事成果'));
    expect(taroTest.navigations).toContainEqual({
      kind: 'navigateTo',
      url: '/packages/resident/pages/showcase/index?stationCode=WYH01&regionCode=430104001',
    });
  });

  it('offers no map button for a station without a position', async () => {
    open({ scene: 'WYH01' }, { 'station.get': ok(aStation()) });
    await screen.findByText('本站代表');
    expect(screen.queryByText('打开地图/导航')).toBeNull();
  });

  it("opens the write form for this station and remembers it", async () => {
    open({ scene: 'WYH01' }, { 'station.get': ok(aStation()) });
    fireEvent.click(await screen.findByText('给代表写意见'));
    expect(taroTest.storage.get('lastStationCode')).toBe('WYH01');
    expect(taroTest.navigations).toContainEqual({ kind: 'switchTab', url: '/pages/write/index' });
  });

  it('shows a clear page for an unknown code, with a way back to the list', async () => {
    const fake = open(
      { scene: 'NOPE99' },
      { 'station.get': refuse('STATION_NOT_FOUND', '没有找到这个联络站，请确认二维码是否正确'), 'station.list': LIST },
    );
    expect(await screen.findByText('没有找到这个联络站')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('NOPE99');
    await act(async () => fireEvent.click(screen.getByText('查看联络站列表')));
    expect(await screen.findByText('选择联络站')).toBeTruthy();
    expect(fake.callsTo('station.list')).toHaveLength(1);
  });

  it('treats a scene the contract refuses as an unknown station, not a blank page', async () => {
    open({ scene: '%E4%B8%AD' }, { 'station.get': refuse('INVALID_PAYLOAD', '联络站编号含有二维码不允许的字符') });
    expect(await screen.findByText('没有找到这个联络站')).toBeTruthy();
  });

  it('shows a retired station as 已撤并 with where to go instead, and opens it', async () => {
    const retired = aStation({
      code: 'XJH00',
      name: '咸嘉湖旧联络站',
      retired: true,
      movedTo: { code: 'XJH01', name: '咸嘉湖街道人大代表联络站', address: '咸嘉湖街道办事处二楼' },
    });
    const fake = open({ scene: 'XJH00' }, {
      'station.get': (p: { code: string }) => (p.code === 'XJH00' ? ok(retired) : ok(aStation({ code: 'XJH01', name: '咸嘉湖街道人大代表联络站' }))),
    });
    expect(await screen.findByText('该联络站已撤并')).toBeTruthy();
    expect(screen.getByText('咸嘉湖街道办事处二楼')).toBeTruthy();
    expect(screen.queryByText('给代表写意见')).toBeNull();
    expect(taroTest.storage.has('lastStationCode')).toBe(false);
    await act(async () => fireEvent.click(screen.getByText('前往咸嘉湖街道人大代表联络站')));
    expect(await screen.findByText('给代表写意见')).toBeTruthy();
    expect(fake.callsTo('station.get').map((c) => c.payload.code)).toEqual(['XJH00', 'XJH01']);
  });

  it('lists the stations when opened without a scene, and opens the one picked', async () => {
    const fake = open({}, { 'station.list': LIST, 'station.get': ok(aStation()) });
    const item = await screen.findByText('望月湖街道人大代表联络站');
    await act(async () => fireEvent.click(item));
    expect(await screen.findByText('给代表写意见')).toBeTruthy();
    expect(fake.callsTo('station.get')[0].payload).toEqual({ code: 'WYH01' });
  });

  it('pages the list: the first page without a cursor, more below it after the cursor it answered', async () => {
    const more = { code: 'XJH01', name: '咸嘉湖街道人大代表联络站', address: '咸嘉湖路', regionName: '咸嘉湖街道', retired: false };
    const fake = open({}, { 'station.list': [ok({ items: ITEMS, nextCursor: 'after-wyh' }), ok({ items: [more] })] });
    expect(await screen.findByText('望月湖街道人大代表联络站')).toBeTruthy();
    expect(fake.callsTo('station.list')[0].payload).toEqual({});
    await act(async () => fireEvent.click(screen.getByText('加载更多')));
    expect(await screen.findByText('咸嘉湖街道人大代表联络站')).toBeTruthy();
    expect(screen.getByText('岳麓区人大代表联络总站')).toBeTruthy();
    expect(fake.callsTo('station.list')[1].payload).toEqual({ cursor: 'after-wyh' });
    expect(screen.queryByText('加载更多')).toBeNull();
  });

  it('says what went wrong when the network fails, and retries', async () => {
    const fake = open({ scene: 'WYH01' }, { 'station.get': [NETWORK_DOWN, ok(aStation())] });
    expect(await screen.findByText('网络连接失败，请检查网络后重试')).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByText('重试')));
    expect(await screen.findByText('给代表写意见')).toBeTruthy();
    expect(fake.callsTo('station.get')).toHaveLength(2);
  });
});
