/**
 * Issue 23 on the pages: the deputy's activity list offers 修改 / 撤回 for an activity they may
 * still change (each in its own half-screen dialog, 撤回 confirmed first, the version read sent
 * along), shows a withdrawn one marked with its reason; the admin's campaign progress shows the
 * activities by kind and the figures per township with the total.
 */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import ActivitiesPage from '../../src/packages/deputy/pages/activities/index';
import AdminCampaignsPage from '../../src/packages/admin/pages/campaigns/index';
import { taroTest } from './stubs/taro';
import { fakeFunctions, ok, refuse, restoreTransport } from './support/fake-transport';

afterEach(restoreTransport);

const anActivity = (over: Record<string, unknown> = {}) => ({
  id: 'ac-1',
  kind: 'research',
  kindLabel: '专题调研',
  date: '2026-11-20',
  place: '望月湖街道各小区',
  people: '物业和居民代表12人',
  summary: '围绕老旧小区加装电梯开展专题调研。',
  photos: [],
  automatic: false,
  version: 0,
  corrections: 0,
  changeableUntil: '2027-01-30',
  ...over,
});
const page = (items: unknown[]) => ok({ items, total: items.length });
/** The text box of the Field labelled `label` inside `container` (the stand-in drops its aria-label). */
const box = (container: HTMLElement, label: string) =>
  within(container).getByText(label, { selector: '.field-label' }).parentElement!.querySelector('input, textarea') as HTMLInputElement;

describe('履职活动：修改和撤回', () => {
  it('offers 修改 and 撤回 only where the deputy may still change it; a withdrawn one is marked with its reason', async () => {
    taroTest.reset();
    fakeFunctions({
      'deputy.activities': page([
        anActivity({ corrections: 1 }),
        anActivity({ id: 'ac-2', kind: 'reception', kindLabel: '接待', automatic: true, changeableUntil: undefined, summary: '联络站接待日（09:00-11:30）签到' }),
        anActivity({ id: 'ac-3', kind: 'visit', kindLabel: '走访', version: 1, changeableUntil: undefined, withdrawn: { at: '2026-12-01T02:00:00.000Z', reason: '重复记录' } }),
      ]),
    });
    const { container } = render(<ActivitiesPage />);
    await screen.findByText('联络站接待日（09:00-11:30）签到');
    const card = (id: string) => container.querySelector(`.activity[data-id="${id}"]`) as HTMLElement;
    expect(within(card('ac-1')).getByText('修改')).toBeTruthy();
    expect(within(card('ac-1')).getByText('撤回')).toBeTruthy();
    expect(within(card('ac-1')).getByText('可修改至2027-01-30')).toBeTruthy();
    expect(within(card('ac-1')).getByText(/已修改1次/)).toBeTruthy();
    expect(within(card('ac-2')).queryByText('修改')).toBeNull();
    expect(within(card('ac-3')).queryByText('撤回')).toBeNull();
    expect(card('ac-3').className).toContain('activity--withdrawn');
    expect(within(card('ac-3')).getByText(/重复记录（不计入履职档案和统计）/)).toBeTruthy();
  });

  it('修改 opens a dialog with the activity, sends every field with the version read, then reloads', async () => {
    taroTest.reset();
    const fake = fakeFunctions({
      'deputy.activities': [page([anActivity()]), page([anActivity({ kind: 'inspection', kindLabel: '集中视察', place: '望月湖街道第一社区', version: 1, corrections: 1 })])],
      'deputy.updateActivity': ok(anActivity({ kind: 'inspection', kindLabel: '集中视察', place: '望月湖街道第一社区', version: 1, corrections: 1 })),
    });
    render(<ActivitiesPage />);
    fireEvent.click(await screen.findByRole('button', { name: '修改专题调研（2026-11-20）' }));
    const dialog = screen.getByRole('dialog', { name: '修改履职活动' });
    expect(box(dialog, '地点').value).toBe('望月湖街道各小区');
    fireEvent.click(within(dialog).getByRole('button', { name: '改为集中视察' }));
    fireEvent.change(box(dialog, '地点'), { target: { value: '望月湖街道第一社区' } });
    await act(async () => fireEvent.click(within(dialog).getByText('保存修改')));
    expect(fake.callsTo('deputy.updateActivity')[0].payload).toEqual({
      id: 'ac-1',
      version: 0,
      kind: 'inspection',
      date: '2026-11-20',
      place: '望月湖街道第一社区',
      people: '物业和居民代表12人',
      summary: '围绕老旧小区加装电梯开展专题调研。',
      photos: [],
    });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(taroTest.toasts.at(-1)?.title).toBe('已修改');
    expect(await screen.findByText(/已修改1次/)).toBeTruthy();
    expect(fake.callsTo('deputy.activities')).toHaveLength(2);
  });

  it('a change made meanwhile on another phone is shown in the dialog as the server words it', async () => {
    taroTest.reset();
    fakeFunctions({
      'deputy.activities': page([anActivity()]),
      'deputy.updateActivity': refuse('ACTIVITY_CHANGED', '这条履职活动刚刚被修改过，请刷新后重试'),
    });
    render(<ActivitiesPage />);
    fireEvent.click(await screen.findByRole('button', { name: '修改专题调研（2026-11-20）' }));
    const dialog = screen.getByRole('dialog', { name: '修改履职活动' });
    fireEvent.change(box(dialog, '接触的群众'), { target: { value: '居民代表15人' } });
    await act(async () => fireEvent.click(within(dialog).getByText('保存修改')));
    expect(within(dialog).getByText('这条履职活动刚刚被修改过，请刷新后重试')).toBeTruthy();
  });

  it('撤回 asks for a reason, confirms before it, and sends the version read', async () => {
    taroTest.reset();
    const fake = fakeFunctions({
      'deputy.activities': [page([anActivity()]), page([anActivity({ version: 1, changeableUntil: undefined, withdrawn: { at: '2026-12-01T02:00:00.000Z', reason: '与另一条重复' } })])],
      'deputy.withdrawActivity': ok(anActivity({ version: 1, changeableUntil: undefined, withdrawn: { at: '2026-12-01T02:00:00.000Z', reason: '与另一条重复' } })),
    });
    render(<ActivitiesPage />);
    fireEvent.click(await screen.findByRole('button', { name: '撤回专题调研（2026-11-20）' }));
    const dialog = screen.getByRole('dialog', { name: '撤回履职活动' });
    // No reason: said at once, nothing sent, nothing asked.
    await act(async () => fireEvent.click(within(dialog).getByText('撤回')));
    expect(within(dialog).getByText('请写明撤回的理由')).toBeTruthy();
    expect(taroTest.modals).toHaveLength(0);
    fireEvent.change(box(dialog, '撤回理由'), { target: { value: '与另一条重复' } });
    // Cancelled at the confirmation: nothing sent.
    taroTest.answerModal(false);
    await act(async () => fireEvent.click(within(dialog).getByText('撤回')));
    expect(fake.callsTo('deputy.withdrawActivity')).toHaveLength(0);
    taroTest.answerModal(true);
    await act(async () => fireEvent.click(within(dialog).getByText('撤回')));
    expect(taroTest.modals.at(-1)).toMatchObject({ title: '撤回履职活动', confirmText: '撤回' });
    expect(fake.callsTo('deputy.withdrawActivity')[0].payload).toEqual({ id: 'ac-1', version: 0, reason: '与另一条重复' });
    expect(taroTest.toasts.at(-1)?.title).toBe('已撤回');
    expect(await screen.findByText(/与另一条重复（不计入履职档案和统计）/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: '撤回专题调研（2026-11-20）' })).toBeNull();
  });
});

describe('主题活动：活动总结', () => {
  const campaign = {
    id: 'cp1', name: '联系群众办实事', from: '2026-11-01', to: '2026-12-31', reportDue: '2027-01-10', regions: [{ code: '430104', name: '岳麓区' }],
    levels: ['county'], levelLabels: ['县（市区）'], phase: 'running', phaseLabel: '进行中', daysElapsed: 32, daysTotal: 61, createdAt: '2026-11-01T00:00:00.000Z',
  };
  const kinds = [['reception', '接待', 1], ['research', '专题调研', 2], ['inspection', '集中视察', 0], ['group', '代表小组活动', 1], ['visit', '走访', 1]] as const;
  const progress = {
    campaign, region: { code: '430104', name: '岳麓区' }, counted: { from: '2026-11-01', to: '2026-12-02' },
    sessionsHeld: 1, deputies: { total: 3, byLevel: [{ level: 'county', label: '县（市区）', count: 3 }] },
    opinions: { received: 5, forwarded: 1, converted: 1, resolved: 1 },
    satisfaction: { satisfied: 1, basic: 0, unsatisfied: 0, rated: 1, satisfiedPercent: 100 },
    checkIns: 1,
    activities: { total: 5, byKind: kinds.map(([kind, label, count]) => ({ kind, label, count })) },
    partsLabel: '乡镇（街道）',
    byRegion: [
      { code: '430104007', name: '望月湖街道', own: false, received: 1, resolved: 0, rated: 0, satisfiedPercent: null, activities: 1, checkIns: 0 },
      { code: '430104010', name: '咸嘉湖街道', own: false, received: 4, resolved: 1, rated: 1, satisfiedPercent: 100, activities: 3, checkIns: 1 },
      { code: '430104', name: '区本级', own: true, received: 0, resolved: 0, rated: 0, satisfiedPercent: null, activities: 1, checkIns: 0 },
    ],
    cases: [],
    hotTopics: [],
  };

  it('shows the activities by kind and every figure per township, the county’s own stations and the total', async () => {
    taroTest.reset();
    const fake = fakeFunctions({
      'admin.campaigns': ok({ items: [campaign] }),
      'admin.regions': ok({ items: [{ code: '430104', name: '岳麓区', kind: 'county', depth: 0 }] }),
      'admin.campaignProgress': ok(progress),
    });
    render(<AdminCampaignsPage />);
    const progressButton = await screen.findByText('进展');
    await act(async () => fireEvent.click(progressButton));
    expect(fake.callsTo('admin.campaignProgress')[0].payload).toEqual({ id: 'cp1', regionCode: '430104' });
    const byKind = await screen.findByRole('list', { name: '履职活动（按类别）' });
    expect(within(byKind).getAllByRole('listitem').map((i) => i.getAttribute('aria-label'))).toEqual(['接待 1次', '专题调研 2次', '集中视察 0次', '代表小组活动 1次', '走访 1次', '合计 5次']);
    const table = screen.getByRole('table', { name: '分乡镇（街道）' });
    const rows = within(table).getAllByRole('row').map((r) => Array.from(r.children).map((c) => c.textContent));
    expect(rows).toEqual([
      ['地区', '收到意见', '已办结', '满意率', '履职活动', '签到'],
      ['望月湖街道', '1', '0', '—', '1', '0'],
      ['咸嘉湖街道', '4', '1', '100%', '3', '1'],
      ['区本级', '0', '0', '—', '1', '0'],
      ['合计', '5', '1', '100%', '5', '1'],
    ]);
    expect(screen.getByText(/代表签到 1 人次/)).toBeTruthy();
  });

  it('a township (nothing below it) shows no breakdown', async () => {
    taroTest.reset();
    fakeFunctions({
      'admin.campaigns': ok({ items: [campaign] }),
      'admin.regions': ok({ items: [] }),
      'admin.campaignProgress': ok({ ...progress, byRegion: [] }),
    });
    render(<AdminCampaignsPage />);
    const progressButton = await screen.findByText('进展');
    await act(async () => fireEvent.click(progressButton));
    await screen.findByRole('list', { name: '履职活动（按类别）' });
    expect(screen.queryByRole('table')).toBeNull();
  });
});
