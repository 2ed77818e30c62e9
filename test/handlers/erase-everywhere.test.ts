/**
 * Issue 16, items 11 and 12: erasing one's data leaves no copy of it anywhere. A resident
 * touches every feature that stores personal data — an opinion with a phone and photos,
 * information added later, a chase, a rating with a comment, a claimed walk-in, subscription
 * credits and missed messages, a published outcome, an upload never attached — then erases.
 * Every document of every collection the store holds (listed by the store itself, so a new
 * collection or field is covered without being named here) is scanned for the openid, the
 * phones and what is derived from them. Only the local run's record of delivered messages
 * is left out: those live on the resident's phone, not in this system's database.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { STAND_IN_COLLECTIONS } from '../../emulator/openapi';
import { COLLECTIONS } from '../../server/platform/collections';
import type { OpinionDoc } from '../../server/model';
import { ERASURE, eraseMine } from '../../server/users/erase-mine';
import { opinionIdFor } from '../../server/opinions/submit';
import { hooked, Stopped, stopAt } from '../support/db-hooks';
import { COUNTY_DEPUTY, STAFF_WYH, startLocal, type Local } from '../support/local';

jest.setTimeout(60_000);
const PHOTO = readFileSync(path.join(__dirname, '../fixtures/elevator.png'));

const ME = 'test-erasing-resident';
/** Left with the opinions (digits only: the contract stores a phone as its digits). */
const PHONE = '13712340001';
/** Given at the desk for a walk-in, then used to claim it. */
const DESK_PHONE = '13712340002';
/** Words only this resident wrote, in each kind of text they write. */
const MARKS = { opinion: 'ERASEMARKA', addition: 'ERASEMARKB', comment: 'ERASEMARKC', open: 'ERASEMARKD' };
/** Where the case's own text may stay once it no longer leads to anyone (decision 0018). */
const TEXT_KEPT_IN = ['opinions', 'outbox'];

const sha16 = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 16);
const NEEDLES: Record<string, string> = {
  openid: ME,
  phone: PHONE,
  'desk phone': DESK_PHONE,
  'openid hashed': sha16(ME),
  'phone hashed': sha16(PHONE),
  'desk phone hashed': sha16(DESK_PHONE),
  // Search keys (decision 0032): a phone's last four digits.
  'phone search key': `"#${PHONE.slice(-4)}"`,
  'desk phone search key': `"#${DESK_PHONE.slice(-4)}"`,
};

/** Every stored document of every collection the store holds, but the local run's delivered messages. */
function everyDocument(t: Local): { collection: string; doc: Record<string, unknown>; json: string }[] {
  return t.store
    .collections()
    .filter((c) => !STAND_IN_COLLECTIONS.includes(c))
    .flatMap((collection) => t.store.scan(collection, []).map((doc) => ({ collection, doc, json: JSON.stringify(doc) })));
}

/** `collection/_id: what` for every document holding one of the needles. */
const holding = (t: Local, needles: Record<string, string>) =>
  everyDocument(t).flatMap(({ collection, doc, json }) =>
    Object.entries(needles)
      .filter(([, needle]) => json.includes(needle))
      .map(([what]) => `${collection}/${doc._id}: ${what}`),
  );

/** A resident who used everything that keeps personal data. */
async function aResidentWhoDidEverything(t: Local) {
  await t.ok('subscription', 'grant', { results: { opinion_progress: 'accept' } }, ME);
  const [photo, added, openPhoto, stray] = [await t.upload(PHOTO, ME), await t.upload(PHOTO, ME), await t.upload(PHOTO, ME), await t.upload(PHOTO, ME)];

  // A case that runs its whole course: photo and phone, information added, rated, published.
  const done = await t.submit({ chosenDeputyId: 'd-county-1', consentPublish: true, allowContact: true, phone: PHONE, photos: [photo], text: `${MARKS.opinion} 3栋电梯经常故障，老人上下楼困难。` }, ME);
  await t.contentSecurity.settle();
  await t.ok('deputy', 'accept', { id: done.id }, COUNTY_DEPUTY);
  await t.ok('deputy', 'needInfo', { id: done.id, question: '请问是几单元的电梯？' }, COUNTY_DEPUTY);
  await t.ok('opinion', 'addInfo', { id: done.id, text: `${MARKS.addition} 是二单元那一部。`, photos: [added] }, ME);
  await t.contentSecurity.settle();
  await t.ok('deputy', 'resolve', { id: done.id, kind: 'solved', text: '李红梅代表协调物业更换电梯主板，电梯已恢复运行。' }, COUNTY_DEPUTY);
  // Staff look at the phone for a 回访 (logged), then the resident rates it in the app.
  expect((await t.ok('staff', 'queue', { view: 'followup' }, STAFF_WYH)).items.find((i) => i.id === done.id)?.phone).toBe(PHONE);
  await t.ok('opinion', 'rate', { id: done.id, result: 'satisfied', attitude: 'satisfied', comment: `${MARKS.comment} 修得很快` }, ME);
  await t.ok('staff', 'publish', { id: done.id, title: '老旧小区电梯修好了', summary: '居民反映电梯经常故障。' }, STAFF_WYH);

  // A case still open, chased once its deadline passed.
  const open = await t.submit({ chosenDeputyId: 'd-county-1', phone: PHONE, photos: [openPhoto], text: `${MARKS.open} 楼道灯坏了很久没人修。` }, ME);
  await t.contentSecurity.settle();
  const due = t.doc<OpinionDoc>('opinions', open.id).acceptDueAt!;
  t.clock.set(new Date(new Date(due).getTime() + 1000));
  await t.ok('scheduler', 'tick', {}, 'demo-admin-yuelu');
  await t.ok('opinion', 'chase', { id: open.id }, ME);

  // A walk-in staff entered with the phone given at the desk, which the resident claims today.
  const walkIn = await t.ok('staff', 'enter', { stationCode: 'WYH01', channel: 'walk_in', category: '住房物业', text: '来访群众反映小区门口积水。', phone: DESK_PHONE, residentInformed: true, requestId: t.requestId() }, STAFF_WYH);
  await t.ok('opinion', 'claim', { trackingNo: walkIn.trackingNo, phone: DESK_PHONE }, ME);

  // A neighbour's published case the resident joined (附议, decision 0036), and was told of.
  const joined = await t.submit({ chosenDeputyId: 'd-county-1', consentPublish: true, text: '望月湖小区路口的路灯坏了两个星期，晚上很黑。' }, 'test-erasing-neighbour');
  await t.ok('opinion', 'second', { id: joined.id, requestId: t.requestId() }, ME);
  await t.ok('deputy', 'accept', { id: joined.id }, COUNTY_DEPUTY);
  return { done, walkIn, open, joined, photos: { photo, added, openPhoto, stray } };
}

describe('erasing my data leaves no copy of it in any collection', () => {
  let t: Local;
  beforeEach(async () => {
    t = await startLocal();
  });
  afterEach(() => t.close());

  test('no document of any collection holds the openid, a phone or what is derived from them', async () => {
    const { done, open, joined, photos } = await aResidentWhoDidEverything(t);
    // The resident really is everywhere before (the scan finds what it looks for).
    expect((await t.ok('subscription', 'missed', {}, ME)).total).toBeGreaterThan(0);
    expect((await t.ok('showcase', 'list', { stationCode: 'WYH01' })).total).toBe(1);
    const before = new Set(holding(t, NEEDLES).map((h) => h.split('/')[0]));
    expect([...before]).toEqual(expect.arrayContaining(['opinions', 'outbox', 'subscriptions', 'uploads', 'users', 'counters', 'seconds']));
    expect(holding(t, { 'phone search key': NEEDLES['phone search key']! }).length).toBeGreaterThan(0);

    expect(await t.ok('opinion', 'deleteMine', { confirm: true }, ME)).toEqual({ erased: 3 });

    expect(holding(t, NEEDLES)).toEqual([]);
    // The neighbour's case no longer counts them (附议).
    expect(t.doc<OpinionDoc>('opinions', joined.id).secondCount).toBe(0);
    // An id derived from the openid is no trace either: an opinion's id is a hash of the
    // openid and the request id, so the request id must not stay beside it.
    const rederived = t.docs<OpinionDoc>('opinions').filter((d) => d.requestId && d._id === opinionIdFor(ME, d.requestId));
    expect(rederived.map((d) => d._id)).toEqual([]);
    // Nor may the unlinkable id be worked out from the openid and the time of the erase.
    const erased = t.docs<OpinionDoc>('opinions').filter((d) => d.erasedAt);
    expect(erased).toHaveLength(3);
    // Search finds an erased case by neither its words nor its phone: it has no search keys.
    expect(erased.filter((d) => d.searchKeys).map((d) => d._id)).toEqual([]);
    // (It used to be a hash of both: trying the seconds before the stored erasedAt found it.)
    const guessable = erased.filter((d) =>
      Array.from({ length: 5000 }, (_, ms) => new Date(d.erasedAt!).getTime() - ms).some(
        (time) => d.openid === `erased-${createHash('sha256').update(`${ME}:${time}`).digest('hex').slice(0, 24)}`,
      ),
    );
    expect(guessable.map((d) => d._id)).toEqual([]);
    // What the resident wrote stays only as the case's text, leading to no one.
    const texts = holding(t, MARKS).map((h) => h.split('/')[0]);
    expect(texts.filter((c) => !TEXT_KEPT_IN.includes(c))).toEqual([]);
    expect(texts).toContain('opinions');

    // The published outcome is no longer public and cannot be published again.
    expect((await t.ok('showcase', 'list', { stationCode: 'WYH01' })).total).toBe(0);
    const republished = await t.refused('staff', 'publish', { id: done.id, title: '老旧小区电梯修好了', summary: '居民反映电梯经常故障。' }, STAFF_WYH);
    expect(republished).toMatchObject({ code: 'NOT_PUBLISHABLE', message: '居民已删除个人信息，办理结果不再公开' });
    // Files: the finished case's photos and the upload never attached are gone; the open
    // case keeps its photo for the deputy (its record no longer leads to the resident).
    expect([photos.photo, photos.added, photos.stray].map((f) => t.files.read(f))).toEqual([undefined, undefined, undefined]);
    expect(t.files.read(photos.openPhoto)).toBeDefined();
    expect(t.doc<OpinionDoc>('opinions', open.id).photos).toEqual([photos.openPhoto]);
    // The record that staff saw the phone stays: it names the case and the staff member, never the phone.
    expect(t.docs<{ opinionId: string; by: string }>('identityaccess').map((e) => [e.opinionId, e.by])).toEqual([[done.id, STAFF_WYH]]);
    // Nothing is answered to the openid any more.
    expect((await t.ok('subscription', 'missed', {}, ME)).total).toBe(0);
    expect((await t.ok('subscription', 'credits', {}, ME)).credits).toEqual({});
  });

  test('an erase stopped after the opinions were unlinked is finished by the next one, keeping what open cases carry', async () => {
    const { photos } = await aResidentWhoDidEverything(t);
    // Killed once every opinion is unlinked: the showcase entry and the uploads are still there.
    const stopped = hooked(t.ports, stopAt((w) => w.collection === 'showcase'));
    await expect(eraseMine(stopped, ME)).rejects.toThrow(Stopped);
    expect((await t.ok('opinion', 'mine', {}, ME)).total).toBe(0);
    expect((await t.ok('showcase', 'list', { stationCode: 'WYH01' })).total).toBe(1);

    expect(await t.ok('opinion', 'deleteMine', { confirm: true }, ME)).toEqual({ erased: 3 });
    expect(holding(t, NEEDLES)).toEqual([]);
    expect((await t.ok('showcase', 'list', { stationCode: 'WYH01' })).total).toBe(0);
    expect(t.files.read(photos.stray)).toBeUndefined();
    // The open case's photo is still carried by its case, so it is not taken for a stray upload.
    expect(t.files.read(photos.openPhoto)).toBeDefined();
  });
});

describe('a new collection forces a decision about erasure', () => {
  const DECISION = readFileSync(path.join(__dirname, '../../docs/decisions/0018-erasure-and-identity-access.md'), 'utf8');
  const sorted = (names: readonly string[]) => [...names].sort();

  test('the store holds only the collections server/platform/collections.ts declares (setup creates them; nothing else can)', async () => {
    const t = await startLocal();
    await aResidentWhoDidEverything(t);
    expect(sorted(t.store.collections().filter((c) => !STAND_IN_COLLECTIONS.includes(c)))).toEqual(sorted(COLLECTIONS));
    t.close();
  });

  test('every collection is decided in the erasure plan and named in decision 0018', () => {
    expect(sorted(Object.keys(ERASURE))).toEqual(sorted(COLLECTIONS));
    expect(COLLECTIONS.filter((c) => !DECISION.includes(`\`${c}\``))).toEqual([]);
  });
});
