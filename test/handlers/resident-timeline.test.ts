/**
 * Review bug 3: the resident's timeline names every step in Chinese (never a raw action
 * code), and a case entered by staff and later claimed says the staff entered it.
 */
import { startLocal, type Local } from '../support/local';

const STAFF = 'demo-staff-wyh';
const WALK_IN = 'timeline-walk-in';
const CODE = /^[a-z_]+$/;

jest.setTimeout(30_000);

let t: Local;
beforeAll(async () => {
  t = await startLocal();
});
afterAll(() => t.close());

/** A phone case entered by staff, claimed by the caller, then handled to the end and published. */
async function enteredClaimedAndClosed() {
  const e = await t.ok(
    'staff',
    'enter',
    { stationCode: 'WYH01', channel: 'phone', category: '住房物业', text: '来电反映小区电梯经常故障，物业维修不及时。', phone: '13700007777', consentPublish: true, residentInformed: true, requestId: 'timeline-entry-1' },
    STAFF,
  );
  await t.ok('opinion', 'claim', { trackingNo: e.trackingNo, phone: '13700007777' }, WALK_IN);
  const holder = t.doc<{ assigneeDeputyId: string }>('opinions', e.id).assigneeDeputyId;
  const deputy = holder === 'd-county-1' ? 'demo-deputy-county' : 'demo-deputy-township';
  await t.ok('deputy', 'accept', { id: e.id }, deputy);
  await t.ok('deputy', 'resolve', { id: e.id, kind: 'solved', text: '已协调物业更换电梯控制柜，电梯恢复正常运行。' }, deputy);
  await t.ok('staff', 'followUp', { id: e.id, result: 'satisfied', attitude: 'satisfied' }, STAFF);
  await t.ok('staff', 'publish', { id: e.id, title: '电梯修复', summary: '居民来电反映电梯故障。' }, STAFF);
  return e.id;
}

test('every step reads in Chinese; the staff entered it, not "我"', async () => {
  const id = await enteredClaimedAndClosed();
  const d = await t.ok('opinion', 'detail', { id }, WALK_IN);
  const actions = d.timeline.map((e) => e.action);
  expect(actions).toEqual(expect.arrayContaining(['enter', 'claim', 'follow_up', 'publish']));
  for (const e of d.timeline) {
    expect([e.action, e.actionLabel]).not.toEqual([e.action, expect.stringMatching(CODE)]);
    expect([e.action, e.actionLabel]).toEqual([e.action, expect.stringMatching(/^[\u4e00-\u9fff]+$/)]);
  }
  const lines = d.timeline.map((e) => `${e.actorLabel} ${e.actionLabel}`);
  expect(lines[0]).toBe('联络站工作人员 代为登记');
  expect(lines).not.toContain('我 提交意见');
  expect(lines).toContain('我 认领');
  expect(lines).toContain('联络站工作人员 电话回访');
});

test('erasing my data reads in Chinese for the deputy', async () => {
  const { id } = await t.submit({ chosenDeputyId: 'd-county-1', text: '楼道灯坏了很久没人修，晚上出行不安全。' }, 'timeline-eraser');
  await t.ok('opinion', 'deleteMine', { confirm: true }, 'timeline-eraser');
  const d = await t.ok('deputy', 'detail', { id }, 'demo-deputy-county');
  const erase = d.timeline.find((e) => e.action === 'erase');
  expect(erase).toMatchObject({ actorLabel: '居民', actionLabel: expect.stringMatching(/^[\u4e00-\u9fff]+$/) });
});
