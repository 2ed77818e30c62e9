/**
 * The staff case page (issue 22): the buttons follow what the server allows (`can`), one primary
 * move at the bottom and the others under 更多操作; a 涉法涉诉 case shows its guidance, never
 * offers a deputy, is taken by staff and closed with the guidance as 已解释说明 (confirmed
 * first); held photos are shown with their check; the office works through its own function.
 */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { Answer } from '../../core/contract/functions';
import StaffCasePage from '../../src/packages/staff/pages/case/index';
import { taroTest } from './stubs/taro';
import { fakeFunctions, ok, restoreTransport } from './support/fake-transport';
import { anOpinionDetail } from './support/views';

afterEach(restoreTransport);

type Case = Answer<'staff', 'case'>;
const NONE = { take: false, assign: false, reassign: false, forward: false, departmentAnswer: false, reply: false, resolve: false, reject: false, release: false, followUp: false, transferLetter: false };
const REACHABLE = { reachable: true, label: '可接收提醒' };
const GUIDANCE = '您的意见已登记。人大代表不得干涉具体司法案件，请通过人民法院、人民检察院的申诉或信访等法定渠道反映。';

function aCase(overrides: Partial<Case> = {}): Case {
  const detail = anOpinionDetail({ status: 'triage', statusLabel: '待分派', assignee: undefined });
  return {
    ...detail,
    photos: [],
    resident: { anonymous: false, allowContact: false, phoneFull: false },
    routing: { rule: 'triage', reason: '没有合适的代表，交联络站工作人员分派', notes: ['居民所选代表无法办理：代表尚未绑定微信'] },
    chaseCount: 0,
    channelLabel: '扫码',
    staffOnly: false,
    flagged: false,
    overdue: false,
    replyFlags: [],
    workerCan: { ...NONE },
    deputies: [],
    departments: [],
    ...overrides,
  };
}

const COURT = aCase({
  category: '涉法涉诉',
  text: '我家的房屋买卖合同纠纷在岳麓区法院已经拖了两年没有判决，希望代表帮忙催一催法院。',
  staffOnly: true,
  flagged: true,
  guidance: '涉法涉诉事项请通过法定渠道反映。',
  routing: { rule: 'restricted', reason: '涉法涉诉：由工作人员处理', notes: [] },
  workerCan: { ...NONE, take: true, reject: true },
});
const COURT_TAKEN = { ...COURT, status: 'accepted' as const, statusLabel: '已受理', handler: { role: 'staff' as const, label: '联络站工作人员' }, workerCan: { ...NONE, reply: true, forward: true, resolve: true } };

function open(cases: Case[], answers: Record<string, unknown> = {}, desk = 'staff') {
  taroTest.reset({ id: 'op-1', desk });
  const fake = fakeFunctions({ [`${desk}.case`]: cases.map((c) => ok(c)), ...answers });
  const view = render(<StaffCasePage />);
  return { fake, ...view };
}
const bar = (container: HTMLElement) => Array.from(container.querySelectorAll('.ui-bottom-bar button')).map((b) => b.textContent);
async function more(pick?: number) {
  if (pick !== undefined) taroTest.answerSheet(pick);
  await act(async () => fireEvent.click(screen.getByText('更多操作')));
  return taroTest.actionSheets.at(-1)?.itemList;
}

describe('the buttons follow `can`', () => {
  it.each<[string, Partial<Case>, string[], string[]]>([
    ['an ordinary case waiting for staff: 分派给代表', { workerCan: { ...NONE, take: true, assign: true, reject: true } }, ['更多操作', '分派给代表'], ['工作人员直接办理', '不予受理']],
    ['held by content security: 审核通过', { status: 'held', statusLabel: '审核中', workerCan: { ...NONE, release: true, reject: true } }, ['更多操作', '审核通过'], ['不予受理']],
    [
      'a deputy is working on it: no primary move, the others under 更多操作',
      { status: 'accepted', statusLabel: '已受理', assignee: { name: '李红梅', levelLabel: '县（市区）' }, workerCan: { ...NONE, reassign: true, reply: true, forward: true, resolve: true } },
      ['更多操作'],
      ['改派其他代表', '答复居民', '转交部门', '办结'],
    ],
    [
      'overdue with its deputy: 改派其他代表 is the step',
      { status: 'assigned', statusLabel: '已分派', overdue: true, assignee: { name: '李红梅', levelLabel: '县（市区）' }, workerCan: { ...NONE, take: true, reassign: true, reject: true } },
      ['更多操作', '改派其他代表'],
      ['工作人员直接办理', '不予受理'],
    ],
    ['resolved: 登记回访', { status: 'resolved', statusLabel: '已办结', workerCan: { ...NONE, followUp: true } }, ['登记回访'], []],
  ])('%s', async (_, overrides, buttons, sheet) => {
    const { container } = open([aCase(overrides)]);
    await screen.findByText('办理经过');
    expect(bar(container)).toEqual(buttons);
    if (sheet.length) expect(await more()).toEqual(sheet);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('nothing allowed: no bar at all', async () => {
    const { container } = open([aCase({ status: 'closed', statusLabel: '已归档' })]);
    await screen.findByText('办理经过');
    expect(container.querySelector('.ui-bottom-bar')).toBeNull();
  });

  it('the routing rule’s reason and what fell through are shown', async () => {
    open([aCase()]);
    expect(await screen.findByText('分派原因：没有合适的代表，交联络站工作人员分派')).toBeTruthy();
    expect(screen.getByText('居民所选代表无法办理：代表尚未绑定微信')).toBeTruthy();
  });
});

describe('a 涉法涉诉 case', () => {
  it('shows the guidance and never offers a deputy, even if the server said it could', async () => {
    const { container } = open([{ ...COURT, workerCan: { ...COURT.workerCan, assign: true, reassign: true }, deputies: [{ id: 'd-county-1', name: '李红梅', levelLabel: '县（市区）', reach: REACHABLE }] }]);
    expect(await screen.findByText(/代表不得干预具体司法案件，不能分派给代表/)).toBeTruthy();
    expect(within(screen.getByTestId('staff-only')).getByText('需引导')).toBeTruthy();
    expect(bar(container)).toEqual(['更多操作', '工作人员直接办理']);
    const sheet = await more();
    expect(sheet).toEqual(['不予受理']);
    expect(screen.queryByRole('button', { name: /分派给代表|改派|交给代表办理/ })).toBeNull();
    expect(screen.queryByText(/李红梅/)).toBeNull();
  });

  it('is taken (confirmed), then closed with the guidance as 已解释说明 (confirmed), with toasts', async () => {
    const { container, fake } = open([COURT, COURT_TAKEN, { ...COURT_TAKEN, status: 'resolved', statusLabel: '已办结', workerCan: { ...NONE, followUp: true } }], {
      'staff.take': ok({ id: 'op-1', status: 'accepted', statusLabel: '已受理' }),
      'staff.resolve': ok({ id: 'op-1', status: 'resolved', statusLabel: '已办结' }),
    });
    await screen.findByText('办理经过');
    taroTest.answerModal(false);
    await act(async () => fireEvent.click(within(container.querySelector('.ui-bottom-bar')!).getByText('工作人员直接办理')));
    expect(taroTest.modals.at(-1)?.title).toBe('由工作人员直接办理？');
    expect(fake.callsTo('staff.take')).toHaveLength(0);
    await act(async () => fireEvent.click(within(container.querySelector('.ui-bottom-bar')!).getByText('工作人员直接办理')));
    expect(fake.callsTo('staff.take')[0].payload).toEqual({ id: 'op-1' });
    expect(taroTest.toasts.at(-1)?.title).toBe('已由工作人员办理');
    expect(await screen.findByText('办理人：联络站工作人员（直接办理）')).toBeTruthy();

    expect(bar(container)).toEqual(['更多操作', '办结']);
    await act(async () => fireEvent.click(within(container.querySelector('.ui-bottom-bar')!).getByText('办结')));
    const dialog = screen.getByRole('dialog', { name: '办结' });
    expect((within(dialog).getByRole('textbox') as HTMLTextAreaElement).value).toBe(GUIDANCE);
    expect(within(dialog).getByText('已解释说明').closest('.chip')?.className).toContain('chip--on');
    await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: '办结' })));
    expect(taroTest.modals.at(-1)?.title).toBe('确定办结？');
    expect(fake.callsTo('staff.resolve')[0].payload).toEqual({ id: 'op-1', kind: 'explained', text: GUIDANCE });
    expect(taroTest.toasts.at(-1)?.title).toBe('已办结');
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

describe('what staff see that a deputy does not', () => {
  it('a held photo, with its check, tap to see it large', async () => {
    open([aCase({ status: 'held', statusLabel: '审核中', heldReason: '照片需人工审核', photos: [{ fileId: 'local://p/1.png', url: 'http://x/1.png', alt: '意见附图1', check: 'review' }], workerCan: { ...NONE, release: true, reject: true } })]);
    const photos = await screen.findByTestId('case-photos');
    expect(within(photos).getByText('待人工审核')).toBeTruthy();
    expect(within(photos).getByText(/有 1 张照片待人工审核/)).toBeTruthy();
    expect(screen.getByText('审核中：照片需人工审核')).toBeTruthy();
    const preview = jest.fn();
    (Taro as unknown as { previewImage: typeof preview }).previewImage = preview;
    fireEvent.click(within(photos).getByRole('button', { name: '查看意见附图1（待人工审核）' }));
    expect(preview).toHaveBeenCalledWith({ urls: ['http://x/1.png'], current: 'http://x/1.png' });
  });

  it('the office works through the admin function and picks a deputy for 分派', async () => {
    const { fake } = open(
      [aCase({ workerCan: { ...NONE, assign: true, take: true }, deputies: [{ id: 'd-town-1', name: '周丽', levelLabel: '乡镇', reach: REACHABLE }] })],
      { 'admin.assign': ok({ id: 'op-1', status: 'assigned', statusLabel: '已分派' }) },
      'admin',
    );
    await screen.findByText('办理经过');
    expect(fake.callsTo('admin.case')).toHaveLength(1);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '分派给代表' })));
    const dialog = screen.getByRole('dialog', { name: '分派给代表' });
    await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: '分派给代表' })));
    expect(within(dialog).getByText('请先选择一位代表')).toBeTruthy();
    fireEvent.click(within(dialog).getByText('周丽（乡镇）'));
    await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: '分派给代表' })));
    expect(fake.callsTo('admin.assign')[0].payload).toEqual({ id: 'op-1', deputyId: 'd-town-1' });
    expect(fake.callsTo('staff.assign')).toHaveLength(0);
  });
});
