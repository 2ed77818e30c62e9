/**
 * A 汇总件's sources follow it (issue 25, decision 0036): staff forward the 汇总件 with one
 * 转办函 that lists its sources, record the department's answer and resolve it; the merge pass
 * copies each move onto every source as its own event, so each resident is told once per move,
 * reads the result and rates their own case. The 汇总件 counts nothing in the statistics; its
 * sources count with their own moves.
 */
import { transferLetterData } from '../../server/opinions/transfer-letter-data';
import type { OpinionDoc } from '../../server/model';
import type { OutboxDoc } from '../../server/notifications/outbox/outbox-doc';
import { OTHER_RESIDENT, RESIDENT, STAFF_WYH, startLocal, type Local } from '../support/local';

jest.setTimeout(60_000);
const OFFICE = 'demo-admin-yuelu';
const THIRD_RESIDENT = 'test-resident-3';
const RESIDENTS = [RESIDENT, OTHER_RESIDENT, THIRD_RESIDENT];
const TEXTS = [
  '望月湖小区3栋电梯坏了好几天，老人上下楼很困难，希望尽快维修。我的电话13912345678。',
  '望月湖小区3栋的电梯又停运了，物业一直不修，老人上下楼很困难。',
  '我们望月湖小区3栋电梯经常故障停运，希望物业尽快维修。',
];
const RESULT = '区住建局已督促物业更换3栋电梯主板，电梯已恢复运行，并安排每月维保检查。';

let t: Local;
beforeEach(async () => {
  t = await startLocal();
});
afterEach(() => t.close());

const opinion = (id: string) => t.doc<OpinionDoc>('opinions', id);
const outbox = () => t.docs<OutboxDoc>('outbox');
/** What the statistics count for the county in the demo month: received and resolved. */
const county = () => {
  const c = t.doc<{ a?: { n?: number; res?: number; acc?: number; fwd?: number } }>('stats', 'r:430104:2026-11');
  return { n: c?.a?.n ?? 0, res: c?.a?.res ?? 0, acc: c?.a?.acc ?? 0, fwd: c?.a?.fwd ?? 0 };
};

async function mergedThree(desk: 'staff' | 'admin' = 'staff') {
  const ids: string[] = [];
  for (const [i, who] of RESIDENTS.entries()) ids.push((await t.submit({ text: TEXTS[i], place: '望月湖小区3栋' }, who)).id);
  await t.relay();
  const r = await t.ok(desk, 'merge', { ids, title: '望月湖小区3栋电梯故障', requestId: `follow-${desk}-0001` }, desk === 'staff' ? STAFF_WYH : OFFICE);
  await t.relay();
  return { ids, parent: r.id };
}

test('forwarded with one 转办函 listing the sources, answered and resolved: every source follows, each resident told once per move and rating their own case', async () => {
  const before = county();
  const { ids, parent } = await mergedThree();
  const afterMerge = county();
  // Merged: nothing more received; the sources were accepted into it.
  expect(afterMerge.n).toBe(before.n + 3);
  expect(afterMerge.acc).toBeGreaterThanOrEqual(3);

  await t.ok('staff', 'forward', { id: parent, departmentId: 'dept-yl-zj', note: '请核查3栋电梯并督促物业维修' }, STAFF_WYH);
  // One letter, the 汇总件's: it lists the three, masked, with their numbers.
  const data = await transferLetterData(t.ports, opinion(parent), undefined, undefined);
  expect(data.merged).toMatchObject({ count: 3, more: 0, places: ['望月湖小区3栋'] });
  expect(data.merged!.rows.map((r) => r.trackingNo).sort()).toEqual(ids.map((id) => opinion(id).trackingNo).sort());
  expect(JSON.stringify(data)).not.toContain('13912345678');
  expect(data.residentContact).toContain('3件意见');
  expect(data.text).toBe('望月湖小区3栋电梯故障');
  const letter = await t.ok('documents', 'staffTransferLetter', { id: parent }, STAFF_WYH);
  expect(letter.fileName).toContain(opinion(parent).forward!.letterNo);
  // A source's own letter is its 汇总件's.
  expect((await t.refused('documents', 'staffTransferLetter', { id: ids[0] }, STAFF_WYH)).code).toBe('MERGED_SOURCE');

  await t.relay();
  for (const id of ids) expect(opinion(id)).toMatchObject({ status: 'forwarded', forward: { departmentName: '岳麓区住房和城乡建设局' } });

  await t.ok('staff', 'departmentAnswer', { id: parent, text: '已安排维保单位更换电梯主板，本周内完成。' }, STAFF_WYH);
  await t.ok('staff', 'resolve', { id: parent, kind: 'solved', text: RESULT }, STAFF_WYH);
  await t.relay();
  // A second pass and relay change nothing.
  await t.relay();

  for (const [i, id] of ids.entries()) {
    const s = opinion(id);
    expect(s).toMatchObject({ status: 'resolved', resultKind: 'solved', resultText: RESULT, forward: { answer: { text: '已安排维保单位更换电梯主板，本周内完成。' } } });
    expect(s.mergeFollow?.endedAt).toBeTruthy();
    expect(s.timeline.filter((e) => e.action === 'resolve')).toHaveLength(1);
    const told = outbox().filter((e) => e.opinionId === id && e.audience === 'resident');
    expect(told.every((e) => e.openid === RESIDENTS[i])).toBe(true);
    // Told once of each: merged (已受理), forwarded, the result.
    expect(told.map((e) => e.templateKey).sort()).toEqual(['opinion_progress', 'opinion_progress', 'opinion_result']);
    const mine = await t.ok('opinion', 'detail', { id }, RESIDENTS[i]);
    expect(mine).toMatchObject({ status: 'resolved', merged: { others: 2 }, resolution: { kind: 'solved', text: RESULT }, can: { rate: true } });
  }
  expect(opinion(parent).fanoutDue).toBe(false);

  // Each resident rates their own case.
  await t.ok('opinion', 'rate', { id: ids[1], result: 'satisfied', attitude: 'satisfied' }, OTHER_RESIDENT);
  expect(opinion(ids[1])).toMatchObject({ status: 'closed', ratings: [{ result: 'satisfied' }] });
  expect(opinion(ids[0]).status).toBe('resolved');
  await t.relay();

  // Counted: the three sources, received, forwarded and resolved; the 汇总件 nowhere.
  const after = county();
  expect(after.n).toBe(before.n + 3);
  expect(after.res - before.res).toBe(3);
  expect(after.fwd - before.fwd).toBe(3);
  expect((opinion(parent) as OpinionDoc & { statsFacts?: unknown }).statsFacts).toMatchObject({ v: {} });
});

test('the office merges and replies: the reply reaches every source as its own, the residents read it', async () => {
  const { ids, parent } = await mergedThree('admin');
  expect(opinion(parent).handler).toMatchObject({ role: 'admin', id: OFFICE });
  await t.ok('admin', 'reply', { id: parent, text: '已联系物业和维保单位，本周内完成维修，请大家留意。' }, OFFICE);
  await t.relay();
  for (const [i, id] of ids.entries()) {
    const s = opinion(id);
    expect(s.status).toBe('replied');
    expect(s.replies.at(-1)).toMatchObject({ text: '已联系物业和维保单位，本周内完成维修，请大家留意。', by: { role: 'admin' } });
    const mine = await t.ok('opinion', 'detail', { id }, RESIDENTS[i]);
    expect(mine.replies.map((r) => r.text)).toContain('已联系物业和维保单位，本周内完成维修，请大家留意。');
  }
});

test('a source is worked on its 汇总件: staff moves on it are refused; the 汇总件 goes to no deputy and is not rejected', async () => {
  const { ids, parent } = await mergedThree();
  expect((await t.refused('staff', 'resolve', { id: ids[0], kind: 'solved', text: RESULT }, STAFF_WYH)).code).toBe('MERGED_SOURCE');
  expect((await t.refused('staff', 'reply', { id: ids[0], text: '单独答复这位居民的内容。' }, STAFF_WYH)).code).toBe('MERGED_SOURCE');
  expect((await t.refused('staff', 'reassign', { id: parent, deputyId: 'd-town-1', reason: '交给代表办理' }, STAFF_WYH)).code).toBe('MERGED_PARENT');
  expect((await t.refused('staff', 'reject', { id: parent, reason: '不予受理' }, STAFF_WYH)).code).toBe('MERGED_PARENT');
  const view = await t.ok('staff', 'case', { id: ids[0] }, STAFF_WYH);
  expect(Object.values(view.workerCan).every((v) => v === false)).toBe(true);
  expect(view.merge).toMatchObject({ role: 'source', following: true, canUnmerge: true, parent: { id: parent, title: '望月湖小区3栋电梯故障' } });
  const parentView = await t.ok('staff', 'case', { id: parent }, STAFF_WYH);
  expect(parentView.workerCan).toMatchObject({ forward: true, reply: true, resolve: true, assign: false, reassign: false, reject: false, take: false });
  expect(parentView.merge).toMatchObject({ role: 'parent', dissolved: false, canUnmerge: true });
  expect(parentView.merge!.sources.map((s) => s.id)).toEqual(ids);
  expect(parentView.merge!.sources.every((s) => s.linked)).toBe(true);
});
