/**
 * 接收新意见提醒: the card deputies and staff turn their reminders on from, over the H5 stand-in
 * for WeChat's dialog and settings (a fake of the local run's /api/local/wx routes).
 */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MAIN_SWITCH_NOTICE, RemindersCard, SMS_EXPLAINED } from '../../src/components/reminders-card';
import BindPage from '../../src/packages/deputy/pages/bind/index';
import StaffJoinPage from '../../src/packages/staff/pages/join/index';
import * as subscribe from '../../src/platform/subscribe';
import { taroTest } from './stubs/taro';
import { fakeFunctions, ok, refuse, restoreTransport } from './support/fake-transport';
import { dialogButton, fakeWx, openDialog, PERSONA, restoreFetch, type WxTemplate } from './support/fake-wx';
import { someReminders } from './support/views';

const ID = (key: string) => `LOCAL_TMPL_${key.toUpperCase()}`;
const wxTemplate = (key: string, title: string, longTerm = true): WxTemplate => ({ templateId: ID(key), title, longTerm });
const DEPUTY_WX = [wxTemplate('opinion_new', '新意见待受理提醒'), wxTemplate('opinion_update', '意见动态提醒'), wxTemplate('deadline_reminder', '办理期限提醒')];
const item = (key: string, title: string, on = false, longTerm = true, left?: number) => ({
  key,
  templateId: ID(key),
  title,
  longTerm,
  on,
  ...(left !== undefined ? { left } : {}),
});
const ON_VIEW = someReminders({
  reach: { reachable: true, label: '可接收提醒', lastSentAt: '2026-12-04T01:30:00.000Z' },
  items: someReminders().items.map((i) => ({ ...i, on: true })),
});
const OFF_TEXT = /新意见提醒未开启/;
const ON_TEXT = '新意见提醒已开启：新意见、催办和期限提醒会通过微信服务通知送达';

beforeEach(() => taroTest.reset());
afterEach(() => {
  restoreTransport();
  restoreFetch();
  jest.restoreAllMocks();
  document.querySelectorAll('.sim-subscribe').forEach((n) => n.remove());
});

describe('接收新意见提醒 (long-term reminders)', () => {
  it("hands WeChat's settings to the server on show, and shows a reminder turned off there as off, with why and when", async () => {
    fakeWx({ templates: DEPUTY_WX, itemSettings: { [ID('opinion_new')]: 'reject', SYS_MSG_TYPE_X: 'accept' } });
    const fake = fakeFunctions({
      'subscription.sync': ok(someReminders({ reach: { reachable: false, label: '在微信设置中关闭了提醒', endedAt: '2026-12-04T02:00:00.000Z' } })),
    });
    render(<RemindersCard role='deputy' />);
    expect(await screen.findByText(OFF_TEXT)).toBeTruthy();
    expect(fake.callsTo('subscription.sync')[0].payload).toEqual({
      mainSwitch: true,
      itemSettings: { [ID('opinion_new')]: 'reject', SYS_MSG_TYPE_X: 'accept' },
    });
    expect(fake.callsTo('subscription.reminders')).toHaveLength(0);
    expect(screen.getByText('在微信设置中关闭了提醒（2026-12-04 10:00）')).toBeTruthy();
    expect(screen.getByRole('button', { name: '接收新意见提醒' })).toBeTruthy();
    expect(screen.queryByText(/剩余/)).toBeNull();
  });

  it('says plainly that reminders are on, with no counters and nothing to tap', async () => {
    fakeWx({ templates: DEPUTY_WX, itemSettings: Object.fromEntries(DEPUTY_WX.map((t) => [t.templateId, 'accept' as const])) });
    fakeFunctions({ 'subscription.sync': ok(ON_VIEW) });
    render(<RemindersCard role='deputy' />);
    expect(await screen.findByText(ON_TEXT)).toBeTruthy();
    expect(screen.getByText('最近一次提醒：2026-12-04 09:30')).toBeTruthy();
    expect(screen.queryByText(/剩余/)).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('asks for the long-term reminders in one request inside the tap, at most three, the most important first, and shows them on', async () => {
    const extra = wxTemplate('extra_notice', '其他提醒');
    const wx = fakeWx({ templates: [...DEPUTY_WX, extra] });
    const off = someReminders({
      items: [item('opinion_update', '意见动态提醒'), item('extra_notice', '其他提醒'), item('opinion_new', '新意见待受理提醒'), item('deadline_reminder', '办理期限提醒')],
    });
    const fake = fakeFunctions({
      'subscription.sync': [ok(off), ok(ON_VIEW)],
      'subscription.grant': ok({ credits: { opinion_new: 1, deadline_reminder: 1, opinion_update: 1 } }),
    });
    const ask = jest.spyOn(subscribe, 'requestSubscribe');
    render(<RemindersCard role='deputy' />);
    await screen.findByText(OFF_TEXT);

    fireEvent.click(screen.getByRole('button', { name: '接收新意见提醒' })); // no await: what the tap does at once
    expect(ask).toHaveBeenCalledTimes(1);
    expect(ask.mock.calls[0][0]).toEqual([
      { templateId: ID('opinion_new'), title: '新意见待受理提醒', longTerm: true },
      { templateId: ID('deadline_reminder'), title: '办理期限提醒', longTerm: true },
      { templateId: ID('opinion_update'), title: '意见动态提醒', longTerm: true },
    ]);
    expect(document.querySelector('.sim-subscribe')).not.toBeNull(); // drawn inside the tap

    await waitFor(() => expect(openDialog()).not.toBeNull());
    expect(openDialog()!.textContent).toContain('长期接收，可随时在小程序设置中关闭');
    expect(openDialog()!.querySelector('input[type="checkbox"]')).toBeNull();
    await act(async () => dialogButton('允许')!.click());

    expect(await screen.findByText(ON_TEXT)).toBeTruthy();
    const [asked] = wx.answers();
    expect(asked.openid).toBe(PERSONA);
    expect(asked.body.tmplIds).toEqual([ID('opinion_new'), ID('deadline_reminder'), ID('opinion_update')]);
    expect(asked.body.tmplIds.every((id: string) => wx.kindOf(id) === true)).toBe(true);
    expect(wx.checks()[0].body.tmplIds).toEqual(asked.body.tmplIds);
    expect(fake.callsTo('subscription.grant')[0].payload).toEqual({
      results: { opinion_new: 'accept', deadline_reminder: 'accept', opinion_update: 'accept' },
    });
    // The settings are read again after the answer, and now say the grants stand.
    expect(fake.callsTo('subscription.sync')[1].payload.itemSettings[ID('opinion_new')]).toBe('accept');
    expect(screen.getByText('已开启：新意见待受理提醒、办理期限提醒、意见动态提醒')).toBeTruthy();
  });

  it('shows where to switch subscription messages on when the main switch is off, without a dialog or a grant', async () => {
    // WeChat's settings cannot be read here (the server is asked for the reminders instead).
    const wx = fakeWx({ templates: DEPUTY_WX, mainSwitch: false, settingsReadable: false });
    const fake = fakeFunctions({ 'subscription.reminders': ok(someReminders()) });
    render(<RemindersCard role='deputy' />);
    await screen.findByText(OFF_TEXT);
    expect(fake.callsTo('subscription.sync')).toHaveLength(0);
    expect(screen.queryByText(MAIN_SWITCH_NOTICE)).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: '接收新意见提醒' }));
    expect(await screen.findByText(MAIN_SWITCH_NOTICE)).toBeTruthy();
    expect(MAIN_SWITCH_NOTICE).toBe('您在微信中关闭了订阅消息，请在小程序右上角「···」→设置→订阅消息中打开');
    expect(document.querySelector('.sim-subscribe')).toBeNull();
    expect(wx.checks()).toHaveLength(1);
    expect(wx.answers()).toHaveLength(0);
    expect(fake.callsTo('subscription.grant')).toHaveLength(0);
  });

  it('shows the main-switch notice at once when the settings read say it is off', async () => {
    fakeWx({ templates: DEPUTY_WX, mainSwitch: false });
    const fake = fakeFunctions({ 'subscription.sync': ok(someReminders({ reach: { reachable: false, label: '在微信设置中关闭了提醒' } })) });
    render(<RemindersCard role='deputy' />);
    expect(await screen.findByText(MAIN_SWITCH_NOTICE)).toBeTruthy();
    expect(fake.callsTo('subscription.sync')[0].payload).toEqual({ mainSwitch: false, itemSettings: {} });
  });

  it('records a refusal in the dialog and says what it means', async () => {
    fakeWx({ templates: [wxTemplate('staff_alert', '联络站工作提醒'), wxTemplate('staff_digest', '每日待办汇总')] });
    const staffOff = { role: 'staff' as const, reach: { reachable: false, label: '未开启提醒' }, items: [item('staff_alert', '联络站工作提醒'), item('staff_digest', '每日待办汇总')] };
    const fake = fakeFunctions({ 'subscription.sync': ok(staffOff), 'subscription.grant': ok({ credits: {} }) });
    render(<RemindersCard role='staff' />);
    expect(await screen.findByText(/本站有新意见/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '接收新意见提醒' }));
    await waitFor(() => expect(openDialog()).not.toBeNull());
    await act(async () => dialogButton('取消')!.click());
    expect(await screen.findByText('您没有同意接收提醒，新意见不会通过微信通知您')).toBeTruthy();
    expect(fake.callsTo('subscription.grant')[0].payload).toEqual({ results: { staff_alert: 'reject', staff_digest: 'reject' } });
  });
});

describe('短信备用提醒 (the SMS fallback)', () => {
  const smsLine = () => screen.getByTestId('sms-reminder');

  it('is not shown when this environment sends no SMS', async () => {
    fakeWx({ templates: DEPUTY_WX });
    fakeFunctions({ 'subscription.sync': ok({ ...ON_VIEW, sms: { available: false } }) });
    render(<RemindersCard role='deputy' />);
    await screen.findByText(ON_TEXT);
    expect(screen.queryByText('短信备用提醒')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('says 未设置 in plain words, sets a number with 保存, shows it masked, and removes it', async () => {
    fakeWx({ templates: DEPUTY_WX });
    const fake = fakeFunctions({
      'subscription.sync': ok({ ...ON_VIEW, sms: { available: true } }),
      'subscription.smsPhone': (p: { phone: string | null }) => ok(p.phone ? { phone: '138****0001', available: true } : { available: true }),
    });
    render(<RemindersCard role='deputy' />);
    await screen.findByText('短信备用提醒');
    expect(smsLine().textContent).toContain('未设置');
    expect(screen.getByText(SMS_EXPLAINED)).toBeTruthy();
    expect(SMS_EXPLAINED).toBe('微信提醒未开启或被退回时，新意见和期限提醒改发短信到这个号码。');

    fireEvent.click(screen.getByRole('button', { name: '设置号码' }));
    fireEvent.change(screen.getByPlaceholderText('11位手机号码'), { target: { value: '13800000001' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '保存' })));
    expect(fake.callsTo('subscription.smsPhone')[0].payload).toEqual({ phone: '13800000001' });
    expect(await screen.findByText('已保存短信备用提醒号码：138****0001')).toBeTruthy();
    expect(smsLine().textContent).toContain('138****0001');
    expect(smsLine().textContent).not.toContain('13800000001');
    expect(screen.queryByPlaceholderText('11位手机号码')).toBeNull();

    await act(async () => fireEvent.click(screen.getByRole('button', { name: '删除号码' })));
    expect(fake.callsTo('subscription.smsPhone')[1].payload).toEqual({ phone: null });
    expect(await screen.findByText('已删除短信备用提醒号码')).toBeTruthy();
    expect(smsLine().textContent).toContain('未设置');
  });

  it("shows the server's refusal of a number and keeps what was typed", async () => {
    fakeWx({ templates: DEPUTY_WX });
    fakeFunctions({
      'subscription.sync': ok({ ...ON_VIEW, sms: { available: true, phone: '139****0002' } }),
      'subscription.smsPhone': refuse('SMS_PHONE_NOT_MOBILE', '短信提醒只能发到手机，请填写11位手机号码'),
    });
    render(<RemindersCard role='deputy' />);
    await screen.findByText('短信备用提醒');
    expect(smsLine().textContent).toContain('139****0002');
    fireEvent.click(screen.getByRole('button', { name: '更换号码' }));
    fireEvent.change(screen.getByPlaceholderText('11位手机号码'), { target: { value: '07318888888' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '保存' })));
    expect((await screen.findByRole('alert')).textContent).toBe('短信提醒只能发到手机，请填写11位手机号码');
    expect((screen.getByPlaceholderText('11位手机号码') as HTMLInputElement).value).toBe('07318888888');
    expect(smsLine().textContent).toContain('139****0002');
  });
});

describe('templates declared one-time for this account', () => {
  const ONCE_WX = DEPUTY_WX.map((t) => ({ ...t, longTerm: false }));
  const onceView = (lefts: number[]) =>
    someReminders({
      reach: { reachable: lefts[0] > 0, label: lefts[0] > 0 ? '可接收提醒' : '提醒次数已用完' },
      items: [
        item('opinion_new', '新意见待受理提醒', lefts[0] > 0, false, lefts[0]),
        item('opinion_update', '意见动态提醒', lefts[1] > 0, false, lefts[1]),
        item('deadline_reminder', '办理期限提醒', lefts[2] > 0, false, lefts[2]),
      ],
    });

  it('falls back to the top-up: what each has left, one tap for three, a kept choice sent along', async () => {
    const wx = fakeWx({ templates: ONCE_WX });
    const fake = fakeFunctions({
      'subscription.sync': [ok(onceView([0, 2, 0])), ok(onceView([1, 3, 1]))],
      'subscription.grant': ok({ credits: { opinion_new: 1, opinion_update: 3, deadline_reminder: 1 } }),
    });
    render(<RemindersCard role='deputy' />);
    expect(await screen.findByText('剩余 2 次')).toBeTruthy();
    expect(screen.getAllByText('剩余 0 次')).toHaveLength(2);
    expect(screen.queryByText(ON_TEXT)).toBeNull();

    fireEvent.click(screen.getByText('补充提醒次数（每次最多3项）'));
    await waitFor(() => expect(openDialog()).not.toBeNull());
    expect(openDialog()!.textContent).not.toContain('长期接收');
    const keep = openDialog()!.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    expect(keep.parentElement!.textContent).toBe('总是保持以上选择，不再询问');
    keep.click();
    await act(async () => dialogButton('允许')!.click());

    expect(await screen.findByText('已增加 3 项提醒')).toBeTruthy();
    expect(screen.getAllByText('剩余 1 次')).toHaveLength(2);
    const [asked] = wx.answers();
    expect(asked.body).toEqual({ tmplIds: [ID('opinion_new'), ID('deadline_reminder'), ID('opinion_update')], answer: 'accept', always: true });
    expect(asked.body.tmplIds.every((id: string) => wx.kindOf(id) === false)).toBe(true);
    expect(Object.keys(fake.callsTo('subscription.grant')[0].payload.results)).toEqual(['opinion_new', 'deadline_reminder', 'opinion_update']);
  });
});

describe('the H5 stand-in for requestSubscribeMessage', () => {
  it('refuses outside a tap, at once, without asking the stand-in', async () => {
    const wx = fakeWx({ templates: DEPUTY_WX });
    Object.defineProperty(navigator, 'userActivation', { value: { isActive: false }, configurable: true });
    try {
      const answer = await subscribe.requestSubscribe([{ templateId: ID('opinion_new'), title: '新意见待受理提醒', longTerm: true }]);
      expect(answer.results).toEqual({});
      expect(answer.errMsg).toContain('can only be invoked by user TAP gesture');
      expect(document.querySelector('.sim-subscribe')).toBeNull();
      expect(wx.requests).toHaveLength(0);
    } finally {
      delete (navigator as { userActivation?: unknown }).userActivation;
    }
  });

  it("answers WeChat's refusal of a mixed request with its code and no dialog", async () => {
    const wx = fakeWx({ templates: [...DEPUTY_WX, wxTemplate('opinion_result', '意见办结通知', false)] });
    const answer = await subscribe.requestSubscribe([
      { templateId: ID('opinion_new'), title: '新意见待受理提醒', longTerm: true },
      { templateId: ID('opinion_result'), title: '意见办结通知' },
    ]);
    expect(answer).toEqual({ results: {}, errCode: 20002, errMsg: 'requestSubscribeMessage:fail mixed' });
    expect(document.querySelector('.sim-subscribe')).toBeNull();
    expect(wx.answers()).toHaveLength(0);
  });

  it('answers a one-time choice kept with "总是保持以上选择" without a dialog', async () => {
    const wx = fakeWx({ templates: [wxTemplate('opinion_result', '意见办结通知', false)], itemSettings: { [ID('opinion_result')]: 'reject' } });
    const answer = await subscribe.requestSubscribe([{ templateId: ID('opinion_result'), title: '意见办结通知' }]);
    expect(answer).toEqual({ results: { [ID('opinion_result')]: 'reject' } });
    expect(openDialog()).toBeNull();
    expect(wx.answers()).toHaveLength(1);
  });
});

describe('asked once at binding and joining', () => {
  it('after binding, offers the reminders as the last step, asks only on a tap, and lets the deputy go on without', async () => {
    fakeWx({ templates: DEPUTY_WX });
    const fake = fakeFunctions({
      'deputy.bind': ok({ deputyId: 'd-county-1', name: '李红梅', levelLabel: '县（市区）' }),
      'subscription.sync': ok(someReminders()),
    });
    const ask = jest.spyOn(subscribe, 'requestSubscribe');
    render(<BindPage />);
    fireEvent.change(screen.getByPlaceholderText('例如 AB12CD34'), { target: { value: 'AB12CD34' } });
    await act(async () => fireEvent.click(screen.getByText('绑定')));
    expect(await screen.findByText('最后一步：接收新意见提醒')).toBeTruthy();
    expect(await screen.findByText(OFF_TEXT)).toBeTruthy();
    expect(fake.callsTo('subscription.sync')).toHaveLength(1);
    expect(ask).not.toHaveBeenCalled(); // never on its own
    expect(document.querySelector('.sim-subscribe')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: '接收新意见提醒' }));
    expect(ask).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(openDialog()).not.toBeNull());
    await act(async () => dialogButton('取消')!.click());
    await screen.findByText('您没有同意接收提醒，新意见不会通过微信通知您');

    fireEvent.click(screen.getByText('进入代表收件箱'));
    expect(taroTest.navigations).toContainEqual({ kind: 'redirectTo', url: '/packages/deputy/pages/inbox/index' });
  });

  it('after joining, staff are offered the same last step and may skip it', async () => {
    fakeWx({ templates: [wxTemplate('staff_alert', '联络站工作提醒'), wxTemplate('staff_digest', '每日待办汇总')] });
    fakeFunctions({
      'admin.joinAsStaff': ok({ stations: [{ code: 'XJH01', name: '咸嘉湖街道人大代表联络站' }] }),
      'subscription.sync': ok({ role: 'staff', reach: { reachable: false, label: '未开启提醒' }, items: [item('staff_alert', '联络站工作提醒'), item('staff_digest', '每日待办汇总')] }),
    });
    const ask = jest.spyOn(subscribe, 'requestSubscribe');
    render(<StaffJoinPage />);
    fireEvent.change(screen.getByPlaceholderText('如 AB2CD-EF3GH'), { target: { value: 'ab2cd-ef3gh' } });
    await act(async () => fireEvent.click(screen.getByText('开通')));
    expect(await screen.findByText('最后一步：接收新意见提醒')).toBeTruthy();
    expect(await screen.findByRole('button', { name: '接收新意见提醒' })).toBeTruthy();
    expect(ask).not.toHaveBeenCalled();
    fireEvent.click(screen.getByText('进入联络站工作台'));
    expect(taroTest.navigations).toContainEqual({ kind: 'redirectTo', url: '/packages/staff/pages/index/index' });
  });
});
