import { act, fireEvent, render, screen } from '@testing-library/react';
import ShowcasePage from '../../src/packages/resident/pages/showcase/index';
import { taroTest } from './stubs/taro';
import { fakeFunctions, ok, restoreTransport } from './support/fake-transport';

afterEach(restoreTransport);

const aCase = (over: Record<string, unknown> = {}) => ({
  id: 'op-1',
  stationCode: 'WYH01',
  stationName: '望月湖街道人大代表联络站',
  category: '住房物业',
  title: '老旧小区电梯修好了',
  summary: '居民反映3栋电梯经常停运。',
  result: '代表协调物业更换主板，电梯恢复运行。',
  resolvedAt: '2026-11-20T02:00:00.000Z',
  ...over,
});

describe('办实事成果', () => {
  it("lists this station's cases, then the whole region's", async () => {
    taroTest.reset({ stationCode: 'WYH01', regionCode: '430104' });
    const fake = fakeFunctions({
      'showcase.list': [ok({ items: [aCase()], total: 1 }), ok({ items: [aCase(), aCase({ id: 'op-2', title: '公交站台加了遮雨棚', stationName: '岳麓区人大代表联络总站' })], total: 2 })],
    });
    render(<ShowcasePage />);
    expect(await screen.findByText('老旧小区电梯修好了')).toBeTruthy();
    expect(screen.getByText('代表协调物业更换主板，电梯恢复运行。')).toBeTruthy();
    expect(fake.callsTo('showcase.list')[0].payload).toEqual({ stationCode: 'WYH01', limit: 20 });
    await act(async () => fireEvent.click(screen.getByText('本地区全部')));
    expect(await screen.findByText('公交站台加了遮雨棚')).toBeTruthy();
    expect(fake.callsTo('showcase.list').at(-1)?.payload).toEqual({ regionCode: '430104', limit: 20 });
  });

  it('loads the next page after the cursor the last one answered, below what is shown', async () => {
    taroTest.reset({ stationCode: 'WYH01', regionCode: '430104' });
    const fake = fakeFunctions({
      'showcase.list': [ok({ items: [aCase()], total: 2, nextCursor: 'c1' }), ok({ items: [aCase({ id: 'op-2', title: '公交站台加了遮雨棚' })] })],
    });
    render(<ShowcasePage />);
    expect(await screen.findByText('老旧小区电梯修好了')).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByText('加载更多')));
    expect(await screen.findByText('公交站台加了遮雨棚')).toBeTruthy();
    expect(screen.getByText('老旧小区电梯修好了')).toBeTruthy();
    expect(fake.callsTo('showcase.list')[1].payload).toEqual({ stationCode: 'WYH01', cursor: 'c1', limit: 20 });
    expect(screen.queryByText('加载更多')).toBeNull();
  });

  it('says so when nothing is published yet', async () => {
    taroTest.reset({ stationCode: 'WYH01', regionCode: '430104' });
    fakeFunctions({ 'showcase.list': ok({ items: [], total: 0 }) });
    render(<ShowcasePage />);
    expect(await screen.findByText('这里还没有公开的办实事成果')).toBeTruthy();
  });
});
