import { act, fireEvent, render, screen } from '@testing-library/react';
import AdminRosterPage from '../../src/packages/admin/pages/roster/index';
import AdminCampaignsPage from '../../src/packages/admin/pages/campaigns/index';
import StaffJoinPage from '../../src/packages/staff/pages/join/index';
import { taroTest } from './stubs/taro';
import { fakeFunctions, ok, refuse, restoreTransport } from './support/fake-transport';

jest.mock('../../src/platform/pick-document', () => ({ pickDocument: jest.fn(async () => ({ path: 'blob:roster', name: '岳麓区代表名册.xlsx' })) }));
jest.mock('../../src/api/upload-document', () => ({ uploadDocument: jest.fn(async () => ({ fileId: 'local://uploads/20261129/0123456789abcdef01234567.bin' })) }));

afterEach(restoreTransport);

const batch = (status: 'staged' | 'active') => ({
  id: 'rb0123456789ab',
  fileName: '岳麓区代表名册.xlsx',
  status,
  statusLabel: status === 'staged' ? '待激活' : '已激活',
  createdAt: '2026-11-29T07:00:00.000Z',
  total: 5,
  validCount: 2,
  updateCount: 1,
  unchangedCount: 1,
  problemCount: 1,
  problems: [{ row: 4, name: '王五', errors: ['层级"村"不正确，应为全国、省、市、县、乡之一'] }],
  valid: [
    { row: 2, name: '朱镕基', levelLabel: '县（市区）', homeRegionName: '望月湖街道', stationCodes: ['WYH01'], specialties: [], term: '第十八届', termEnd: '2031-12-31' },
    { row: 3, name: '钱喆', levelLabel: '乡镇', homeRegionName: '咸嘉湖街道', stationCodes: [], specialties: [], term: '第十八届', termEnd: '2031-12-31' },
  ],
  updates: [
    {
      row: 5,
      name: '赵国庆',
      levelLabel: '县（市区）',
      homeRegionName: '咸嘉湖街道',
      changes: [
        { field: 'stations', label: '联络站', from: '咸嘉湖街道人大代表联络站', to: '咸嘉湖街道人大代表联络站、望月湖街道人大代表联络站' },
        { field: 'termEnd', label: '任期届满', from: '2027-12-31', to: '2031-12-31' },
      ],
      notes: [],
    },
  ],
  unchanged: [{ row: 6, name: '周丽' }],
});

describe('代表名册', () => {
  it('uploads the picked file, shows each bad row, and activates the batch with one switch', async () => {
    taroTest.reset();
    const fake = fakeFunctions({
      'admin.rosterBatches': ok({ items: [] }),
      'admin.endedTerms': ok({ deputies: [], opinions: [] }),
      'admin.stageRoster': ok(batch('staged')),
      'admin.activateRoster': ok(batch('active')),
    });
    render(<AdminRosterPage />);
    await act(async () => fireEvent.click(await screen.findByText('选择名册文件')));
    expect(fake.callsTo('admin.stageRoster')[0].payload).toEqual({ fileId: 'local://uploads/20261129/0123456789abcdef01234567.bin', fileName: '岳麓区代表名册.xlsx' });
    expect(await screen.findByText('已检查 5 行：新增 2 位，更新 1 位，无变化 1 位，有误 1 行')).toBeTruthy();
    expect(screen.getByText('第4行 王五')).toBeTruthy();
    expect(screen.getByText('层级"村"不正确，应为全国、省、市、县、乡之一')).toBeTruthy();
    expect(screen.getByText('第2行 朱镕基')).toBeTruthy();
    expect(screen.getByText('县（市区），望月湖街道 · 进站：WYH01 · 第十八届，至 2031-12-31')).toBeTruthy();
    // The update: who, then each field old → new.
    const update = screen.getByText('第5行 赵国庆（县（市区），咸嘉湖街道）').closest('.roster-update')!;
    const termEnd = update.querySelector('[data-field="termEnd"]')!;
    expect(termEnd.querySelector('.roster-change__from')!.textContent).toBe('2027-12-31');
    expect(termEnd.querySelector('.roster-change__to')!.textContent).toBe('2031-12-31');
    expect(update.querySelector('[data-field="stations"] .roster-change__to')!.textContent).toBe('咸嘉湖街道人大代表联络站、望月湖街道人大代表联络站');
    expect(screen.getByText('1 位代表与名册一致')).toBeTruthy();
    expect(screen.getByText('第6行 周丽')).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByText('激活这批名册（新增2位，更新1位）')));
    expect(fake.callsTo('admin.activateRoster')[0].payload).toEqual({ id: 'rb0123456789ab' });
    expect(await screen.findByText('已激活：新增 2 位，更新 1 位代表')).toBeTruthy();
    expect(screen.queryByText('激活这批名册（新增2位，更新1位）')).toBeNull();
    expect(screen.getByText('已更新的代表')).toBeTruthy();
  });

  it('shows a refused file in words', async () => {
    taroTest.reset();
    fakeFunctions({
      'admin.rosterBatches': ok({ items: [] }),
      'admin.endedTerms': ok({ deputies: [], opinions: [] }),
      'admin.stageRoster': refuse('ROSTER_FILE_REFUSED', '文件内容是PNG 图片，不是表格（扩展名为 .xlsx）。请上传按模板填写的 .xlsx 或 .csv 代表名册'),
    });
    render(<AdminRosterPage />);
    await act(async () => fireEvent.click(await screen.findByText('选择名册文件')));
    expect(await screen.findByText(/文件内容是PNG 图片，不是表格/)).toBeTruthy();
  });
});

describe('主题活动', () => {
  it('sends the form and shows a period that ends before it starts as the server words it', async () => {
    taroTest.reset();
    const fake = fakeFunctions({
      'admin.campaigns': ok({ items: [] }),
      'admin.regions': ok({ items: [{ code: '430104', name: '岳麓区', kind: 'county', depth: 0 }] }),
      'admin.createCampaign': refuse('CAMPAIGN_PERIOD_INVALID', '结束日期（2026-10-01）早于开始日期（2026-11-01），请检查活动期间'),
    });
    render(<AdminCampaignsPage />);
    fireEvent.change(screen.getByPlaceholderText('如 联系群众办实事'), { target: { value: '联系群众办实事' } });
    // The days come from date pickers (the stand-in's input answers as the picker would).
    const picker = (label: string) => screen.getByText(label, { selector: '.field-label' }).parentElement!.querySelector('input.picker-stub')!;
    fireEvent.change(picker('开始日期'), { target: { value: '2026-11-01' } });
    fireEvent.change(picker('结束日期'), { target: { value: '2026-10-01' } });
    fireEvent.click(await screen.findByText('岳麓区'));
    fireEvent.click(screen.getByText('乡镇')); // all five levels start chosen: this one off
    await act(async () => fireEvent.click(screen.getByText('新建活动')));
    expect(fake.callsTo('admin.createCampaign')[0].payload).toEqual({
      name: '联系群众办实事',
      from: '2026-11-01',
      to: '2026-10-01',
      regionCodes: ['430104'],
      levels: ['national', 'provincial', 'city', 'county'],
      requestId: expect.stringMatching(/^r[0-9a-z]{12,}$/),
    });
    expect(await screen.findByText('结束日期（2026-10-01）早于开始日期（2026-11-01），请检查活动期间')).toBeTruthy();
    // Sent again (nothing was created), the form keeps its request id.
    await act(async () => fireEvent.click(screen.getByText('新建活动')));
    const [first, second] = fake.callsTo('admin.createCampaign');
    expect((second.payload as { requestId: string }).requestId).toBe((first.payload as { requestId: string }).requestId);
  });
});

describe('工作人员开通', () => {
  it('sends the code and then opens the staff desk', async () => {
    taroTest.reset();
    const fake = fakeFunctions({ 'admin.joinAsStaff': ok({ stations: [{ code: 'XJH01', name: '咸嘉湖街道人大代表联络站' }] }) });
    render(<StaffJoinPage />);
    fireEvent.change(screen.getByPlaceholderText('如 AB2CD-EF3GH'), { target: { value: 'ab2cd-ef3gh' } });
    await act(async () => fireEvent.click(screen.getByText('开通')));
    expect(fake.callsTo('admin.joinAsStaff')[0].payload).toEqual({ inviteCode: 'ab2cd-ef3gh' });
    expect(await screen.findByText('已开通联络站工作台：咸嘉湖街道人大代表联络站')).toBeTruthy();
    fireEvent.click(screen.getByText('进入联络站工作台'));
    expect(taroTest.navigations).toContainEqual({ kind: 'redirectTo', url: '/packages/staff/pages/index/index' });
  });
});
