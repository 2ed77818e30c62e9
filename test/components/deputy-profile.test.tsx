import { act, fireEvent, render, screen } from '@testing-library/react';
import ProfilePage from '../../src/packages/deputy/pages/profile/index';
import { taroTest } from './stubs/taro';
import { fakeFunctions, ok, refuse, restoreTransport } from './support/fake-transport';
import { aDeputy } from './support/views';
import { SPECIALTY_CATEGORIES } from '../../core/deputy-profile';

afterEach(restoreTransport);

const aProfile = (over: Record<string, unknown> = {}) => ({
  name: '李红梅',
  levelLabel: '县（市区）',
  bio: '社区卫生服务中心主任，关注医疗养老。',
  specialties: ['医疗卫生'],
  specialtyChoices: [...SPECIALTY_CATEGORIES],
  contactPreference: 'none',
  photoUrl: '',
  photoCheck: { state: 'none' },
  card: aDeputy({ specialties: ['医疗卫生'] }),
  ...over,
});

describe('我的代表资料', () => {
  it('shows what residents see, and saves specialties and a published office phone', async () => {
    taroTest.reset();
    const saved = aProfile({
      specialties: ['医疗卫生', '教育'],
      contactPreference: 'office_phone',
      officePhone: '073188886666',
      card: aDeputy({ specialties: ['医疗卫生', '教育'], contact: { kind: 'office_phone', text: '办公电话 073188886666', phone: '073188886666' } }),
    });
    const fake = fakeFunctions({ 'deputy.profile': [ok(aProfile()), ok(saved)], 'deputy.saveProfile': ok(saved) });
    render(<ProfilePage />);
    expect(await screen.findByText('居民看到的样子')).toBeTruthy();
    expect(screen.getByText('关注领域：医疗卫生')).toBeTruthy();
    expect(screen.getByText('不会向居民展示任何电话号码。')).toBeTruthy();
    // Restricted categories are not offered as specialties.
    expect(screen.queryByText('涉法涉诉')).toBeNull();
    fireEvent.click(screen.getByText('教育'));
    fireEvent.click(screen.getByText('公开办公电话'));
    fireEvent.change(screen.getByPlaceholderText('如 0731-88886666'), { target: { value: '0731-88886666' } });
    await act(async () => fireEvent.click(screen.getByText('保存资料')));
    expect(fake.callsTo('deputy.saveProfile')[0].payload).toEqual({
      bio: '社区卫生服务中心主任，关注医疗养老。',
      specialties: ['医疗卫生', '教育'],
      contactPreference: 'office_phone',
      officePhone: '0731-88886666',
    });
    expect(await screen.findByText('已保存，居民在联络站页面可以看到')).toBeTruthy();
    expect(screen.getByText('联系方式：办公电话 073188886666')).toBeTruthy();
  });

  it('shows a refusal from content security and keeps the draft', async () => {
    taroTest.reset();
    fakeFunctions({ 'deputy.profile': ok(aProfile()), 'deputy.saveProfile': refuse('TEXT_REFUSED', '内容含有不适宜发布的信息，请修改后再提交') });
    render(<ProfilePage />);
    const bio = await screen.findByPlaceholderText(/社区党委书记/);
    fireEvent.change(bio, { target: { value: '新的简介' } });
    await act(async () => fireEvent.click(screen.getByText('保存资料')));
    expect(await screen.findByText('内容含有不适宜发布的信息，请修改后再提交')).toBeTruthy();
    expect((screen.getByPlaceholderText(/社区党委书记/) as HTMLTextAreaElement).value).toBe('新的简介');
  });

  it('says when a new photo is waiting for its check', async () => {
    taroTest.reset();
    fakeFunctions({ 'deputy.profile': ok(aProfile({ photoCheck: { state: 'pending', url: '/api/storage/uploads/x.png' } })) });
    render(<ProfilePage />);
    expect(await screen.findByText('新照片正在审核，通过后向居民展示')).toBeTruthy();
  });
});
