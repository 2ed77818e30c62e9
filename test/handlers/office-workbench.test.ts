/**
 * Issue 22, decision 0030: the region office's queue (cases routed to the region — a station
 * without staff, or nobody on the path — and cases escalated past staff), the overdue board
 * (staff: their stations; the office: its region; the longest overdue first), the deadline steps
 * as timeline events (once each, however often the scheduler ticks, with the office told after
 * staff — or instead of staff at a station without any), and the scopes: another region's office
 * sees nothing of this one, staff see only their stations.
 */
import { fromBeijing } from '../../core/beijing-time';
import type { OpinionDoc, RegionDoc, StationDoc } from '../../server/model';
import type { OutboxDoc } from '../../server/notifications/outbox/outbox-doc';
import { runDeadlineAlerts } from '../../server/opinions/jobs/deadline-alerts';
import { dbOf } from '../../server/platform/db';
import { counted } from '../support/db-count';
import { agreeOnBehalf, RESIDENT, STAFF_WYH, startLocal, type Local } from '../support/local';

jest.setTimeout(60_000);

const OFFICE = 'demo-admin-yuelu';
const OTHER_OFFICE = 'test-admin-kaifu';
const STAFF_XJH = 'demo-staff-xjh';
const NO_STAFF = 'YL02';

let t: Local;
afterEach(() => t?.close());

const opinion = (id: string) => t.doc<OpinionDoc>('opinions', id);
const tick = () => t.ok('scheduler', 'tick', {}, OFFICE);
const steps = (id: string) => opinion(id).timeline.filter((e) => e.actor.role === 'system' && e.action !== 'route').map((e) => e.action);
const outboxFor = (id: string) => t.docs<OutboxDoc>('outbox').filter((o) => o.opinionId === id);

/** 开福区 beside 岳麓区, with an admin of its own: another region's office. */
async function addOtherOffice() {
  const db = dbOf(t.ports);
  await db.collection('regions').add({ data: { _id: '430105', name: '开福区', kind: 'county', parentCode: '430100', path: ['430000', '430100', '430105'] } });
  await db.collection('users').add({ data: { _id: OTHER_OFFICE, adminRegionCode: '430105' } });
  await agreeOnBehalf(t, OTHER_OFFICE);
}

/** A station the office opens and gives 李红梅 to, with no staff: what it receives goes to 岳麓区's office. */
async function stationWithoutStaff() {
  await t.ok('admin', 'createStation', { code: NO_STAFF, name: '岳麓区桃花岭社区代表联络点', address: '长沙市岳麓区桃花岭路1号', regionCode: '430104' }, OFFICE);
  await t.ok('admin', 'setStationDeputies', { code: NO_STAFF, deputyIds: ['d-county-1'] }, OFFICE);
}

/** 教育 fits no deputy of the station: routed to whoever triages there. */
const unrouted = (stationCode: string, openid?: string) =>
  t.submit({ stationCode, category: '教育', text: '小区附近没有公办幼儿园，孩子入园要跑很远，希望增加学位。' }, openid);
/** 住房物业 fits 李红梅: routed to her. */
const forLi = (stationCode = NO_STAFF) => t.submit({ stationCode, category: '住房物业', text: '小区电梯经常故障，物业维修不及时，老人上下楼很困难。' });

describe('the office queue: cases routed to the region', () => {
  beforeEach(async () => {
    t = await startLocal();
    await addOtherOffice();
    await stationWithoutStaff();
  });

  test('a case at a station without staff is in the office queue, with why; the office assigns it and it leaves', async () => {
    const o = await unrouted(NO_STAFF);
    expect(opinion(o.id)).toMatchObject({ status: 'triage', triage: { kind: 'admin', regionCode: '430104' } });
    const q = await t.ok('admin', 'officeQueue', {}, OFFICE);
    expect(q.items.map((i) => i.id)).toEqual([o.id]);
    expect(q.items[0]).toMatchObject({ stationCode: NO_STAFF, status: 'triage', statusLabel: '待分派', reason: expect.stringContaining('联络站暂无工作人员，交岳麓区分派'), staffOnly: false });
    expect(q).toMatchObject({ total: 1, counts: { routed: 1, escalated: 0 } });
    // Nobody else lists it: another region's office, and staff (whose queue is their stations').
    expect((await t.ok('admin', 'officeQueue', {}, OTHER_OFFICE)).items).toEqual([]);
    expect((await t.ok('staff', 'queue', { view: 'triage' }, STAFF_WYH)).items.map((i) => i.id)).not.toContain(o.id);

    await t.ok('admin', 'assign', { id: o.id, deputyId: 'd-county-1' }, OFFICE);
    expect(opinion(o.id)).toMatchObject({ status: 'assigned', assigneeDeputyId: 'd-county-1' });
    expect(await t.ok('admin', 'officeQueue', {}, OFFICE)).toMatchObject({ items: [], total: 0 });
  });

  test('a case held by content security at a station without staff waits in the office queue; the office releases it', async () => {
    const { PNG } = await import('pngjs');
    const png = new PNG({ width: 40, height: 30 });
    png.data.fill(0x60);
    const photo = await t.upload(PNG.sync.write(png), 'office-res-1');
    t.contentSecurity.setNextMediaVerdicts(['review']);
    const held = await t.submit({ stationCode: NO_STAFF, category: '教育', text: '学校门口的减速带坏了，接送孩子很危险。', photos: [photo] }, 'office-res-1');
    await t.contentSecurity.settle();
    expect(opinion(held.id)).toMatchObject({ status: 'held', triage: { kind: 'admin', regionCode: '430104' } });
    const q = await t.ok('admin', 'officeQueue', { view: 'routed' }, OFFICE);
    expect(q.items).toEqual([expect.objectContaining({ id: held.id, status: 'held', reason: '照片需人工审核' })]);
    await t.ok('admin', 'release', { id: held.id }, OFFICE);
    // Released and routed again: 教育 fits no deputy there, so it waits for the office once more, now in triage.
    expect(opinion(held.id)).toMatchObject({ status: 'triage', triage: { kind: 'admin' } });
    expect((await t.ok('admin', 'officeQueue', {}, OFFICE)).items.map((i) => [i.id, i.status])).toEqual([[held.id, 'triage']]);
  });

  test('pages oldest first with a cursor; the first page alone carries the counts', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      ids.push((await unrouted(NO_STAFF, `office-res-page-${i}`)).id);
      t.clock.advance(60_000);
    }
    const first = await t.ok('admin', 'officeQueue', { limit: 2 }, OFFICE);
    expect(first.items.map((i) => i.id)).toEqual(ids.slice(0, 2));
    expect(first).toMatchObject({ total: 3, counts: { routed: 3 } });
    const second = await t.ok('admin', 'officeQueue', { limit: 2, cursor: first.nextCursor }, OFFICE);
    expect(second.items.map((i) => i.id)).toEqual(ids.slice(2));
    expect(second.nextCursor).toBeUndefined();
    expect(second.total).toBeUndefined();
    // A cursor of one tab is no cursor of the other.
    expect((await t.refused('admin', 'officeQueue', { view: 'escalated', cursor: first.nextCursor }, OFFICE)).code).toBe('CURSOR_INVALID');
  });
});

describe('nobody on the path: the top office works it', () => {
  /** 开福区 with a station and no admin anywhere on its path. */
  async function stationWithNobody() {
    const db = dbOf(t.ports);
    const county: RegionDoc = { _id: '430105', name: '开福区', kind: 'county', parentCode: '430100', path: ['430000', '430100', '430105'] };
    await db.collection('regions').add({ data: county });
    const station: StationDoc = {
      _id: 'KF01', name: '开福区四方坪人大代表联络站', address: '长沙市开福区四方坪', regionCode: county._id, regionPath: county.path,
      status: 'active', deputyIds: [], schedule: { weekly: [], dated: [], cancelled: [] }, createdAt: t.clock.now(),
    };
    await db.collection('stations').add({ data: station });
  }

  test('routed with kind none; listed to the shallowest office and taken by it; an office below it neither lists nor opens it', async () => {
    t = await startLocal();
    await stationWithNobody();
    // An office below 岳麓区 (望月湖街道): not the top office.
    await dbOf(t.ports).collection('users').add({ data: { _id: 'test-admin-wyh', adminRegionCode: '430104007' } });
    await agreeOnBehalf(t, 'test-admin-wyh');
    const o = await unrouted('KF01');
    expect(opinion(o.id)).toMatchObject({ status: 'triage', triage: { kind: 'none' } });
    expect(opinion(o.id).routing?.reason).toContain('待管理员认领');
    // The office is told (the staff audience of a station without anyone: the top office).
    await t.relay();
    expect(outboxFor(o.id).map((e) => [e.openid, e.page])).toEqual([[OFFICE, `packages/staff/pages/case/index?id=${o.id}&desk=admin`]]);

    const q = await t.ok('admin', 'officeQueue', {}, OFFICE);
    expect(q.items.map((i) => i.id)).toEqual([o.id]);
    expect(q.counts?.routed).toBe(1);
    expect((await t.ok('admin', 'officeQueue', {}, 'test-admin-wyh')).items).toEqual([]);
    expect((await t.refused('admin', 'case', { id: o.id }, 'test-admin-wyh')).code).toBe('OUT_OF_REGION');
    expect(await t.ok('admin', 'take', { id: o.id }, OFFICE)).toMatchObject({ status: 'accepted' });
    expect((await t.ok('admin', 'officeQueue', {}, OFFICE)).items).toEqual([]);
  });
});

describe('the overdue board', () => {
  beforeEach(async () => {
    t = await startLocal(); // Sunday 2026-11-29 15:00: accept due Wednesday 12-02 23:59
    await addOtherOffice();
  });

  test('staff see their stations’ overdue cases, the office its region’s, the longest overdue first; nobody else', async () => {
    const older = await t.submit({ chosenDeputyId: 'd-county-1', text: '望月湖小区3栋电梯经常故障，物业维修不及时。' }, 'board-res-1');
    t.clock.set(fromBeijing('2026-11-30', '10:00'));
    const newer = await t.submit({ chosenDeputyId: 'd-town-1', text: '小区楼道灯坏了两个月，晚上出行不安全。' }, 'board-res-2');
    const xjh = await t.submit({ stationCode: 'XJH01', chosenDeputyId: 'd-county-2', category: '生态环境', text: '咸嘉湖边有人倾倒垃圾，气味很大。' }, 'board-res-3');
    // Not yet due: nothing on the board.
    expect(await t.ok('staff', 'overdue', {}, STAFF_WYH)).toMatchObject({ items: [], total: 0 });

    t.clock.set(fromBeijing('2026-12-04', '10:00')); // older due 12-02, newer and xjh due 12-03
    await tick();
    const wyh = await t.ok('staff', 'overdue', {}, STAFF_WYH);
    expect(wyh.items.map((i) => i.id)).toEqual([older.id, newer.id]);
    expect(wyh.total).toBe(2);
    // older: a day past its deadline staff were told; newer: only the deputy so far.
    expect(wyh.items[0]).toMatchObject({ holderLabel: '李红梅代表', dueKind: 'accept', dueKindLabel: '受理', daysLate: 2, chaseCount: 0, step: 3, stepLabel: '已告知工作人员' });
    expect(wyh.items[1]).toMatchObject({ holderLabel: '周丽代表', daysLate: 1, step: 2, stepLabel: '已告知代表超期' });
    expect((await t.ok('staff', 'overdue', {}, STAFF_XJH)).items.map((i) => i.id)).toEqual([xjh.id]);

    const office = await t.ok('admin', 'overdue', {}, OFFICE);
    // newer and xjh fall due at the same moment: by id among them.
    expect(office.items.map((i) => i.id)).toEqual([older.id, ...[newer.id, xjh.id].sort()]);
    expect(office.total).toBe(3);
    expect(await t.ok('admin', 'overdue', {}, OTHER_OFFICE)).toMatchObject({ items: [], total: 0 });

    // Paged: one at a time, in the same order, the total on the first page only.
    const p1 = await t.ok('admin', 'overdue', { limit: 1 }, OFFICE);
    const p2 = await t.ok('admin', 'overdue', { limit: 1, cursor: p1.nextCursor }, OFFICE);
    const p3 = await t.ok('admin', 'overdue', { limit: 1, cursor: p2.nextCursor }, OFFICE);
    expect([...p1.items, ...p2.items, ...p3.items].map((i) => i.id)).toEqual(office.items.map((i) => i.id));
    expect([p1.total, p2.total, p3.nextCursor]).toEqual([3, undefined, undefined]);

    // Accepting starts the result clock: off the board.
    await t.ok('deputy', 'accept', { id: older.id }, 'demo-deputy-county');
    expect((await t.ok('staff', 'overdue', {}, STAFF_WYH)).items.map((i) => i.id)).toEqual([newer.id]);
  });
});

describe('the deadline steps in the timeline', () => {
  beforeEach(async () => {
    t = await startLocal();
    await addOtherOffice();
  });

  test('with staff: deputy reminded, told, staff told, then the office — each once, however often it ticks', async () => {
    const o = await forLi('WYH01');
    await t.relay();
    t.clock.set(fromBeijing('2026-12-01', '09:30')); // the day before 12-02
    await tick();
    expect(steps(o.id)).toEqual(['due_remind']);
    t.clock.set(fromBeijing('2026-12-03', '10:00'));
    await tick();
    expect(steps(o.id)).toEqual(['due_remind', 'overdue']);
    t.clock.set(fromBeijing('2026-12-04', '10:00'));
    await tick();
    expect(steps(o.id)).toEqual(['due_remind', 'overdue', 'escalate_staff']);
    // Staff were told on 12-03 night (Thu): the office three working days later, Tuesday 12-08 at 09:00.
    t.clock.set(fromBeijing('2026-12-08', '08:30'));
    await tick();
    expect(steps(o.id)).toEqual(['due_remind', 'overdue', 'escalate_staff']);
    expect((await t.ok('admin', 'officeQueue', { view: 'escalated' }, OFFICE)).items).toEqual([]);
    t.clock.set(fromBeijing('2026-12-08', '09:10'));
    await tick();
    const version = opinion(o.id).version;
    await tick();
    await Promise.all([runDeadlineAlerts(t.ports), runDeadlineAlerts(t.ports)]);
    expect(opinion(o.id).version).toBe(version);
    expect(steps(o.id)).toEqual(['due_remind', 'overdue', 'escalate_staff', 'escalate_office']);
    expect(opinion(o.id)).toMatchObject({ dueAlertLevel: 4, overdue: true, status: 'assigned' });

    // The case views show each step with what was done.
    const view = await t.ok('staff', 'case', { id: o.id }, STAFF_WYH);
    const shown = view.timeline.filter((e) => e.actorLabel === '系统' && e.action !== 'route');
    expect(shown.map((e) => [e.actionLabel, e.note])).toEqual([
      ['期限提醒', '受理期限12月2日到期，已提醒代表'],
      ['超期提醒', '已超过受理期限（12月2日），已提醒尽快受理'],
      ['超期告知工作人员', '超过受理期限，已告知联络站工作人员督办'],
      ['超期上报人大', '超过受理期限，工作人员督办后仍未受理，已上报岳麓区人大'],
    ]);
    // The resident reads the steps in their words, without the deputy's day-before nudge.
    const mine = await t.ok('opinion', 'detail', { id: o.id }, RESIDENT);
    expect(mine.timeline.filter((e) => e.actorLabel === '系统' && e.action !== 'route').map((e) => e.actionLabel)).toEqual([
      '超过期限，已催促办理',
      '已请联络站督办',
      '已报人大督办',
    ]);

    // One message per step and recipient: deputy ×2, staff, office.
    const told = outboxFor(o.id).filter((e) => ['deadline_reminder', 'staff_alert'].includes(e.templateKey));
    expect(told.map((e) => `${e.recipientLabel}:${e.templateKey}`).sort()).toEqual(
      ['人大工作人员:staff_alert', '代表 李红梅:deadline_reminder', '代表 李红梅:deadline_reminder', '联络站工作人员:staff_alert'].sort(),
    );
    expect(new Set(told.map((e) => e.key)).size).toBe(told.length);

    // Escalated to the office: in its queue's second tab, and on both boards.
    const esc = await t.ok('admin', 'officeQueue', { view: 'escalated' }, OFFICE);
    expect(esc.items).toEqual([expect.objectContaining({ id: o.id, holderLabel: '李红梅代表', stepLabel: '已上报人大', daysLate: 6 })]);
    expect(esc.counts).toEqual({ routed: 0, escalated: 1 });
    expect((await t.ok('admin', 'officeQueue', { view: 'escalated' }, OTHER_OFFICE)).items).toEqual([]);

    // Staff reassign it to another deputy: the status and the deadline stay, so it stays on the board.
    await t.ok('staff', 'reassign', { id: o.id, deputyId: 'd-town-1', reason: '李红梅代表外出学习，改由周丽代表办理' }, STAFF_WYH);
    expect(opinion(o.id)).toMatchObject({ assigneeDeputyId: 'd-town-1', status: 'assigned' });
    expect((await t.ok('staff', 'overdue', {}, STAFF_WYH)).items[0]).toMatchObject({ id: o.id, holderLabel: '周丽代表' });
  });

  test('a station without staff: overdue, then the office straight away — no staff step', async () => {
    await stationWithoutStaff();
    const o = await forLi(NO_STAFF);
    expect(opinion(o.id)).toMatchObject({ status: 'assigned', assigneeDeputyId: 'd-county-1' });
    t.clock.set(fromBeijing('2026-12-03', '10:00'));
    await tick();
    expect(steps(o.id)).toEqual(['overdue']);
    t.clock.set(fromBeijing('2026-12-04', '00:30'));
    await tick();
    expect(steps(o.id)).toEqual(['overdue', 'escalate_office']);
    expect(opinion(o.id).timeline.at(-1)?.note).toBe('超过受理期限，联络站暂无工作人员，已上报岳麓区人大');
    const office = outboxFor(o.id).filter((e) => e.templateKey === 'staff_alert');
    expect(office.map((e) => [e.openid, e.page])).toEqual([[OFFICE, `packages/staff/pages/case/index?id=${o.id}&desk=admin`]]);
    expect((await t.ok('admin', 'officeQueue', { view: 'escalated' }, OFFICE)).items.map((i) => i.id)).toEqual([o.id]);
  });
});

describe('few requests', () => {
  test('a board or queue page is its page and its counts, sent together; nothing is written', async () => {
    t = await startLocal();
    await stationWithoutStaff();
    await unrouted(NO_STAFF);
    await t.submit({ chosenDeputyId: 'd-county-1', text: '望月湖小区3栋电梯经常故障，物业维修不及时。' });
    t.clock.set(fromBeijing('2026-12-04', '10:00'));
    await tick();
    const board = await counted(() => t.ok('staff', 'overdue', {}, STAFF_WYH));
    expect(board.result.items).toHaveLength(1);
    // The caller (one aggregate), then the page and its count.
    expect(board.count.byCollection()).toEqual({ users: 1, opinions: 2 });
    const queue = await counted(() => t.ok('admin', 'officeQueue', {}, OFFICE));
    expect(queue.result.items).toHaveLength(1);
    // The caller, who the top office is, then the pages (the region's, and the top office's unowned) and three counts.
    expect(queue.count.byCollection()).toEqual({ users: 2, opinions: 5 });
    expect(Object.keys(queue.count.byAction()).filter((a) => !/^(get|calculate|aggregate)/i.test(a))).toEqual([]);
  });
});
