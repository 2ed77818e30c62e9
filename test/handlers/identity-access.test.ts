/**
 * Staff access to identity is logged (PRODUCT.md, PIPL): every staff or admin answer that
 * shows a resident's full phone or identity is recorded first — who, when, which case, which
 * station, what was seen and why — and the region's admin reads the record
 * (admin.identityAccessLog); another region's admin does not. Decision 0018.
 */
import { CONTRACT } from '../../core/contract';
import { RETENTION } from '../../server/config/limits';
import type { OpinionDoc } from '../../server/model';
import { runHousekeeping } from '../../server/opinions/jobs/housekeeping';
import { COUNTY_DEPUTY, STAFF_WYH, startLocal, type Local } from '../support/local';
import { dbOf } from '../../server/platform/db';

jest.setTimeout(30_000);
const ADMIN_YUELU = 'demo-admin-yuelu';
const ADMIN_KAIFU = 'test-admin-kaifu';
const STAFF_XJH = 'demo-staff-xjh';
const COLLECTION = 'identityaccess';

let t: Local;
beforeEach(async () => {
  t = await startLocal();
  // A county beside 岳麓区, with its own admin.
  await dbOf(t.ports).collection('regions').add({ data: { _id: '430105', name: '开福区', kind: 'county', parentCode: '430100', path: ['430000', '430100', '430105'] } });
  await dbOf(t.ports).collection('users').add({ data: { _id: ADMIN_KAIFU, adminRegionCode: '430105' } });
});
afterEach(() => t.close());

/** A case at 望月湖 resolved by 李红梅, waiting for 回访; with the resident's phone if given. */
async function resolvedCase(openid: string, phone?: string) {
  const o = await t.submit({ chosenDeputyId: 'd-county-1', text: `${openid}：楼道灯坏了很久没人修。`, ...(phone ? { phone } : {}) }, openid);
  await t.ok('deputy', 'accept', { id: o.id }, COUNTY_DEPUTY);
  await t.ok('deputy', 'resolve', { id: o.id, kind: 'solved', text: '已协调物业更换楼道灯，现已正常照明。' }, COUNTY_DEPUTY);
  return t.doc<OpinionDoc>('opinions', o.id);
}
const entries = () => t.docs<Record<string, unknown>>(COLLECTION);
const log = (openid: string, payload: Record<string, unknown> = {}) => t.ok('admin', 'identityAccessLog' as never, payload as never, openid) as Promise<{ items: Record<string, unknown>[]; total: number; nextOffset?: number }>;

describe('a staff view that shows phones is recorded, one entry per case shown with a phone', () => {
  test('the 回访 list with two phones and one case without: two entries, naming who, the case, the station and why', async () => {
    const a = await resolvedCase('test-resident-a', '13700001111');
    const b = await resolvedCase('test-resident-b', '13700002222');
    await resolvedCase('test-resident-c');
    const shown = await t.ok('staff', 'queue', { view: 'followup' }, STAFF_WYH);
    expect(shown.items.filter((i) => i.phone).map((i) => i.phone).sort()).toEqual(['13700001111', '13700002222']);

    const written = entries();
    expect(written).toHaveLength(2);
    expect(written.map((e) => e.opinionId).sort()).toEqual([a._id, b._id].sort());
    expect(written.find((e) => e.opinionId === a._id)).toMatchObject({
      by: STAFF_WYH,
      byRole: 'staff',
      trackingNo: a.trackingNo,
      stationCode: 'WYH01',
      regionCode: a.regionCode,
      seen: ['phone'],
      action: 'staff.queue',
      purpose: 'followup',
    });
    // The log records the access, never the phone itself.
    expect(JSON.stringify(written)).not.toMatch(/13700001111|13700002222/);
  });

  test('views that show no phone write nothing: the 回访 list without phones, the triage list', async () => {
    await resolvedCase('test-resident-c');
    await t.submit({ text: '涉法涉诉：请代表过问法院判决。', category: '涉法涉诉', phone: '13700003333' }, 'test-resident-d');
    await t.ok('staff', 'queue', { view: 'followup' }, STAFF_WYH);
    await t.ok('staff', 'queue', { view: 'triage' }, STAFF_WYH);
    expect(entries()).toEqual([]);
  });

  test('every view is an access: the same list read twice is two entries', async () => {
    await resolvedCase('test-resident-a', '13700001111');
    await t.ok('staff', 'queue', { view: 'followup' }, STAFF_WYH);
    await t.ok('staff', 'queue', { view: 'followup' }, STAFF_WYH);
    expect(entries()).toHaveLength(2);
  });
});

describe("the region's admin reads the record; another region's admin does not", () => {
  test("岳麓区's admin sees who saw which case; 开福区's admin sees none of it, and asking for 岳麓区 is refused", async () => {
    const a = await resolvedCase('test-resident-a', '13700001111');
    await t.ok('staff', 'queue', { view: 'followup' }, STAFF_WYH);

    const mine = await log(ADMIN_YUELU);
    expect(mine.total).toBe(1);
    expect(mine.items[0]).toMatchObject({
      by: STAFF_WYH,
      byLabel: '联络站工作人员',
      trackingNo: a.trackingNo,
      stationName: a.stationName,
      seenLabel: '完整电话号码',
      purposeLabel: '电话回访',
    });
    expect(JSON.stringify(mine)).not.toContain('13700001111');

    expect((await log(ADMIN_KAIFU)).total).toBe(0);
    const before = await t.snapshot();
    expect((await t.refused('admin', 'identityAccessLog', { regionCode: '430104' }, ADMIN_KAIFU)).code).toBe('OUT_OF_REGION');
    expect(await t.snapshot()).toBe(before);
    // Staff and residents are not admins.
    expect((await t.refused('admin', 'identityAccessLog', {}, STAFF_WYH)).code).toBe('FORBIDDEN');
  });

  test('filters by day and by staff member, newest first, paged', async () => {
    await resolvedCase('test-resident-a', '13700001111');
    await t.ok('staff', 'queue', { view: 'followup' }, STAFF_WYH); // Sunday 29 November
    t.clock.advance(2 * 86_400_000);
    await t.ok('staff', 'queue', { view: 'followup' }, STAFF_WYH); // Tuesday 1 December
    // A staff member of another station of the same county sees nothing of 望月湖.
    await t.ok('staff', 'queue', { view: 'followup' }, STAFF_XJH);

    const all = await log(ADMIN_YUELU);
    expect(all.items.map((i) => String(i.at).slice(0, 10))).toEqual(['2026-12-01', '2026-11-29']);
    expect((await log(ADMIN_YUELU, { from: '2026-12-01' })).total).toBe(1);
    expect((await log(ADMIN_YUELU, { to: '2026-11-30' })).total).toBe(1);
    expect((await log(ADMIN_YUELU, { staff: STAFF_WYH })).total).toBe(2);
    expect((await log(ADMIN_YUELU, { staff: STAFF_XJH })).total).toBe(0);
    const first = await log(ADMIN_YUELU, { limit: 1 });
    expect(first).toMatchObject({ total: 2, nextOffset: 1 });
    expect((await log(ADMIN_YUELU, { limit: 1, offset: 1 })).items[0].at).toBe(all.items[1].at);
  });

  test('bad filters are refused in words, with nothing written', async () => {
    const before = await t.snapshot();
    const reversed = await t.refused('admin', 'identityAccessLog', { from: '2026-12-01', to: '2026-11-01' }, ADMIN_YUELU);
    expect(reversed).toMatchObject({ code: 'PERIOD_INVALID', message: expect.stringContaining('结束日期不能早于开始日期') });
    expect((await t.refused('admin', 'identityAccessLog', { from: '2026-13-01' }, ADMIN_YUELU)).code).toBe('INVALID_PAYLOAD');
    expect((await t.refused('admin', 'identityAccessLog', { staff: { $ne: '' } }, ADMIN_YUELU)).code).toBe('INVALID_PAYLOAD');
    expect(await t.snapshot()).toBe(before);
  });
});

test('entries are kept for the retention period, then removed by the scheduler', async () => {
  await resolvedCase('test-resident-a', '13700001111');
  await t.ok('staff', 'queue', { view: 'followup' }, STAFF_WYH);
  t.clock.advance((RETENTION.identityAccessDays - 1) * 86_400_000);
  await t.ok('staff', 'queue', { view: 'followup' }, STAFF_WYH);
  await runHousekeeping(t.ports);
  const [, recent] = [...entries()].sort((a, b) => new Date(a.at as Date).getTime() - new Date(b.at as Date).getTime());
  expect(entries()).toHaveLength(2);
  t.clock.advance(2 * 86_400_000);
  await runHousekeeping(t.ports);
  expect(entries().map((e) => e._id)).toEqual([recent._id]);
});

test('the action is declared for admins in the contract', () => {
  expect((CONTRACT.admin as Record<string, { access: string }>).identityAccessLog?.access).toBe('admin');
});
