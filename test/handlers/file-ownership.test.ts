/**
 * Issue 16, items 1 and 2 (decision 0015): every upload is recorded with its owner and kind;
 * an opinion, a deputy's profile or activity, and a roster import take only the caller's own
 * uploads of the right kind; erasing deletes only what the erasing resident uploaded.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PRIVACY_NOTICE_VERSION } from '../../server/config/limits';
import type { OpinionDoc } from '../../server/model';
import { GOOD_ROWS, xlsxOf } from '../support/roster-files';
import { COUNTY_DEPUTY, OTHER_RESIDENT, RESIDENT, STAFF_WYH, startLocal, type Local } from '../support/local';
import { dbOf } from '../../server/platform/db';

jest.setTimeout(30_000);
const PHOTO = readFileSync(path.join(__dirname, '../fixtures/elevator.png'));
const NEWCOMER = 'test-newcomer-1';
const ADMIN = 'demo-admin-yuelu';

let t: Local;
beforeEach(async () => {
  t = await startLocal();
  for (const openid of [RESIDENT, OTHER_RESIDENT, NEWCOMER, STAFF_WYH]) {
    await t.ok('user', 'agreePrivacy', { version: PRIVACY_NOTICE_VERSION }, openid);
  }
});
afterEach(() => t.close());

const submitWith = (photos: string[], openid = NEWCOMER) =>
  t.refused('opinion', 'submit', { stationCode: 'WYH01', category: '其他', text: '小区门口的路灯坏了一个月', photos, requestId: t.requestId() }, openid);

/** The attack of the issue: a new openid attaches `fileId`, withdraws and erases its data. */
async function attachWithdrawErase(fileId: string) {
  await t.ok('user', 'agreePrivacy', { version: PRIVACY_NOTICE_VERSION }, NEWCOMER); // erasing forgets it
  const before = await t.snapshot();
  const r = await submitWith([fileId]);
  expect(r.code).toBe('UPLOAD_NOT_YOURS');
  expect(r.message).toMatch(/[\u4e00-\u9fff]/);
  expect(await t.snapshot()).toBe(before);
  await t.ok('opinion', 'deleteMine', { confirm: true }, NEWCOMER);
  expect(t.files.read(fileId)).toBeDefined();
}

describe('a file is attached only by whoever uploaded it', () => {
  test("another resident's photo cannot be attached, so erasing cannot delete it", async () => {
    const photo = await t.upload(PHOTO, RESIDENT);
    await t.submit({ text: '小区门口井盖破损很危险', photos: [photo] }, RESIDENT);
    await attachWithdrawErase(photo);
  });

  test("a deputy's public photo (its id read from station.get) cannot be attached", async () => {
    const photo = await t.upload(PHOTO, COUNTY_DEPUTY);
    await t.ok('deputy', 'saveProfile', { bio: '区人大代表', specialties: ['住房物业'], contactPreference: 'station', photo }, COUNTY_DEPUTY);
    await t.contentSecurity.settle();
    const card = (await t.ok('station', 'get', { code: 'WYH01' })).deputies.find((d) => d.id === 'd-county-1')!;
    const readable = `local://${card.photo.slice('/api/storage/'.length)}`;
    expect(readable).toBe(photo);
    await attachWithdrawErase(readable);
  });

  test("a station's QR code and a generated PDF are not anyone's uploads", async () => {
    const qr = await t.ok('staff', 'stationCode', { code: 'WYH01' }, STAFF_WYH);
    expect(qr.fileId).toBe('local://generated/qrcodes/WYH01.png');
    await attachWithdrawErase(qr.fileId);
    const poster = await t.ok('documents', 'stationPoster', { code: 'WYH01' }, STAFF_WYH);
    await attachWithdrawErase(poster.fileId);
    // Not even the staff member who generated them attaches them as photos.
    expect((await submitWith([qr.fileId], STAFF_WYH)).code).toBe('UPLOAD_NOT_YOURS');
  });

  test('a file that was never uploaded is refused the same way', async () => {
    expect((await submitWith(['local://uploads/20261129/aaaaaaaaaaaaaaaaaaaaaaaa.png'])).code).toBe('UPLOAD_NOT_YOURS');
  });

  test("information added later takes only the resident's own photos", async () => {
    const { id } = await t.submit({ text: '小区路灯坏了一个月没人修', chosenDeputyId: 'd-county-1' });
    await t.ok('deputy', 'accept', { id }, COUNTY_DEPUTY);
    await t.ok('deputy', 'needInfo', { id, question: '请问是哪一栋楼旁边的路灯？' }, COUNTY_DEPUTY);
    const theirs = await t.upload(PHOTO, OTHER_RESIDENT);
    const before = await t.snapshot();
    const r = await t.refused('opinion', 'addInfo', { id, text: '3栋旁边', photos: [theirs] }, RESIDENT);
    expect(r.code).toBe('UPLOAD_NOT_YOURS');
    expect(await t.snapshot()).toBe(before);
  });

  test("a deputy's profile photo and activity photos are the deputy's own uploads", async () => {
    const residents = await t.upload(PHOTO, RESIDENT);
    const before = await t.snapshot();
    const profile = await t.refused('deputy', 'saveProfile', { bio: '区人大代表', specialties: ['住房物业'], contactPreference: 'station', photo: residents }, COUNTY_DEPUTY);
    expect(profile.code).toBe('UPLOAD_NOT_YOURS');
    const activity = await t.refused('deputy', 'recordActivity', { kind: 'visit', date: '2026-11-27', place: '望月湖小区', people: '居民5人', summary: '走访', photos: [residents] }, COUNTY_DEPUTY);
    expect(activity.code).toBe('UPLOAD_NOT_YOURS');
    expect(await t.snapshot()).toBe(before);
    const own = await t.upload(PHOTO, COUNTY_DEPUTY);
    const recorded = await t.ok('deputy', 'recordActivity', { kind: 'visit', date: '2026-11-27', place: '望月湖小区', people: '居民5人', summary: '走访', photos: [own] }, COUNTY_DEPUTY);
    expect(recorded.photos.map((p) => p.fileId)).toEqual([own]);
  });

  test("a roster is staged only from the admin's own file upload, and only that is removed", async () => {
    const staffs = await t.upload(await xlsxOf(GOOD_ROWS), STAFF_WYH, 'file');
    const before = await t.snapshot();
    expect((await t.refused('admin', 'stageRoster', { fileId: staffs, fileName: '名册.xlsx' }, ADMIN)).code).toBe('UPLOAD_NOT_YOURS');
    expect(await t.snapshot()).toBe(before);
    expect(t.files.read(staffs)).toBeDefined();
    const photo = await t.upload(PHOTO, ADMIN);
    expect((await t.refused('admin', 'stageRoster', { fileId: photo, fileName: '名册.xlsx' }, ADMIN)).code).toBe('UPLOAD_KIND_WRONG');
    const own = await t.upload(await xlsxOf(GOOD_ROWS), ADMIN, 'file');
    await t.ok('admin', 'stageRoster', { fileId: own, fileName: '名册.xlsx' }, ADMIN);
    expect(t.files.read(own)).toBeUndefined();
  });
});

describe('erasing my data deletes what I uploaded, nothing else', () => {
  test('my photos of a finished case are deleted; a file someone else uploaded stays', async () => {
    const mine = await t.upload(PHOTO, RESIDENT);
    const theirs = await t.upload(PHOTO, OTHER_RESIDENT);
    const { id } = await t.submit({ text: '小区门口井盖破损很危险', photos: [mine] }, RESIDENT);
    await t.contentSecurity.settle();
    // A case recorded before uploads had owners may point at a file that is not the resident's.
    await dbOf(t.ports).collection('opinions').doc(id).update({ data: { photos: [mine, theirs] } });
    await t.ok('opinion', 'withdraw', { id }, RESIDENT);
    await t.ok('opinion', 'deleteMine', { confirm: true }, RESIDENT);
    expect(t.files.read(mine)).toBeUndefined();
    expect(t.files.read(theirs)).toBeDefined();
    // The case no longer points at the photo it removed; the other file is not its to delete.
    expect(t.doc<OpinionDoc>('opinions', id).photos).toEqual([theirs]);
    expect(t.docs<{ fileId: string; owner: string }>('uploads').map((u) => [u.fileId, u.owner])).toEqual([[theirs, OTHER_RESIDENT]]);
  });
});

describe('only images pass as photos', () => {
  test('a file uploaded as a document is not a photo, whatever its bytes', async () => {
    const doc = await t.upload(PHOTO, RESIDENT, 'file');
    const before = await t.snapshot();
    const r = await submitWith([doc], RESIDENT);
    expect(r.code).toBe('UPLOAD_KIND_WRONG');
    expect(r.message).toContain('照片');
    expect(await t.snapshot()).toBe(before);
  });

  test('registering an upload checks it: a PNG signature followed by HTML is no image, and nothing is recorded', async () => {
    const html = Buffer.concat([PHOTO.subarray(0, 8), Buffer.from('<html><script>alert(1)</script></html>')]);
    const fileId = t.files.save(html, 'png', '20261129');
    const before = await t.snapshot();
    const r = await t.refused('user', 'registerUpload', { fileId, kind: 'image' }, RESIDENT);
    expect(r.code).toBe('IMAGE_INVALID');
    expect(await t.snapshot()).toBe(before);
    expect((await submitWith([fileId], RESIDENT)).code).toBe('UPLOAD_NOT_YOURS');
  });

  test('a file is registered once, to the first caller; again by them is the same record', async () => {
    const fileId = t.files.save(PHOTO, 'png', '20261129');
    expect(await t.ok('user', 'registerUpload', { fileId, kind: 'image' }, RESIDENT)).toMatchObject({ fileId, kind: 'image' });
    expect(await t.ok('user', 'registerUpload', { fileId, kind: 'image' }, RESIDENT)).toMatchObject({ fileId, kind: 'image' });
    expect((await t.refused('user', 'registerUpload', { fileId, kind: 'image' }, OTHER_RESIDENT)).code).toBe('UPLOAD_NOT_YOURS');
    expect((await t.refused('user', 'registerUpload', { fileId: 'local://generated/qrcodes/WYH01.png', kind: 'image' }, RESIDENT)).code).toBe('UPLOAD_NOT_YOURS');
  });
});
