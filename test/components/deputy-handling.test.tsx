/**
 * The deputy handles one step at a time (issue 21): one primary action fixed at the bottom for
 * the current step, every other way in an action sheet opening its own dialog (never stacked
 * forms), a confirmation before 办结 and 转交, toasts for what was done, a warning before a reply
 * that will not count (and why), templates named by the deputy, the resident's photos and place.
 */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import DeputyDetailPage from '../../src/packages/deputy/pages/detail/index';
import { taroTest } from './stubs/taro';
import { fakeFunctions, ok, refuse, restoreTransport } from './support/fake-transport';
import { aDeputyDetail } from './support/views';

afterEach(restoreTransport);

type Detail = Parameters<typeof aDeputyDetail>[0];

const FORWARD = {
  departmentName: '岳麓区住房和城乡建设局',
  departmentContact: '0731-88880000',
  letterNo: 'ZB-430104-20261125-0001',
  at: '2026-11-26T02:00:00.000Z',
  answerDueAt: '2026-12-10T15:59:59.000Z',
};
const ANSWER = { at: '2026-11-30T02:00:00.000Z', text: '已督促物业更换电梯控制板。' };
const TEMPLATE = { id: 'tpl-1', title: '已收到', text: '您的意见已收到，我们将尽快协调有关部门处理。' };
const GOOD_REPLY = '已联系物业和维保单位，本周内完成检修。';

function open(detail: Detail | Detail[], answers: Record<string, unknown> = {}) {
  taroTest.reset({ id: 'op-1' });
  const details = (Array.isArray(detail) ? detail : [detail]).map((d) => ok(aDeputyDetail(d)));
  const fake = fakeFunctions({ 'deputy.detail': details, ...answers });
  const view = render(<DeputyDetailPage />);
  return { fake, ...view };
}

/** The fixed bar at the bottom: its buttons, in order. */
const bar = (container: HTMLElement) => {
  const el = container.querySelector('.ui-bottom-bar') as HTMLElement | null;
  return el ? Array.from(el.querySelectorAll('button')).map((b) => b.textContent) : [];
};

/** Opens 更多办理方式 (cancelled unless `pick` is queued) and answers the rows it listed. */
async function moreWays(pick?: number) {
  if (pick !== undefined) taroTest.answerSheet(pick);
  await act(async () => fireEvent.click(screen.getByText('更多办理方式')));
  return taroTest.actionSheets.at(-1)?.itemList;
}

describe('one primary action per step, the other ways in an action sheet', () => {
  it.each<[string, Detail, string[], string[]]>([
    ['assigned： 受理', { status: 'assigned', statusLabel: '已分派' }, ['更多办理方式', '受理'], ['转交其他代表']],
    ['accepted： 答复居民', { status: 'accepted', statusLabel: '已受理' }, ['更多办理方式', '发送答复'], ['请居民补充', '转交部门', '转为代表建议', '转交其他代表', '办结']],
    ['replied： 办结, and 再次答复 first among the other ways', { status: 'replied', statusLabel: '已答复' }, ['更多办理方式', '办结'], ['再次答复', '请居民补充', '转交部门', '转交其他代表']],
    [
      'forwarded, waiting for the department: 登记部门答复',
      { status: 'forwarded', statusLabel: '已转交部门', forward: FORWARD, deputyCan: { ...aDeputyDetail({ status: 'forwarded' }).deputyCan, departmentAnswer: true } },
      ['更多办理方式', '登记部门答复'],
      ['答复居民', '请居民补充', '转交其他代表', '办结'],
    ],
    ['forwarded and answered: 办结', { status: 'forwarded', statusLabel: '已转交部门', forward: { ...FORWARD, answer: ANSWER } }, ['更多办理方式', '办结'], ['答复居民', '请居民补充', '转交其他代表']],
    ['waiting for the resident: no primary action', { status: 'need_info', statusLabel: '待补充' }, ['更多办理方式'], ['转交其他代表']],
  ])('%s', async (_, detail, buttons, sheet) => {
    const { container } = open(detail);
    await screen.findByText('办理经过');
    expect(bar(container)).toEqual(buttons);
    expect(container.querySelectorAll('.ui-bottom-bar .btn--primary').length).toBe(buttons.length - 1);
    expect(await moreWays()).toEqual(sheet);
    // Never stacked forms: at most the current step's own box, and no dialog until one is chosen.
    expect(container.querySelectorAll('textarea').length).toBeLessThanOrEqual(1);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.queryByText('转交部门办理')).toBeNull();
    expect(screen.queryByText('转交给本站其他代表')).toBeNull();
  });

  it('a resolved case has no bar and nothing to do', async () => {
    const { container } = open({ status: 'resolved', statusLabel: '已办结' });
    await screen.findByText('办理经过');
    expect(container.querySelector('.ui-bottom-bar')).toBeNull();
    expect(screen.queryByText('更多办理方式')).toBeNull();
  });

  it('shows the step the case is at: 受理 done, 答复居民 now', async () => {
    open({ status: 'accepted', statusLabel: '已受理' });
    const steps = await screen.findByRole('list', { name: '办理步骤' });
    expect(within(steps).getAllByRole('listitem').map((s) => s.getAttribute('aria-label'))).toEqual(['受理（已完成）', '答复居民（当前步骤）', '办结']);
  });

  it('受理 is one tap, then a toast, and the step moves on to 答复居民', async () => {
    const { container, fake } = open([{ status: 'assigned' }, { status: 'accepted', statusLabel: '已受理' }], {
      'deputy.accept': ok({ id: 'op-1', status: 'accepted', statusLabel: '已受理' }),
    });
    await screen.findByText('办理经过');
    await act(async () => fireEvent.click(within(container.querySelector('.ui-bottom-bar')!).getByText('受理')));
    expect(fake.callsTo('deputy.accept')).toHaveLength(1);
    expect(taroTest.toasts).toEqual([{ title: '已受理', icon: 'success' }]);
    expect(bar(container)).toEqual(['更多办理方式', '发送答复']);
    expect(container.querySelector('.notice')).toBeNull();
  });

  it('请居民补充 from the sheet opens its own dialog, which closes with a toast once sent', async () => {
    const { fake } = open([{ status: 'accepted' }, { status: 'need_info', statusLabel: '待补充' }], {
      'deputy.needInfo': ok({ id: 'op-1', status: 'need_info', statusLabel: '待补充' }),
    });
    await screen.findByText('办理经过');
    await moreWays(0);
    const dialog = screen.getByRole('dialog', { name: '请居民补充情况' });
    fireEvent.change(within(dialog).getByPlaceholderText(/请说明是哪一栋楼/), { target: { value: '请说明是哪一栋楼的电梯。' } });
    await act(async () => fireEvent.click(within(dialog).getByText('发送给居民')));
    expect(fake.callsTo('deputy.needInfo')[0].payload).toEqual({ id: 'op-1', question: '请说明是哪一栋楼的电梯。' });
    expect(taroTest.toasts).toEqual([{ title: '已请居民补充', icon: 'success' }]);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('转为代表建议 opens its own page; a cancelled sheet does nothing', async () => {
    const { fake } = open({ status: 'accepted' });
    await screen.findByText('办理经过');
    await moreWays();
    expect(screen.queryByRole('dialog')).toBeNull();
    await moreWays(2);
    expect(taroTest.navigations).toContainEqual({ kind: 'navigateTo', url: '/packages/deputy/pages/suggest/index?id=op-1' });
    expect(fake.calls.filter((c) => c.action !== 'detail' && c.action !== 'templates')).toEqual([]);
  });
});

describe('a confirmation before 办结 and 转交', () => {
  it('办结: the result is asked first, then a modal; cancelling sends nothing, confirming resolves with a toast', async () => {
    const { fake, container } = open([{ status: 'replied', statusLabel: '已答复' }, { status: 'resolved', statusLabel: '已办结' }], {
      'deputy.resolve': ok({ id: 'op-1', status: 'resolved', statusLabel: '已办结' }),
    });
    await screen.findByText('办结本件意见');
    const resolve = () => act(async () => fireEvent.click(within(container.querySelector('.ui-bottom-bar')!).getByText('办结')));
    await resolve();
    expect(screen.getByRole('alert').textContent).toBe('请选择办结结果');
    expect(taroTest.modals).toEqual([]);

    fireEvent.click(screen.getByText('已解决'));
    fireEvent.change(screen.getByPlaceholderText('写明办理结果，居民会看到'), { target: { value: '已督促物业更换电梯控制板，现已正常运行。' } });
    taroTest.answerModal(false);
    await resolve();
    expect(taroTest.modals).toEqual([{ title: '确定办结？', content: '办结后居民会收到办理结果并可以评价，不能再答复或转交。', confirmText: '确认办结' }]);
    expect(fake.callsTo('deputy.resolve')).toHaveLength(0);

    taroTest.answerModal(true);
    await resolve();
    expect(fake.callsTo('deputy.resolve')[0].payload).toEqual({ id: 'op-1', kind: 'solved', text: '已督促物业更换电梯控制板，现已正常运行。' });
    expect(taroTest.toasts).toEqual([{ title: '已办结', icon: 'success' }]);
    expect(container.querySelector('.ui-bottom-bar')).toBeNull();
  });

  it('转交部门: choose from the directory in the dialog, confirm, then a toast', async () => {
    const { fake } = open([{ status: 'accepted' }, { status: 'forwarded', statusLabel: '已转交部门', forward: FORWARD }], {
      'deputy.departments': ok({
        items: [{ id: 'dept-yl-zj', name: '岳麓区住房和城乡建设局', level: 'county', levelLabel: '县（市区）', regionCode: '430104', categories: ['住房物业'], contact: '0731-88880000' }],
      }),
      'deputy.forward': ok({ id: 'op-1', status: 'forwarded', statusLabel: '已转交部门', letterNo: FORWARD.letterNo, answerDueAt: FORWARD.answerDueAt }),
    });
    await screen.findByText('办理经过');
    await moreWays(1);
    const dialog = screen.getByRole('dialog', { name: '转交部门办理' });
    // The directory is read when the dialog opens, for the case's category.
    expect(fake.callsTo('deputy.departments')[0].payload).toEqual({ id: 'op-1', category: '住房物业' });
    await act(async () => fireEvent.click(await within(dialog).findByText('岳麓区住房和城乡建设局')));
    taroTest.answerModal(false);
    await act(async () => fireEvent.click(within(dialog).getByText('转交部门')));
    expect(taroTest.modals[0]).toMatchObject({ title: '转交部门办理？', confirmText: '确认转交' });
    expect(taroTest.modals[0].content).toContain('岳麓区住房和城乡建设局');
    expect(fake.callsTo('deputy.forward')).toHaveLength(0);
    expect(screen.getByRole('dialog', { name: '转交部门办理' })).toBeTruthy();

    taroTest.answerModal(true);
    await act(async () => fireEvent.click(within(dialog).getByText('转交部门')));
    expect(fake.callsTo('deputy.forward')[0].payload).toEqual({ id: 'op-1', departmentId: 'dept-yl-zj' });
    expect(taroTest.toasts).toEqual([{ title: '已转交部门', icon: 'success' }]);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await screen.findByText('已转交：岳麓区住房和城乡建设局')).toBeTruthy();
  });

  it('转交其他代表: a deputy must be chosen, then a confirmation naming them', async () => {
    const { fake } = open({ status: 'assigned' }, {
      'deputy.handoverTargets': ok({ items: [{ id: 'd-county-2', name: '赵国庆', levelLabel: '县（市区）' }] }),
      'deputy.handover': ok({ id: 'op-1', status: 'assigned', statusLabel: '已分派', assigneeName: '赵国庆' }),
    });
    await screen.findByText('办理经过');
    await moreWays(0);
    const dialog = screen.getByRole('dialog', { name: '转交给本站其他代表' });
    fireEvent.change(within(dialog).getByPlaceholderText('例如：该代表更熟悉这个小区'), { target: { value: '赵国庆代表熟悉这个小区' } });
    await act(async () => fireEvent.click(within(dialog).getByText('转交其他代表')));
    expect(within(dialog).getByRole('alert').textContent).toBe('请先选择接手的代表');
    expect(taroTest.modals).toEqual([]);
    fireEvent.click(await within(dialog).findByText('赵国庆（县（市区））'));
    taroTest.answerModal(true);
    await act(async () => fireEvent.click(within(dialog).getByText('转交其他代表')));
    expect(taroTest.modals[0].content).toContain('赵国庆代表');
    expect(fake.callsTo('deputy.handover')[0].payload).toEqual({ id: 'op-1', toDeputyId: 'd-county-2', reason: '赵国庆代表熟悉这个小区' });
    expect(taroTest.toasts).toEqual([{ title: '已转交其他代表', icon: 'success' }]);
  });
});

describe('a reply that will not count says so, and why, before it is sent', () => {
  const accepted = (answers: Record<string, unknown> = {}) =>
    open([{ status: 'accepted', statusLabel: '已受理' }, { status: 'replied', statusLabel: '已答复' }], {
      'deputy.templates': ok({ items: [TEMPLATE] }),
      ...answers,
    });

  it('names the template a reply only repeats, asks before sending it, and sends nothing when the deputy goes back', async () => {
    const { fake } = accepted();
    fireEvent.click(await screen.findByText('已收到'));
    const box = screen.getByPlaceholderText(/写明了解到的情况/) as HTMLTextAreaElement;
    expect(box.value).toBe(TEMPLATE.text);
    const warning = screen.getByTestId('reply-warning');
    expect(warning.textContent).toBe('这条答复和您的模板“已收到”完全相同，发送后不计为有效答复。请补充了解到的情况或办理打算。');

    taroTest.answerModal(false);
    await act(async () => fireEvent.click(screen.getByText('发送答复')));
    expect(taroTest.modals).toEqual([{ title: '这条答复不计为有效答复', content: warning.textContent, confirmText: '仍然发送' }]);
    expect(fake.callsTo('deputy.reply')).toHaveLength(0);
    expect(box.value).toBe(TEMPLATE.text);
  });

  it('counts the characters of a short reply, and is silent once the reply has substance', async () => {
    accepted();
    const box = await screen.findByPlaceholderText(/写明了解到的情况/);
    fireEvent.change(box, { target: { value: '好的，马上处理。' } });
    expect(screen.getByTestId('reply-warning').textContent).toBe('答复只有6字（不计标点），不足15字，发送后不计为有效答复。还差9字。');
    fireEvent.change(box, { target: { value: `${TEMPLATE.text}已约物业周三上午到现场查看。` } });
    expect(screen.queryByTestId('reply-warning')).toBeNull();
  });

  it('a reply that counts goes without a question and is confirmed by a toast', async () => {
    const { fake } = accepted({ 'deputy.reply': ok({ id: 'op-1', status: 'replied', statusLabel: '已答复', countsAsResponse: true, boilerplate: false }) });
    fireEvent.change(await screen.findByPlaceholderText(/写明了解到的情况/), { target: { value: GOOD_REPLY } });
    await act(async () => fireEvent.click(screen.getByText('发送答复')));
    expect(taroTest.modals).toEqual([]);
    expect(fake.callsTo('deputy.reply')[0].payload).toEqual({ id: 'op-1', text: GOOD_REPLY });
    expect(taroTest.toasts).toEqual([{ title: '答复已发送', icon: 'success' }]);
  });

  it('sent anyway: the warning stays on the page with the reason (a warning, not a success toast)', async () => {
    accepted({ 'deputy.reply': ok({ id: 'op-1', status: 'replied', statusLabel: '已答复', countsAsResponse: false, boilerplate: true }) });
    fireEvent.click(await screen.findByText('已收到'));
    taroTest.answerModal(true);
    await act(async () => fireEvent.click(screen.getByText('发送答复')));
    expect(screen.getByRole('status').textContent).toBe('答复已发送，但和模板“已收到”完全相同，不计为有效答复。');
    expect(screen.getByRole('status').className).toBe('notice');
    expect(taroTest.toasts).toEqual([]);
  });
});

describe('templates named by the deputy', () => {
  it('存为模板 asks for a name in a dialog and saves the reply under it', async () => {
    const { fake } = open({ status: 'accepted', statusLabel: '已受理' }, {
      'deputy.templates': [ok({ items: [] }), ok({ items: [{ id: 'tpl-2', title: '检修安排', text: GOOD_REPLY }] })],
      'deputy.saveTemplate': ok({ id: 'tpl-2', title: '检修安排', text: GOOD_REPLY }),
    });
    fireEvent.change(await screen.findByPlaceholderText(/写明了解到的情况/), { target: { value: GOOD_REPLY } });
    fireEvent.click(screen.getByText('存为模板'));
    const dialog = screen.getByRole('dialog', { name: '存为答复模板' });
    expect(within(dialog).getByText(GOOD_REPLY)).toBeTruthy();
    await act(async () => fireEvent.click(within(dialog).getByText('保存模板')));
    expect(within(dialog).getByRole('alert').textContent).toBe('请给模板起个名字，例如“已收到”');
    expect(fake.callsTo('deputy.saveTemplate')).toHaveLength(0);

    fireEvent.change(within(dialog).getByPlaceholderText('例如：已收到，正在了解'), { target: { value: '检修安排' } });
    await act(async () => fireEvent.click(within(dialog).getByText('保存模板')));
    expect(fake.callsTo('deputy.saveTemplate')[0].payload).toEqual({ title: '检修安排', text: GOOD_REPLY });
    expect(taroTest.toasts).toEqual([{ title: '已存为模板', icon: 'success' }]);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await screen.findByText('检修安排')).toBeTruthy();
    // The reply box keeps the text, now the very template: the warning names it.
    expect(screen.getByTestId('reply-warning').textContent).toContain('“检修安排”');
  });

  it("a name already used: the server's refusal is shown in the dialog, which stays open", async () => {
    open({ status: 'accepted' }, {
      'deputy.templates': ok({ items: [TEMPLATE] }),
      'deputy.saveTemplate': refuse('TEMPLATE_TITLE_TAKEN', '已有同名的答复模板，请换一个名称'),
    });
    fireEvent.change(await screen.findByPlaceholderText(/写明了解到的情况/), { target: { value: GOOD_REPLY } });
    fireEvent.click(screen.getByText('存为模板'));
    const dialog = screen.getByRole('dialog', { name: '存为答复模板' });
    fireEvent.change(within(dialog).getByPlaceholderText('例如：已收到，正在了解'), { target: { value: '已收到' } });
    await act(async () => fireEvent.click(within(dialog).getByText('保存模板')));
    expect(within(dialog).getByRole('alert').textContent).toBe('已有同名的答复模板，请换一个名称');
    expect(taroTest.toasts).toEqual([]);
  });
});

describe("the resident's photos and place", () => {
  it('are on the deputy’s page, above the handling', async () => {
    open({
      status: 'assigned',
      place: '望月湖小区3栋',
      photos: [{ fileId: 'cloud://p1.jpg', url: 'https://files.example/p1.jpg', alt: '意见附图1' }],
    });
    const card = await screen.findByTestId('resident-material');
    expect(within(card).getByText('照片和地点')).toBeTruthy();
    expect(card.textContent).toContain('地点：望月湖小区3栋');
    expect((within(card).getByRole('img') as HTMLImageElement).src).toBe('https://files.example/p1.jpg');
    expect(card.textContent).toContain('居民提供的照片 1 张');
  });

  it('are left out when the resident gave neither', async () => {
    open({ status: 'assigned' });
    await screen.findByText('办理经过');
    expect(screen.queryByTestId('resident-material')).toBeNull();
  });
});
