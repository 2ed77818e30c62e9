/**
 * Following an opinion: actions shown from `can` only, confirm before withdrawing, refusals
 * without a call, rating and reopening; claiming; 我的数据; large text; the nearest stations.
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import * as location from '../../src/platform/location';
import * as saver from '../../src/platform/save-export';
import OpinionPage from '../../src/pages/opinion/index';
import ClaimPage from '../../src/packages/resident/pages/claim/index';
import MyDataPage from '../../src/packages/resident/pages/my-data/index';
import MePage from '../../src/pages/me/index';
import StationPage from '../../src/pages/station/index';
import { taroTest } from './stubs/taro';
import { fakeFunctions, ok, refuse, restoreTransport } from './support/fake-transport';
import { aMe, anOpinionDetail, someTemplates } from './support/views';

afterEach(() => {
  restoreTransport();
  jest.restoreAllMocks();
  document.querySelectorAll('.sim-subscribe').forEach((n) => n.remove());
});

type Detail = ReturnType<typeof anOpinionDetail>;
const NONE = { withdraw: false, addInfo: false, chase: false, rate: false };

async function openDetail(detail: Partial<Detail>, answers: Record<string, unknown> = {}) {
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

const button = (name: string) => screen.queryByRole('button', { name }) ?? screen.queryByText(name, { selector: 'button' });

describe('意见详情: what the resident can do', () => {
  it('shows no action the server did not allow', async () => {
    await openDetail({ status: 'accepted', statusLabel: '已受理', can: NONE });
    expect(await screen.findByText('接收办理进度通知')).toBeTruthy();
    for (const label of ['撤回意见', '催办', '提交补充', '提交评价']) expect(button(label)).toBeNull();
  });

  it('shows each action the server allows', async () => {
    await openDetail({ status: 'need_info', can: { withdraw: true, addInfo: true, chase: true, rate: true } });
    for (const label of ['撤回意见', '催办', '提交补充', '提交评价']) expect(button(label)).toBeTruthy();
  });

  it('says when chasing becomes possible again', async () => {
    await openDetail({ can: { ...NONE, chaseAfter: '2026-11-28T01:30:00.000Z' } });
    // A date like 11月28日 (with its year when it is not this year), never broken across lines.
    expect(screen.getByText(/^(2026年)?11月28日 09:30$/).className).toContain('nowrap');
    expect(screen.getByText(/后可以催办$/).textContent).toMatch(/^(2026年)?11月28日 09:30 后可以催办$/);
    expect(button('催办')).toBeNull();
  });

  it('shows photos with labels, the place and what happens next with its due date', async () => {
    await openDetail({
      photos: [{ fileId: 'local://uploads/a.jpg', url: '/api/storage/uploads/a.jpg', alt: '居民上传的第1张照片' }],
      place: '望月湖小区3栋',
      nextStep: { text: '等待代表受理', dueAt: '2026-11-30T10:00:00.000Z' },
    });
    expect(screen.getByAltText('居民上传的第1张照片')).toBeTruthy();
    expect(screen.getByText('地点：望月湖小区3栋')).toBeTruthy();
    expect(screen.getByText('等待代表受理')).toBeTruthy();
    expect(screen.getByText(/^最晚/).textContent).toMatch(/^最晚(2026年)?11月30日（周一）前$/);
  });

  it('withdraws only after an explicit confirm', async () => {
    const fake = await openDetail({ can: { ...NONE, withdraw: true } }, {
      'opinion.withdraw': ok({ id: 'op-1', status: 'withdrawn', statusLabel: '已撤回' }),
    });
    fireEvent.click(button('撤回意见')!);
    expect(fake.callsTo('opinion.withdraw')).toHaveLength(0);
    fireEvent.click(screen.getByText('取消'));
    expect(button('撤回意见')).toBeTruthy();
    fireEvent.click(button('撤回意见')!);
    fake.answer('opinion.detail', ok(anOpinionDetail({ status: 'withdrawn', statusLabel: '已撤回', can: NONE })));
    await act(async () => fireEvent.click(screen.getByText('确认撤回')));
    expect(fake.callsTo('opinion.withdraw')[0].payload).toEqual({ id: 'op-1' });
    expect(await screen.findByText('意见已撤回')).toBeTruthy();
    expect(button('撤回意见')).toBeNull();
  });

  it('refuses empty added information without a call, then sends it', async () => {
    const fake = await openDetail({ status: 'need_info', statusLabel: '待补充', can: { ...NONE, addInfo: true } }, {
      'opinion.addInfo': ok({ id: 'op-1', status: 'accepted', statusLabel: '已受理' }),
    });
    fireEvent.click(button('提交补充')!);
    expect(screen.getByRole('alert').textContent).toBe('请填写补充的情况');
    expect(fake.callsTo('opinion.addInfo')).toHaveLength(0);
    fireEvent.change(screen.getByPlaceholderText('请补充代表需要了解的情况'), { target: { value: '电梯是3栋2单元那部' } });
    fake.answer('opinion.detail', ok(anOpinionDetail({ status: 'accepted', statusLabel: '已受理', can: NONE })));
    await act(async () => fireEvent.click(button('提交补充')!));
    expect(fake.callsTo('opinion.addInfo')[0].payload).toEqual({ id: 'op-1', text: '电梯是3栋2单元那部', photos: [] });
    expect(await screen.findByText('补充的情况已送达代表')).toBeTruthy();
    expect(button('提交补充')).toBeNull();
  });

  it('chases and says when the next chase is possible; shows a refusal in the server words', async () => {
    const fake = await openDetail({ can: { ...NONE, chase: true } }, {
      'opinion.chase': [
        ok({ id: 'op-1', chaseCount: 1, nextChaseAfter: '2026-11-28T01:30:00.000Z' }),
        refuse('TRANSITION_NOT_ALLOWED', '还没到可以催办的时间'),
      ],
    });
    await act(async () => fireEvent.click(button('催办')!));
    expect(await screen.findByText('已催办（第1次），2026-11-28 09:30后可再次催办')).toBeTruthy();
    await act(async () => fireEvent.click(button('催办')!));
    expect((await screen.findByRole('alert')).textContent).toBe('还没到可以催办的时间');
    expect(fake.callsTo('opinion.chase')).toHaveLength(2);
  });

  it('rates: refuses a missing choice without a call; 不满意 says it reopens, and the answer says so', async () => {
    const fake = await openDetail({ status: 'resolved', statusLabel: '已办结', can: { ...NONE, rate: true } }, {
      'opinion.rate': ok({ id: 'op-1', status: 'accepted', statusLabel: '已受理', reopened: true }),
    });
    fireEvent.click(button('提交评价')!);
    expect(screen.getByRole('alert').textContent).toBe('请评价办理结果');
    fireEvent.click(screen.getByRole('button', { name: '办理结果不满意' }));
    expect(screen.getByText('选择“不满意”，意见会重新交代表办理一次。')).toBeTruthy();
    fireEvent.click(button('提交评价')!);
    expect(screen.getByRole('alert').textContent).toBe('请评价服务态度');
    expect(fake.callsTo('opinion.rate')).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: '服务态度基本满意' }));
    fireEvent.change(screen.getByPlaceholderText('还想说的话（可不填）'), { target: { value: '电梯还是常坏' } });
    await act(async () => fireEvent.click(button('提交评价')!));
    expect(fake.callsTo('opinion.rate')[0].payload).toEqual({ id: 'op-1', result: 'unsatisfied', attitude: 'basic', comment: '电梯还是常坏' });
    expect(await screen.findByText('感谢评价。您不满意，意见已重新交代表办理')).toBeTruthy();
    // Also where the eye is: WeChat's toast (too long for the check icon, so shown whole).
    expect(taroTest.toasts).toContainEqual(expect.objectContaining({ title: '感谢评价。您不满意，意见已重新交代表办理' }));
  });

  it('asks for progress notifications synchronously in the tap and records the grant', async () => {
    const fake = await openDetail({ can: NONE }, { 'subscription.grant': ok({ credits: { opinion_result: 1 } }) });
    fireEvent.click(await screen.findByText('接收办理进度通知'));
    const allow = Array.from(document.querySelectorAll('.sim-subscribe button')).find((b) => b.textContent === '允许') as HTMLElement;
    expect(allow).toBeTruthy();
    await act(async () => allow.click());
    expect(fake.callsTo('subscription.grant')).toHaveLength(1);
  });
});

describe('认领意见', () => {
  const type = (placeholder: RegExp | string, value: string) =>
    fireEvent.change(screen.getByPlaceholderText(placeholder), { target: { value } });

  it('refuses a malformed tracking number without calling the server', async () => {
    taroTest.reset();
    const fake = fakeFunctions({});
    render(<ClaimPage />);
    type(/^如 430104/, '12345');
    type('手机号或座机号', '13800138000');
    fireEvent.click(screen.getByText('认领'));
    expect(screen.getByRole('alert').textContent).toBe('查询编号格式不正确');
    expect(fake.calls).toHaveLength(0);
  });

  it("shows the server's refusal for a wrong phone, then claims with the right one", async () => {
    taroTest.reset();
    const fake = fakeFunctions({
      'opinion.claim': [
        refuse('NOT_FOUND', '查询编号或电话不对，请核对后再试'),
        ok({ ...anOpinionDetail(), channel: undefined, excerpt: '路灯不亮' }),
      ],
    });
    render(<ClaimPage />);
    type(/^如 430104/, '430104-20261125-0042');
    type('手机号或座机号', '13800138000');
    await act(async () => fireEvent.click(screen.getByText('认领')));
    expect((await screen.findByRole('alert')).textContent).toBe('查询编号或电话不对，请核对后再试');
    type('手机号或座机号', '13800138001');
    await act(async () => fireEvent.click(screen.getByText('认领')));
    expect(await screen.findByText('认领成功')).toBeTruthy();
    fireEvent.click(screen.getByText('查看办理进度'));
    expect(taroTest.navigations).toContainEqual({ kind: 'navigateTo', url: '/pages/opinion/index?id=op-1' });
    expect(fake.callsTo('opinion.claim')[1].payload).toEqual({ trackingNo: '430104-20261125-0042', phone: '13800138001' });
  });

  it('opened from the walk-in slip\'s code, the tracking number is filled in', async () => {
    taroTest.reset({ scene: encodeURIComponent('430104-20261125-0042') });
    const fake = fakeFunctions({ 'opinion.claim': [ok({ ...anOpinionDetail(), channel: undefined, excerpt: '路灯不亮' })] });
    render(<ClaimPage />);
    expect((screen.getByPlaceholderText(/^如 430104/) as HTMLInputElement).value).toBe('430104-20261125-0042');
    type('手机号或座机号', '13800138000');
    await act(async () => fireEvent.click(screen.getByText('认领')));
    expect(fake.callsTo('opinion.claim')[0].payload).toEqual({ trackingNo: '430104-20261125-0042', phone: '13800138000' });
  });
});

describe('我的数据', () => {
  it('exports and shows the JSON, and saves it', async () => {
    taroTest.reset();
    const save = jest.spyOn(saver, 'saveExport').mockResolvedValue('已下载 my-data.json');
    fakeFunctions({
      'opinion.exportMine': ok({ exportedAt: '2026-11-25T01:00:00.000Z', openid: 'demo-resident-1', opinions: [{ ...anOpinionDetail(), allowContact: false, consentPublish: true }] }),
    });
    render(<MyDataPage />);
    await act(async () => fireEvent.click(screen.getByText('导出')));
    expect(await screen.findByText('共 1 条意见')).toBeTruthy();
    expect(screen.getByText(/"openid": "demo-resident-1"/)).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByText('保存到本机')));
    expect(save.mock.calls[0][0]).toContain('"trackingNo": "430104-20261125-0001"');
    expect(await screen.findByText('已下载 my-data.json')).toBeTruthy();
  });

  it('deletes only after 确认删除, and clears the stored draft', async () => {
    taroTest.reset();
    taroTest.storage.set('opinionDraft', '{"requestId":"r123456789","draft":{}}');
    const fake = fakeFunctions({ 'opinion.deleteMine': ok({ erased: 3 }) });
    render(<MyDataPage />);
    fireEvent.click(screen.getByText('删除我的数据', { selector: 'button' }));
    expect(fake.calls).toHaveLength(0);
    expect(screen.getByText('确定删除我的个人数据吗？此操作无法撤销。')).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByText('确认删除')));
    expect(fake.callsTo('opinion.deleteMine')[0].payload).toEqual({ confirm: true });
    expect(await screen.findByText('已删除，共清除 3 条意见中的个人信息。')).toBeTruthy();
    expect(taroTest.storage.has('opinionDraft')).toBe(false);
  });
});

describe('大字模式', () => {
  it('switches large text on for the page, and remembers it', async () => {
    taroTest.reset();
    fakeFunctions({ 'user.me': ok(aMe()) });
    const { container } = render(<MePage />);
    await screen.findByText('我的身份');
    const root = () => container.querySelector('.page')!;
    expect(root().className).not.toContain('page--large');
    await act(async () => fireEvent.click(screen.getByRole('switch')));
    expect(root().className).toContain('page--large');
    expect(taroTest.storage.get('largeText')).toBe('on');
  });

  it('starts in large text when the resident chose it before', async () => {
    taroTest.reset();
    taroTest.storage.set('largeText', 'on');
    fakeFunctions({ 'user.me': ok(aMe()) });
    const { container } = render(<MePage />);
    await screen.findByText('我的身份');
    expect(container.querySelector('.page')!.className).toContain('page--large');
  });
});

describe('离我最近的联络站', () => {
  it('asks for the position only on the tap, and lists the nearest with distances', async () => {
    taroTest.reset();
    const where = jest.spyOn(location, 'currentPosition').mockResolvedValue({ latitude: 28.19, longitude: 112.93 });
    const fake = fakeFunctions({
      'station.list': ok({ items: [{ code: 'YL01', name: '岳麓区人大代表联络总站', address: '岳麓区政府大院', regionName: '岳麓区', retired: false }] }),
      'station.nearest': ok({ items: [{ code: 'WYH01', name: '望月湖街道人大代表联络站', address: '望月湖街道办事处一楼', regionName: '望月湖街道', retired: false, distanceKm: 1.2 }] }),
    });
    render(<StationPage />);
    await screen.findByText('岳麓区人大代表联络总站');
    expect(where).not.toHaveBeenCalled();
    await act(async () => fireEvent.click(screen.getByText('查找离我最近的联络站')));
    expect(await screen.findByText('1.2 公里')).toBeTruthy();
    expect(fake.callsTo('station.nearest')[0].payload).toEqual({ latitude: 28.19, longitude: 112.93 });
  });

  it('says what to do when the position is refused, without calling the server', async () => {
    taroTest.reset();
    jest.spyOn(location, 'currentPosition').mockRejectedValue(new Error('没有获取到位置：请允许浏览器使用位置信息，或从列表中选择联络站'));
    const fake = fakeFunctions({ 'station.list': ok({ items: [] }) });
    render(<StationPage />);
    const find = await screen.findByText('查找离我最近的联络站');
    await act(async () => fireEvent.click(find));
    expect((await screen.findByRole('alert')).textContent).toContain('或从列表中选择联络站');
    expect(fake.callsTo('station.nearest')).toHaveLength(0);
  });
});
