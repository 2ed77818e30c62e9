/**
 * Writes that stay correct when another caller writes in between, or when the function stops
 * between two related writes (docs/concurrency.md): the deputy photo verdict, binding with an
 * invite code, and the daily open-load recount. The interleavings are made with a database
 * wrapper that runs a step (another caller's request, or a stop) just before a chosen write.
 */
import type { PayloadIn } from '../../core/contract';
import { LOCAL_PUSH_SOURCE } from '../../server/local/runtime';
import { resolveActor } from '../../server/users/actor';
import type { DeputyDoc, InviteDoc, OpinionDoc, UserDoc } from '../../server/model';
import type { Ports } from '../../server/platform/ports';
import { runRepairs } from '../../server/opinions/jobs/repairs';
import { bindDeputy } from '../../server/deputies/bind';
import { inviteIdOf } from '../../server/roster/invite-code';
import { applyDeputyPhotoVerdict, saveDeputyProfile, type DeputyPhotoCheckDoc } from '../../server/deputies/profile';
import { joinAsStaff } from '../../server/roster/staff-invites';
import { makeSuggestion } from '../../server/opinions/suggest';
import { eraseMine } from '../../server/users/erase-mine';
import { hooked, once, stopAt, Stopped } from '../support/db-hooks';
import { anOpinionOf, insertInvite } from '../support/deputy-work';
import { COUNTY_DEPUTY, startLocal, type Local } from '../support/local';
import { holdVerdicts } from '../support/held-verdicts';
import { dbOf } from '../../server/platform/db';

jest.setTimeout(30_000);

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da636460f85f0f0002870180eb47ba920000000049454e44ae426082', 'hex');

describe('deputy photo verdicts (Open risks 6)', () => {
  let t: Local;
  let traces: string[];
  beforeEach(async () => {
    t = await startLocal();
    traces = holdVerdicts(t); // verdicts arrive when the test delivers them
  });
  afterEach(() => t.close());

  type Save = PayloadIn<'deputy', 'saveProfile'>;
  const withPhoto = (photo: string): Save => ({ bio: '区人大代表，关注老旧小区加装电梯。', specialties: ['住房物业'], contactPreference: 'station', photo });
  const deputy = () => t.doc<DeputyDoc>('deputies', 'd-county-1');
  const verdict = (traceId: string, suggest: 'pass' | 'review' | 'risky') =>
    t.asPlatform('security', 'mediaVerdict', { traceId, suggest, label: suggest === 'pass' ? 100 : 20002 }, LOCAL_PUSH_SOURCE);

  test.each(['pass', 'risky'] as const)(
    'a new photo saved between a %s verdict’s read and its write keeps its check, and its own verdict publishes it',
    async (first) => {
      const a = await t.upload(PNG, COUNTY_DEPUTY);
      const b = await t.upload(PNG, COUNTY_DEPUTY);
      await t.ok('deputy', 'saveProfile', withPhoto(a), COUNTY_DEPUTY);
      const checkA = t.doc<DeputyPhotoCheckDoc>('mediachecks', 'trace-1');
      // The verdict on A has read the deputy (A pending); the deputy saves B before A's verdict writes.
      const racing = hooked(
        t.ports,
        once((w) => w.collection === 'deputies', () => t.ok('deputy', 'saveProfile', withPhoto(b), COUNTY_DEPUTY)),
      );
      await applyDeputyPhotoVerdict(racing, checkA, first);
      expect(deputy().photoCheck).toEqual({ fileId: b, traceId: 'trace-2', state: 'pending' });
      expect(deputy().photo).not.toBe(a);

      expect(await verdict('trace-2', 'pass')).toMatchObject({ released: true });
      expect(deputy().photo).toBe(b);
      expect(deputy().photoCheck).toBeUndefined();
    },
  );

  test('a verdict that arrives after its check record but before the deputy’s photoCheck is not lost', async () => {
    const a = await t.upload(PNG, COUNTY_DEPUTY);
    const actor = await resolveActor(t.ports, COUNTY_DEPUTY);
    // WeChat pushes the verdict between the mediachecks insert and the deputy update.
    const early = hooked(
      t.ports,
      once((w) => w.collection === 'deputies' && Boolean(w.data?.photoCheck), () => verdict('trace-1', 'pass')),
    );
    await saveDeputyProfile(early, actor, withPhoto(a));
    expect(deputy().photo).toBe(a);
    expect(deputy().photoCheck).toBeUndefined();
  });

  test('an early review verdict is kept: the photo waits for staff, not forever pending', async () => {
    const a = await t.upload(PNG, COUNTY_DEPUTY);
    const actor = await resolveActor(t.ports, COUNTY_DEPUTY);
    const early = hooked(
      t.ports,
      once((w) => w.collection === 'deputies' && Boolean(w.data?.photoCheck), () => verdict('trace-1', 'review')),
    );
    const saved = await saveDeputyProfile(early, actor, withPhoto(a));
    expect(saved.photoCheck.state).toBe('review');
    expect(deputy().photoCheck).toEqual({ fileId: a, traceId: 'trace-1', state: 'review' });
    // Repeated, the verdict changes nothing.
    expect(await verdict('trace-1', 'pass')).toMatchObject({ released: false });
    expect(deputy().photoCheck?.state).toBe('review');
  });
});

describe('binding stopped part-way (Open risks 4)', () => {
  const PHONE = 'test-new-deputy';
  let t: Local;
  beforeEach(async () => {
    t = await startLocal();
  });
  afterEach(() => t.close());

  const stoppedBefore = async (collection: string, code: string) => {
    const actor = await resolveActor(t.ports, PHONE);
    const ports = hooked(t.ports, stopAt((w) => w.collection === collection));
    await expect(bindDeputy(ports, actor, code)).rejects.toThrow(Stopped);
  };
  const isDeputy = async (openid = PHONE) => (await t.ok('user', 'me', {}, openid)).roles.includes('deputy');

  test('stopped after the openid write: a retry with the same code finishes the bind', async () => {
    await insertInvite(t, { code: 'HALF2026AB', deputyId: 'd-town-2' });
    await stoppedBefore('users', 'HALF2026AB');
    expect(t.doc<DeputyDoc>('deputies', 'd-town-2').openid).toBe(PHONE);
    expect(await isDeputy()).toBe(false);

    const again = await t.ok('deputy', 'bind', { inviteCode: 'HALF2026AB' }, PHONE);
    expect(again).toMatchObject({ deputyId: 'd-town-2', name: '吴喆' });
    expect(t.doc<UserDoc>('users', PHONE).deputyId).toBe('d-town-2');
    expect(await isDeputy()).toBe(true);
    // The code is spent by this phone, and by no one else.
    expect((await t.refused('deputy', 'bind', { inviteCode: 'HALF2026AB' }, 'someone-else')).code).toBe('INVITE_USED');
  });

  test('stopped after the openid write: a new code from staff also finishes it', async () => {
    await insertInvite(t, { code: 'HALF2026AB', deputyId: 'd-town-2' });
    await stoppedBefore('users', 'HALF2026AB');
    await insertInvite(t, { code: 'NEXT2026AB', deputyId: 'd-town-2' });
    await t.ok('deputy', 'bind', { inviteCode: 'NEXT2026AB' }, PHONE);
    expect(await isDeputy()).toBe(true);
  });

  test('stopped right after the claim: the same code from the same phone still binds', async () => {
    await insertInvite(t, { code: 'CLAIM2026A', deputyId: 'd-town-3' });
    await stoppedBefore('deputies', 'CLAIM2026A');
    expect(t.doc<InviteDoc>('invites', inviteIdOf('CLAIM2026A')).usedBy).toBe(PHONE);
    expect(t.doc<DeputyDoc>('deputies', 'd-town-3').openid).toBeUndefined();
    await t.ok('deputy', 'bind', { inviteCode: 'CLAIM2026A' }, PHONE);
    expect(await isDeputy()).toBe(true);
  });

  test('bound by another phone after this claim: refused, and the code is given back', async () => {
    await insertInvite(t, { code: 'LOSE2026AB', deputyId: 'd-town-3' });
    await insertInvite(t, { code: 'WIN2026ABC', deputyId: 'd-town-3' });
    const actor = await resolveActor(t.ports, PHONE);
    // This phone has claimed its code; another phone binds the deputy before its openid write.
    const ports = hooked(
      t.ports,
      once((w) => w.collection === 'deputies', () => t.ok('deputy', 'bind', { inviteCode: 'WIN2026ABC' }, 'other-phone')),
    );
    await expect(bindDeputy(ports, actor, 'LOSE2026AB')).rejects.toMatchObject({ code: 'DEPUTY_ALREADY_BOUND' });
    expect(t.doc<DeputyDoc>('deputies', 'd-town-3').openid).toBe('other-phone');
    const invite = t.doc<InviteDoc>('invites', inviteIdOf('LOSE2026AB'));
    expect(invite.usedAt ?? null).toBeNull();
    expect(invite.usedBy).toBeUndefined();
    expect(await isDeputy()).toBe(false);
  });
});

describe('a finished code never grants again', () => {
  let t: Local;
  beforeEach(async () => {
    t = await startLocal();
  });
  afterEach(() => t.close());
  const ADMIN = 'demo-admin-yuelu';
  const PHONE = 'test-new-staff';

  test('deputy: bound, then unbound by hand; the old code from the same phone is used up', async () => {
    await insertInvite(t, { code: 'DONE2026AB', deputyId: 'd-town-2' });
    await t.ok('deputy', 'bind', { inviteCode: 'DONE2026AB' }, 'test-new-deputy');
    expect(t.doc<InviteDoc>('invites', inviteIdOf('DONE2026AB')).grantedAt).toBeDefined();
    const deputy = t.store.get('deputies', 'd-town-2')!;
    t.store.replace('deputies', { ...deputy, openid: undefined }); // a lost phone, unbound by staff
    t.store.replace('users', { _id: 'test-new-deputy' });
    expect((await t.refused('deputy', 'bind', { inviteCode: 'DONE2026AB' }, 'test-new-deputy')).code).toBe('INVITE_USED');
  });

  test('staff: stopped after the claim, the same code from the same phone joins; once joined it never grants again', async () => {
    const { code } = await t.ok('admin', 'issueStaffInvite', { stationCodes: ['XJH01'] }, ADMIN);
    const actor = await resolveActor(t.ports, PHONE);
    const stopped = hooked(t.ports, stopAt((w) => w.collection === 'users'));
    await expect(joinAsStaff(stopped, actor, code)).rejects.toThrow(Stopped);
    expect((await t.refused('admin', 'joinAsStaff', { inviteCode: code }, 'someone-else')).code).toBe('INVITE_USED');

    expect(await t.ok('admin', 'joinAsStaff', { inviteCode: code }, PHONE)).toMatchObject({ stations: [{ code: 'XJH01' }] });
    expect(t.doc<UserDoc>('users', PHONE).staffStationCodes).toEqual(['XJH01']);

    t.store.replace('users', { _id: PHONE, staffStationCodes: [] }); // the admin takes the station away
    expect((await t.refused('admin', 'joinAsStaff', { inviteCode: code }, PHONE)).code).toBe('INVITE_USED');
    expect(t.doc<UserDoc>('users', PHONE).staffStationCodes).toEqual([]);
  });
});

describe('a suggestion stopped mid-way, or sent twice', () => {
  let t: Local;
  beforeEach(async () => {
    t = await startLocal();
  });
  afterEach(() => t.close());
  const form = (opinionIds: string[]) => ({
    title: '关于加快老旧小区电梯更新的建议',
    reasons: '多个小区电梯老化、故障频发，居民出行困难。',
    proposals: '设立电梯更新专项资金，明确物业维保责任。',
    opinionIds,
    requestId: 'suggest-form-01',
  });
  const suggestions = () => t.store.scan('suggestions', []);

  test('stopped after the first opinion moved: the same form sent again moves the rest, into the same suggestion', async () => {
    const a = await anOpinionOf(t, { accepted: true });
    const b = await anOpinionOf(t, { accepted: true });
    const actor = await resolveActor(t.ports, COUNTY_DEPUTY);
    let opinionUpdates = 0;
    // The first opinion moves; the function stops at the second move.
    const stopped = hooked(t.ports, stopAt((w) => w.collection === 'opinions' && w.kind === 'update' && ++opinionUpdates === 2));
    await expect(makeSuggestion(stopped, actor, form([a, b]))).rejects.toThrow(Stopped);
    expect(t.doc<OpinionDoc>('opinions', a).status).toBe('suggestion');
    expect(t.doc<OpinionDoc>('opinions', b).status).toBe('accepted');

    const s = await t.ok('deputy', 'suggest', form([a, b]), COUNTY_DEPUTY);
    expect(s.opinionIds).toEqual([a, b]);
    expect(t.doc<OpinionDoc>('opinions', b)).toMatchObject({ status: 'suggestion', suggestionId: s.id });
    expect(suggestions()).toHaveLength(1);
  });

  test('sent twice at once: one suggestion holding both opinions', async () => {
    const a = await anOpinionOf(t, { accepted: true });
    const b = await anOpinionOf(t, { accepted: true });
    const [x, y] = await Promise.all([t.ok('deputy', 'suggest', form([a, b]), COUNTY_DEPUTY), t.ok('deputy', 'suggest', form([a, b]), COUNTY_DEPUTY)]);
    expect(y.id).toBe(x.id);
    expect(suggestions()).toHaveLength(1);
    expect(suggestions()[0].opinionIds).toEqual([a, b]);
    for (const id of [a, b]) expect(t.doc<OpinionDoc>('opinions', id).timeline.filter((e) => e.action === 'suggestion')).toHaveLength(1);
  });
});

describe('erasing my data stopped mid-way', () => {
  test('stopped before the opinion was unlinked: erasing again finds it and finishes; no photo left behind or pointed at', async () => {
    const t = await startLocal();
    const photo = await t.upload(PNG, 'demo-resident-1');
    const { id } = await t.submit({ text: '小区门口路面塌陷，雨天积水严重。', photos: [photo] });
    await t.contentSecurity.settle();
    await t.ok('opinion', 'withdraw', { id }, 'demo-resident-1');
    const stopped = hooked(t.ports, stopAt((w) => w.collection === 'opinions'));
    await expect(eraseMine(stopped, 'demo-resident-1')).rejects.toThrow(Stopped);
    expect(t.files.read(photo)).toBeUndefined();
    expect(t.doc<OpinionDoc>('opinions', id).openid).toBe('demo-resident-1'); // still mine: a repeat finds it

    expect(await t.ok('opinion', 'deleteMine', { confirm: true }, 'demo-resident-1')).toEqual({ erased: 1 });
    const doc = t.doc<OpinionDoc>('opinions', id);
    expect(doc.openid).not.toBe('demo-resident-1');
    expect(doc.photos).toEqual([]);
    t.close();
  });
});

describe('daily open-load recount stopped mid-way (Open risks 2)', () => {
  let t: Local;
  beforeEach(async () => {
    t = await startLocal();
  });
  afterEach(() => t.close());

  const ids = () => t.docs<DeputyDoc>('deputies').map((d) => d._id).sort();
  /** Every deputy's counter is wrong, as after lost increments. */
  const drift = async () => {
    for (const id of ids()) await dbOf(t.ports).collection('deputies').doc(id).update({ data: { openCount: 99 } });
  };
  const counters = () => ids().map((id) => t.doc<DeputyDoc>('deputies', id).openCount);
  /** Ports whose function is killed before the (n+1)th counter write. */
  const stoppingAfter = (n: number) => {
    let left = n;
    return hooked(t.ports, stopAt((w) => w.collection === 'deputies' && Boolean(w.data && 'openCount' in w.data) && left-- <= 0));
  };
  /** A tick killed part-way: whether the error surfaces does not matter, only what was written. */
  const killed = (p: Promise<unknown>) => p.catch(() => undefined);

  test('a tick stopped after 3 deputies: the next tick recounts the rest, and the day is then done', async () => {
    await t.submit({ chosenDeputyId: 'd-county-1' });
    const expected = ids().map((id) => (id === 'd-county-1' ? 1 : 0));
    await drift();
    expect(ids().length).toBeGreaterThan(5);
    await killed(runRepairs(stoppingAfter(3)));
    expect(counters().filter((c) => c === 99).length).toBe(ids().length - 3);

    await runRepairs(t.ports);
    expect(counters()).toEqual(expected);
    // Done for today: a later tick recounts nothing.
    await drift();
    expect((await runRepairs(t.ports)).recounted).toBe(0);
    expect(counters().every((c) => c === 99)).toBe(true);
    // The next day recounts again.
    t.clock.advance(86_400_000);
    expect((await runRepairs(t.ports)).recounted).toBe(ids().length);
    expect(counters()).toEqual(expected);
  });

  test('progress is kept page by page: the next tick starts after the last page recorded', async () => {
    await drift();
    // Pages of 2: the first page is recorded, the second is cut after one deputy.
    await killed(runRepairs(stoppingAfter(3), { recountPageSize: 2 }));
    const next = await runRepairs(t.ports, { recountPageSize: 2 });
    expect(next.recounted).toBe(ids().length - 2);
    expect(counters().every((c) => c === 0)).toBe(true);
  });

  test('a tick out of time leaves the rest to the next one', async () => {
    await drift();
    expect((await runRepairs(t.ports, { recountPageSize: 2, recountBudgetMs: 0 })).recounted).toBe(0);
    expect((await runRepairs(t.ports, { recountPageSize: 2 })).recounted).toBe(ids().length);
    expect(counters().every((c) => c === 0)).toBe(true);
  });

  test('two ticks at once: every deputy recounted, the day marked done once', async () => {
    await drift();
    await Promise.all([runRepairs(t.ports, { recountPageSize: 2 }), runRepairs(t.ports, { recountPageSize: 2 })]);
    expect(counters().every((c) => c === 0)).toBe(true);
    expect((await runRepairs(t.ports)).recounted).toBe(0);
  });
});
