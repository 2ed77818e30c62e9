import { act, fireEvent, render, screen } from '@testing-library/react';
import AdminIdentityAccessPage from '../../src/packages/admin/pages/identity-access/index';
import AdminHomePage from '../../src/packages/admin/pages/index/index';
import { taroTest } from './stubs/taro';
import { fakeFunctions, ok, refuse, restoreTransport } from './support/fake-transport';

afterEach(restoreTransport);

const entry = (over: Record<string, unknown> = {}) => ({
  id: 'ia01',
  at: '2026-11-29T07:00:00.000Z',
  by: 'demo-staff-wyh',
  byLabel: '联络站工作人员',
  trackingNo: '430104007-20261129-0001',
  stationCode: 'WYH01',
  stationName: '望月湖街道人大代表联络站',
  seen: ['phone'],
  seenLabel: '完整电话号码',
  action: 'staff.queue',
  purpose: 'followup',
  purposeLabel: '电话回访',
  ...over,
});
const staffOverview = ok({
  staff: [
    { openid: 'demo-staff-wyh', label: '王芳', stations: [] },
    { openid: 'demo-staff-xjh', label: '咸嘉湖街道人大代表联络站的工作人员', stations: [] },
  ],
  openInvites: [],
});

describe('身份信息查看记录', () => {
  it('lists time, who, the tracking number and what was seen, in plain words', async () => {
    taroTest.reset();
    const fake = fakeFunctions({ 'admin.identityAccessLog': ok({ items: [entry()], total: 1 }), 'admin.staffOverview': staffOverview });
    render(<AdminIdentityAccessPage />);
    expect(await screen.findByText('2026-11-29 15:00')).toBeTruthy();
    expect(await screen.findByText('查看人：王芳')).toBeTruthy();
    expect(screen.queryByText(/demo-staff-wyh/)).toBeNull();
    expect(screen.getByText('意见：430104007-20261129-0001（望月湖街道人大代表联络站）')).toBeTruthy();
    expect(screen.getByText('看到：完整电话号码 · 用途：电话回访')).toBeTruthy();
    expect(fake.callsTo('admin.identityAccessLog')[0].payload).toEqual({ offset: 0, limit: 20 });
  });

  it('filters by staff member and by day', async () => {
    taroTest.reset();
    const fake = fakeFunctions({
      'admin.identityAccessLog': [ok({ items: [entry()], total: 1 }), ok({ items: [], total: 0 }), ok({ items: [entry()], total: 1 })],
      'admin.staffOverview': staffOverview,
    });
    render(<AdminIdentityAccessPage />);
    await screen.findByText('2026-11-29 15:00');
    // Staff are chosen by how the office names them, never by their openid.
    expect(screen.queryByText('demo-staff-wyh')).toBeNull();
    await act(async () => fireEvent.click(await screen.findByText('咸嘉湖街道人大代表联络站的工作人员')));
    expect(await screen.findByText('没有查看记录')).toBeTruthy();
    expect(fake.callsTo('admin.identityAccessLog').at(-1)?.payload).toEqual({ staff: 'demo-staff-xjh', offset: 0, limit: 20 });
    // The day comes from the date picker, never typed.
    const from = Array.from(document.querySelectorAll('.picker-field')).find((f) => f.querySelector('.field-label')?.textContent === '开始日期');
    await act(async () => void fireEvent.change(from!.querySelector('input.picker-stub')!, { target: { value: '2026-11-01' } }));
    await act(async () => fireEvent.click(screen.getByText('按日期查询')));
    expect(await screen.findByText('2026-11-29 15:00')).toBeTruthy();
    expect(fake.callsTo('admin.identityAccessLog').at(-1)?.payload).toEqual({ staff: 'demo-staff-xjh', from: '2026-11-01', offset: 0, limit: 20 });
  });

  it('shows a refusal in words', async () => {
    taroTest.reset();
    fakeFunctions({ 'admin.identityAccessLog': refuse('PERIOD_INVALID', '查询期间不正确：结束日期不能早于开始日期'), 'admin.staffOverview': staffOverview });
    render(<AdminIdentityAccessPage />);
    expect(await screen.findByText('查询期间不正确：结束日期不能早于开始日期')).toBeTruthy();
  });

  it('is linked from the admin home', async () => {
    taroTest.reset();
    render(<AdminHomePage />);
    await act(async () => fireEvent.click(screen.getByText('身份信息查看记录')));
    expect(taroTest.navigations.at(-1)).toEqual({ kind: 'navigateTo', url: '/packages/admin/pages/identity-access/index' });
  });
});
