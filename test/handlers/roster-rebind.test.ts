/**
 * Issue 23: a deputy who changes phone or WeChat account is re-bound by a new invite. Staff or
 * the region office issue it for a deputy already bound (it says it is a re-binding); claimed
 * from the new account, the old account's binding is revoked: its deputy role, its standing
 * grants of deputy reminders, its SMS number; an identity event records who issued the code and
 * when. The old account is a plain resident afterwards; used codes never bind again; the office
 * of another region cannot issue one.
 */
import type { DeputyDoc, InviteDoc, UserDoc } from '../../server/model';
import { bindDeputy } from '../../server/deputies/bind';
import { recordLedgerAnswer, type SubscriptionDoc } from '../../server/notifications/subscriptions.repo';
import { dbOf } from '../../server/platform/db';
import { inviteIdOf } from '../../server/roster/invite-code';
import { resolveActor } from '../../server/users/actor';
import { hooked, stopAt, Stopped } from '../support/db-hooks';
import { startLocal, type Local } from '../support/local';

const ADMIN = 'demo-admin-yuelu';
const FURONG_ADMIN = 'test-admin-furong';
const STAFF = 'demo-staff-wyh';
const OLD = 'demo-deputy-county'; // 李红梅 (d-county-1) on her old phone
const NEW = 'test-lihongmei-new-phone';

jest.setTimeout(60_000);
let t: Local;
beforeEach(async () => {
  t = await startLocal();
  await dbOf(t.ports).collection('regions').add({ data: { _id: '430102', name: '芙蓉区', kind: 'county', parentCode: '430100', path: ['430000', '430100', '430102'] } });
  await dbOf(t.ports).collection('users').add({ data: { _id: FURONG_ADMIN, adminRegionCode: '430102' } });
  // Her old account accepted her reminders and kept an SMS number for them.
  for (const key of ['opinion_new', 'opinion_update']) await recordLedgerAnswer(t.ports, OLD, key, true, t.clock.now());
  await dbOf(t.ports).collection('users').doc(OLD).update({ data: { smsPhone: '13800000001' } });
});
afterEach(() => t.close());

const deputy = () => t.doc<DeputyDoc>('deputies', 'd-county-1');
const roles = async (openid: string) => (await t.ok('user', 'me', {}, openid)).roles;
const ledger = (openid: string, key: string) => t.store.get('subscriptions', `${key}.${openid}`) as unknown as SubscriptionDoc | undefined;

describe('re-binding a deputy to a new account', () => {
  test('staff issue a re-binding code; claimed from the new phone, the old account is revoked and the event recorded', async () => {
    const issued = await t.ok('staff', 'issueInvite', { deputyId: 'd-county-1', stationCode: 'WYH01' }, STAFF);
    const invite = t.doc<InviteDoc>('invites', inviteIdOf(issued.code));
    expect(invite).toMatchObject({ deputyId: 'd-county-1', rebindOf: OLD, issuedBy: STAFF });
    // Until the code is used, nothing changes: the old phone still works.
    expect(await roles(OLD)).toContain('deputy');

    // She uses it on her new phone two days later.
    const at = new Date(t.clock.now().getTime() + 2 * 86_400_000);
    t.clock.set(at);
    expect(await t.ok('deputy', 'bind', { inviteCode: issued.code }, NEW)).toEqual({ deputyId: 'd-county-1', name: '李红梅', levelLabel: '县（市区）' });
    expect(deputy().openid).toBe(NEW);
    expect(t.doc<UserDoc>('users', NEW).deputyId).toBe('d-county-1');
    expect(await roles(NEW)).toContain('deputy');
    // The identity event: a re-binding, by which code, who issued it and when.
    expect(deputy().bindings).toEqual([{ kind: 'rebind', at: expect.any(Date), inviteId: inviteIdOf(issued.code), issuedBy: STAFF, issuedAt: invite.issuedAt }]);
    const bound = deputy().bindings![0].at.getTime();
    expect(bound - at.getTime()).toBeGreaterThanOrEqual(0);
    expect(bound - new Date(invite.issuedAt!).getTime()).toBeGreaterThanOrEqual(2 * 86_400_000);
    expect(JSON.stringify(deputy().bindings)).not.toContain(OLD);

    // The old account: a plain resident, its deputy reminders ended, its SMS number gone.
    const old = t.doc<UserDoc>('users', OLD);
    expect(old.deputyId).toBeUndefined();
    expect(old.smsPhone).toBeUndefined();
    expect(await roles(OLD)).toEqual(['resident']);
    for (const key of ['opinion_new', 'opinion_update']) expect(ledger(OLD, key)).toMatchObject({ subscribed: false, endedBy: 'rebound' });
  });

  test('the old account loses access: a deputy action from it is refused, the new one works', async () => {
    const opinion = await t.submit({ chosenDeputyId: 'd-county-1' });
    const { code } = await t.ok('staff', 'issueInvite', { deputyId: 'd-county-1' }, STAFF);
    await t.ok('deputy', 'bind', { inviteCode: code }, NEW);
    const before = await t.snapshot();
    expect((await t.refused('deputy', 'inbox', {}, OLD)).code).toBe('FORBIDDEN');
    expect((await t.refused('deputy', 'accept', { id: opinion.id }, OLD)).code).toBe('FORBIDDEN');
    expect(await t.snapshot()).toBe(before);
    // Her cases stay hers: the new account holds them.
    expect((await t.ok('deputy', 'inbox', {}, NEW)).items.map((i: { id: string }) => i.id)).toContain(opinion.id);
    await t.ok('deputy', 'accept', { id: opinion.id }, NEW);
  });

  test('used codes never bind again, and a code issued against the old account is void once she is re-bound', async () => {
    const first = await t.ok('staff', 'issueInvite', { deputyId: 'd-county-1' }, STAFF);
    const second = await t.ok('admin', 'issueDeputyInvite', { deputyId: 'd-county-1' }, ADMIN);
    expect(second.rebind).toBe(true);
    await t.ok('deputy', 'bind', { inviteCode: first.code }, NEW);
    const before = await t.snapshot();
    // The used code: from the old phone, from a stranger.
    expect((await t.refused('deputy', 'bind', { inviteCode: first.code }, OLD)).code).toBe('INVITE_USED');
    expect((await t.refused('deputy', 'bind', { inviteCode: first.code }, 'test-stranger')).code).toBe('INVITE_USED');
    // The other code named the old account's binding: it does not take the deputy from the new one.
    expect((await t.refused('deputy', 'bind', { inviteCode: second.code }, 'test-stranger')).code).toBe('DEPUTY_ALREADY_BOUND');
    expect(await t.snapshot()).toBe(before);
    expect(deputy().openid).toBe(NEW);
  });

  test('the region office issues a re-binding code; the office of another region is refused and nothing is written', async () => {
    const before = await t.snapshot();
    expect((await t.refused('admin', 'issueDeputyInvite', { deputyId: 'd-county-1' }, FURONG_ADMIN)).code).toBe('OUT_OF_REGION');
    expect((await t.refused('staff', 'issueInvite', { deputyId: 'd-county-1' }, 'demo-staff-xjh')).code).toBe('NOT_YOUR_STATION');
    expect((await t.refused('admin', 'issueDeputyInvite', { deputyId: 'd-county-1' }, STAFF)).code).toBe('FORBIDDEN');
    expect(await t.snapshot()).toBe(before);

    const issued = await t.ok('admin', 'issueDeputyInvite', { deputyId: 'd-county-1' }, ADMIN);
    expect(issued).toMatchObject({ deputyName: '李红梅', rebind: true });
    // An unbound deputy's code is a first binding.
    expect(await t.ok('admin', 'issueDeputyInvite', { deputyId: 'd-town-2' }, ADMIN)).toMatchObject({ deputyName: '吴喆', rebind: false });
    await t.ok('deputy', 'bind', { inviteCode: issued.code }, NEW);
    expect(deputy().bindings?.at(-1)).toMatchObject({ kind: 'rebind', issuedBy: ADMIN });
    expect(await roles(OLD)).toEqual(['resident']);
  });

  test('a re-binding stopped after the deputy moved to the new account: a retry from the new phone finishes the revocation', async () => {
    const { code } = await t.ok('staff', 'issueInvite', { deputyId: 'd-county-1' }, STAFF);
    const actor = await resolveActor(t.ports, NEW);
    await expect(bindDeputy(hooked(t.ports, stopAt((w) => w.collection === 'users')), actor, code)).rejects.toThrow(Stopped);
    // Already the old account holds nothing: the deputy names the new one.
    expect(deputy().openid).toBe(NEW);
    expect(await roles(OLD)).toEqual(['resident']);
    expect(t.doc<UserDoc>('users', OLD).deputyId).toBe('d-county-1'); // the stale link grants nothing

    await t.ok('deputy', 'bind', { inviteCode: code }, NEW);
    expect(t.doc<UserDoc>('users', OLD).deputyId).toBeUndefined();
    expect(ledger(OLD, 'opinion_new')).toMatchObject({ subscribed: false, endedBy: 'rebound' });
    expect(await roles(NEW)).toContain('deputy');
    expect(deputy().bindings).toHaveLength(1); // one event, not one per try
  });
});
