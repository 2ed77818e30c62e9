/**
 * Issue 22: station staff and the region office work a case end to end — the whole case, take
 * it themselves (工作人员直接办理), assign and reassign, forward with the 转办函 and record the
 * department's answer, reply, resolve, reject, release, 回访 — each move by staff (their
 * stations) and by the office (their region), in the timeline with who did it, notified, and
 * refused out of scope, in the wrong status, to the wrong deputy or department.
 */
import { PNG } from 'pngjs';
import type { DeputyDoc, OpinionDoc, StationDoc } from '../../server/model';
import type { OutboxDoc } from '../../server/notifications/outbox/outbox-doc';
import type { IdentityAccessDoc } from '../../server/users/identityaccess.repo';
import { transferLetterData } from '../../server/opinions/transfer-letter-data';
import { agreeOnBehalf, COUNTY_DEPUTY, RESIDENT, STAFF_WYH, TOWNSHIP_DEPUTY, startLocal, type Local } from '../support/local';
import { dbOf } from '../../server/platform/db';

jest.setTimeout(60_000);
const STAFF_XJH = 'demo-staff-xjh';
const OFFICE = 'demo-admin-yuelu';
const OTHER_OFFICE = 'test-admin-kaifu';
const desks = [
  { desk: 'staff', fn: 'staff', openid: STAFF_WYH, who: '联络站工作人员', role: 'staff' },
  { desk: 'admin', fn: 'admin', openid: OFFICE, who: '岳麓区人大工作人员', role: 'admin' },
] as const;

let t: Local;
beforeEach(async () => {
  t = await startLocal();
  // A second county with its own admin: the office of another region.
  const db = dbOf(t.ports);
  await db.collection('regions').add({ data: { _id: '430105', name: '开福区', kind: 'county', parentCode: '430100', path: ['430000', '430100', '430105'] } });
  await db.collection('users').add({ data: { _id: OTHER_OFFICE, adminRegionCode: '430105' } });
  await agreeOnBehalf(t, OTHER_OFFICE);
});
afterEach(() => t.close());

const court = () => t.submit({ category: '涉法涉诉', text: '我和开发商的购房合同纠纷判了半年对方一直不执行，希望代表帮忙催一催法院。' });
const unrouted = () => t.submit({ category: '其他', scope: 'national', text: '建议全国统一老年卡乘车优惠政策，方便异地养老。' });
const withDeputy = (extra: Record<string, unknown> = {}) => t.submit({ chosenDeputyId: 'd-county-1', text: '望月湖小区3栋电梯经常故障，物业维修不及时。', ...extra });
const opinion = (id: string) => t.doc<OpinionDoc>('opinions', id);
const deputy = (id: string) => t.doc<DeputyDoc>('deputies', id);
const lastEvent = (id: string) => opinion(id).timeline.at(-1)!;
const outboxFor = (id: string) => t.docs<OutboxDoc>('outbox').filter((o) => o.opinionId === id);

describe.each(desks)('$desk works a case', ({ fn, openid, who, role }) => {
  test('a 涉法涉诉 case: shown whole with no deputy to pick; taken and closed with guidance (已解释说明); the resident reads it', async () => {
    const o = await court();
    const view = await t.ok(fn, 'case', { id: o.id }, openid);
    expect(view).toMatchObject({ status: 'triage', staffOnly: true, flagged: true, deputies: [] });
    expect(view.workerCan).toMatchObject({ take: true, assign: false, reassign: false, reject: true, resolve: false });
    expect(view.routing.rule).toBe('restricted');
    expect(view.guidance).toContain('人民法院');

    expect(await t.ok(fn, 'take', { id: o.id }, openid)).toMatchObject({ status: 'accepted', statusLabel: '已受理' });
    expect(opinion(o.id).handler).toMatchObject({ role, id: openid, name: who });
    expect(lastEvent(o.id)).toMatchObject({ action: 'take', from: 'triage', to: 'accepted', actor: { role, id: openid } });
    const taken = await t.ok(fn, 'case', { id: o.id }, openid);
    expect(taken.workerCan).toMatchObject({ take: false, assign: false, reassign: false, resolve: true, reply: true, forward: true });
    expect(taken.handler).toEqual({ role, label: who });
    expect(taken.timeline.at(-1)).toMatchObject({ action: 'take', actorLabel: who });

    const guidance = '您的意见已登记。人大代表不得干涉具体司法案件，请通过人民法院、人民检察院的申诉或信访等法定渠道反映。';
    await t.ok(fn, 'resolve', { id: o.id, kind: 'explained', text: guidance }, openid);
    const mine = await t.ok('opinion', 'detail', { id: o.id }, RESIDENT);
    expect(mine.status).toBe('resolved');
    expect(mine.resolution).toMatchObject({ kind: 'explained', kindLabel: '已解释说明', text: guidance, byLabel: role === 'staff' ? '联络站工作人员' : '人大工作人员' });
    expect(mine.timeline.map((e) => e.action)).toEqual(expect.arrayContaining(['take', 'resolve']));

    await t.relay();
    const told = outboxFor(o.id).filter((e) => e.audience === 'resident').map((e) => e.templateKey);
    expect(told).toEqual(expect.arrayContaining(['opinion_progress', 'opinion_result']));
  });

  test('takes a case from the deputy it was assigned to: the deputy is relieved of it and its open load', async () => {
    const o = await withDeputy();
    await t.relay();
    const load = deputy('d-county-1').openCount ?? 0;
    await t.ok(fn, 'take', { id: o.id }, openid);
    await t.relay();
    expect(opinion(o.id)).toMatchObject({ status: 'accepted', handler: { role } });
    expect(opinion(o.id).assigneeDeputyId).toBeUndefined();
    expect(lastEvent(o.id).note).toContain('原分派给李红梅代表');
    expect(deputy('d-county-1').openCount).toBe(load - 1);
    expect((await t.refused('deputy', 'detail', { id: o.id }, COUNTY_DEPUTY)).code).toBe('NOT_YOUR_OPINION');
    // Taken once: a second take is refused by the table.
    expect((await t.refused(fn, 'take', { id: o.id }, openid)).code).toBe('TRANSITION_NOT_ALLOWED');
  });

  test('assigns from triage, then reassigns with a reason: the status stays, the new deputy is told, the open load follows', async () => {
    const o = await unrouted();
    const view = await t.ok(fn, 'case', { id: o.id }, openid);
    expect(view.workerCan).toMatchObject({ assign: true, take: true, reassign: false });
    expect(view.deputies.map((d) => d.id)).toEqual(expect.arrayContaining(['d-county-1', 'd-town-1']));
    await t.ok(fn, 'assign', { id: o.id, deputyId: 'd-county-1' }, openid);
    await t.ok('deputy', 'accept', { id: o.id }, COUNTY_DEPUTY);
    await t.relay();
    const [from, to] = [deputy('d-county-1').openCount ?? 0, deputy('d-town-1').openCount ?? 0];

    const moved = await t.ok(fn, 'reassign', { id: o.id, deputyId: 'd-town-1', reason: '李红梅代表外出学习一个月' }, openid);
    expect(moved).toMatchObject({ status: 'accepted', assigneeName: '周丽' });
    expect(lastEvent(o.id)).toMatchObject({ action: 'handover', actor: { role, id: openid } });
    expect(lastEvent(o.id).note).toContain('由李红梅代表改由周丽代表办理。原因：李红梅代表外出学习一个月');
    await t.relay();
    expect(deputy('d-county-1').openCount).toBe(from - 1);
    expect(deputy('d-town-1').openCount).toBe(to + 1);
    const told = outboxFor(o.id).filter((e) => e.templateKey === 'opinion_new').map((e) => e.openid);
    expect(told).toContain(TOWNSHIP_DEPUTY);
    const inbox = await t.ok('deputy', 'inbox', { tab: 'all' }, TOWNSHIP_DEPUTY);
    expect(inbox.items.map((i) => i.id)).toContain(o.id);
    // The one who has it already, a deputy of another station, and one on leave are refused.
    expect((await t.refused(fn, 'reassign', { id: o.id, deputyId: 'd-town-1', reason: '再次改派' }, openid)).code).toBe('HANDOVER_NOT_ALLOWED');
    expect((await t.refused(fn, 'reassign', { id: o.id, deputyId: 'd-county-2', reason: '改派咸嘉湖代表' }, openid)).code).toBe('DEPUTY_NOT_FOUND');
    await t.ok('staff', 'setLeaves', { code: 'WYH01', deputyId: 'd-county-1', leaves: [{ from: '2026-11-01', to: '2026-12-31' }] }, STAFF_WYH);
    const leave = await t.refused(fn, 'reassign', { id: o.id, deputyId: 'd-county-1', reason: '改回原代表' }, openid);
    expect(leave).toMatchObject({ code: 'DEPUTY_UNAVAILABLE', message: expect.stringContaining('请假') });
  });

  test('forwards with the 转办函 in the station’s name and records the department’s answer', async () => {
    const o = await withDeputy();
    await t.ok('deputy', 'accept', { id: o.id }, COUNTY_DEPUTY);
    const view = await t.ok(fn, 'case', { id: o.id }, openid);
    expect(view.workerCan.forward).toBe(true);
    // The directory of 望月湖街道 and the regions above it, the category's departments first; never 咸嘉湖's.
    const listed = view.departments.map((d) => d.id);
    expect(listed).toEqual(expect.arrayContaining(['dept-wyh-sq', 'dept-yl-zj']));
    expect(listed).not.toContain('dept-xjh-sq');
    expect(view.departments[0].categories).toContain('住房物业');

    const before = await t.snapshot();
    expect((await t.refused(fn, 'forward', { id: o.id, departmentId: 'dept-nowhere' }, openid)).code).toBe('DEPARTMENT_NOT_FOUND');
    expect((await t.refused(fn, 'forward', { id: o.id, departmentId: 'dept-xjh-sq' }, openid)).code).toBe('DEPARTMENT_NOT_FOUND');
    expect(await t.snapshot()).toBe(before);

    const sent = await t.ok(fn, 'forward', { id: o.id, departmentId: 'dept-yl-zj', note: '请现场查看电梯维保记录' }, openid);
    expect(sent).toMatchObject({ status: 'forwarded', letterNo: `ZB-${o.trackingNo}` });
    const f = opinion(o.id).forward!;
    expect(f.byDeputyId).toBeUndefined();
    expect(f.by).toMatchObject({ role, id: openid, name: who });
    expect(lastEvent(o.id)).toMatchObject({ action: 'forward', actor: { role } });

    const letter = await transferLetterData(t.ports, opinion(o.id), undefined, t.doc<StationDoc>('stations', 'WYH01'));
    expect(letter).toMatchObject({ answerTo: '望月湖街道人大代表联络站', signature: '望月湖街道人大代表联络站' });
    expect(letter.replyTo).toMatch(/^请答复望月湖街道人大代表联络站/);
    const pdf = await t.ok('documents', fn === 'staff' ? 'staffTransferLetter' : 'officeTransferLetter', { id: o.id }, openid);
    expect(pdf.fileName).toBe(`转办函-${f.letterNo}.pdf`);
    expect(t.files.read(pdf.fileId)!.subarray(0, 5).toString()).toBe('%PDF-');
    // The deputy who holds it prints the same letter, still in the station's name.
    await t.ok('documents', 'transferLetter', { id: o.id }, COUNTY_DEPUTY);

    await t.ok(fn, 'departmentAnswer', { id: o.id, text: '已安排维保单位更换电梯主板，本周完成。' }, openid);
    expect(opinion(o.id).forward!.answer?.text).toBe('已安排维保单位更换电梯主板，本周完成。');
    expect((await t.refused(fn, 'departmentAnswer', { id: o.id, text: '再登记一次部门答复。' }, openid)).code).toBe('TRANSITION_NOT_ALLOWED');
    const answered = await t.ok(fn, 'case', { id: o.id }, openid);
    expect(answered.forward).toMatchObject({ byLabel: who, answer: { text: '已安排维保单位更换电梯主板，本周完成。' } });
    expect(answered.workerCan).toMatchObject({ departmentAnswer: false, resolve: true, transferLetter: true });
  });

  test('replies: a short reply does not count; a real one does, reads as staff’s and reaches the resident; a further reply keeps the status', async () => {
    const o = await court();
    await t.ok(fn, 'take', { id: o.id }, openid);
    const short = await t.ok(fn, 'reply', { id: o.id, text: '收到。' }, openid);
    expect(short).toMatchObject({ status: 'replied', countsAsResponse: false });
    const reply = opinion(o.id).replies[0];
    expect(reply.deputyId).toBeUndefined();
    expect(reply.by).toMatchObject({ role, id: openid });
    const mine = await t.ok('opinion', 'detail', { id: o.id }, RESIDENT);
    expect(mine.replies[0]).toMatchObject({ text: '收到。', byLabel: who });
    expect(mine.nextStep?.text).toContain(`${who}已答复`);
    await t.relay();
    expect(outboxFor(o.id).find((e) => e.audience === 'resident' && e.templateKey === 'opinion_progress' && e.eventKey.endsWith(`-${opinion(o.id).timeline.length - 1}`))).toBeTruthy();
    const view = await t.ok(fn, 'case', { id: o.id }, openid);
    expect(view.replyFlags).toEqual([expect.objectContaining({ countsAsResponse: false })]);
    expect(view.workerCan).toMatchObject({ reply: true, resolve: true, forward: true });
    // Answered already: a further reply is one more entry and event, the status stays.
    const events = opinion(o.id).timeline.length;
    const again = await t.ok(fn, 'reply', { id: o.id, text: '补充说明：可拨打12368诉讼服务热线查询案件执行进度。' }, openid);
    expect(again).toMatchObject({ status: 'replied', countsAsResponse: true });
    expect(opinion(o.id).replies).toHaveLength(2);
    expect(opinion(o.id).timeline).toHaveLength(events + 1);
    expect(lastEvent(o.id)).toMatchObject({ action: 'reply', actor: { role } });
    expect(lastEvent(o.id).to).toBeUndefined();
    await t.relay();
    expect(outboxFor(o.id).filter((e) => e.audience === 'resident' && e.eventKey === `ev-${o.id}-${events}`)).toHaveLength(1);

    const other = await withDeputy();
    await t.ok('deputy', 'accept', { id: other.id }, COUNTY_DEPUTY);
    const real = await t.ok(fn, 'reply', { id: other.id, text: '工作人员已联系物业公司，电梯维保单位明天上午到场检修。' }, openid);
    expect(real).toMatchObject({ status: 'replied', countsAsResponse: true, boilerplate: false });
    // The deputy still holds the case and reads the reply as staff's.
    expect((await t.ok('deputy', 'detail', { id: other.id }, COUNTY_DEPUTY)).replies.at(-1)).toMatchObject({ byLabel: who });
  });

  test('rejects with a reason, releases a held case after seeing its photo, records the 回访', async () => {
    const u = await unrouted();
    await t.ok(fn, 'reject', { id: u.id, reason: '属于全国性政策建议，已告知居民通过全国人大网站反映。' }, openid);
    expect(opinion(u.id)).toMatchObject({ status: 'rejected' });
    expect(lastEvent(u.id)).toMatchObject({ action: 'reject', actor: { role } });

    const png = new PNG({ width: 48, height: 32 });
    png.data.fill(0x80);
    const photo = await t.upload(PNG.sync.write(png), RESIDENT);
    t.contentSecurity.setNextMediaVerdicts(['review']);
    const held = await t.submit({ text: '小区门口的广告牌歪了，担心掉下来砸到人。', photos: [photo] });
    await t.contentSecurity.settle();
    expect(opinion(held.id).status).toBe('held');
    const view = await t.ok(fn, 'case', { id: held.id }, openid);
    expect(view.heldReason).toBe('照片需人工审核');
    expect(view.photos).toEqual([expect.objectContaining({ fileId: photo, check: 'review', url: expect.stringMatching(/./) })]);
    expect(view.workerCan).toMatchObject({ release: true, reject: true, take: false });
    const released = await t.ok(fn, 'release', { id: held.id }, openid);
    expect(['assigned', 'triage']).toContain(released.status);
    expect(opinion(held.id).timeline.map((e) => e.action)).toEqual(expect.arrayContaining(['release', 'route']));

    const done = await withDeputy({ phone: '13900139000' });
    await t.ok('deputy', 'accept', { id: done.id }, COUNTY_DEPUTY);
    await t.ok('deputy', 'resolve', { id: done.id, kind: 'solved', text: '已协调物业更换电梯控制柜，运行正常。' }, COUNTY_DEPUTY);
    const followup = await t.ok(fn, 'case', { id: done.id }, openid);
    expect(followup.resident).toMatchObject({ phone: '13900139000', phoneFull: true });
    expect(followup.workerCan.followUp).toBe(true);
    await t.ok(fn, 'followUp', { id: done.id, result: 'satisfied', attitude: 'satisfied' }, openid);
    expect(opinion(done.id)).toMatchObject({ status: 'closed', ratings: [expect.objectContaining({ result: 'satisfied' })] });
    expect(lastEvent(done.id)).toMatchObject({ action: 'follow_up', actor: { role } });
  });
});

describe('scope and refusals', () => {
  test('staff of another station and the office of another region cannot see or move the case; nothing is written', async () => {
    const o = await court();
    const before = await t.snapshot();
    expect((await t.refused('staff', 'case', { id: o.id }, STAFF_XJH)).code).toBe('NOT_YOUR_STATION');
    expect((await t.refused('staff', 'take', { id: o.id }, STAFF_XJH)).code).toBe('NOT_YOUR_STATION');
    expect((await t.refused('admin', 'case', { id: o.id }, OTHER_OFFICE)).code).toBe('OUT_OF_REGION');
    expect((await t.refused('admin', 'take', { id: o.id }, OTHER_OFFICE)).code).toBe('OUT_OF_REGION');
    expect((await t.refused('admin', 'resolve', { id: o.id, kind: 'explained', text: '已告知居民法定渠道。' }, OTHER_OFFICE)).code).toBe('OUT_OF_REGION');
    expect((await t.refused('documents', 'officeTransferLetter', { id: o.id }, OTHER_OFFICE)).code).toBe('OUT_OF_REGION');
    expect((await t.refused('staff', 'case', { id: o.id }, COUNTY_DEPUTY)).code).toBe('FORBIDDEN');
    expect((await t.refused('admin', 'case', { id: o.id }, RESIDENT)).code).toBe('FORBIDDEN');
    expect(await t.snapshot()).toBe(before);
  });

  test('restricted categories and 对代表的意见 never go to a deputy, the one complained about included', async () => {
    const c = await court();
    const about = await t.submit({ category: '对代表的意见', text: '李红梅代表上次接待日没来，等了一个上午。' });
    for (const id of [c.id, about.id]) {
      for (const deputyId of ['d-county-1', 'd-town-1']) {
        expect((await t.refused('staff', 'assign', { id, deputyId }, STAFF_WYH)).code).toBe('DEPUTY_UNAVAILABLE');
        expect((await t.refused('admin', 'assign', { id, deputyId }, OFFICE)).code).toBe('DEPUTY_UNAVAILABLE');
      }
      await t.ok('staff', 'take', { id }, STAFF_WYH);
      expect((await t.refused('staff', 'reassign', { id, deputyId: 'd-county-1', reason: '请代表办理' }, STAFF_WYH)).code).toBe('DEPUTY_UNAVAILABLE');
      expect((await t.ok('staff', 'case', { id }, STAFF_WYH)).workerCan.reassign).toBe(false);
    }
  });

  test('wrong status: no take once accepted by the deputy, no resolve from triage, no reply while waiting for the resident', async () => {
    const o = await withDeputy();
    await t.ok('deputy', 'accept', { id: o.id }, COUNTY_DEPUTY);
    expect((await t.refused('staff', 'take', { id: o.id }, STAFF_WYH)).code).toBe('TRANSITION_NOT_ALLOWED');
    expect((await t.refused('staff', 'assign', { id: o.id, deputyId: 'd-town-1' }, STAFF_WYH)).code).toBe('TRANSITION_NOT_ALLOWED');
    const u = await unrouted();
    expect((await t.refused('admin', 'resolve', { id: u.id, kind: 'solved', text: '已经处理完毕，问题已解决。' }, OFFICE)).code).toBe('TRANSITION_NOT_ALLOWED');
    expect((await t.refused('admin', 'reassign', { id: u.id, deputyId: 'd-town-1', reason: '改派' }, OFFICE)).code).toBe('TRANSITION_NOT_ALLOWED');
    await t.ok('deputy', 'needInfo', { id: o.id, question: '请问是哪一台电梯？' }, COUNTY_DEPUTY);
    expect((await t.refused('staff', 'reply', { id: o.id, text: '工作人员已联系物业，正在处理。' }, STAFF_WYH)).code).toBe('TRANSITION_NOT_ALLOWED');
    expect((await t.ok('staff', 'case', { id: o.id }, STAFF_WYH)).workerCan).toMatchObject({ reply: false, resolve: false, forward: false, reassign: true });
  });

  test('staff text goes through content security: a reply held for review is sent back, nothing written', async () => {
    const o = await court();
    await t.ok('staff', 'take', { id: o.id }, STAFF_WYH);
    const before = await t.snapshot();
    expect((await t.refused('staff', 'reply', { id: o.id, text: '这是一条审核测试词的答复内容。' }, STAFF_WYH)).code).toBe('TEXT_REFUSED');
    expect((await t.refused('staff', 'resolve', { id: o.id, kind: 'explained', text: '违禁测试词，已告知。' }, STAFF_WYH)).code).toBe('TEXT_REFUSED');
    expect(await t.snapshot()).toBe(before);
  });

  test('the resident’s phone: full and logged when they allowed contact; masked and not logged otherwise', async () => {
    const allowed = await withDeputy({ phone: '13800005678', allowContact: true });
    const masked = await withDeputy({ phone: '13800001234', allowContact: false, text: '望月湖小区5栋门禁坏了，外人随便进出。' });
    const anonymous = await withDeputy({ phone: '13800004321', anonymous: true, text: '望月湖小区6栋楼道堆满杂物，存在消防隐患。' });
    expect((await t.ok('staff', 'case', { id: allowed.id }, STAFF_WYH)).resident).toMatchObject({ phone: '13800005678', phoneFull: true, allowContact: true });
    expect((await t.ok('admin', 'case', { id: masked.id }, OFFICE)).resident).toMatchObject({ phone: '138****1234', phoneFull: false });
    expect((await t.ok('staff', 'case', { id: anonymous.id }, STAFF_WYH)).resident).toEqual({ anonymous: true, allowContact: false, phoneFull: false });
    const log = t.docs<IdentityAccessDoc>('identityaccess');
    expect(log).toEqual([expect.objectContaining({ opinionId: allowed.id, by: STAFF_WYH, byRole: 'staff', seen: ['phone'], action: 'staff.case', purpose: 'casework' })]);
  });
});
