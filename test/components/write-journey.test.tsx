/**
 * The write form's new behaviour: subscription consent inside the submit tap (before any await),
 * the privacy notice before the first submission, photos and place, and the draft kept.
 */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import * as subscribe from '../../src/platform/subscribe';
import * as picker from '../../src/platform/pick-photos';
import * as upload from '../../src/api/upload';
import { ApiError } from '../../src/api/api-error';
import WritePage from '../../src/pages/write/index';
import { PRIVACY_VERSION } from '../../src/lib/privacy-notice';
import { taroTest } from './stubs/taro';
import { fakeFunctions, ok, restoreTransport } from './support/fake-transport';
import { aMe, aStation, aSubmitResult, someTemplates } from './support/views';

const TEXT = '小区电梯经常故障，老人上下楼困难。';

async function openForm(answers: Record<string, unknown> = {}, keepStorage = false) {
  if (!keepStorage) taroTest.reset();
  taroTest.storage.set('lastStationCode', 'WYH01');
  const fake = fakeFunctions({
    'station.get': ok(aStation()),
    'user.me': ok(aMe()),
    'subscription.templates': ok(someTemplates()),
    'subscription.grant': ok({ credits: { opinion_accepted: 1, opinion_need_info: 1, opinion_result: 1 } }),
    'opinion.submit': ok(aSubmitResult()),
    ...answers,
  });
  const view = render(<WritePage />);
  await screen.findByText('提交意见');
  // The templates are fetched when the page loads, so the tap can ask at once.
  await waitFor(() => expect(fake.callsTo('subscription.templates')).toHaveLength(1));
  return { fake, view };
}

const textarea = () => screen.getByPlaceholderText(/请写清楚/) as HTMLTextAreaElement;
const type = (value: string) => fireEvent.change(textarea(), { target: { value } });
const pick = (label: string) => fireEvent.click(screen.getByRole('button', { name: label }));
const submitButton = () => screen.getByText(/^(提交意见|正在提交…)$/);
const dialogButton = (label: '允许' | '取消') =>
  Array.from(document.querySelectorAll('.sim-subscribe button')).find((b) => b.textContent === label) as HTMLButtonElement;

afterEach(() => {
  restoreTransport();
  jest.restoreAllMocks();
  document.querySelectorAll('.sim-subscribe').forEach((n) => n.remove());
});

describe('subscription consent in the submit tap', () => {
  it('opens the consent dialog synchronously in the tap, before anything is sent', async () => {
    const ask = jest.spyOn(subscribe, 'requestSubscribe');
    const { fake } = await openForm();
    pick('住房物业');
    type(TEXT);
    const before = fake.calls.length;

    fireEvent.click(submitButton()); // no await: whatever the tap does before its first await
    expect(ask).toHaveBeenCalledTimes(1);
    expect(ask.mock.calls[0][0]).toEqual([
      { templateId: 'tmpl-accepted', title: '意见受理通知' },
      { templateId: 'tmpl-need-info', title: '补充材料提醒' },
      { templateId: 'tmpl-result', title: '办理结果通知' },
    ]);
    expect(fake.calls.length).toBe(before); // nothing sent yet: consent came first

    await act(async () => dialogButton('允许').click());
    await screen.findByText('430104-20261125-0001');
    const order = fake.calls.slice(before).map((c) => `${c.name}.${c.action}`).sort();
    expect(order).toEqual(['opinion.submit', 'subscription.grant']);
    expect(fake.callsTo('subscription.grant')[0].payload).toEqual({
      results: { opinion_accepted: 'accept', opinion_need_info: 'accept', opinion_result: 'accept' },
    });
  });

  it('still submits when the resident declines notifications, and records the refusal', async () => {
    const { fake } = await openForm();
    pick('住房物业');
    type(TEXT);
    fireEvent.click(submitButton());
    await act(async () => dialogButton('取消').click());
    await screen.findByText('430104-20261125-0001');
    expect(fake.callsTo('opinion.submit')).toHaveLength(1);
    expect(fake.callsTo('subscription.grant')[0].payload.results.opinion_result).toBe('reject');
  });

  it('asks once on a double tap and submits once', async () => {
    const ask = jest.spyOn(subscribe, 'requestSubscribe');
    const { fake } = await openForm();
    pick('住房物业');
    type(TEXT);
    fireEvent.click(submitButton());
    fireEvent.click(submitButton());
    expect(ask).toHaveBeenCalledTimes(1);
    await act(async () => dialogButton('允许').click());
    await screen.findByText('430104-20261125-0001');
    expect(fake.callsTo('opinion.submit')).toHaveLength(1);
  });

  it('does not ask for consent when the form is refused on the phone', async () => {
    const ask = jest.spyOn(subscribe, 'requestSubscribe');
    const { fake } = await openForm();
    type(TEXT);
    fireEvent.click(submitButton());
    expect(screen.getByRole('alert').textContent).toBe('请选择意见类别');
    expect(ask).not.toHaveBeenCalled();
    expect(fake.callsTo('opinion.submit')).toHaveLength(0);
  });

  it('skips the dialog when there are no templates to ask for', async () => {
    const ask = jest.spyOn(subscribe, 'requestSubscribe');
    const { fake } = await openForm({ 'subscription.templates': ok({ templates: [] }) });
    pick('住房物业');
    type(TEXT);
    await act(async () => fireEvent.click(submitButton()));
    await screen.findByText('430104-20261125-0001');
    expect(ask).not.toHaveBeenCalled();
    expect(fake.callsTo('subscription.grant')).toHaveLength(0);
  });
});

describe('privacy notice before the first submission', () => {
  it('shows the notice at once to a resident who has not agreed, and records the agreement', async () => {
    const { fake } = await openForm({ 'user.me': ok(aMe({ privacyAgreed: false })), 'user.agreePrivacy': ok({ agreedAt: '2026-11-25T01:00:00.000Z', version: PRIVACY_VERSION }) });
    const dialog = await screen.findByRole('dialog', { name: '隐私保护提示' });
    expect(dialog.textContent).toContain('《代表联络站隐私保护指引》');
    await act(async () => fireEvent.click(screen.getByText('同意并继续')));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(fake.callsTo('user.agreePrivacy')[0].payload).toEqual({ version: PRIVACY_VERSION });
  });

  it('refuses to submit without agreement, without calling the server, and shows the notice again', async () => {
    const ask = jest.spyOn(subscribe, 'requestSubscribe');
    const { fake } = await openForm({ 'user.me': ok(aMe({ privacyAgreed: false })) });
    fireEvent.click(await screen.findByText('不同意'));
    expect(screen.getByText('提交前需要同意隐私保护指引')).toBeTruthy();
    pick('住房物业');
    type(TEXT);
    fireEvent.click(submitButton());
    expect(screen.getByRole('alert').textContent).toBe('提交前请阅读并同意隐私保护指引');
    expect(screen.getByRole('dialog', { name: '隐私保护提示' })).toBeTruthy();
    expect(ask).not.toHaveBeenCalled();
    expect(fake.callsTo('opinion.submit')).toHaveLength(0);
    expect(fake.callsTo('user.agreePrivacy')).toHaveLength(0);
  });
});

describe('photos, place and the draft', () => {
  it('uploads picked photos, previews them with labels, removes one, and sends the file ids and place', async () => {
    jest.spyOn(picker, 'pickPhotos').mockResolvedValue(['blob:a', 'blob:b']);
    jest
      .spyOn(upload, 'uploadPhoto')
      .mockImplementation(async (p: string) => ({ fileId: `local://opinions/${p.slice(5)}.jpg`, url: `/api/storage/${p.slice(5)}.jpg` }));
    const { fake } = await openForm();
    pick('住房物业');
    type(TEXT);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '添加照片' })));
    expect(screen.getByAltText('第1张照片').getAttribute('src')).toBe('/api/storage/a.jpg');
    expect(screen.getByAltText('第2张照片')).toBeTruthy();
    expect(picker.pickPhotos).toHaveBeenCalledWith(3);
    fireEvent.click(screen.getByRole('button', { name: '删除第1张照片' }));
    expect(screen.getByAltText('第1张照片').getAttribute('src')).toBe('/api/storage/b.jpg');
    fireEvent.change(screen.getByPlaceholderText('如：望月湖小区3栋'), { target: { value: '望月湖小区3栋' } });
    fireEvent.click(submitButton());
    await act(async () => dialogButton('允许').click());
    await screen.findByText('430104-20261125-0001');
    const sent = fake.callsTo('opinion.submit')[0].payload;
    expect(sent.photos).toEqual(['local://opinions/b.jpg']);
    expect(sent.place).toBe('望月湖小区3栋');
  });

  it("shows an upload refusal in the server's words and keeps the form", async () => {
    jest.spyOn(picker, 'pickPhotos').mockResolvedValue(['blob:big']);
    jest.spyOn(upload, 'uploadPhoto').mockRejectedValue(new ApiError('INVALID_PAYLOAD', '照片不能超过2MB'));
    await openForm();
    type(TEXT);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '添加照片' })));
    expect(screen.getByRole('alert').textContent).toBe('照片不能超过2MB');
    expect(textarea().value).toBe(TEXT);
  });

  it('keeps the draft when the resident leaves the page, and the same request id with it', async () => {
    const first = await openForm();
    pick('交通出行');
    type(TEXT);
    fireEvent.click(screen.getByText('更多选项（可不填）'));
    fireEvent.click(screen.getByRole('button', { name: '李红梅' }));
    const kept = JSON.parse(String(taroTest.storage.get('opinionDraft'))).requestId;
    first.view.unmount();

    const again = await openForm({}, true);
    expect(textarea().value).toBe(TEXT);
    expect(screen.getByRole('button', { name: '交通出行' }).className).toContain('chip--on');
    // A choice made under 更多选项 shows unfolded when the draft comes back.
    expect(screen.getByRole('button', { name: '李红梅' }).className).toContain('chip--on');
    fireEvent.click(submitButton());
    await act(async () => dialogButton('允许').click());
    await screen.findByText('430104-20261125-0001');
    const stored = JSON.parse(String(taroTest.storage.get('opinionDraft') ?? 'null'));
    expect(stored).toBeNull(); // a sent draft is gone
    expect(again.fake.callsTo('opinion.submit')[0].payload.requestId).toBe(kept);
  });

  it('refuses an over-long place without calling the server', async () => {
    const { fake } = await openForm();
    pick('住房物业');
    type(TEXT);
    fireEvent.change(screen.getByPlaceholderText('如：望月湖小区3栋'), { target: { value: '地'.repeat(51) } });
    fireEvent.click(submitButton());
    expect(screen.getByRole('alert').textContent).toBe('地点不能超过50字');
    expect(fake.callsTo('opinion.submit')).toHaveLength(0);
  });
});
