/** Issue 7: the deputy's profile — what residents see of it, its refusals, and routing by specialty. */
import type { PayloadIn } from '../../core/contract';
import { COUNTY_DEPUTY, RESIDENT, startLocal, type Local } from '../support/local';

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da636460f85f0f0002870180eb47ba920000000049454e44ae426082', 'hex');

jest.setTimeout(30_000);
let t: Local;
beforeEach(async () => {
  t = await startLocal();
});
afterEach(() => t.close());

type Save = PayloadIn<'deputy', 'saveProfile'>;
const profile = (over: Partial<Save> = {}): Save => ({
  bio: '区人大代表，社区党委书记，关注老旧小区加装电梯。',
  specialties: ['住房物业', '交通出行'],
  contactPreference: 'station',
  ...over,
});
const publicCard = async (id = 'd-county-1') => (await t.ok('station', 'get', { code: 'WYH01' })).deputies.find((d) => d.id === id)!;

describe('deputy profile', () => {
  test('saves bio, specialties and contact; the station page shows them', async () => {
    const saved = await t.ok('deputy', 'saveProfile', profile(), COUNTY_DEPUTY);
    expect(saved).toMatchObject({ bio: profile().bio, specialties: ['住房物业', '交通出行'], contactPreference: 'station', photoCheck: { state: 'none' } });
    expect(saved.card.contact).toEqual({ kind: 'station', text: '请通过本联络站工作人员联系' });
    const again = await t.ok('deputy', 'profile', {}, COUNTY_DEPUTY);
    expect(again.bio).toBe(profile().bio);
    const card = await publicCard();
    expect(card).toMatchObject({ bio: profile().bio, specialties: ['住房物业', '交通出行'], contact: { kind: 'station' } });
    expect(card.contact.phone).toBeUndefined();
  });

  test('residents get the office phone only while the deputy chooses to publish it', async () => {
    await t.ok('deputy', 'saveProfile', profile({ contactPreference: 'office_phone', officePhone: '0731-88886666' }), COUNTY_DEPUTY);
    expect((await publicCard()).contact).toEqual({ kind: 'office_phone', text: '办公电话 073188886666', phone: '073188886666' });
    // The phone stays stored for the deputy, but residents no longer get it.
    await t.ok('deputy', 'saveProfile', profile({ contactPreference: 'none', officePhone: '073188886666' }), COUNTY_DEPUTY);
    expect((await t.ok('deputy', 'profile', {}, COUNTY_DEPUTY)).officePhone).toBe('073188886666');
    const card = await publicCard();
    expect(card.contact).toEqual({ kind: 'none', text: '' });
    const page = JSON.stringify(await t.ok('station', 'get', { code: 'WYH01' }, RESIDENT));
    expect(page).not.toContain('88886666');
  });

  test('a new photo is public only after the image check passes; a risky one never', async () => {
    const before = (await publicCard()).photo;
    const photo = await t.upload(PNG, COUNTY_DEPUTY);
    const saved = await t.ok('deputy', 'saveProfile', profile({ photo }), COUNTY_DEPUTY);
    expect(saved.photoCheck.state).toBe('pending');
    expect((await publicCard()).photo).toBe(before);
    await t.contentSecurity.settle();
    const url = (await publicCard()).photo;
    expect(url).toMatch(/^\/api\/storage\/uploads\//);
    expect((await t.ok('deputy', 'profile', {}, COUNTY_DEPUTY)).photoCheck.state).toBe('none');

    t.contentSecurity.setNextMediaVerdicts(['risky']);
    const bad = await t.upload(PNG, COUNTY_DEPUTY);
    await t.ok('deputy', 'saveProfile', profile({ photo: bad }), COUNTY_DEPUTY);
    await t.contentSecurity.settle();
    const mine = await t.ok('deputy', 'profile', {}, COUNTY_DEPUTY);
    expect(mine.photoCheck).toEqual({ state: 'refused' });
    expect((await publicCard()).photo).toBe(url);
  });

  test.each([
    ['a whitespace bio', { bio: '   \u200b ' }, 'INVALID_PAYLOAD', '简介'],
    ['a bio over 120 characters', { bio: '长'.repeat(121) }, 'INVALID_PAYLOAD', '不能超过120字'],
    ['an unknown specialty', { specialties: ['炒股'] }, 'CATEGORY_UNKNOWN', '“炒股”不是您所在联络站的意见类别'],
    ['a specialty that is no category name', { specialties: ['stocks'] }, 'INVALID_PAYLOAD', '2到12个汉字'],
    ['a restricted category as specialty', { specialties: ['涉法涉诉'] }, 'INVALID_PAYLOAD', '专长'],
    ['a repeated specialty', { specialties: ['教育', '教育'] }, 'INVALID_PAYLOAD', '重复'],
    ['an office phone preference without a phone', { contactPreference: 'office_phone' }, 'INVALID_PAYLOAD', '办公电话'],
    ['a malformed phone', { contactPreference: 'office_phone', officePhone: '12ab' }, 'INVALID_PAYLOAD', '办公电话'],
    ['risky text', { bio: '本人承接代开发票业务' }, 'TEXT_REFUSED', ''],
    ['text needing review', { bio: '这段简介含审核测试词' }, 'TEXT_REFUSED', '审核'],
    ['a photo never uploaded', { photo: 'local://uploads/20261129/aaaaaaaaaaaaaaaaaaaaaaaa.png' }, 'UPLOAD_NOT_YOURS', '照片'],
  ])('refuses %s, writing nothing', async (_what, over: Record<string, unknown>, code, words) => {
    const before = await t.snapshot();
    const r = await t.refused('deputy', 'saveProfile', { ...profile(), ...over }, COUNTY_DEPUTY);
    expect(r.code).toBe(code);
    expect(r.message).toContain(words);
    expect(await t.snapshot()).toBe(before);
  });

  test('only a deputy has a profile to edit', async () => {
    expect((await t.refused('deputy', 'saveProfile', profile(), RESIDENT)).code).toBe('FORBIDDEN');
    expect((await t.refused('deputy', 'profile', {}, RESIDENT)).code).toBe('FORBIDDEN');
  });

  test('routing reads the specialties the deputy chose', async () => {
    // 李红梅 (county) did not list 交通出行: a community problem of that kind waits for staff.
    const first = await t.submit({ category: '交通出行', text: '小区门口的公交站没有站牌' });
    expect(first.routing.rule).not.toBe('specialty');
    await t.ok('deputy', 'saveProfile', profile({ specialties: ['交通出行'] }), COUNTY_DEPUTY);
    const second = await t.submit({ category: '交通出行', text: '路口红绿灯时间太短，老人过不去' });
    expect(second).toMatchObject({ status: 'assigned', routing: { rule: 'specialty' } });
    expect(t.doc<{ assigneeDeputyId: string }>('opinions', second.id).assigneeDeputyId).toBe('d-county-1');
  });
});
