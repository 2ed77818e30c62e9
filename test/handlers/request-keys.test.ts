/**
 * A form's request id makes a retry (a double tap, a resend after a timeout) the same
 * document — for the caller who sent it, and for staff at the station they entered it for.
 * Another caller's same id is another form (issue 16, item 4): it never answers with the
 * first caller's document, and never drops the second one.
 */
import { PRIVACY_NOTICE_VERSION } from '../../server/config/limits';
import type { OpinionDoc } from '../../server/model';
import { OTHER_RESIDENT, RESIDENT, startLocal, STAFF_WYH, type Local } from '../support/local';
import { dbOf } from '../../server/platform/db';

const STAFF_XJH = 'demo-staff-xjh';
const OTHER_STAFF_WYH = 'test-staff-wyh-2';
const ADMIN = 'demo-admin-yuelu';
const OTHER_ADMIN = 'test-admin-yuelu-2';
const SAME_ID = 'form-0001-shared';

jest.setTimeout(60_000);
let t: Local;
beforeEach(async () => {
  t = await startLocal();
  await dbOf(t.ports).collection('users').add({ data: { _id: OTHER_STAFF_WYH, staffStationCodes: ['WYH01'] } });
  await dbOf(t.ports).collection('users').add({ data: { _id: OTHER_ADMIN, adminRegionCode: '430104' } });
});
afterEach(() => t.close());

const entry = (stationCode: string, text: string) => ({ stationCode, channel: 'walk_in' as const, category: '住房物业' as const, text, phone: '13800138000', residentInformed: true as const, requestId: SAME_ID });

describe('staff.enter: keyed by the staff member, the station and the request id', () => {
  test('a request id already used at WYH01 starts a new entry at XJH01, with its own number, deputy routing and staff', async () => {
    const first = await t.ok('staff', 'enter', entry('WYH01', '来访群众反映望月湖小区路灯不亮。'), STAFF_WYH);
    const second = await t.ok('staff', 'enter', entry('XJH01', '来访群众反映咸嘉湖路口积水严重。'), STAFF_XJH);
    expect(second.duplicate).toBe(false);
    expect(second.id).not.toBe(first.id);
    expect(second.trackingNo).not.toBe(first.trackingNo);
    expect(t.doc<OpinionDoc>('opinions', second.id)).toMatchObject({ stationCode: 'XJH01', enteredBy: STAFF_XJH, text: '来访群众反映咸嘉湖路口积水严重。' });
    expect(t.doc<OpinionDoc>('opinions', first.id)).toMatchObject({ stationCode: 'WYH01', enteredBy: STAFF_WYH, text: '来访群众反映望月湖小区路灯不亮。' });
  });

  test('the same staff member at two of their stations, and two staff members at one station, make two entries each', async () => {
    const wyh = await t.ok('staff', 'enter', entry('WYH01', '来访群众反映楼道堆放杂物。'), STAFF_WYH);
    const yl = await t.ok('staff', 'enter', entry('YL01', '来访群众反映公交站台破损。'), STAFF_WYH);
    const colleague = await t.ok('staff', 'enter', entry('WYH01', '来电反映小区噪音扰民。'), OTHER_STAFF_WYH);
    expect(new Set([wyh.id, yl.id, colleague.id]).size).toBe(3);
    expect([yl.duplicate, colleague.duplicate]).toEqual([false, false]);
    expect(t.doc<OpinionDoc>('opinions', colleague.id)).toMatchObject({ stationCode: 'WYH01', enteredBy: OTHER_STAFF_WYH });
  });

  test('the same staff member, station and request id again is the same entry', async () => {
    const first = await t.ok('staff', 'enter', entry('WYH01', '来访群众反映楼道灯不亮。'), STAFF_WYH);
    const again = await t.ok('staff', 'enter', entry('WYH01', '来访群众反映楼道灯不亮。'), STAFF_WYH);
    expect(again).toMatchObject({ id: first.id, trackingNo: first.trackingNo, duplicate: true });
  });
});

describe('every other form with a request id is keyed by its caller too', () => {
  test('opinion.submit: another resident’s same id is another opinion', async () => {
    for (const who of [RESIDENT, OTHER_RESIDENT]) await t.ok('user', 'agreePrivacy', { version: PRIVACY_NOTICE_VERSION }, who);
    const mine = await t.submit({ text: '小区电梯经常出故障。', requestId: SAME_ID }, RESIDENT);
    const theirs = await t.submit({ text: '路口红绿灯时间太短。', requestId: SAME_ID }, OTHER_RESIDENT);
    expect(theirs.id).not.toBe(mine.id);
    expect(theirs.duplicate).toBe(false);
  });

  test('admin.createCampaign: another admin’s same id is another campaign', async () => {
    const campaign = (name: string) => ({ name, from: '2026-11-01', to: '2026-12-31', regionCodes: ['430104'], levels: ['county' as const], requestId: SAME_ID });
    const a = await t.ok('admin', 'createCampaign', campaign('联系群众办实事'), ADMIN);
    const b = await t.ok('admin', 'createCampaign', campaign('代表进站'), OTHER_ADMIN);
    expect(b.id).not.toBe(a.id);
    expect(b.name).toBe('代表进站');
  });

  test('deputy.recordActivity: another deputy’s same id is another activity', async () => {
    const activity = (place: string) => ({ kind: 'visit' as const, date: '2026-11-27', place, people: '居民5人', summary: '走访了解情况。', requestId: SAME_ID });
    const a = await t.ok('deputy', 'recordActivity', activity('望月湖小区'), 'demo-deputy-county');
    const b = await t.ok('deputy', 'recordActivity', activity('咸嘉湖社区'), 'demo-deputy-county-2');
    expect(b.id).not.toBe(a.id);
    expect(b.place).toBe('咸嘉湖社区');
  });
});
