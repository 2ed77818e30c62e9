/**
 * 附议 on the write page (decision 0036): once the text is written (the resident leaves the box,
 * or pauses), similar open cases of others are offered in a quiet panel — nothing when there are
 * none — each with 附议; tapping it explains and asks to confirm, the confirming tap joins the case
 * and the result page leads to it. The resident can still send their own. The page of a joined
 * case, and the list of them in 办理进度.
 */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { Answer } from '../../core/contract/functions';
import WritePage from '../../src/pages/write/index';
import MinePage from '../../src/pages/mine/index';
import SecondedPage from '../../src/packages/resident/pages/seconded/index';
import { SIMILAR_PAUSE_MS } from '../../src/hooks/use-similar';
import * as subscribe from '../../src/platform/subscribe';
import { taroTest } from './stubs/taro';
import { fakeFunctions, ok, refuse, restoreTransport } from './support/fake-transport';
import { aMe, aStation, someTemplates } from './support/views';

type SimilarItem = Answer<'opinion', 'similar'>['items'][number];

const WRITTEN = '望月湖小区3栋电梯好几天不动了，没人来修';

function aCase(overrides: Partial<SimilarItem> = {}): SimilarItem {
  return {
    id: 'op-similar-1',
    excerpt: '望月湖小区*栋电梯坏了一个星期，老人上下楼很困难，物业电话[电话]，一直没人接。',
    category: '住房物业',
    status: 'accepted',
    statusLabel: '代表办理中',
    stationName: '望月湖街道人大代表联络站',
    createdAt: '2026-12-03T02:00:00.000Z',
    createdLabel: '2天前',
    secondCount: 3,
    ...overrides,
  };
}

async function openForm(answers: Record<string, unknown> = {}, { large = false } = {}) {
  taroTest.reset();
  taroTest.storage.set('lastStationCode', 'WYH01');
  if (large) taroTest.storage.set('largeText', 'on');
  const fake = fakeFunctions({
    'station.get': ok(aStation()),
    'user.me': ok(aMe()),
    'subscription.templates': ok({ templates: [] }),
    ...answers,
  });
  render(<WritePage />);
  await screen.findByText('提交意见');
  return fake;
}

const textarea = () => screen.getByPlaceholderText(/请写清楚/) as HTMLTextAreaElement;
const type = (value: string) => fireEvent.change(textarea(), { target: { value } });
const leaveText = () => fireEvent.blur(textarea());
/** The H5 stand-in of WeChat's subscription dialog. */
const dialogButton = (label: '允许' | '取消') =>
  Array.from(document.querySelectorAll('.sim-subscribe button')).find((b) => b.textContent === label) as HTMLButtonElement;

afterEach(() => {
  restoreTransport();
  jest.useRealTimers();
  jest.restoreAllMocks();
  document.querySelectorAll('.sim-subscribe').forEach((n) => n.remove());
});

describe('附近居民反映过类似问题', () => {
  it('shows up to three similar cases once the text is written, each with where it stands and how many joined', async () => {
    const fake = await openForm({ 'opinion.similar': ok({ items: [aCase(), aCase({ id: 'op-similar-2', excerpt: '3栋电梯停运', secondCount: 0, statusLabel: '待代表受理' })] }) });
    type(WRITTEN);
    leaveText();
    expect(await screen.findByText('附近居民反映过类似问题')).toBeTruthy();
    expect(fake.callsTo('opinion.similar').map((c) => c.payload)).toEqual([{ stationCode: 'WYH01', text: WRITTEN }]);
    expect(screen.getAllByTestId('similar-case')).toHaveLength(2);
    expect(screen.getByText(/物业电话\[电话\]/)).toBeTruthy();
    expect(screen.getByText('3 人附议')).toBeTruthy();
    expect(screen.getByText('暂无人附议')).toBeTruthy();
    expect(screen.getByText('代表办理中')).toBeTruthy();
    // Right after the text, before the category.
    const panel = screen.getByTestId('similar-panel');
    expect(Boolean(panel.compareDocumentPosition(screen.getByText('意见类别')) & Node.DOCUMENT_POSITION_FOLLOWING)).toBe(true);
    // The same words again: not asked twice.
    leaveText();
    expect(fake.callsTo('opinion.similar')).toHaveLength(1);
  });

  it('shows nothing when nothing similar is found, when the lookup is refused, or for a short text (not even asked)', async () => {
    const fake = await openForm({ 'opinion.similar': [ok({ items: [] }), refuse('RATE_LIMITED', '查找类似问题过于频繁，请稍后再试')] });
    type('电梯坏了');
    leaveText();
    expect(fake.callsTo('opinion.similar')).toHaveLength(0);
    type(WRITTEN);
    leaveText();
    await waitFor(() => expect(fake.callsTo('opinion.similar')).toHaveLength(1));
    type(`${WRITTEN}，请尽快处理`);
    leaveText();
    await waitFor(() => expect(fake.callsTo('opinion.similar')).toHaveLength(2));
    expect(screen.queryByTestId('similar-panel')).toBeNull();
    expect(screen.queryByText('附近居民反映过类似问题')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('is asked after a pause in writing, not on every keystroke', async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    const fake = await openForm({ 'opinion.similar': ok({ items: [aCase()] }) });
    for (const n of [10, 12, 14, 16]) {
      type(WRITTEN.slice(0, n));
      act(() => void jest.advanceTimersByTime(SIMILAR_PAUSE_MS - 1));
    }
    expect(fake.callsTo('opinion.similar')).toHaveLength(0);
    act(() => void jest.advanceTimersByTime(1));
    expect(fake.callsTo('opinion.similar').map((c) => c.payload.text)).toEqual([WRITTEN.slice(0, 16)]);
    jest.useRealTimers();
    expect(await screen.findByTestId('similar-panel')).toBeTruthy();
  });

  it('附议 explains and asks to confirm, then joins the case and leads to it; the resident can go back to their own', async () => {
    const fake = await openForm({
      'opinion.similar': ok({ items: [aCase()] }),
      'opinion.second': ok({ id: 'op-similar-1', seconded: true, duplicate: false, secondCount: 4 }),
      'subscription.templates': ok(someTemplates()),
      'subscription.grant': ok({ credits: { opinion_accepted: 1, opinion_need_info: 1, opinion_result: 1 } }),
    });
    const ask = jest.spyOn(subscribe, 'requestSubscribe');
    type(WRITTEN);
    leaveText();
    fireEvent.click(await screen.findByTestId('similar-second'));
    const dialog = screen.getByRole('dialog', { name: '附议这件意见' });
    expect(dialog.textContent).toContain('您将关注这件意见的办理进展并收到通知，不再重复提交。');
    expect(fake.callsTo('opinion.second')).toHaveLength(0); // nothing before the confirmation
    // The templates are known before the tap (the panel asked for them when it appeared).
    await waitFor(() => expect(fake.callsTo('subscription.templates')).toHaveLength(2));

    fireEvent.click(screen.getByTestId('second-confirm')); // no await: WeChat's dialog opens inside the tap
    expect(ask).toHaveBeenCalledTimes(1);
    expect(fake.callsTo('opinion.second')).toHaveLength(0);
    await act(async () => dialogButton('允许').click());
    expect(await screen.findByText('已附议')).toBeTruthy();
    expect(fake.callsTo('subscription.grant')).toHaveLength(1);
    const [sent] = fake.callsTo('opinion.second');
    expect(sent.payload).toEqual({ id: 'op-similar-1', requestId: expect.stringMatching(/^[A-Za-z0-9_-]{8,64}$/) });
    expect(screen.getByText(/这件意见现有 4 人附议/)).toBeTruthy();
    fireEvent.click(screen.getByText('查看这件意见'));
    expect(taroTest.navigations.at(-1)).toEqual({ kind: 'navigateTo', url: '/packages/resident/pages/seconded/index?id=op-similar-1' });

    // Back to the form: the draft is still there, to send as their own if they wish.
    fireEvent.click(screen.getByText('继续写我的意见'));
    expect(textarea().value).toBe(WRITTEN);
    expect(fake.callsTo('opinion.submit')).toHaveLength(0);
  });

  it('cancelling the confirmation joins nothing; a refusal is shown in the sheet', async () => {
    const fake = await openForm({
      'opinion.similar': ok({ items: [aCase()] }),
      'opinion.second': refuse('SECOND_CLOSED', '这件意见已经办结或不再办理，不能附议，您可以提交自己的意见'),
    });
    type(WRITTEN);
    leaveText();
    fireEvent.click(await screen.findByTestId('similar-second'));
    fireEvent.click(screen.getByRole('button', { name: '取消' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(fake.callsTo('opinion.second')).toHaveLength(0);

    fireEvent.click(screen.getByTestId('similar-second'));
    fireEvent.click(screen.getByTestId('second-confirm'));
    expect(await screen.findByText('这件意见已经办结或不再办理，不能附议，您可以提交自己的意见')).toBeTruthy();
    expect(screen.getByRole('dialog')).toBeTruthy();
  });

  it('grows with large text: the panel and its sheet are inside the large page', async () => {
    await openForm({ 'opinion.similar': ok({ items: [aCase()] }) }, { large: true });
    type(WRITTEN);
    leaveText();
    const panel = await screen.findByTestId('similar-panel');
    expect(panel.closest('.page--large')).toBeTruthy();
    fireEvent.click(screen.getByTestId('similar-second'));
    expect(screen.getByRole('dialog', { name: '附议这件意见' }).closest('.page--large')).toBeTruthy();
  });
});

describe('a joined case', () => {
  const detail = (overrides: Partial<Answer<'opinion', 'secondedDetail'>> = {}): Answer<'opinion', 'secondedDetail'> => ({
    id: 'op-similar-1',
    category: '住房物业',
    status: 'accepted',
    statusLabel: '代表办理中',
    stationName: '望月湖街道人大代表联络站',
    createdAt: '2026-12-03T02:00:00.000Z',
    text: '望月湖小区*栋电梯坏了一个星期。',
    secondCount: 4,
    secondedAt: '2026-12-04T02:00:00.000Z',
    mine: false,
    nextStep: '正在办理，有进展会通知您',
    timeline: [{ at: '2026-12-03T03:00:00.000Z', action: 'accept', actionLabel: '受理', actorLabel: '李红梅代表' }],
    canLeave: true,
    ...overrides,
  });

  it('reads redacted with where it stands, and 取消附议 leaves it after a confirmation', async () => {
    taroTest.reset({ id: 'op-similar-1' });
    const fake = fakeFunctions({
      'opinion.secondedDetail': ok(detail()),
      'opinion.unsecond': ok({ id: 'op-similar-1', seconded: false, duplicate: false, secondCount: 3 }),
    });
    render(<SecondedPage />);
    expect(await screen.findByText('望月湖小区*栋电梯坏了一个星期。')).toBeTruthy();
    expect(screen.getByText('附议 4')).toBeTruthy();
    expect(screen.getByText('正在办理，有进展会通知您')).toBeTruthy();
    fireEvent.click(screen.getByTestId('second-leave'));
    expect(await screen.findByText('已取消附议')).toBeTruthy();
    expect(taroTest.modals).toEqual([expect.objectContaining({ title: '取消附议', content: '取消后不再收到这件意见的办理进展通知。' })]);
    expect(fake.callsTo('opinion.unsecond').map((c) => c.payload)).toEqual([{ id: 'op-similar-1' }]);
  });

  it('办理进度 lists the cases joined, marked 附议, beside the resident’s own', async () => {
    taroTest.reset();
    fakeFunctions({
      'opinion.mine': ok({ items: [], total: 0 }),
      'opinion.seconded': ok({
        items: [{ id: 'op-similar-1', category: '住房物业', status: 'accepted', statusLabel: '代表办理中', stationName: '望月湖街道人大代表联络站', excerpt: '望月湖小区*栋电梯坏了', secondCount: 4, secondedAt: '2026-12-04T02:00:00.000Z' }],
        total: 1,
      }),
    });
    render(<MinePage />);
    expect(await screen.findByText('我附议的（1）')).toBeTruthy();
    expect(screen.getByText('望月湖小区*栋电梯坏了')).toBeTruthy();
    expect(screen.getByText('附议')).toBeTruthy();
    fireEvent.click(screen.getByText('望月湖小区*栋电梯坏了'));
    expect(taroTest.navigations.at(-1)).toEqual({ kind: 'navigateTo', url: '/packages/resident/pages/seconded/index?id=op-similar-1' });
  });
});
