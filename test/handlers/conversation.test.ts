/**
 * A conversation, not a form (issue 22): the resident's follow-up message on a case being
 * worked (opinion.message) and the deputy's further replies once it is answered. Both are
 * timeline entries, never transitions; each is notified to the other side; only replies that
 * count as a response count in the statistics.
 */
import { M } from '../../core/stats/opinion-facts';
import type { OpinionDoc } from '../../server/model';
import type { CountedOpinion } from '../../server/dashboard/keep';
import { moveOpinion } from '../../server/opinions/after-write';
import type { OutboxDoc } from '../../server/notifications/outbox/outbox-doc';
import { eventKeyOf } from '../../server/notifications/relay';
import { counted } from '../support/db-count';
import { COUNTY_DEPUTY, OTHER_RESIDENT, RESIDENT, STAFF_WYH, startLocal, type Local } from '../support/local';
import { entriesFor, outbox } from './notifications-support';

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da636460f85f0f0002870180eb47ba920000000049454e44ae426082', 'hex');
const ADMIN = 'demo-admin-yuelu';
const MESSAGE = '补充一下：路灯是3栋和5栋之间那一盏，晚上七点以后最明显。';
const REPLY = '已联系物业，本周内更换灯具，换好后我再告诉您。';

const opinion = (t: Local, id: string) => t.doc<OpinionDoc>('opinions', id);
const message = (t: Local, id: string, extra: Record<string, unknown> = {}, openid = RESIDENT) =>
  t.ok('opinion', 'message', { id, text: MESSAGE, requestId: t.requestId(), ...extra }, openid);

/** A case 李红梅 (d-county-1) holds, moved to `status` through the real actions. */
async function caseIn(t: Local, status: 'assigned' | 'accepted' | 'replied' | 'forwarded' | 'suggestion' | 'need_info' | 'resolved' | 'closed' | 'withdrawn') {
  const { id } = await t.submit({ text: `小区路灯坏了一个月没人修（${status}）`, chosenDeputyId: 'd-county-1' });
  if (status === 'withdrawn') await t.ok('opinion', 'withdraw', { id }, RESIDENT);
  if (status === 'assigned' || status === 'withdrawn') return id;
  await t.ok('deputy', 'accept', { id }, COUNTY_DEPUTY);
  if (status === 'replied') await t.ok('deputy', 'reply', { id, text: REPLY }, COUNTY_DEPUTY);
  if (status === 'forwarded') await t.ok('deputy', 'forward', { id, departmentId: 'dept-yl-zj' }, COUNTY_DEPUTY);
  if (status === 'suggestion') {
    await t.ok('deputy', 'suggest', { title: '关于老旧小区路灯维护的建议', reasons: '多个小区路灯长期损坏。', proposals: '明确路灯维护责任主体。', opinionIds: [id] }, COUNTY_DEPUTY);
  }
  if (status === 'need_info') await t.ok('deputy', 'needInfo', { id, question: '请问是哪一栋楼旁边的路灯？' }, COUNTY_DEPUTY);
  if (status === 'resolved' || status === 'closed') {
    await t.ok('deputy', 'resolve', { id, kind: 'solved', text: '已协调物业更换路灯，现已正常照明。' }, COUNTY_DEPUTY);
  }
  if (status === 'closed') await t.ok('opinion', 'rate', { id, result: 'satisfied', attitude: 'satisfied' }, RESIDENT);
  return id;
}

/** The outbox entries of the opinion's last event (the relay keys them per event). */
const entriesOfLastEvent = (t: Local, id: string) => outbox(t).filter((e) => e.eventKey === eventKeyOf(id, opinion(t, id).timeline.length - 1));
const valuesOf = (e: OutboxDoc) => Object.values(e.data).map((v) => v.value);

/** A refusal with this code that left every collection as it was. */
async function refusedCleanly(t: Local, code: string, payload: Record<string, unknown>, openid = RESIDENT) {
  const before = await t.snapshot();
  const r = await t.refused('opinion', 'message', { text: MESSAGE, requestId: t.requestId(), ...payload }, openid);
  expect(r).toMatchObject({ code });
  expect(await t.snapshot()).toBe(before);
  return r;
}

describe('the resident follows up on an open case', () => {
  let t: Local;
  // A fresh run each: a resident may send 5 opinions an hour, and the day's messages are counted.
  beforeEach(async () => {
    t = await startLocal();
  });
  afterEach(() => t.close());

  test.each(['assigned', 'accepted', 'forwarded', 'suggestion', 'replied'] as const)('taken in %s: a timeline entry, no move, stored with the additions', async (status) => {
    const id = await caseIn(t, status);
    expect(opinion(t, id).status).toBe(status);
    const before = opinion(t, id);
    const answer = await message(t, id);
    expect(answer).toMatchObject({ id, status, duplicate: false });
    const after = opinion(t, id);
    expect(after.status).toBe(status);
    expect(after.timeline).toHaveLength(before.timeline.length + 1);
    expect(after.timeline.at(-1)).toMatchObject({ action: 'message', actor: { role: 'resident' }, note: MESSAGE });
    expect(after.timeline.at(-1)).not.toHaveProperty('to');
    expect(after.additions?.at(-1)).toMatchObject({ kind: 'message', text: MESSAGE, photos: [] });
    // The resident reads it in 留言与答复 and the timeline; it may send another.
    const mine = await t.ok('opinion', 'detail', { id }, RESIDENT);
    expect(mine.can.message).toBe(true);
    expect(mine.conversation?.at(-1)).toMatchObject({ kind: 'message', side: 'resident', byLabel: '我', label: '补充留言', text: MESSAGE });
    expect(mine.timeline.at(-1)).toMatchObject({ action: 'message', actorLabel: '我', actionLabel: '补充留言', note: MESSAGE });
  });

  test.each([
    ['need_info', 'MESSAGE_USE_ADD_INFO', '补充情况'],
    ['resolved', 'MESSAGE_NOT_OPEN', '已办结'],
    ['closed', 'MESSAGE_NOT_OPEN', '结束办理'],
    ['withdrawn', 'MESSAGE_NOT_OPEN', '结束办理'],
  ] as const)('refused in %s with %s, nothing written', async (status, code, words) => {
    const id = await caseIn(t, status);
    const r = await refusedCleanly(t, code, { id });
    expect(r.message).toContain(words);
    expect((await t.ok('opinion', 'detail', { id }, RESIDENT)).can.message).toBe(false);
  });

  test('refused while it waits for staff to route it (triage)', async () => {
    const { id } = await t.submit({ text: '对法院判决不服，希望代表帮忙过问。', category: '涉法涉诉' });
    expect(opinion(t, id).status).toBe('triage');
    const r = await refusedCleanly(t, 'MESSAGE_NOT_OPEN', { id });
    expect(r.message).toBe('意见还没有交给代表办理，暂时不能留言');
  });

  test("someone else's opinion reads as not found; a deputy or staff cannot write as the resident", async () => {
    const id = await caseIn(t, 'accepted');
    await refusedCleanly(t, 'OPINION_NOT_FOUND', { id }, OTHER_RESIDENT);
    await refusedCleanly(t, 'OPINION_NOT_FOUND', { id }, COUNTY_DEPUTY);
    await refusedCleanly(t, 'OPINION_NOT_FOUND', { id }, STAFF_WYH);
  });

  test('too short, or risky text, is refused before anything is written', async () => {
    const id = await caseIn(t, 'accepted');
    const short = await refusedCleanly(t, 'INVALID_PAYLOAD', { id, text: '谢谢代表' });
    expect(short.message).toContain('留言至少要写10个字');
    await refusedCleanly(t, 'TEXT_REFUSED', { id, text: '这里有赌博网站的广告，请代表看看' });
    const review = await refusedCleanly(t, 'TEXT_REFUSED', { id, text: '这条留言包含审核测试词，请代表看看' });
    expect(review.message).toContain('人工审核');
  });

  test('a retry with the same request id is the same message; at most three a day, a fourth refused, the next day open again', async () => {
    const id = await caseIn(t, 'accepted');
    const requestId = t.requestId();
    // A double tap and a retry at once: one message, the others answered as duplicates.
    const answers = await Promise.all([1, 2, 3].map(() => t.ok('opinion', 'message', { id, text: MESSAGE, requestId }, RESIDENT)));
    expect(answers.map((a) => a.duplicate).sort()).toEqual([false, true, true]);
    expect((await t.ok('opinion', 'message', { id, text: MESSAGE, requestId }, RESIDENT)).duplicate).toBe(true);
    expect(opinion(t, id).additions?.filter((a) => a.kind === 'message')).toHaveLength(1);
    expect(opinion(t, id).timeline.filter((e) => e.action === 'message')).toHaveLength(1);
    // The same request id from another resident is another form (and not theirs to send here).
    await refusedCleanly(t, 'OPINION_NOT_FOUND', { id, requestId }, OTHER_RESIDENT);

    await message(t, id);
    await message(t, id);
    const r = await refusedCleanly(t, 'RATE_LIMITED', { id });
    expect(r.message).toBe('这条意见今天已经留言3次，请明天再留言；急事请联系联络站');
    t.clock.advance(24 * 3600_000);
    await message(t, id);
    t.clock.set(new Date(t.clock.now().getTime() - 24 * 3600_000));
  });

  test('one read and one conditional write before the answer (and who is calling); three more with a photo', async () => {
    const id = await caseIn(t, 'accepted');
    const { count } = await counted(() => message(t, id));
    // Who is calling (the dispatcher), the opinion, the conditional write.
    expect(count.requests.map((r) => `${r.action} ${r.collection}`)).toEqual(['aggregateDocuments users', 'getDocument opinions', 'modifyDocument opinions']);
    expect(count.readsOf('opinions', id)).toBe(1);
    // With a photo: its upload read with the opinion, the check recorded before the write, a verdict that came first read after.
    const photo = await t.upload(PNG, RESIDENT);
    const withPhoto = await counted(() => message(t, id, { photos: [photo] }));
    expect(withPhoto.count.requests).toHaveLength(6);
    expect(withPhoto.count.readsOf('opinions', id)).toBe(1);
  });
});

describe('photos with a follow-up', () => {
  let t: Local;
  // A fresh run each: a resident may send 5 opinions an hour, and the day's messages are counted.
  beforeEach(async () => {
    t = await startLocal();
  });
  afterEach(() => t.close());

  test("another's upload is refused, nothing written; the resident's own go through the image check", async () => {
    const id = await caseIn(t, 'accepted');
    const theirs = await t.upload(PNG, OTHER_RESIDENT);
    const mine = await t.upload(PNG, RESIDENT);
    await refusedCleanly(t, 'UPLOAD_NOT_YOURS', { id, photos: [theirs] });
    await refusedCleanly(t, 'UPLOAD_NOT_YOURS', { id, photos: [mine, theirs] });
    // Someone else's opinion with someone else's photo: the opinion's refusal, not the photo's.
    await refusedCleanly(t, 'OPINION_NOT_FOUND', { id, photos: [mine] }, OTHER_RESIDENT);

    await message(t, id, { photos: [mine] });
    const doc = opinion(t, id);
    expect(doc.additions?.at(-1)).toMatchObject({ kind: 'message', photos: [mine] });
    expect(doc.mediaChecks?.map((c) => c.fileId)).toContain(mine);
    // The resident sees it with the message; the deputy only once it passed its check.
    const asked = await t.ok('opinion', 'detail', { id }, RESIDENT);
    expect(asked.conversation?.at(-1)?.photos.map((p) => p.fileId)).toEqual([mine]);
    expect(asked.photos.map((p) => p.fileId)).not.toContain(mine);
    expect((await t.ok('deputy', 'detail', { id }, COUNTY_DEPUTY)).conversation?.at(-1)?.photos).toEqual([]);
    await t.contentSecurity.settle();
    const seen = await t.ok('deputy', 'detail', { id }, COUNTY_DEPUTY);
    expect(seen.conversation?.at(-1)).toMatchObject({ kind: 'message', byLabel: '居民', text: MESSAGE });
    expect(seen.conversation?.at(-1)?.photos).toEqual([expect.objectContaining({ fileId: mine, url: expect.stringMatching(/^\/api\/storage\/uploads\//) })]);
  });
});

describe('who is told of a follow-up', () => {
  let t: Local;
  // A fresh run each: a resident may send 5 opinions an hour, and the day's messages are counted.
  beforeEach(async () => {
    t = await startLocal();
  });
  afterEach(() => t.close());

  test('the deputy holding the case: 意见动态提醒 with the message; nobody else', async () => {
    const id = await caseIn(t, 'accepted');
    await message(t, id);
    await t.relay();
    const written = entriesOfLastEvent(t, id);
    expect(written.map((e) => `${e.audience}:${e.templateKey}:${e.openid}`)).toEqual([`deputy:opinion_update:${COUNTY_DEPUTY}`]);
    expect(written[0].page).toBe(`packages/deputy/pages/detail/index?id=${id}`);
    expect(valuesOf(written[0])).toContainEqual(expect.stringMatching(/^居民留言：补充一下/));
    expect(entriesFor(t, COUNTY_DEPUTY, 'opinion_update').filter((e) => e.opinionId === id)).toHaveLength(1);
  });

  test('the station staff when no deputy holds it (staff work it themselves)', async () => {
    const { id } = await t.submit({ text: '对法院判决不服，希望代表帮忙过问。', category: '涉法涉诉' });
    // 工作人员直接办理: staff take the case from triage (written as the staff desk writes it).
    await moveOpinion(t.ports, id, () => ({ to: 'accepted', mover: 'staff', actor: { role: 'staff', id: STAFF_WYH }, action: 'accept' }));
    await message(t, id);
    await t.relay();
    const written = entriesOfLastEvent(t, id);
    expect(written.length).toBeGreaterThan(0);
    expect(written.map((e) => `${e.audience}:${e.templateKey}`)).toEqual(written.map(() => 'staff:staff_alert'));
    expect(written.map((e) => e.openid)).toContain(STAFF_WYH);
    expect(valuesOf(written[0])).toContainEqual(expect.stringMatching(/^居民留言：补充一下/));
  });
});

describe('the deputy replies again once the case is answered', () => {
  let t: Local;
  // A fresh run each: a resident may send 5 opinions an hour, and the day's messages are counted.
  beforeEach(async () => {
    t = await startLocal();
  });
  afterEach(() => t.close());

  test('a second reply in replied: a reply and a timeline entry, the status stays, the resident is told', async () => {
    const id = await caseIn(t, 'replied');
    const held = await t.ok('deputy', 'detail', { id }, COUNTY_DEPUTY);
    expect(held.deputyCan).toMatchObject({ reply: false, replyAgain: true, resolve: true });
    await message(t, id);
    await t.relay();
    const before = opinion(t, id);
    const residentEntries = outbox(t).filter((e) => e.openid === RESIDENT && e.opinionId === id).length;

    const second = '灯具已经订好了，周四上午物业来更换，到时请您留意楼下通知。';
    const answer = await t.ok('deputy', 'reply', { id, text: second }, COUNTY_DEPUTY);
    expect(answer).toMatchObject({ id, status: 'replied', countsAsResponse: true, boilerplate: false });
    const after = opinion(t, id);
    expect(after.status).toBe('replied');
    expect(after.replies.map((r) => r.text)).toEqual([REPLY, second]);
    expect(after.timeline).toHaveLength(before.timeline.length + 1);
    expect(after.timeline.at(-1)).toMatchObject({ action: 'reply', actor: { role: 'deputy', id: 'd-county-1' } });
    expect(after.timeline.at(-1)).not.toHaveProperty('to');

    await t.relay();
    expect(outbox(t).filter((e) => e.openid === RESIDENT && e.opinionId === id)).toHaveLength(residentEntries + 1);
    const told = entriesOfLastEvent(t, id);
    expect(told.map((e) => `${e.audience}:${e.templateKey}:${e.openid}`)).toEqual([`resident:opinion_progress:${RESIDENT}`]);
    expect(told[0].page).toBe(`pages/opinion/index?id=${id}`);
    expect(valuesOf(told[0])).toContainEqual(expect.stringMatching(/^灯具已经订好了/));

    // The resident reads the whole conversation in order: reply, follow-up, reply.
    const mine = await t.ok('opinion', 'detail', { id }, RESIDENT);
    expect(mine.conversation?.map((c) => `${c.kind}:${c.byLabel}`)).toEqual(['reply:李红梅代表', 'message:我', 'reply:李红梅代表']);
    expect(mine.conversation?.at(-1)?.text).toBe(second);
  });

  test('replies in replied keep the move table closed: no replied → replied event, and other moves stay possible', async () => {
    const id = await caseIn(t, 'replied');
    await t.ok('deputy', 'reply', { id, text: '补充答复：物业已经安排电工明天上门检查线路。' }, COUNTY_DEPUTY);
    expect(opinion(t, id).timeline.filter((e) => e.to === 'replied')).toHaveLength(1);
    await t.ok('deputy', 'resolve', { id, kind: 'solved', text: '路灯已更换，晚上照明正常。' }, COUNTY_DEPUTY);
    expect(opinion(t, id).status).toBe('resolved');
    const r = await t.refused('deputy', 'reply', { id, text: '办结后再答复一次，看看会不会被拒绝。' }, COUNTY_DEPUTY);
    expect(r.code).toBe('TRANSITION_NOT_ALLOWED');
  });

  test('a boilerplate reply never counts; the second substantive one does not count twice', async () => {
    await t.ok('deputy', 'saveTemplate', { title: '已收到', text: '您的意见已收到，我会尽快了解情况后答复您。' }, COUNTY_DEPUTY);
    const id = await caseIn(t, 'accepted');
    await t.relay();
    const facts = () => (opinion(t, id) as CountedOpinion).statsFacts?.v ?? {};
    const firstResponseAt = opinion(t, id).firstResponseAt;
    const dashboard = () => t.ok('admin', 'dashboard', { from: '2026-11', to: '2026-12' }, ADMIN);
    const start = (await dashboard()).totals.firstResponse.count;

    const boiler = await t.ok('deputy', 'reply', { id, text: '您的意见已收到，我会尽快了解情况后答复您。' }, COUNTY_DEPUTY);
    expect(boiler).toMatchObject({ status: 'replied', countsAsResponse: false, boilerplate: true });
    const again = await t.ok('deputy', 'reply', { id, text: '您的意见已收到，我会尽快了解情况后答复您。' }, COUNTY_DEPUTY);
    expect(again).toMatchObject({ status: 'replied', countsAsResponse: false, boilerplate: true });
    await t.relay();
    expect(facts()[M.responded]).toBeUndefined();
    expect(opinion(t, id).firstResponseAt).toEqual(firstResponseAt);
    expect((await t.ok('deputy', 'detail', { id }, COUNTY_DEPUTY)).conversation?.map((c) => c.countsAsResponse)).toEqual([false, false]);

    await t.ok('deputy', 'reply', { id, text: REPLY }, COUNTY_DEPUTY);
    await t.ok('deputy', 'reply', { id, text: '物业答复周四更换灯具，到时我再和您确认效果。' }, COUNTY_DEPUTY);
    await t.relay();
    expect(facts()[M.responded]).toBe(1);
    expect(facts()[M.firstResponse]).toBe(1);
    expect(opinion(t, id).firstResponseAt).toEqual(firstResponseAt);
    expect((await dashboard()).totals.firstResponse.count).toBe(start);
  });
});
