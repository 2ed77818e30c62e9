/**
 * Claiming a staff-entered case (tracking number + the phone given at the desk) is limited
 * per case and per phone across all callers, not only per caller (issue 16, item 6): a fresh
 * openid gets no fresh attempts at the same, sequential, tracking number. A locked case is
 * locked for everyone until the day ends or staff of its station reset it, so the rightful
 * resident is never locked out for good.
 */
import { CONTRACT } from '../../core/contract';
import { PRIVACY_NOTICE_VERSION, RESIDENT_LIMITS } from '../../server/config/limits';
import type { OpinionDoc } from '../../server/model';
import { RESIDENT, startLocal, STAFF_WYH, type Local } from '../support/local';

const PHONE = '13912345678';
const STAFF_XJH = 'demo-staff-xjh';

jest.setTimeout(60_000);
let t: Local;
beforeEach(async () => {
  t = await startLocal();
  agreed.clear();
});
afterEach(() => t.close());

/** A walk-in entered at 望月湖 with the resident's phone: claimable. */
async function entered() {
  const payload = { stationCode: 'WYH01', channel: 'walk_in' as const, category: '住房物业' as const, text: '来访群众反映小区门口积水。', phone: PHONE, requestId: t.requestId() };
  // The staff member's statement that the resident was informed, where the desk asks for it.
  const informed = 'residentInformed' in (CONTRACT.staff.enter.input as unknown as { shape: object }).shape ? { residentInformed: true } : {};
  return t.ok('staff', 'enter', { ...payload, ...informed } as never, STAFF_WYH) as Promise<{ id: string; trackingNo: string }>;
}

/** A resident who opened the app (and agreed to the privacy notice) for the first time. */
const agreed = new Set<string>();
async function newcomer(openid: string): Promise<string> {
  if (!agreed.has(openid)) await t.ok('user', 'agreePrivacy', { version: PRIVACY_NOTICE_VERSION }, openid);
  agreed.add(openid);
  return openid;
}
const claim = async (trackingNo: string, phone: string, openid: string) =>
  t.call('opinion', { action: 'claim', payload: { trackingNo, phone } }, await newcomer(openid));
const wrongPhone = (i: number) => `1380000${String(i).padStart(4, '0')}`;
const PER_CASE = RESIDENT_LIMITS.claimAttemptsPerCasePerDay;

describe('per case, across callers', () => {
  test('fresh openids get no fresh attempts: after the limit the case is locked, for the rightful resident too', async () => {
    const e = await entered();
    for (let i = 0; i < PER_CASE; i++) expect(await claim(e.trackingNo, wrongPhone(i), `guesser-${i}`)).toMatchObject({ ok: false, code: 'CLAIM_FAILED' });
    expect(await claim(e.trackingNo, wrongPhone(99), 'guesser-new')).toMatchObject({ ok: false, code: 'CLAIM_LOCKED' });
    // Even the right phone is not tried while it is locked: guessing it now learns nothing.
    expect(await claim(e.trackingNo, PHONE, RESIDENT)).toMatchObject({ ok: false, code: 'CLAIM_LOCKED', message: expect.stringContaining('联络站') });
    expect(t.doc<OpinionDoc>('opinions', e.id)).toMatchObject({ claimable: true });
    expect(t.doc<OpinionDoc>('opinions', e.id).claimedAt).toBeUndefined();
  });

  test('attempts sent at once count each: no more than the limit get an answer about the phone', async () => {
    const e = await entered();
    const racers = Array.from({ length: 20 }, (_, i) => `racer-${i}`);
    for (const r of racers) await newcomer(r);
    const answers = await Promise.all(racers.map((r, i) => claim(e.trackingNo, wrongPhone(i), r)));
    const codes = answers.map((a) => (a.ok ? 'ok' : a.code));
    expect(codes.filter((c) => c === 'CLAIM_FAILED')).toHaveLength(PER_CASE);
    expect(codes.filter((c) => c === 'CLAIM_LOCKED')).toHaveLength(20 - PER_CASE);
  });

  test('a tracking number that does not exist locks the same way: the answers reveal nothing', async () => {
    const real = await entered();
    const fake = '430104-20261129-9999';
    const answersFor = async (trackingNo: string) => {
      const out = [];
      for (let i = 0; i <= PER_CASE; i++) out.push(await claim(trackingNo, wrongPhone(i), `prober-${trackingNo}-${i}`));
      return out;
    };
    expect(await answersFor(fake)).toEqual(await answersFor(real.trackingNo));
  });

  test('the lock lifts when the day ends; the rightful resident then claims it', async () => {
    const e = await entered();
    for (let i = 0; i < PER_CASE; i++) await claim(e.trackingNo, wrongPhone(i), `guesser-${i}`);
    expect(await claim(e.trackingNo, PHONE, RESIDENT)).toMatchObject({ code: 'CLAIM_LOCKED' });
    t.clock.advance(24 * 3600_000);
    expect(await claim(e.trackingNo, PHONE, RESIDENT)).toMatchObject({ ok: true, data: { id: e.id } });
  });
});

describe('staff reset a locked case of their station', () => {
  test('staff.resetClaim unlocks it at once; staff of another station cannot', async () => {
    const e = await entered();
    for (let i = 0; i < PER_CASE; i++) await claim(e.trackingNo, wrongPhone(i), `guesser-${i}`);
    expect(await claim(e.trackingNo, PHONE, RESIDENT)).toMatchObject({ code: 'CLAIM_LOCKED' });

    const before = await t.snapshot();
    expect(await t.refused('staff', 'resetClaim', { trackingNo: e.trackingNo }, STAFF_XJH)).toMatchObject({ code: 'NOT_YOUR_STATION' });
    expect(await t.snapshot()).toBe(before);

    expect(await t.ok('staff', 'resetClaim', { trackingNo: e.trackingNo }, STAFF_WYH)).toMatchObject({ id: e.id, trackingNo: e.trackingNo });
    expect(await claim(e.trackingNo, PHONE, RESIDENT)).toMatchObject({ ok: true, data: { id: e.id } });
    expect(t.doc<OpinionDoc>('opinions', e.id)).toMatchObject({ openid: RESIDENT, claimable: false });
  });

  test('a case that cannot be claimed (claimed already, or no phone) has nothing to reset', async () => {
    const e = await entered();
    expect(await claim(e.trackingNo, PHONE, RESIDENT)).toMatchObject({ ok: true });
    expect(await t.refused('staff', 'resetClaim', { trackingNo: e.trackingNo }, STAFF_WYH)).toMatchObject({ code: 'NOT_CLAIMABLE' });
    expect(await t.refused('staff', 'resetClaim', { trackingNo: '430104-20261129-9999' }, STAFF_WYH)).toMatchObject({ code: 'OPINION_NOT_FOUND' });
  });
});

describe('per phone, across callers and cases', () => {
  test('one phone tried against many tracking numbers by fresh openids is stopped', async () => {
    const perPhone = RESIDENT_LIMITS.claimAttemptsPerPhonePerDay;
    for (let i = 0; i < perPhone; i++) {
      expect(await claim(`430104-20261129-${String(9000 + i)}`, PHONE, `walker-${i}`)).toMatchObject({ code: 'CLAIM_FAILED' });
    }
    expect(await claim('430104-20261129-8888', PHONE, 'walker-new')).toMatchObject({ ok: false, code: 'CLAIM_LOCKED' });
  });
});
