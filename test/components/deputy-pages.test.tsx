import { act, fireEvent, render, screen } from '@testing-library/react';
import InboxPage from '../../src/packages/deputy/pages/inbox/index';
import DeputyDetailPage from '../../src/packages/deputy/pages/detail/index';
import { taroTest } from './stubs/taro';
import { fakeFunctions, ok, refuse, restoreTransport } from './support/fake-transport';
import { aDeputyDetail, anOpinionDetail } from './support/views';

afterEach(restoreTransport);

const inboxPage = (items: unknown[], counts: Record<string, number>) =>
  ok({ items, total: items.length, counts });

describe('代表收件箱', () => {
  it('starts on 待受理, shows the counts of every tab, and switches tab', async () => {
    taroTest.reset();
    const item = { ...anOpinionDetail(), chaseCount: 1, ageDays: 0, overdue: false };
    const fake = fakeFunctions({ 'deputy.inbox': inboxPage([item], { new: 1, in_progress: 4, waiting: 0, overdue: 2, done: 7, all: 14 }) });
    render(<InboxPage />);
    expect(await screen.findByText('小区电梯经常故障')).toBeTruthy();
    // Six short underline tabs, each read out with its count; the work still to do shows it (a red badge
    // when it asks for action, nothing for zero), 已办结 and 全部 do not, so the six fit.
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((t) => t.getAttribute('aria-label'))).toEqual(['待受理 1', '办理中 4', '待补充 0', '逾期 2', '已办结 7', '全部 14']);
    expect(tabs.map((t) => t.textContent)).toEqual(['待受理1', '办理中4', '待补充', '逾期2', '已办结', '全部']);
    expect(tabs[0].className).toBe('inbox-tab inbox-tab--on');
    expect(tabs[0].querySelector('.inbox-tab__count--hot')?.textContent).toBe('1');
    expect(tabs[1].querySelector('.inbox-tab__count')?.className).toBe('inbox-tab__count');
    expect(tabs[3].querySelector('.inbox-tab__count--hot')?.textContent).toBe('2');
    expect(screen.getByText(/今天收到 · 催办1次/)).toBeTruthy();
    expect(fake.callsTo('deputy.inbox')[0].payload).toEqual({ tab: 'new', offset: 0, limit: 20 });
    await act(async () => fireEvent.click(screen.getByRole('tab', { name: '全部 14' })));
    expect(fake.callsTo('deputy.inbox').at(-1)?.payload).toEqual({ tab: 'all', offset: 0, limit: 20 });
    expect(screen.getByRole('tab', { name: '全部 14' }).className).toBe('inbox-tab inbox-tab--on');
    fireEvent.click(await screen.findByText('小区电梯经常故障'));
    expect(taroTest.navigations).toContainEqual({ kind: 'navigateTo', url: '/packages/deputy/pages/detail/index?id=op-1' });
  });

  it('opens the tab named in ?tab= (a reminder links to 已逾期); an unknown tab opens 待受理', async () => {
    taroTest.reset({ tab: 'overdue' });
    const fake = fakeFunctions({ 'deputy.inbox': inboxPage([], { new: 0, overdue: 0 }) });
    render(<InboxPage />);
    expect(await screen.findByText('这里没有意见')).toBeTruthy();
    expect(fake.callsTo('deputy.inbox')[0].payload).toEqual({ tab: 'overdue', offset: 0, limit: 20 });

    taroTest.reset({ tab: 'everything' });
    const other = fakeFunctions({ 'deputy.inbox': inboxPage([], { new: 0 }) });
    render(<InboxPage />);
    await screen.findAllByText('这里没有意见');
    expect(other.callsTo('deputy.inbox')[0].payload).toEqual({ tab: 'new', offset: 0, limit: 20 });
  });

  it('opens the deputy\'s other work from an icon grid, not from chips', async () => {
    taroTest.reset();
    fakeFunctions({ 'deputy.inbox': inboxPage([], { new: 0 }) });
    const { container } = render(<InboxPage />);
    await screen.findByText('这里没有意见');
    const grid = container.querySelector('.deputy-tools .ui-grid') as HTMLElement;
    expect(Array.from(grid.querySelectorAll('.ui-grid__label')).map((l) => l.textContent)).toEqual(['接待值班', '履职活动', '履职档案', '代表建议', '我的资料']);
    expect(container.querySelectorAll('.chip')).toHaveLength(0);
    for (const label of ['接待值班', '履职活动', '履职档案', '代表建议', '我的资料']) fireEvent.click(screen.getByText(label));
    expect(taroTest.navigations.map((n) => n.url)).toEqual([
      '/packages/deputy/pages/duty/index',
      '/packages/deputy/pages/activities/index',
      '/packages/deputy/pages/record/index',
      '/packages/deputy/pages/suggestions/index',
      '/packages/deputy/pages/profile/index',
    ]);
  });

  it('says plainly when the caller is not a deputy, and offers binding with an invite code', async () => {
    taroTest.reset();
    fakeFunctions({ 'deputy.inbox': refuse('FORBIDDEN', '您没有权限进行此操作') });
    render(<InboxPage />);
    expect(await screen.findByText('还不是代表身份')).toBeTruthy();
    fireEvent.click(screen.getByText('输入邀请码绑定'));
    expect(taroTest.navigations).toContainEqual({ kind: 'navigateTo', url: '/packages/deputy/pages/bind/index' });
  });
});

describe('代表办理意见', () => {
  const open = (answers: Record<string, unknown>) => {
    taroTest.reset({ id: 'op-1' });
    const fake = fakeFunctions(answers);
    render(<DeputyDetailPage />);
    return fake;
  };

  it('shows the result of a case resolved without a reply, not 还没有答复', async () => {
    open({
      'deputy.detail': ok(
        aDeputyDetail({
          status: 'resolved',
          statusLabel: '已办结',
          resolution: { kind: 'explained', kindLabel: '已解释说明', text: '经核实该路段属市管道路，已向居民说明并转市城管部门。', at: '2026-11-27T02:00:00.000Z', byLabel: '李红梅代表' },
        }),
      ),
    });
    expect(await screen.findByText('办理结果')).toBeTruthy();
    expect(screen.getByText('已解释说明')).toBeTruthy();
    expect(screen.getByText('经核实该路段属市管道路，已向居民说明并转市城管部门。')).toBeTruthy();
    expect(screen.queryByText('还没有答复')).toBeNull();
  });

  it('offers 受理 for an assigned opinion, and shows the new status after it', async () => {
    const fake = open({
      'deputy.detail': [ok(aDeputyDetail()), ok(aDeputyDetail({ status: 'accepted', statusLabel: '已受理' }))],
      'deputy.accept': ok({ id: 'op-1', status: 'accepted', statusLabel: '已受理' }),
    });
    const accept = await screen.findByRole('button', { name: '受理' });
    expect(screen.queryByText('发送答复')).toBeNull();
    await act(async () => fireEvent.click(accept));
    expect(await screen.findByText('已受理')).toBeTruthy();
    expect(fake.callsTo('deputy.accept')[0].payload).toEqual({ id: 'op-1' });
    expect(screen.queryByRole('button', { name: '受理' })).toBeNull();
    expect(screen.getByText('发送答复')).toBeTruthy();
  });

  it('refuses an empty reply without calling the server, then sends the reply', async () => {
    const fake = open({
      'deputy.detail': [
        ok(aDeputyDetail({ status: 'accepted', statusLabel: '已受理' })),
        ok(aDeputyDetail({ status: 'replied', statusLabel: '已答复', replies: [{ at: '2026-11-25T02:00:00.000Z', text: '已联系物业和维保单位，本周内完成检修。', byLabel: '李红梅代表' }] })),
      ],
      'deputy.reply': ok({ id: 'op-1', status: 'replied', statusLabel: '已答复' }),
    });
    const send = await screen.findByText('发送答复');
    await act(async () => fireEvent.click(send));
    expect(screen.getByRole('alert').textContent).toBe('请填写答复内容');
    expect(fake.callsTo('deputy.reply')).toHaveLength(0);
    fireEvent.change(screen.getByPlaceholderText(/写明了解到的情况/), { target: { value: '已联系物业和维保单位，本周内完成检修。' } });
    await act(async () => fireEvent.click(screen.getByText('发送答复')));
    expect(await screen.findByText('已联系物业和维保单位，本周内完成检修。')).toBeTruthy();
    expect(fake.callsTo('deputy.reply')[0].payload).toEqual({ id: 'op-1', text: '已联系物业和维保单位，本周内完成检修。' });
  });

  it("shows the server's refusal and keeps the reply", async () => {
    open({
      'deputy.detail': ok(aDeputyDetail({ status: 'accepted', statusLabel: '已受理' })),
      'deputy.reply': refuse('CONFLICT', '意见状态刚刚发生了变化，请刷新后重试'),
    });
    const box = await screen.findByPlaceholderText(/写明了解到的情况/);
    fireEvent.change(box, { target: { value: '我们正在协调物业和维保单位，请耐心等待。' } });
    await act(async () => fireEvent.click(screen.getByText('发送答复')));
    expect((await screen.findByRole('alert')).textContent).toBe('意见状态刚刚发生了变化，请刷新后重试');
    expect((screen.getByPlaceholderText(/写明了解到的情况/) as HTMLTextAreaElement).value).toBe('我们正在协调物业和维保单位，请耐心等待。');
    expect(taroTest.toasts).toEqual([]);
  });
});
