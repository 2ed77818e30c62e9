import { act, fireEvent, render, screen, within } from '@testing-library/react';
import AdminDeputiesPage from '../../src/packages/admin/pages/deputies/index';
import OfficeDeputyRecordPage from '../../src/packages/admin/pages/deputy-record/index';
import AdminHomePage from '../../src/packages/admin/pages/index/index';
import DeputyRecordPage from '../../src/packages/deputy/pages/record/index';
import StaffToolsPage from '../../src/packages/staff/pages/tools/index';
import { taroTest } from './stubs/taro';
import { fakeFunctions, ok } from './support/fake-transport';
import { restoreTransport } from './support/fake-transport';

afterEach(restoreTransport);

const PERIOD = { from: '2026-12-01', to: '2026-12-31' };

const record = (over: Record<string, unknown> = {}) => ({
  deputy: { id: 'd-county-1', name: '李红梅', levelLabel: '县（市区）' },
  ...PERIOD,
  sessionsAttended: 1,
  opinionsReceived: 2,
  accepted: 2,
  acceptedOnTime: 2,
  replies: 0,
  responses: 0,
  forwarded: 0,
  resolved: { solved: 1, partly: 0, explained: 0, total: 1 },
  satisfaction: { satisfied: 1, basic: 0, unsatisfied: 1, rated: 2, satisfiedPercent: 50 },
  suggestionsMade: 0,
  suggestionsAnswered: 0,
  suggestionsSatisfied: 0,
  activities: { reception: 1, research: 0, inspection: 0, group: 0, visit: 1, total: 2 },
  rows: [{ label: '收到意见（件）', value: 2 }],
  bound: true,
  inOffice: true,
  ...over,
});
const cases = ok({
  items: [
    {
      id: 'op1',
      trackingNo: '430104007-20261201-0001',
      category: '住房物业',
      stationName: '望月湖街道人大代表联络站',
      statusLabel: '已办结',
      resultLabel: '已解决',
      ratingLabel: '满意',
      receivedOn: '2026-12-01',
      resolvedOn: '2026-12-01',
    },
  ],
  total: 1,
});
const invite = ok({ code: 'ABCD2345', deputyName: '李红梅', expiresAt: '2026-12-08T02:00:00.000Z', rebind: true });

describe('代表履职档案 for the office', () => {
  it('lists the cases handled under the numbers', async () => {
    taroTest.reset({ id: 'd-county-1', ...PERIOD });
    const fake = fakeFunctions({ 'admin.deputyRecord': ok(record()), 'admin.deputyRecordCases': cases });
    render(<OfficeDeputyRecordPage />);
    expect(await screen.findByText('430104007-20261201-0001')).toBeTruthy();
    expect(screen.getByText('办理的意见（1件）')).toBeTruthy();
    expect(screen.getByText('已办结 · 已解决 · 群众评价：满意')).toBeTruthy();
    expect(fake.callsTo('admin.deputyRecord')[0].payload).toEqual({ deputyId: 'd-county-1', ...PERIOD });
    expect(fake.callsTo('admin.deputyRecordCases')[0].payload).toEqual({ deputyId: 'd-county-1', ...PERIOD, limit: 20 });
  });

  it('a bound deputy: 发放绑定邀请码 names the re-binding before issuing, then shows the code', async () => {
    taroTest.reset({ id: 'd-county-1', ...PERIOD });
    const fake = fakeFunctions({ 'admin.deputyRecord': ok(record()), 'admin.deputyRecordCases': cases, 'admin.issueDeputyInvite': invite });
    render(<OfficeDeputyRecordPage />);
    const button = await screen.findByText('发放绑定邀请码');
    await screen.findByText('已绑定微信', { exact: false });
    taroTest.answerModal(false); // cancelled: nothing issued
    await act(async () => fireEvent.click(button));
    expect(taroTest.modals.at(-1)).toMatchObject({ title: '换绑微信', confirmText: '发放' });
    expect(taroTest.modals.at(-1)?.content).toContain('原微信将解除绑定');
    expect(fake.callsTo('admin.issueDeputyInvite')).toHaveLength(0);
    taroTest.answerModal(true);
    await act(async () => fireEvent.click(button));
    expect(fake.callsTo('admin.issueDeputyInvite')[0].payload).toEqual({ deputyId: 'd-county-1' });
    expect(await screen.findByText('邀请码：ABCD2345')).toBeTruthy();
    expect(screen.getByText('换绑：原微信将解除绑定')).toBeTruthy();
  });

  it('an unbound deputy: a plain invite, no word of re-binding', async () => {
    taroTest.reset({ id: 'd-town-2', ...PERIOD });
    const fake = fakeFunctions({
      'admin.deputyRecord': ok(record({ deputy: { id: 'd-town-2', name: '吴喆', levelLabel: '乡镇' }, bound: false })),
      'admin.deputyRecordCases': ok({ items: [], total: 0 }),
      'admin.issueDeputyInvite': ok({ code: 'WXYZ6789', deputyName: '吴喆', expiresAt: '2026-12-08T02:00:00.000Z', rebind: false }),
    });
    render(<OfficeDeputyRecordPage />);
    const button = await screen.findByText('发放绑定邀请码');
    expect(screen.getByText('本期间没有收到意见')).toBeTruthy();
    taroTest.answerModal(true);
    await act(async () => fireEvent.click(button));
    expect(taroTest.modals.at(-1)).toMatchObject({ title: '发放绑定邀请码' });
    expect(taroTest.modals.at(-1)?.content).not.toContain('解除');
    expect(fake.callsTo('admin.issueDeputyInvite')).toHaveLength(1);
    expect(await screen.findByText('邀请码：WXYZ6789')).toBeTruthy();
    expect(screen.queryByText('换绑：原微信将解除绑定')).toBeNull();
  });

  it('a deputy whose term ended gets no invite button', async () => {
    taroTest.reset({ id: 'd-county-1', ...PERIOD });
    fakeFunctions({ 'admin.deputyRecord': ok(record({ inOffice: false })), 'admin.deputyRecordCases': cases });
    render(<OfficeDeputyRecordPage />);
    await screen.findByText('430104007-20261201-0001');
    expect(screen.queryByText('发放绑定邀请码')).toBeNull();
  });
});

const row = (over: Record<string, unknown>) => ({
  deputyId: 'd-county-1',
  name: '李红梅',
  levelLabel: '县（市区）',
  homeRegionName: '望月湖街道',
  received: 2,
  accepted: 2,
  acceptedOnTime: 2,
  resolved: 1,
  rated: 2,
  satisfactionRate: 0.5,
  chases: 0,
  reopened: 1,
  activities: 1,
  checkIns: 0,
  nothing: false,
  ...over,
});
const table = (items: unknown[], over: Record<string, unknown> = {}) =>
  ok({
    period: { from: '2026-01', to: '2026-12', kind: 'year' },
    scope: { regionCode: '430104', regionName: '岳麓区' },
    sort: 'received',
    direction: 'desc',
    items,
    rowsRead: items.length,
    ...over,
  });

describe('履职档案 (the deputy’s own)', () => {
  it('lists the same cases under the numbers', async () => {
    taroTest.reset();
    const fake = fakeFunctions({ 'deputy.dutyRecord': ok(record()), 'deputy.dutyRecordCases': cases });
    render(<DeputyRecordPage />);
    expect(await screen.findByText('430104007-20261201-0001')).toBeTruthy();
    expect(screen.getByText('望月湖街道人大代表联络站 · 2026-12-01收到 · 2026-12-01办结')).toBeTruthy();
    expect(fake.callsTo('deputy.dutyRecordCases')[0].payload).toMatchObject({ limit: 20 });
  });
});

describe('代表履职 (the table)', () => {
  it('sorts by a column, turns the order on a second tap, and opens a deputy’s record', async () => {
    taroTest.reset();
    const fake = fakeFunctions({
      'admin.deputyTable': [
        table([row({}), row({ deputyId: 'd-town-2', name: '吴喆', nothing: true })]),
        table([row({})]),
        table([row({})]),
      ],
      'admin.regions': ok({ items: [{ code: '430104', name: '岳麓区', kind: 'county', depth: 0 }] }),
    });
    render(<AdminDeputiesPage />);
    expect(await screen.findByText('李红梅')).toBeTruthy();
    expect(screen.getByText('本期间没有收到意见，也没有履职活动和签到')).toBeTruthy();
    expect(screen.getByText('50%')).toBeTruthy();
    const sorts = () => within(document.querySelector('.sort-chips') as HTMLElement);
    await act(async () => fireEvent.click(sorts().getByText('满意率')));
    expect(fake.callsTo('admin.deputyTable').at(-1)?.payload).toMatchObject({ sort: 'satisfaction', direction: 'desc', limit: 20 });
    const again = await sorts().findByText('满意率 ↓');
    await act(async () => fireEvent.click(again));
    expect(fake.callsTo('admin.deputyTable').at(-1)?.payload).toMatchObject({ sort: 'satisfaction', direction: 'asc' });
    await sorts().findByText('满意率 ↑');
    await act(async () => fireEvent.click(screen.getByText('李红梅')));
    expect(taroTest.navigations.at(-1)?.url).toMatch(/^\/packages\/admin\/pages\/deputy-record\/index\?id=d-county-1&from=\d{4}-01-01&to=\d{4}-12-31$/);
  });

  it('is linked from the admin home', async () => {
    taroTest.reset();
    render(<AdminHomePage />);
    await act(async () => fireEvent.click(screen.getByText('代表履职')));
    expect(taroTest.navigations.at(-1)).toEqual({ kind: 'navigateTo', url: '/packages/admin/pages/deputies/index' });
  });
});

describe('staff tools: an invite for a bound deputy', () => {
  it('says the code re-binds: the old WeChat account is released', async () => {
    taroTest.reset();
    const deputy = { id: 'd-county-1', name: '李红梅', level: 'county', levelLabel: '县（市区）', bound: true, active: true, onLeaveToday: false, leaves: [], reach: { reachable: true, label: '可接收提醒' } };
    const station = { code: 'WYH01', name: '望月湖街道人大代表联络站', address: '望月湖路 38 号', regionCode: '430104007', regionName: '望月湖街道', retired: false, deputies: [deputy], schedule: { weekly: [], dated: [], cancelled: [] } };
    const fake = fakeFunctions({
      'staff.myStations': ok({ items: [station] }),
      'staff.departments': ok({ items: [], regions: [] }),
      'subscription.outbox': ok({ items: [] }),
      'staff.issueInvite': ok({ code: 'ABCD2345', deputyName: '李红梅', expiresAt: '2026-12-08T02:00:00.000Z', rebind: true }),
    });
    render(<StaffToolsPage />);
    const issue = await screen.findByText('发放邀请码');
    await act(async () => fireEvent.click(issue));
    expect(fake.callsTo('staff.issueInvite')[0].payload).toEqual({ deputyId: 'd-county-1', stationCode: 'WYH01' });
    expect(await screen.findByText(/李红梅代表的邀请码：ABCD2345.*换绑：原微信将解除绑定/)).toBeTruthy();
  });
});
