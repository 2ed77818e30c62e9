/** The resident's journey after submitting: limits, content security, follow-up, claim, my data. */
import { LOCAL_PUSH_SOURCE } from '../../server/local/runtime';
import { COUNTY_DEPUTY, OTHER_RESIDENT, RESIDENT, startLocal, type Local } from '../support/local';
import { dbOf } from '../../server/platform/db';

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da636460f85f0f0002870180eb47ba920000000049454e44ae426082', 'hex');
const HOUR = 3600_000;
const DAY = 24 * HOUR;

async function acceptedByCounty(t: Local, text = '小区路灯坏了一个月没人修') {
  const { id } = await t.submit({ text, chosenDeputyId: 'd-county-1' });
  await t.ok('deputy', 'accept', { id }, COUNTY_DEPUTY);
  return id;
}

describe('abuse limits and repeated text', () => {
  test('5 an hour, then refused with nothing written; the next hour is open again', async () => {
    const t = await startLocal();
    for (let i = 0; i < 5; i++) await t.submit({ text: `第${i}条：小区里的问题` });
    const before = await t.snapshot();
    const r = await t.refused('opinion', 'submit', { stationCode: 'WYH01', category: '其他', text: '第6条：小区问题，请尽快处理', requestId: t.requestId() }, RESIDENT);
    expect(r).toMatchObject({ code: 'RATE_LIMITED', message: expect.stringContaining('每小时最多提交5条') });
    expect(await t.snapshot()).toBe(before);
    expect((await t.submit({ text: '别人提交的一条小区意见' }, OTHER_RESIDENT)).status).toBeDefined();
    t.clock.advance(HOUR + 1000);
    expect((await t.submit({ text: '一小时后提交的小区意见' })).status).toBeDefined();
    t.close();
  });

  test('20 a day', async () => {
    const t = await startLocal();
    for (let i = 0; i < 20; i++) {
      await t.submit({ text: `第${i}条：小区里的问题` });
      if (i % 5 === 4) t.clock.advance(HOUR + 1000);
    }
    const r = await t.refused('opinion', 'submit', { stationCode: 'WYH01', category: '其他', text: '第21条：小区里的问题', requestId: t.requestId() }, RESIDENT);
    expect(r.message).toContain('每天最多提交20条');
    t.clock.advance(DAY);
    expect((await t.submit({ text: '第二天提交的小区意见' })).status).toBeDefined();
    t.close();
  });

  test('the same text within 24 hours returns the first opinion, marked as a duplicate', async () => {
    const t = await startLocal();
    const first = await t.submit({ text: '小区门口公交站台缺少遮雨棚' });
    const again = await t.submit({ text: '  小区门口公交站台 缺少遮雨棚 ' });
    expect(again).toMatchObject({ id: first.id, duplicate: true, trackingNo: first.trackingNo });
    expect(t.store.count('opinions')).toBe(1);
    t.clock.advance(DAY + 1000);
    expect((await t.submit({ text: '小区门口公交站台缺少遮雨棚' })).id).not.toBe(first.id);
    t.close();
  });

  test('concurrent retries of one request id create one opinion', async () => {
    const t = await startLocal();
    const payload = { stationCode: 'WYH01', category: '其他', text: '重复点击测试：小区路灯坏了', requestId: 'retry-race-0001' } as const;
    const answers = await Promise.all(Array.from({ length: 10 }, () => t.ok('opinion', 'submit', payload, RESIDENT)));
    expect(new Set(answers.map((a) => a.id)).size).toBe(1);
    expect(t.store.count('opinions')).toBe(1);
    t.close();
  });
});

describe('content security', () => {
  test('risky text is refused and nothing is written', async () => {
    const t = await startLocal();
    const before = await t.snapshot();
    const r = await t.refused('opinion', 'submit', { stationCode: 'WYH01', category: '其他', text: '这里有赌博网站的广告', requestId: t.requestId() }, RESIDENT);
    expect(r).toMatchObject({ code: 'TEXT_REFUSED', message: expect.stringContaining('不适宜') });
    expect(await t.snapshot()).toBe(before);
    t.close();
  });

  test('review text is stored as held, routed to nobody, and invisible to deputies', async () => {
    const t = await startLocal();
    const r = await t.submit({ text: '这条意见包含审核测试词', chosenDeputyId: 'd-county-1' });
    expect(r.status).toBe('held');
    const doc = t.doc<{ assigneeDeputyId?: string; textReview: boolean }>('opinions', r.id);
    expect(doc.assigneeDeputyId).toBeUndefined();
    expect(doc.textReview).toBe(true);
    const inbox = await t.ok('deputy', 'inbox', {}, COUNTY_DEPUTY);
    expect(inbox.items.map((i: { id: string }) => i.id)).not.toContain(r.id);
    const detail = await t.ok('opinion', 'detail', { id: r.id }, RESIDENT);
    expect(detail.nextStep?.text).toContain('审核');
    t.close();
  });

  test('photos: held until every verdict; all pass → routed; one risky → rejected with a reason', async () => {
    const t = await startLocal();
    const upload = () => t.upload(PNG, RESIDENT);
    const ok = await t.submit({ text: '小区门口井盖破损很危险', photos: [await upload(), await upload()], chosenDeputyId: 'd-county-1' });
    expect(ok.status).toBe('held');
    await t.contentSecurity.settle();
    const released = await t.ok('opinion', 'detail', { id: ok.id }, RESIDENT);
    expect(released.status).toBe('assigned');
    expect(released.photos).toHaveLength(2);
    expect(released.photos[0].url).toMatch(/^\/api\/storage\/uploads\//);
    expect(released.timeline.map((e: { action: string }) => e.action)).toEqual(['submit', 'media_check', 'release', 'route']);

    t.contentSecurity.setNextMediaVerdicts(['pass', 'risky']);
    const bad = await t.submit({ text: '小区另一处井盖也破损了', photos: [await upload(), await upload()] });
    await t.contentSecurity.settle();
    const rejected = await t.ok('opinion', 'detail', { id: bad.id }, RESIDENT);
    expect(rejected.status).toBe('rejected');
    expect(rejected.timeline.at(-1)?.note).toContain('图片');
    t.close();
  });

  test('a photo that was never uploaded is refused', async () => {
    const t = await startLocal();
    const r = await t.refused('opinion', 'submit', { stationCode: 'WYH01', category: '其他', text: '有图：小区门口井盖破损', photos: ['local://uploads/20261129/aaaaaaaaaaaaaaaaaaaaaaaa.png'], requestId: t.requestId() }, RESIDENT);
    expect(r).toMatchObject({ code: 'UPLOAD_NOT_YOURS', message: expect.stringContaining('照片') });
    t.close();
  });

  test('a forged verdict for an unknown trace id changes nothing', async () => {
    const t = await startLocal();
    const before = await t.snapshot();
    const forged = { action: 'mediaVerdict', payload: { traceId: 'forged-trace', suggest: 'pass', label: 100 } };
    expect(await t.callAsPlatform('security', forged, LOCAL_PUSH_SOURCE)).toMatchObject({ ok: false, code: 'PLATFORM_ONLY' });
    expect(await t.call('security', forged)).toMatchObject({ ok: false, code: 'PLATFORM_ONLY' });
    expect(await t.snapshot()).toBe(before);
    t.close();
  });
});

describe('following it: need-info, withdraw, chase, rate, reopen', () => {
  test('need_info → the resident adds information → back where it came from', async () => {
    const t = await startLocal();
    const id = await acceptedByCounty(t);
    await t.ok('deputy', 'needInfo', { id, question: '请问是哪一栋楼旁边的路灯？' }, COUNTY_DEPUTY);
    let d = await t.ok('opinion', 'detail', { id }, RESIDENT);
    expect(d).toMatchObject({ status: 'need_info', can: { addInfo: true } });
    expect((await t.refused('opinion', 'addInfo', { id, text: '别人补充' }, OTHER_RESIDENT)).code).toBe('OPINION_NOT_FOUND');
    await t.ok('opinion', 'addInfo', { id, text: '是 3 栋和 5 栋之间的那一盏' }, RESIDENT);
    d = await t.ok('opinion', 'detail', { id }, RESIDENT);
    expect(d.status).toBe('accepted');
    expect(d.timeline.at(-1)).toMatchObject({ action: 'add_info', from: 'need_info', to: 'accepted', note: '是 3 栋和 5 栋之间的那一盏' });
    expect((await t.refused('opinion', 'addInfo', { id, text: '再补充' }, RESIDENT)).code).toBe('TRANSITION_NOT_ALLOWED');
    t.close();
  });

  test('chase: not before the deadline, then once every 3 days', async () => {
    const t = await startLocal();
    const { id } = await t.submit({ chosenDeputyId: 'd-county-1' });
    const before = await t.snapshot();
    expect((await t.refused('opinion', 'chase', { id }, RESIDENT)).code).toBe('CHASE_TOO_EARLY');
    expect(await t.snapshot()).toBe(before);
    const doc = t.doc<{ acceptDueAt?: Date }>('opinions', id);
    expect(doc.acceptDueAt).toBeDefined();
    t.clock.set(new Date(new Date(doc.acceptDueAt!).getTime() + 1000));
    const first = await t.ok('opinion', 'chase', { id }, RESIDENT);
    expect(first.chaseCount).toBe(1);
    expect((await t.refused('opinion', 'chase', { id }, RESIDENT)).code).toBe('CHASE_TOO_EARLY');
    t.clock.advance(3 * DAY + 1000);
    expect((await t.ok('opinion', 'chase', { id }, RESIDENT)).chaseCount).toBe(2);
    expect((await t.ok('deputy', 'detail', { id }, COUNTY_DEPUTY)).chaseCount).toBe(2);
    t.close();
  });

  test('rating: only after resolution; 不满意 reopens once; a second rating is refused', async () => {
    const t = await startLocal();
    const id = await acceptedByCounty(t);
    expect((await t.refused('opinion', 'rate', { id, result: 'satisfied', attitude: 'satisfied' }, RESIDENT)).code).toBe('TRANSITION_NOT_ALLOWED');
    await t.ok('deputy', 'resolve', { id, kind: 'solved', text: '路灯已经修好，并加装了一盏。' }, COUNTY_DEPUTY);
    const reopened = await t.ok('opinion', 'rate', { id, result: 'unsatisfied', attitude: 'basic', comment: '只修了一半' }, RESIDENT);
    expect(reopened).toMatchObject({ status: 'accepted', reopened: true });
    await t.ok('deputy', 'resolve', { id, kind: 'solved', text: '两盏路灯都已修好。' }, COUNTY_DEPUTY);
    const closed = await t.ok('opinion', 'rate', { id, result: 'unsatisfied', attitude: 'unsatisfied' }, RESIDENT);
    expect(closed).toMatchObject({ status: 'closed', reopened: false });
    expect((await t.refused('opinion', 'rate', { id, result: 'satisfied', attitude: 'satisfied' }, RESIDENT)).code).toBe('TRANSITION_NOT_ALLOWED');
    const d = await t.ok('opinion', 'detail', { id }, RESIDENT);
    expect(d.rating).toMatchObject({ resultLabel: '不满意', attitudeLabel: '不满意' });
    t.close();
  });

  test('rating a withdrawn opinion is refused', async () => {
    const t = await startLocal();
    const { id } = await t.submit({});
    await t.ok('opinion', 'withdraw', { id }, RESIDENT);
    const before = await t.snapshot();
    expect((await t.refused('opinion', 'rate', { id, result: 'satisfied', attitude: 'satisfied' }, RESIDENT)).code).toBe('TRANSITION_NOT_ALLOWED');
    expect(await t.snapshot()).toBe(before);
    t.close();
  });
});

describe('claiming, privacy, my data', () => {
  async function staffEntered(t: Local, phone = '13912345678') {
    const r = await t.submit({ text: '来电反映：菜市场噪音扰民', phone }, 'staff-entry-placeholder');
    await dbOf(t.ports).collection('opinions').doc(r.id).update({ data: { claimable: true, channel: 'phone' } });
    return r;
  }

  test('claim with the tracking number and the phone given then; a wrong phone says nothing more', async () => {
    const t = await startLocal();
    const r = await staffEntered(t);
    const before = await t.snapshot();
    const wrong = await t.refused('opinion', 'claim', { trackingNo: r.trackingNo, phone: '13900000000' }, RESIDENT);
    const unknown = await t.refused('opinion', 'claim', { trackingNo: '430104-20261129-9999', phone: '13912345678' }, RESIDENT);
    expect(wrong).toEqual(unknown);
    expect(wrong.code).toBe('CLAIM_FAILED');
    expect(t.doc<{ openid: string }>('opinions', r.id).openid).toBe('staff-entry-placeholder');
    void before;
    const claimed = await t.ok('opinion', 'claim', { trackingNo: r.trackingNo, phone: '139-1234-5678' }, RESIDENT);
    expect(claimed.id).toBe(r.id);
    expect((await t.ok('opinion', 'mine', {}, RESIDENT)).items.map((i: { id: string }) => i.id)).toContain(r.id);
    expect((await t.refused('opinion', 'claim', { trackingNo: r.trackingNo, phone: '13912345678' }, OTHER_RESIDENT)).code).toBe('ALREADY_CLAIMED');
    t.close();
  });

  test('too many claim attempts by one resident in a day are refused', async () => {
    const t = await startLocal();
    const r = await staffEntered(t);
    // Other numbers and phones each time: the per-case and per-phone limits (claim-limits.test.ts) stay out of it.
    for (let i = 0; i < 10; i++) await t.refused('opinion', 'claim', { trackingNo: `430104-20261129-90${i}0`, phone: `1390000000${i}` }, RESIDENT);
    const r2 = await t.refused('opinion', 'claim', { trackingNo: r.trackingNo, phone: '13912345678' }, RESIDENT);
    expect(r2.code).toBe('RATE_LIMITED');
    t.close();
  });

  test('privacy agreement is recorded without touching roles', async () => {
    const t = await startLocal();
    // The demo personas have agreed (test/support/local.ts): this deputy's agreement is forgotten first.
    const _ = dbOf(t.ports).command;
    await dbOf(t.ports).collection('users').where({ _id: COUNTY_DEPUTY }).update({ data: { privacyAgreedAt: _.remove(), privacyVersion: _.remove() } });
    expect((await t.ok('user', 'me', {}, COUNTY_DEPUTY)).privacyAgreed).toBe(false);
    await t.ok('user', 'agreePrivacy', { version: '2026-11' }, COUNTY_DEPUTY);
    const me = await t.ok('user', 'me', {}, COUNTY_DEPUTY);
    expect(me).toMatchObject({ privacyAgreed: true, roles: ['resident', 'deputy'] });
    await t.ok('user', 'agreePrivacy', { version: '2026-11' }, 'first-time-visitor');
    expect((await t.ok('user', 'me', {}, 'first-time-visitor')).privacyAgreed).toBe(true);
    expect((await t.refused('user', 'agreePrivacy', { version: '2020-01' }, RESIDENT)).code).toBe('INVALID_PAYLOAD');
    t.close();
  });

  test('export shows everything of mine; delete unlinks me from every opinion', async () => {
    const t = await startLocal();
    const a = await t.submit({ text: '第一条：小区路灯坏了', phone: '13811112222', allowContact: true });
    await t.submit({ text: '别人提交的一条小区意见' }, OTHER_RESIDENT);
    const exported = await t.ok('opinion', 'exportMine', {}, RESIDENT);
    expect(exported.opinions.map((o: { id: string }) => o.id)).toEqual([a.id]);
    expect(exported.opinions[0].phone).toBe('13811112222');
    expect((await t.refused('opinion', 'deleteMine', {}, RESIDENT)).code).toBe('INVALID_PAYLOAD');
    expect(await t.ok('opinion', 'deleteMine', { confirm: true }, RESIDENT)).toEqual({ erased: 1 });
    expect((await t.ok('opinion', 'mine', {}, RESIDENT)).total).toBe(0);
    const doc = t.doc<{ openid: string; phone?: string; anonymous: boolean }>('opinions', a.id);
    expect(doc.openid).not.toBe(RESIDENT);
    expect(doc.phone).toBeUndefined();
    expect(doc.anonymous).toBe(true);
    t.close();
  });
});

describe('finding a station', () => {
  test('nearest sorts by distance and leaves out retired stations', async () => {
    const t = await startLocal();
    const near = await t.ok('station', 'nearest', { latitude: 28.203, longitude: 112.953 });
    expect(near.items[0]).toMatchObject({ code: 'WYH01' });
    expect(near.items[0].distanceKm).toBeLessThan(0.5);
    expect(near.items.map((i: { code: string }) => i.code)).not.toContain('XJH00');
    expect((await t.refused('station', 'nearest', { latitude: 200, longitude: 0 })).code).toBe('INVALID_PAYLOAD');
    t.close();
  });
});
