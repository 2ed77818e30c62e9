/**
 * Privacy consent is the server's rule, not only the app's (PRODUCT.md: the privacy notice is
 * shown and agreed before the first submission). An action declares `consent: 'privacy'` in
 * core/contract and the dispatcher refuses it with PRIVACY_NOT_AGREED, writing nothing, from
 * a caller who has not agreed to the current notice; a new notice version asks again.
 * Staff entering an opinion state that the resident was informed.
 */
import { CONTRACT, type ActionSpec, type FunctionName } from '../../core/contract';
import { ERRORS } from '../../core/errors';
import { PRIVACY_NOTICE_VERSION } from '../../core/privacy';
import type { OpinionDoc, UserDoc } from '../../server/model';
import { TARGETS, type Fixture } from '../support/access-matrix';
import { COUNTY_DEPUTY, RESIDENT, STAFF_WYH, startLocal, type Local } from '../support/local';
import { dbOf } from '../../server/platform/db';

/** The targets the access matrix's payloads need here: an opinion, and a case staff entered (to claim). */
async function withTargets(): Promise<{ t: Local; f: Fixture }> {
  const t = await startLocal();
  const opinion = await t.submit({ text: '望月湖小区3栋路灯坏了一个月，晚上出行不便。', chosenDeputyId: 'd-county-1' }, RESIDENT);
  const entered = await t.ok('staff', 'enter', { stationCode: 'WYH01', channel: 'walk_in', category: '住房物业', text: '来访群众反映小区门口积水。', phone: '13911112222', residentInformed: true, requestId: 'consent-entered-01' } as never, STAFF_WYH);
  return { t, f: { opinion: opinion.id, entered: { id: entered.id, trackingNo: entered.trackingNo } } as Fixture };
}

const declared = (Object.keys(CONTRACT) as FunctionName[]).flatMap((fn) =>
  Object.entries(CONTRACT[fn] as Record<string, ActionSpec>)
    .filter(([, spec]) => (spec as ActionSpec & { consent?: string }).consent === 'privacy')
    .map(([action]) => `${fn}.${action}`),
);

/**
 * What hands personal information over: the opinion, information added later (asked for, or a
 * follow-up message), a claim (the phone), a rating; the words being written, looked up for
 * similar cases, and joining another's case (附议: the resident is then told of it).
 */
const GATED = ['opinion.addInfo', 'opinion.claim', 'opinion.message', 'opinion.rate', 'opinion.second', 'opinion.similar', 'opinion.submit'];

test('submit, addInfo, message, claim, rate, similar and second are declared as needing the privacy agreement, and nothing else', () => {
  expect(declared.sort()).toEqual(GATED);
});

describe.each(GATED)('%s', (name) => {
  const [fn, action] = name.split('.') as [FunctionName, string];

  test('is refused with PRIVACY_NOT_AGREED and writes nothing until the caller agrees; then it gets past the check', async () => {
    const { t, f } = await withTargets();
    try {
      const stranger = 'consent-never-agreed';
      const before = t.store.changes();
      const r = await t.call(fn, { action, payload: TARGETS[name].payload(f) }, stranger);
      expect(r).toEqual({ ok: false, code: 'PRIVACY_NOT_AGREED', message: (ERRORS as Record<string, string>).PRIVACY_NOT_AGREED });
      expect(t.store.changes()).toBe(before);

      await t.ok('user', 'agreePrivacy', { version: PRIVACY_NOTICE_VERSION }, stranger);
      const after = await t.call(fn, { action, payload: TARGETS[name].payload(f) }, stranger);
      expect(after.ok ? 'ok' : after.code).not.toBe('PRIVACY_NOT_AGREED');
    } finally {
      t.close();
    }
  });

  test('an agreement to an earlier notice version is not enough: the message says the notice changed', async () => {
    const { t, f } = await withTargets();
    try {
      const openid = 'consent-old-version';
      await t.ok('user', 'agreePrivacy', { version: PRIVACY_NOTICE_VERSION }, openid);
      await dbOf(t.ports).collection('users').doc(openid).update({ data: { privacyVersion: '2020-01' } });
      const before = t.store.changes();
      const r = await t.call(fn, { action, payload: TARGETS[name].payload(f) }, openid);
      expect(r).toMatchObject({ ok: false, code: 'PRIVACY_NOT_AGREED', message: expect.stringContaining('隐私保护指引已更新') });
      expect(t.store.changes()).toBe(before);
    } finally {
      t.close();
    }
  });
});

test('a whole journey: refused before agreeing, through after; a new notice version stops rating until agreed again', async () => {
  const t = await startLocal();
  const me = 'consent-journey';
  const payload = { stationCode: 'WYH01', category: '住房物业' as const, text: '小区电梯经常故障，物业维修不及时。', chosenDeputyId: 'd-county-1', requestId: 'consent-journey-01' };
  expect((await t.refused('opinion', 'submit', payload, me)).code).toBe('PRIVACY_NOT_AGREED');
  expect(t.docs<OpinionDoc>('opinions')).toHaveLength(0);
  expect((await t.ok('user', 'me', {}, me)).privacyAgreed).toBe(false);

  await t.ok('user', 'agreePrivacy', { version: PRIVACY_NOTICE_VERSION }, me);
  expect((await t.ok('user', 'me', {}, me)).privacyAgreed).toBe(true);
  const { id } = await t.ok('opinion', 'submit', payload, me);
  await t.ok('deputy', 'accept', { id }, COUNTY_DEPUTY);
  await t.ok('deputy', 'resolve', { id, kind: 'solved', text: '已协调维保单位更换电梯控制柜。' }, COUNTY_DEPUTY);

  // The notice changed after this resident agreed (stored: the version they agreed to).
  await dbOf(t.ports).collection('users').doc(me).update({ data: { privacyVersion: '2020-01' } });
  expect((await t.ok('user', 'me', {}, me)).privacyAgreed).toBe(false);
  const r = await t.refused('opinion', 'rate', { id, result: 'satisfied', attitude: 'satisfied' }, me);
  expect(r.code).toBe('PRIVACY_NOT_AGREED');
  expect(t.doc<OpinionDoc>('opinions', id).status).toBe('resolved');
  // Reading one's own opinions is not gated: only what hands over personal information is.
  expect((await t.ok('opinion', 'detail', { id }, me)).status).toBe('resolved');

  await t.ok('user', 'agreePrivacy', { version: PRIVACY_NOTICE_VERSION }, me);
  expect(t.doc<UserDoc>('users', me).privacyVersion).toBe(PRIVACY_NOTICE_VERSION);
  expect((await t.ok('opinion', 'rate', { id, result: 'satisfied', attitude: 'satisfied' }, me)).status).toBe('closed');
  t.close();
});

describe('staff.enter: the staff member states that the resident was informed', () => {
  const entry = { stationCode: 'WYH01', channel: 'phone', category: '民政养老', text: '来电反映：社区老年食堂午餐时间太早。', phone: '13876543210' };

  test('without the statement the entry is refused, in Chinese, and nothing is written', async () => {
    const t = await startLocal();
    const before = await t.snapshot();
    const missing = await t.refused('staff', 'enter', { ...entry, requestId: 'informed-missing-01' }, STAFF_WYH);
    expect(missing).toMatchObject({ code: 'INVALID_PAYLOAD', message: '告知确认：请确认已向群众说明其个人信息的用途' });
    const no = await t.refused('staff', 'enter', { ...entry, residentInformed: false, requestId: 'informed-false-01' }, STAFF_WYH);
    expect(no).toMatchObject({ code: 'INVALID_PAYLOAD', message: '告知确认：请确认已向群众说明其个人信息的用途' });
    expect(await t.snapshot()).toBe(before);
    t.close();
  });

  test('with it, the statement is stored on the opinion', async () => {
    const t = await startLocal();
    const { id } = await t.ok('staff', 'enter', { ...entry, residentInformed: true, requestId: 'informed-true-01' } as never, STAFF_WYH);
    expect(t.doc<OpinionDoc>('opinions', id)).toMatchObject({ residentInformed: true, enteredBy: STAFF_WYH });
    t.close();
  });
});
