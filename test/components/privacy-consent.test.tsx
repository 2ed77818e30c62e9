/**
 * When the server refuses an action for want of the privacy agreement (PRIVACY_NOT_AGREED: never
 * agreed, or the notice changed since), the page shows the notice and sends the same request
 * again once the resident agrees; declining shows the refusal. Staff entering an opinion state
 * that the resident was informed.
 */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { ERRORS } from '../../core/errors';
import OpinionPage from '../../src/pages/opinion/index';
import WritePage from '../../src/pages/write/index';
import ClaimPage from '../../src/packages/resident/pages/claim/index';
import EnterPage from '../../src/packages/staff/pages/enter/index';
import { PRIVACY_VERSION } from '../../src/lib/privacy-notice';
import { taroTest } from './stubs/taro';
import { fakeFunctions, ok, refuse, restoreTransport } from './support/fake-transport';
import { aMe, anOpinionDetail, aStation, aSubmitResult, someTemplates } from './support/views';

afterEach(() => {
  restoreTransport();
  jest.restoreAllMocks();
  document.querySelectorAll('.sim-subscribe').forEach((n) => n.remove());
});

const NOT_AGREED = refuse('PRIVACY_NOT_AGREED', (ERRORS as Record<string, string>).PRIVACY_NOT_AGREED ?? '请先阅读并同意隐私保护指引');
const AGREED = ok({ agreedAt: '2026-11-25T01:00:00.000Z', version: PRIVACY_VERSION });
const button = (name: string) => screen.queryByRole('button', { name }) ?? screen.queryByText(name, { selector: 'button' });
const notice = () => screen.queryByRole('dialog', { name: '隐私保护提示' });

describe('意见详情: rating refused for want of the agreement', () => {
  async function openResolved(answers: Record<string, unknown>) {
    taroTest.reset({ id: 'op-1' });
    const fake = fakeFunctions({
      'opinion.detail': ok(anOpinionDetail({ status: 'resolved', statusLabel: '已办结', can: { withdraw: false, addInfo: false, chase: false, rate: true } })),
      'subscription.templates': ok(someTemplates()),
      ...answers,
    });
    render(<OpinionPage />);
    await screen.findByText('查询编号 430104-20261125-0001');
    fireEvent.click(screen.getByRole('button', { name: '办理结果满意' }));
    fireEvent.click(screen.getByRole('button', { name: '服务态度满意' }));
    await act(async () => fireEvent.click(button('提交评价')!));
    return fake;
  }

  it('shows the notice; once agreed, the same rating is sent again', async () => {
    const fake = await openResolved({
      'opinion.rate': [NOT_AGREED, ok({ id: 'op-1', status: 'closed', statusLabel: '已归档', reopened: false })],
      'user.agreePrivacy': AGREED,
    });
    expect(await screen.findByRole('dialog', { name: '隐私保护提示' })).toBeTruthy();
    expect(fake.callsTo('opinion.rate')).toHaveLength(1);
    await act(async () => fireEvent.click(screen.getByText('同意并继续')));
    expect(fake.callsTo('user.agreePrivacy')[0].payload).toEqual({ version: PRIVACY_VERSION });
    expect(await screen.findByText('感谢您的评价')).toBeTruthy();
    const [first, again] = fake.callsTo('opinion.rate');
    expect(again.payload).toEqual(first.payload);
    expect(notice()).toBeNull();
  });

  it('declining leaves the rating unsent and says why', async () => {
    const fake = await openResolved({ 'opinion.rate': NOT_AGREED });
    await screen.findByRole('dialog', { name: '隐私保护提示' });
    await act(async () => fireEvent.click(screen.getByText('不同意')));
    expect((await screen.findByRole('alert')).textContent).toContain('隐私保护指引');
    expect(fake.callsTo('opinion.rate')).toHaveLength(1);
    expect(fake.callsTo('user.agreePrivacy')).toHaveLength(0);
  });
});

describe('补充情况 refused for want of the agreement', () => {
  it('shows the notice and sends the information again once agreed', async () => {
    taroTest.reset({ id: 'op-1' });
    const fake = fakeFunctions({
      'opinion.detail': ok(anOpinionDetail({ status: 'need_info', statusLabel: '待补充', can: { withdraw: false, addInfo: true, chase: false, rate: false } })),
      'subscription.templates': ok(someTemplates()),
      'opinion.addInfo': [NOT_AGREED, ok({ id: 'op-1', status: 'accepted', statusLabel: '已受理' })],
      'user.agreePrivacy': AGREED,
    });
    render(<OpinionPage />);
    await screen.findByText('查询编号 430104-20261125-0001');
    fireEvent.change(screen.getByPlaceholderText(/补充/), { target: { value: '是3栋2单元的电梯。' } });
    await act(async () => fireEvent.click(button('提交补充')!));
    await screen.findByRole('dialog', { name: '隐私保护提示' });
    await act(async () => fireEvent.click(screen.getByText('同意并继续')));
    expect(await screen.findByText('补充的情况已送达代表')).toBeTruthy();
    expect(fake.callsTo('opinion.addInfo').map((c) => c.payload.text)).toEqual(['是3栋2单元的电梯。', '是3栋2单元的电梯。']);
  });
});

describe('认领 refused for want of the agreement', () => {
  it('shows the notice and claims once agreed', async () => {
    taroTest.reset();
    const fake = fakeFunctions({
      'opinion.claim': [NOT_AGREED, ok({ ...anOpinionDetail(), channel: undefined, excerpt: '路灯不亮' })],
      'user.agreePrivacy': AGREED,
    });
    render(<ClaimPage />);
    fireEvent.change(screen.getByPlaceholderText(/^如 430104/), { target: { value: '430104-20261125-0042' } });
    fireEvent.change(screen.getByPlaceholderText('手机号或座机号'), { target: { value: '13800138000' } });
    await act(async () => fireEvent.click(screen.getByText('认领')));
    await screen.findByRole('dialog', { name: '隐私保护提示' });
    await act(async () => fireEvent.click(screen.getByText('同意并继续')));
    expect(await screen.findByText('认领成功')).toBeTruthy();
    expect(fake.callsTo('opinion.claim')).toHaveLength(2);
  });
});

describe('写意见: the server has the last word', () => {
  it('a notice changed since the page asked: the refusal shows the notice, and the opinion is sent once agreed', async () => {
    taroTest.reset();
    taroTest.storage.set('lastStationCode', 'WYH01');
    const fake = fakeFunctions({
      'station.get': ok(aStation()),
      'user.me': ok(aMe({ privacyAgreed: true })),
      'subscription.templates': ok({ templates: [] }),
      'opinion.submit': [NOT_AGREED, ok(aSubmitResult())],
      'user.agreePrivacy': AGREED,
    });
    render(<WritePage />);
    await screen.findByText('提交意见');
    await waitFor(() => expect(fake.callsTo('subscription.templates')).toHaveLength(1));
    fireEvent.click(screen.getByRole('button', { name: '住房物业' }));
    fireEvent.change(screen.getByPlaceholderText(/请写清楚/), { target: { value: '小区电梯经常故障，老人上下楼困难。' } });
    await act(async () => fireEvent.click(screen.getByText('提交意见')));
    await screen.findByRole('dialog', { name: '隐私保护提示' });
    await act(async () => fireEvent.click(screen.getByText('同意并继续')));
    expect(await screen.findByText('430104-20261125-0001')).toBeTruthy();
    const [first, again] = fake.callsTo('opinion.submit');
    expect(again.payload).toEqual(first.payload);
  });
});

describe('代录意见: the staff member states that the resident was informed', () => {
  const aStaffStation = {
    code: 'WYH01',
    name: '望月湖街道人大代表联络站',
    address: '望月湖路 38 号',
    regionCode: '430104007',
    regionName: '望月湖街道',
    retired: false,
    deputies: [],
    schedule: { weekly: [], dated: [], cancelled: [] },
  };

  it('cannot enter until the statement is ticked; then sends residentInformed', async () => {
    taroTest.reset();
    const fake = fakeFunctions({
      'staff.myStations': ok({ items: [aStaffStation] }),
      'staff.enter': ok({ ...aSubmitResult(), claimable: true }),
    });
    render(<EnterPage />);
    await screen.findByText('望月湖街道人大代表联络站');
    fireEvent.change(document.querySelector('textarea')!, { target: { value: '来电反映：社区老年食堂午餐时间太早。' } });
    expect(screen.getByText(/已告知群众/)).toBeTruthy();
    const enter = () => screen.getByText('登记意见', { selector: 'button' });
    expect(enter().getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(screen.getByRole('switch'));
    expect(enter().getAttribute('aria-disabled')).toBeNull();
    await act(async () => fireEvent.click(enter()));
    expect(fake.callsTo('staff.enter')[0].payload).toMatchObject({ residentInformed: true, text: '来电反映：社区老年食堂午餐时间太早。' });
    expect(await screen.findByText(/^已登记，查询编号/)).toBeTruthy();
    expect((screen.getByRole('switch') as HTMLInputElement).checked).toBe(false); // the next walk-in is told again
  });
});
