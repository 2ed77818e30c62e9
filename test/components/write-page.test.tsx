import { act, fireEvent, render, screen } from '@testing-library/react';
import { CATEGORY_GUIDANCE } from '../../core/vocabulary';
import WritePage from '../../src/pages/write/index';
import { taroTest } from './stubs/taro';
import { NETWORK_DOWN, fakeFunctions, ok, refuse, restoreTransport } from './support/fake-transport';
import { aMe, aStation, aSubmitResult } from './support/views';

const TEXT = '小区电梯经常故障,老人上下楼困难。';

async function openForm(answers: Record<string, unknown> = {}) {
  taroTest.reset();
  taroTest.storage.set('lastStationCode', 'WYH01');
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
const pick = (label: string) => fireEvent.click(screen.getByRole('button', { name: label }));
const submit = () => fireEvent.click(screen.getByText(/提交意见|正在提交/));

afterEach(restoreTransport);

describe('写意见 form', () => {
  it('opens for the last station and offers its deputies to choose from', async () => {
    const fake = await openForm();
    expect(fake.callsTo('station.get')[0].payload).toEqual({ code: 'WYH01' });
    expect(screen.getByText('望月湖街道人大代表联络站')).toBeTruthy();
    expect(screen.getByRole('button', { name: '王建国(请假中)' })).toBeTruthy();
  });

  it('refuses empty and whitespace-only text without calling the server', async () => {
    const fake = await openForm();
    pick('住房物业');
    submit();
    expect(screen.getByRole('alert').textContent).toBe('请填写意见内容');
    type('   \n  ');
    submit();
    expect(screen.getByRole('alert').textContent).toBe('请填写意见内容');
    expect(fake.callsTo('opinion.submit')).toHaveLength(0);
  });

  it('refuses text over 1000 characters without calling the server, and keeps it', async () => {
    const fake = await openForm();
    pick('住房物业');
    const long = '电'.repeat(1001);
    type(long);
    expect(screen.getByText('1001/1000').className).toContain('counter--over');
    submit();
    expect(screen.getByRole('alert').textContent).toContain('不能超过1000字');
    expect(textarea().value).toBe(long);
    expect(fake.callsTo('opinion.submit')).toHaveLength(0);
  });

  it('asks for a category before sending', async () => {
    const fake = await openForm();
    type(TEXT);
    submit();
    expect(screen.getByRole('alert').textContent).toBe('请选择意见类别');
    expect(fake.calls.filter((c) => c.name === 'opinion')).toHaveLength(0);
  });

  it('counts characters as people do while typing', async () => {
    await openForm();
    type('电梯坏了😀');
    expect(screen.getByText('5/1000')).toBeTruthy();
  });

  it('shows the guidance for restricted categories and opinions about a deputy before sending', async () => {
    await openForm();
    pick('涉法涉诉');
    expect(screen.getByText(CATEGORY_GUIDANCE['涉法涉诉'])).toBeTruthy();
    pick('对代表的意见');
    expect(screen.getByText(CATEGORY_GUIDANCE['对代表的意见'])).toBeTruthy();
    pick('交通出行');
    expect(screen.queryByText(CATEGORY_GUIDANCE['对代表的意见'])).toBeNull();
  });

  it("shows the server's message on refusal and keeps what was typed", async () => {
    const fake = await openForm({
      'opinion.submit': refuse('TEXT_REFUSED', '内容含有不适宜发布的信息,请修改后再提交'),
    });
    pick('住房物业');
    type(TEXT);
    await act(async () => submit());
    expect((await screen.findByRole('alert')).textContent).toBe('内容含有不适宜发布的信息,请修改后再提交');
    expect(textarea().value).toBe(TEXT);
    expect(screen.getByRole('button', { name: '住房物业' }).className).toContain('chip--on');
    expect(fake.callsTo('opinion.submit')).toHaveLength(1);
  });

  it('keeps the text when the request fails, and retries with the same request id', async () => {
    const fake = await openForm({ 'opinion.submit': [NETWORK_DOWN, ok(aSubmitResult())] });
    pick('住房物业');
    type(TEXT);
    await act(async () => submit());
    expect((await screen.findByRole('alert')).textContent).toBe('网络连接失败,请检查网络后重试');
    expect(textarea().value).toBe(TEXT);
    await act(async () => submit());
    await screen.findByText('430104-20261125-0001');
    const [first, second] = fake.callsTo('opinion.submit');
    expect(second.payload.requestId).toBe(first.payload.requestId);
  });

  it('submits once on a double tap, and shows the tracking number and routing reason', async () => {
    const fake = await openForm({ 'opinion.submit': ok(aSubmitResult()) });
    pick('住房物业');
    pick('李红梅');
    type(TEXT);
    fake.holdAnswers();
    await act(async () => {
      submit();
      submit();
    });
    expect(screen.getByText('正在提交…')).toBeTruthy();
    expect(screen.getByText('正在提交…').closest('button')?.getAttribute('aria-disabled')).toBe('true');
    await act(async () => {
      submit();
      fake.release();
    });
    await screen.findByText('430104-20261125-0001');
    expect(fake.callsTo('opinion.submit')).toHaveLength(1);
    expect(fake.callsTo('opinion.submit')[0].payload).toMatchObject({
      stationCode: 'WYH01',
      category: '住房物业',
      scope: 'community',
      text: TEXT,
      chosenDeputyId: 'd-county-1',
      anonymous: false,
    });
    expect(screen.getByText(/李红梅代表关注住房物业/)).toBeTruthy();
    fireEvent.click(screen.getByText('查看办理进度'));
    expect(taroTest.navigations).toContainEqual({ kind: 'navigateTo', url: '/pages/opinion/index?id=op-1' });
  });

  it('starts a new draft with a new request id after a success', async () => {
    const fake = await openForm({ 'opinion.submit': ok(aSubmitResult()) });
    pick('住房物业');
    type(TEXT);
    await act(async () => submit());
    fireEvent.click(await screen.findByText('再写一条'));
    expect(textarea().value).toBe('');
    pick('教育');
    type('学校门口需要红绿灯。');
    await act(async () => submit());
    const [first, second] = fake.callsTo('opinion.submit');
    expect(second.payload.requestId).not.toBe(first.payload.requestId);
  });

  it('refuses a malformed phone number in the words of the contract', async () => {
    const fake = await openForm();
    pick('住房物业');
    type(TEXT);
    fireEvent.change(screen.getByPlaceholderText('手机号或座机号'), { target: { value: '12345' } });
    submit();
    expect(screen.getByRole('alert').textContent).toBe('联系电话格式不正确');
    expect(fake.callsTo('opinion.submit')).toHaveLength(0);
  });

  it('offers SMS about the result only when SMS is available and a phone is entered, off until ticked', async () => {
    const fake = await openForm({
      'subscription.templates': ok({ templates: [], smsAvailable: true }),
      'opinion.submit': ok(aSubmitResult()),
    });
    pick('住房物业');
    type(TEXT);
    expect(screen.queryByText('用短信通知我办理结果')).toBeNull();
    fireEvent.change(screen.getByPlaceholderText('手机号或座机号'), { target: { value: '13811112222' } });
    const box = (await screen.findByText('用短信通知我办理结果')).parentElement!.querySelector('input') as HTMLInputElement;
    expect(box.checked).toBe(false);
    fireEvent.click(box);
    expect(box.checked).toBe(true);
    await act(async () => submit());
    await screen.findByText('430104-20261125-0001');
    expect(fake.callsTo('opinion.submit')[0].payload).toMatchObject({ phone: '13811112222', smsNotify: true });
  });

  it('sends no SMS wish when the box is left unticked', async () => {
    const fake = await openForm({ 'subscription.templates': ok({ templates: [], smsAvailable: true }), 'opinion.submit': ok(aSubmitResult()) });
    pick('住房物业');
    type(TEXT);
    fireEvent.change(screen.getByPlaceholderText('手机号或座机号'), { target: { value: '13811112222' } });
    await screen.findByText('用短信通知我办理结果');
    await act(async () => submit());
    await screen.findByText('430104-20261125-0001');
    expect(fake.callsTo('opinion.submit')[0].payload).not.toHaveProperty('smsNotify');
  });

  it('does not offer SMS when this environment sends none', async () => {
    const fake = await openForm({ 'subscription.templates': ok({ templates: [], smsAvailable: false }) });
    fireEvent.change(screen.getByPlaceholderText('手机号或座机号'), { target: { value: '13811112222' } });
    await act(async () => {}); // every answer is in
    expect(fake.callsTo('subscription.templates')).toHaveLength(1);
    expect(screen.getByText('允许代表打电话联系我')).toBeTruthy();
    expect(screen.queryByText('用短信通知我办理结果')).toBeNull();
  });

  it('asks the resident to choose a station when none was opened', async () => {
    taroTest.reset();
    const fake = fakeFunctions({});
    render(<WritePage />);
    expect(screen.getByText('请先扫描联络站的二维码,或选择一个联络站')).toBeTruthy();
    fireEvent.click(screen.getByText('选择联络站'));
    expect(taroTest.navigations).toContainEqual({ kind: 'switchTab', url: '/pages/station/index' });
    expect(fake.calls).toHaveLength(0);
  });
});
