/**
 * A conversation, not a form (issue 22): the resident reads 留言与答复 in order with its photos
 * and adds a follow-up (补充留言) in a half-screen dialog, refused without a call until it says
 * enough; the deputy reads the resident's follow-ups and replies again once the case is answered.
 */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import OpinionPage from '../../src/pages/opinion/index';
import DeputyDetailPage from '../../src/packages/deputy/pages/detail/index';
import { taroTest } from './stubs/taro';
import { fakeFunctions, ok, refuse, restoreTransport } from './support/fake-transport';
import { aDeputyDetail, anOpinionDetail, someTemplates } from './support/views';

afterEach(restoreTransport);

type Detail = ReturnType<typeof anOpinionDetail>;
const NONE = { withdraw: false, addInfo: false, chase: false, rate: false };
const REPLY = { at: '2026-11-26T02:00:00.000Z', text: '已联系物业，本周内更换灯具。', byLabel: '李红梅代表' };
const PHOTO = { fileId: 'local://uploads/lamp.png', url: '/api/storage/uploads/lamp.png', alt: '留言附图1' };
const CONVERSATION: NonNullable<Detail['conversation']> = [
  { at: REPLY.at, kind: 'reply', side: 'office', byLabel: '李红梅代表', label: '答复', text: REPLY.text, photos: [] },
  { at: '2026-11-27T02:00:00.000Z', kind: 'message', side: 'resident', byLabel: '我', label: '补充留言', text: '灯还是不亮，附上晚上拍的照片。', photos: [PHOTO] },
];
const GOOD = '补充一下：路灯是3栋和5栋之间那一盏，晚上七点以后最明显。';

async function openResident(detail: Partial<Detail>, answers: Record<string, unknown> = {}) {
  taroTest.reset({ id: 'op-1' });
  const fake = fakeFunctions({
    'opinion.detail': ok(anOpinionDetail(detail)),
    'subscription.templates': ok(someTemplates()),
    ...answers,
  });
  render(<OpinionPage />);
  await screen.findByText('查询编号 430104-20261125-0001');
  return fake;
}

const dialog = () => screen.queryByRole('dialog', { name: '补充留言' });
const entry = () => screen.queryByText('补充留言', { selector: 'button' });
const send = () => within(dialog()!).getByText('发送留言', { selector: 'button' });

describe('留言与答复 on the resident’s detail', () => {
  it('shows every reply and follow-up in order, the follow-up with its photo', async () => {
    await openResident({ status: 'replied', statusLabel: '代表已答复', replies: [REPLY], conversation: CONVERSATION, can: { ...NONE, message: true } });
    const card = screen.getByTestId('conversation');
    const turns = within(card).getAllByRole('listitem');
    expect(turns.map((t) => t.querySelector('.talk__text')?.textContent)).toEqual([REPLY.text, '灯还是不亮，附上晚上拍的照片。']);
    expect(turns[1].className).toContain('talk__turn--resident');
    expect(within(turns[1]).getByAltText('留言附图1')).toBeTruthy();
    expect(within(card).queryByText('还没有答复')).toBeNull();
  });

  it('offers 补充留言 only when the server allows it', async () => {
    await openResident({ status: 'need_info', statusLabel: '待您补充', can: { ...NONE, addInfo: true, message: false } });
    expect(entry()).toBeNull();
    expect(screen.getByText('还没有答复')).toBeTruthy();
  });

  it('refuses an empty or too short message without a call, then sends it with a request id and closes', async () => {
    const fake = await openResident({ status: 'accepted', statusLabel: '代表办理中', can: { ...NONE, message: true } }, {
      'opinion.message': ok({ id: 'op-1', status: 'accepted', statusLabel: '代表办理中', duplicate: false }),
    });
    expect(dialog()).toBeNull();
    fireEvent.click(entry()!);
    expect(dialog()).toBeTruthy();

    fireEvent.click(send());
    expect(within(dialog()!).getByRole('alert').textContent).toBe('请填写留言内容');
    fireEvent.change(within(dialog()!).getByPlaceholderText('写下想补充的情况，至少10个字'), { target: { value: '  灯还不亮  ' } });
    // Typing clears the last refusal; the count is of what was typed.
    expect(within(dialog()!).queryByRole('alert')).toBeNull();
    fireEvent.click(send());
    expect(within(dialog()!).getByRole('alert').textContent).toBe('留言至少要写10个字，请写清楚想补充的情况');
    fireEvent.change(within(dialog()!).getByPlaceholderText('写下想补充的情况，至少10个字'), { target: { value: 'x'.repeat(1001) } });
    expect(within(dialog()!).getByText('1001/1000').className).toContain('counter--over');
    fireEvent.click(send());
    expect(within(dialog()!).getByRole('alert').textContent).toBe('留言不能超过1000字');
    expect(fake.callsTo('opinion.message')).toHaveLength(0);

    fireEvent.change(within(dialog()!).getByPlaceholderText('写下想补充的情况，至少10个字'), { target: { value: ` ${GOOD} ` } });
    fake.answer('opinion.detail', ok(anOpinionDetail({ status: 'accepted', can: { ...NONE, message: true }, conversation: [{ ...CONVERSATION[1], text: GOOD, photos: [] }] })));
    await act(async () => fireEvent.click(send()));
    const [call] = fake.callsTo('opinion.message');
    expect(call.payload).toEqual({ id: 'op-1', text: GOOD, photos: [], requestId: expect.stringMatching(/^[A-Za-z0-9_-]{8,64}$/) });
    expect(dialog()).toBeNull();
    expect(taroTest.toasts).toContainEqual(expect.objectContaining({ title: '留言已送达' }));
    expect(await within(screen.getByTestId('conversation')).findByText(GOOD)).toBeTruthy();
  });

  it("shows the server's refusal in the dialog and keeps what was written; a retry sends the same request id", async () => {
    const fake = await openResident({ status: 'accepted', can: { ...NONE, message: true } }, {
      'opinion.message': [refuse('RATE_LIMITED', '这条意见今天已经留言3次，请明天再留言；急事请联系联络站')],
    });
    fireEvent.click(entry()!);
    fireEvent.change(within(dialog()!).getByPlaceholderText('写下想补充的情况，至少10个字'), { target: { value: GOOD } });
    await act(async () => fireEvent.click(send()));
    expect(within(dialog()!).getByRole('alert').textContent).toBe('这条意见今天已经留言3次，请明天再留言；急事请联系联络站');
    expect((within(dialog()!).getByPlaceholderText('写下想补充的情况，至少10个字') as HTMLTextAreaElement).value).toBe(GOOD);
    await act(async () => fireEvent.click(send()));
    const [first, second] = fake.callsTo('opinion.message');
    expect(second.payload.requestId).toBe(first.payload.requestId);
  });
});

describe('the deputy reads the follow-ups and replies again', () => {
  it('shows the resident’s follow-up, and 再次答复 opens the reply box once the case is answered', async () => {
    taroTest.reset({ id: 'op-1' });
    const deputyView = CONVERSATION.map((c) => (c.side === 'resident' ? { ...c, byLabel: '居民' } : { ...c, countsAsResponse: true }));
    const fake = fakeFunctions({
      'deputy.detail': ok(aDeputyDetail({ status: 'replied', statusLabel: '已答复', replies: [REPLY], conversation: deputyView })),
      'deputy.templates': ok({ items: [] }),
      'deputy.reply': ok({ id: 'op-1', status: 'replied', statusLabel: '已答复', countsAsResponse: true, boilerplate: false }),
    });
    render(<DeputyDetailPage />);
    const card = await screen.findByTestId('conversation');
    expect(within(card).getByText('灯还是不亮，附上晚上拍的照片。')).toBeTruthy();
    expect(within(card).getByText(/^居民 补充留言/)).toBeTruthy();

    taroTest.answerSheet(0);
    await act(async () => fireEvent.click(screen.getByText('更多办理方式')));
    expect(taroTest.actionSheets.at(-1)?.itemList[0]).toBe('再次答复');
    const box = screen.getByRole('dialog', { name: '再次答复' });
    fireEvent.input(within(box).getByPlaceholderText(/^写明了解到的情况和办理打算/), { target: { value: '灯具已订好，周四上午物业来更换。' } });
    await act(async () => fireEvent.click(within(box).getByText('发送答复', { selector: 'button' })));
    expect(fake.callsTo('deputy.reply')[0].payload).toEqual({ id: 'op-1', text: '灯具已订好，周四上午物业来更换。' });
    expect(screen.queryByRole('dialog', { name: '再次答复' })).toBeNull();
  });
});
