import type { Config } from '@jest/types';
import { relativeDayTime } from '@core/friendly-time';
import { act, fireEvent, render, screen } from '@testing-library/react';
import MePage from '../../src/pages/me/index';
import MinePage from '../../src/pages/mine/index';
import OpinionPage from '../../src/pages/opinion/index';
import { taroTest } from './stubs/taro';
import { fakeFunctions, ok, refuse, restoreTransport } from './support/fake-transport';
import { anOpinionDetail } from './support/views';

afterEach(restoreTransport);

/** Everything jest can fake except Date: the page's promises and timers run as usual. */
const REAL_TIMERS: Config.FakeableAPI[] = ['hrtime', 'nextTick', 'performance', 'queueMicrotask', 'requestAnimationFrame', 'cancelAnimationFrame', 'requestIdleCallback', 'cancelIdleCallback', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'];

const summary = (i: number) => ({ ...anOpinionDetail(), id: `op-${i}`, trackingNo: `430104-20261125-${String(i).padStart(4, '0')}`, excerpt: `第${i}条意见` });

describe('我的意见', () => {
  it('lists my opinions page by page', async () => {
    taroTest.reset();
    const first = Array.from({ length: 20 }, (_, i) => summary(i + 1));
    const fake = fakeFunctions({
      'opinion.mine': [ok({ items: first, total: 21, nextOffset: 20 }), ok({ items: [summary(21)], total: 21 })],
    });
    render(<MinePage />);
    expect(await screen.findByText('第1条意见')).toBeTruthy();
    expect(screen.getByText('共 21 条')).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByText('加载更多')));
    expect(await screen.findByText('第21条意见')).toBeTruthy();
    expect(screen.getByText('没有更多了')).toBeTruthy();
    expect(fake.callsTo('opinion.mine').map((c) => c.payload)).toEqual([
      { offset: 0, limit: 20 },
      { offset: 20, limit: 20 },
    ]);
  });

  it('invites a resident with no opinions to write one', async () => {
    taroTest.reset();
    fakeFunctions({ 'opinion.mine': ok({ items: [], total: 0 }) });
    render(<MinePage />);
    expect(await screen.findByText('您还没有提交过意见')).toBeTruthy();
  });
});

describe('意见详情', () => {
  it('shows status, replies and the timeline', async () => {
    taroTest.reset({ id: 'op-1' });
    fakeFunctions({
      'opinion.detail': ok(
        anOpinionDetail({
          status: 'replied',
          statusLabel: '已答复',
          replies: [{ at: '2026-11-25T02:00:00.000Z', text: '已联系物业，本周内完成检修。', byLabel: '李红梅代表' }],
        }),
      ),
    });
    // The page reads times relative to today: today is fixed (only Date is faked; timers run).
    jest.useFakeTimers({ now: new Date('2026-12-05T04:00:00Z'), doNotFake: REAL_TIMERS });
    try {
      render(<OpinionPage />);
      expect(await screen.findByText('已答复')).toBeTruthy();
    } finally {
      jest.useRealTimers();
    }
    expect(screen.getByText('已联系物业，本周内完成检修。')).toBeTruthy();
    // As residents say it (11月25日 10:00, or 今天/昨天 when it is recent), in Beijing time.
    expect(screen.getByText((_, el) => el?.className === 'talk__by' && el.textContent === '李红梅代表 答复 · 11月25日 10:00')).toBeTruthy();
    // The time is never broken across lines (large text).
    expect(screen.getByText('11月25日 10:00', { selector: '.talk__by .nowrap' })).toBeTruthy();
    expect(relativeDayTime('2026-11-25T02:00:00.000Z', new Date('2026-12-05T04:00:00Z'))).toBe('11月25日 10:00');
    expect(screen.getByText('系统 分派给代表')).toBeTruthy();
  });

  it('shows the result of a resolved case, not "还没有答复"', async () => {
    taroTest.reset({ id: 'op-1' });
    fakeFunctions({
      'opinion.detail': ok(
        anOpinionDetail({
          status: 'resolved',
          statusLabel: '已办结',
          can: { withdraw: false, addInfo: false, chase: false, rate: true },
          nextStep: { text: '已办结：请看办理结果，然后评价' },
          resolution: {
            kind: 'partly',
            kindLabel: '部分解决',
            text: '电梯已修复，加装监控的诉求待下一年度预算。',
            at: '2026-11-27T02:00:00.000Z',
            byLabel: '李红梅代表',
            departmentAnswer: { departmentName: '岳麓区住房和城乡建设局', text: '已责成物业两周内修复电梯。', at: '2026-11-26T02:00:00.000Z' },
          },
        }),
      ),
    });
    render(<OpinionPage />);
    expect(await screen.findByRole('region', { name: '办理结果' })).toBeTruthy();
    expect(screen.getByText('部分解决')).toBeTruthy();
    expect(screen.getByText('电梯已修复，加装监控的诉求待下一年度预算。')).toBeTruthy();
    expect(screen.getByText(/^李红梅代表 · /).textContent).toMatch(/^李红梅代表 · (2026年)?11月27日办结$/);
    expect(screen.getByText(/^岳麓区住房和城乡建设局的答复 ·/).textContent).toMatch(/^岳麓区住房和城乡建设局的答复 · (2026年)?11月26日$/);
    expect(screen.getByText('已责成物业两周内修复电梯。')).toBeTruthy();
    expect(screen.queryByText('还没有答复')).toBeNull();
    // The result comes right under the opinion and where it stands, before the rating.
    const [body, next, rate] = ['查询编号 430104-20261125-0001', '下一步', '评价办理情况'].map((t) => screen.getByText(t));
    const result = screen.getByRole('region', { name: '办理结果' });
    const follows = (a: Element, b: Element) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
    expect(follows(body, result) && follows(result, next) && follows(next, rate)).toBe(true);
  });

  it('names the deputy from the region and the status in the resident\'s words', async () => {
    taroTest.reset({ id: 'op-1' });
    fakeFunctions({ 'opinion.detail': ok(anOpinionDetail()) });
    render(<OpinionPage />);
    expect(await screen.findByText('待代表受理')).toBeTruthy();
    expect(screen.getByText('办理代表：李红梅（岳麓区人大代表）')).toBeTruthy();
    expect(screen.getByText(/^提交于/).textContent).toMatch(/^提交于 (2026年)?11月25日 09:30$/);
  });

  it('says when the opinion is not found', async () => {
    taroTest.reset({ id: 'op-x' });
    fakeFunctions({ 'opinion.detail': refuse('OPINION_NOT_FOUND', '没有找到这条意见') });
    render(<OpinionPage />);
    expect(await screen.findByText('没有找到这条意见')).toBeTruthy();
  });
});

describe('我的', () => {
  it('opens the deputy inbox for a deputy', async () => {
    taroTest.reset();
    fakeFunctions({
      'user.me': ok({ identified: true, roles: ['resident', 'deputy'], deputy: { id: 'd-county-1', name: '李红梅', levelLabel: '县（市区）' }, staffStations: [] }),
    });
    render(<MePage />);
    fireEvent.click(await screen.findByText('代表收件箱'));
    expect(taroTest.navigations).toContainEqual({ kind: 'navigateTo', url: '/packages/deputy/pages/inbox/index' });
    expect(screen.getByText('居民、人大代表')).toBeTruthy();
    expect(screen.queryByText('联络站工作台')).toBeNull();
  });

  it('shows no deputy entry for a resident', async () => {
    taroTest.reset();
    fakeFunctions({ 'user.me': ok({ identified: true, roles: ['resident'], staffStations: [] }) });
    render(<MePage />);
    expect(await screen.findByText('居民')).toBeTruthy();
    expect(screen.queryByText('代表收件箱')).toBeNull();
  });
});

describe('我的 · local persona switcher (H5)', () => {
  const personas = [
    { openid: 'demo-resident-1', name: '居民 张女士', roles: ['resident'], note: '普通居民' },
    { openid: 'demo-deputy-county', name: '代表 李红梅', roles: ['resident', 'deputy'], note: '县人大代表' },
  ];
  const realFetch = globalThis.fetch;
  beforeEach(() => {
    window.localStorage.clear();
    globalThis.fetch = (async () => ({ json: async () => ({ ok: true, data: { personas } }) })) as unknown as typeof fetch;
  });
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  it('starts as the first resident, and switching re-reads who I am', async () => {
    taroTest.reset();
    const fake = fakeFunctions({
      'user.me': [ok({ identified: true, roles: ['resident'], staffStations: [] }), ok({ identified: true, roles: ['resident', 'deputy'], deputy: { id: 'd-county-1', name: '李红梅', levelLabel: '县（市区）' }, staffStations: [] })],
    });
    render(<MePage />);
    expect(await screen.findByText('本地演示：切换身份')).toBeTruthy();
    expect(screen.getByText('当前身份')).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByText('代表 李红梅')));
    expect(window.localStorage.getItem('local.persona.openid')).toBe('demo-deputy-county');
    expect(await screen.findByText('代表收件箱')).toBeTruthy();
    expect(fake.callsTo('user.me')).toHaveLength(2);
  });
});
