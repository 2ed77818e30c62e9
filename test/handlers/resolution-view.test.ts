/**
 * Review bug 2: the resolution is visible where it matters. The resident's detail carries
 * the result kind, the 办结说明 and the department's answer (no more "还没有答复" on a
 * resolved case), and the staff queue's `result` is the resolution, not the last reply.
 */
import { anOpinionOf } from '../support/deputy-work';
import { COUNTY_DEPUTY, startLocal, STAFF_WYH, type Local } from '../support/local';

const RESOLUTION = '已协调物业更换电梯控制柜，电梯恢复正常运行。';
const BOILERPLATE = '您反映的问题已转交相关部门办理，请耐心等待。';

jest.setTimeout(30_000);

let t: Local;
beforeAll(async () => {
  t = await startLocal();
});
afterAll(() => t.close());

const residentOf = (id: string) => t.doc<{ openid: string }>('opinions', id).openid;
const detail = (id: string) => t.ok('opinion', 'detail', { id }, residentOf(id));

test('a resolved case shows its result, 办结说明 and who resolved it; still so once closed', async () => {
  const id = await anOpinionOf(t, { accepted: true });
  expect((await detail(id)).resolution).toBeUndefined();
  await t.ok('deputy', 'resolve', { id, kind: 'solved', text: RESOLUTION }, COUNTY_DEPUTY);
  const d = await detail(id);
  expect(d.replies).toEqual([]);
  expect(d.resolution).toEqual({
    kind: 'solved',
    kindLabel: '已解决',
    text: RESOLUTION,
    at: expect.any(String),
    byLabel: '李红梅代表',
  });
  await t.ok('opinion', 'rate', { id, result: 'satisfied', attitude: 'satisfied' }, residentOf(id));
  const closed = await detail(id);
  expect(closed.status).toBe('closed');
  expect(closed.resolution).toMatchObject({ kindLabel: '已解决', text: RESOLUTION });
});

test('a case resolved before the 办结说明 was stored reads it from its resolve event', async () => {
  const id = await anOpinionOf(t, { accepted: true });
  await t.ok('deputy', 'resolve', { id, kind: 'explained', text: '已向居民说明电梯更新资金的申请流程。' }, COUNTY_DEPUTY);
  const { resultText: _, ...older } = t.doc<Record<string, unknown> & { _id: string }>('opinions', id);
  t.store.replace('opinions', older);
  expect((await detail(id)).resolution).toMatchObject({ kindLabel: '已解释说明', text: '已向居民说明电梯更新资金的申请流程。' });
});

test("a forwarded case's department answer is part of the resolution; a reopened case shows none until resolved again", async () => {
  const id = await anOpinionOf(t, { accepted: true });
  await t.ok('deputy', 'forward', { id, departmentId: 'dept-yl-zj' }, COUNTY_DEPUTY);
  await t.ok('deputy', 'departmentAnswer', { id, text: '区住建局已责成物业公司在两周内完成电梯维修。' }, COUNTY_DEPUTY);
  await t.ok('deputy', 'resolve', { id, kind: 'partly', text: '电梯已修复，加装监控的诉求待下一年度预算。' }, COUNTY_DEPUTY);
  expect((await detail(id)).resolution).toMatchObject({
    kind: 'partly',
    kindLabel: '部分解决',
    text: '电梯已修复，加装监控的诉求待下一年度预算。',
    departmentAnswer: { departmentName: '岳麓区住房和城乡建设局', text: '区住建局已责成物业公司在两周内完成电梯维修。', at: expect.any(String) },
  });
  const r = await t.ok('opinion', 'rate', { id, result: 'unsatisfied', attitude: 'basic' }, residentOf(id));
  expect(r.reopened).toBe(true);
  expect((await detail(id)).resolution).toBeUndefined();
  await t.ok('deputy', 'resolve', { id, kind: 'explained', text: '已向居民解释监控加装需业主大会表决。' }, COUNTY_DEPUTY);
  expect((await detail(id)).resolution).toMatchObject({ kind: 'explained', kindLabel: '已解释说明', text: '已向居民解释监控加装需业主大会表决。' });
});

test("the staff queue's result is the resolution, not the last (boilerplate) reply; a case without replies has one too", async () => {
  const replied = await anOpinionOf(t, { accepted: true, text: '小区门口的路灯坏了一个月，晚上很黑，请代表帮忙协调。' });
  await t.ok('deputy', 'reply', { id: replied, text: BOILERPLATE }, COUNTY_DEPUTY);
  await t.ok('deputy', 'resolve', { id: replied, kind: 'solved', text: '街道已更换路灯灯具，恢复照明。' }, COUNTY_DEPUTY);
  const silent = await anOpinionOf(t, { accepted: true, text: '楼道里堆满杂物，存在消防隐患，希望物业清理。' });
  await t.ok('deputy', 'resolve', { id: silent, kind: 'solved', text: '物业已清理楼道杂物并张贴告示。' }, COUNTY_DEPUTY);
  for (const id of [replied, silent]) {
    const doc = t.doc<{ consentPublish: boolean }>('opinions', id);
    t.store.replace('opinions', { ...(doc as unknown as { _id: string }), consentPublish: true }); // as if the resident had agreed
  }
  const results = async (view: 'followup' | 'showcase') => {
    const q = await t.ok('staff', 'queue', { view }, STAFF_WYH);
    return Object.fromEntries(q.items.filter((i) => i.id === replied || i.id === silent).map((i) => [i.id, i.result]));
  };
  for (const view of ['followup', 'showcase'] as const) {
    expect([view, await results(view)]).toEqual([view, { [replied]: '街道已更换路灯灯具，恢复照明。', [silent]: '物业已清理楼道杂物并张贴告示。' }]);
  }
});
