/**
 * Deputy photos the image check sends to a person (`review`): staff of the deputy's station
 * publish or refuse them; staff of another station cannot; a decision applies only to the
 * photo it was made for.
 */
import type { PayloadIn } from '../../core/contract';
import type { DeputyDoc } from '../../server/model';
import { COUNTY_DEPUTY, STAFF_WYH, startLocal, type Local } from '../support/local';

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da636460f85f0f0002870180eb47ba920000000049454e44ae426082', 'hex');
const STAFF_XJH = 'demo-staff-xjh';

jest.setTimeout(30_000);
let t: Local;
beforeEach(async () => {
  t = await startLocal();
});
afterEach(() => t.close());

const profile = (photo: string): PayloadIn<'deputy', 'saveProfile'> => ({
  bio: '区人大代表，关注老旧小区加装电梯。',
  specialties: ['住房物业'],
  contactPreference: 'station',
  photo,
});
const publicPhoto = async () => (await t.ok('station', 'get', { code: 'WYH01' })).deputies.find((d) => d.id === 'd-county-1')!.photo;

/** The deputy saves a photo and the image check answers `review`. */
async function photoInReview() {
  const photo = await t.upload(PNG, COUNTY_DEPUTY);
  t.contentSecurity.setNextMediaVerdicts(['review']);
  await t.ok('deputy', 'saveProfile', profile(photo), COUNTY_DEPUTY);
  await t.contentSecurity.settle();
  expect((await t.ok('deputy', 'profile', {}, COUNTY_DEPUTY)).photoCheck.state).toBe('review');
  return photo;
}

test('staff of the station see the photo held for review and publish it', async () => {
  const before = await publicPhoto();
  const photo = await photoInReview();
  expect(await publicPhoto()).toBe(before);

  const { items } = await t.ok('staff', 'deputyPhotoReviews', { code: 'WYH01' }, STAFF_WYH);
  expect(items).toEqual([{ deputyId: 'd-county-1', name: '李红梅', levelLabel: '县（市区）人大代表', fileId: photo, url: expect.stringMatching(/^\/api\/storage\/uploads\//) }]);

  expect(await t.ok('staff', 'reviewDeputyPhoto', { code: 'WYH01', deputyId: 'd-county-1', fileId: photo, approve: true }, STAFF_WYH)).toEqual({ deputyId: 'd-county-1', state: 'published' });
  expect(t.doc<DeputyDoc>('deputies', 'd-county-1')).toMatchObject({ photo });
  expect(t.doc<DeputyDoc>('deputies', 'd-county-1').photoCheck).toBeUndefined();
  expect(await publicPhoto()).not.toBe(before);
  expect((await t.ok('staff', 'deputyPhotoReviews', { code: 'WYH01' }, STAFF_WYH)).items).toEqual([]);
  // Decided once: a second tap is told so.
  expect((await t.refused('staff', 'reviewDeputyPhoto', { code: 'WYH01', deputyId: 'd-county-1', fileId: photo, approve: false }, STAFF_WYH)).code).toBe('PHOTO_REVIEW_GONE');
});

test('a refused photo stays private, for residents and its owner', async () => {
  const before = await publicPhoto();
  const photo = await photoInReview();
  await t.ok('staff', 'reviewDeputyPhoto', { code: 'WYH01', deputyId: 'd-county-1', fileId: photo, approve: false }, STAFF_WYH);
  expect(await publicPhoto()).toBe(before);
  expect((await t.ok('deputy', 'profile', {}, COUNTY_DEPUTY)).photoCheck).toEqual({ state: 'refused' });
});

test('staff of another station, residents and the deputy cannot decide; the photo stays as it was', async () => {
  const photo = await photoInReview();
  const decide = { code: 'WYH01', deputyId: 'd-county-1', fileId: photo, approve: true };
  expect((await t.refused('staff', 'deputyPhotoReviews', { code: 'WYH01' }, STAFF_XJH)).code).toBe('NOT_YOUR_STATION');
  expect((await t.refused('staff', 'reviewDeputyPhoto', decide, STAFF_XJH)).code).toBe('NOT_YOUR_STATION');
  // Through a station of their own, a deputy who does not sit there is not theirs either.
  expect((await t.refused('staff', 'reviewDeputyPhoto', { ...decide, code: 'XJH01' }, STAFF_XJH)).code).toBe('DEPUTY_NOT_FOUND');
  expect((await t.refused('staff', 'reviewDeputyPhoto', decide, COUNTY_DEPUTY)).code).toBe('FORBIDDEN');
  expect((await t.refused('staff', 'reviewDeputyPhoto', decide, 'demo-resident-1')).code).toBe('FORBIDDEN');
  expect(t.doc<DeputyDoc>('deputies', 'd-county-1').photoCheck).toMatchObject({ fileId: photo, state: 'review' });
});

test('a decision on a photo the deputy has since replaced changes nothing', async () => {
  const first = await photoInReview();
  const second = await t.upload(PNG, COUNTY_DEPUTY);
  await t.ok('deputy', 'saveProfile', profile(second), COUNTY_DEPUTY); // pending its own check
  expect((await t.refused('staff', 'reviewDeputyPhoto', { code: 'WYH01', deputyId: 'd-county-1', fileId: first, approve: true }, STAFF_WYH)).code).toBe('PHOTO_REVIEW_GONE');
  expect(t.doc<DeputyDoc>('deputies', 'd-county-1').photoCheck).toMatchObject({ fileId: second, state: 'pending' });
  expect(t.doc<DeputyDoc>('deputies', 'd-county-1').photo).not.toBe(first);
});
