/**
 * 办实事成果 (the public showcase): what is public carries no internal id; the published result
 * is the resolution (办结说明), redacted; a case rated 不满意 is never published (refused, not
 * offered, and taken down if it already was); staff of the station take an entry down.
 */
import type { OpinionDoc } from '../../server/model';
import { COUNTY_DEPUTY, RESIDENT, STAFF_WYH, startLocal, type Local } from '../support/local';

jest.setTimeout(30_000);
const STAFF_XJH = 'demo-staff-xjh';
const RESOLUTION = '李红梅代表协调物业更换电梯主板，电梯已恢复运行，物业电话139.1234.5678。';
let t: Local;
beforeEach(async () => {
  t = await startLocal();
});
afterEach(() => t.close());

/** A case at 望月湖 whose resident agreed to publication, resolved by 李红梅. */
async function resolvedCase(text = '3栋电梯经常故障，老人上下楼困难。') {
  const o = await t.submit({ chosenDeputyId: 'd-county-1', consentPublish: true, text });
  await t.ok('deputy', 'accept', { id: o.id }, COUNTY_DEPUTY);
  await t.ok('deputy', 'reply', { id: o.id, text: '已联系物业，下周一维修人员上门。' }, COUNTY_DEPUTY);
  await t.ok('deputy', 'resolve', { id: o.id, kind: 'solved', text: RESOLUTION }, COUNTY_DEPUTY);
  return o.id;
}
const story = (id: string) => ({ id, title: '老旧小区电梯修好了', summary: '居民反映电梯经常故障。' });
const offered = async () => (await t.ok('staff', 'queue', { view: 'showcase' }, STAFF_WYH)).items.map((i) => i.id);
const publicList = () => t.ok('showcase', 'list', { stationCode: 'WYH01' });

test('the public answer carries no internal id: not the opinion id, not the tracking number', async () => {
  const id = await resolvedCase();
  await t.ok('staff', 'publish', story(id), STAFF_WYH);
  const list = await publicList();
  expect(list.items).toHaveLength(1);
  const answer = JSON.stringify(list);
  expect(answer).not.toContain(id);
  expect(answer).not.toContain(t.doc<OpinionDoc>('opinions', id).trackingNo);
  expect(list.items[0].id).toMatch(/^[0-9a-f]{16}$/);
  // Approving again keeps the same public entry.
  await t.ok('staff', 'publish', { ...story(id), title: '电梯修好了' }, STAFF_WYH);
  const again = await publicList();
  expect(again.items.map((i) => [i.id, i.title])).toEqual([[list.items[0].id, '电梯修好了']]);
});

test('the published result is the resolution (办结说明), redacted — not the last reply, not what staff type', async () => {
  const id = await resolvedCase();
  const queued = (await t.ok('staff', 'queue', { view: 'showcase' }, STAFF_WYH)).items.find((i) => i.id === id);
  expect(queued?.result).toBe(RESOLUTION);
  const published = await t.ok('staff', 'publish', story(id), STAFF_WYH);
  expect(published.result).toBe('李某代表协调物业更换电梯主板，电梯已恢复运行，物业电话[电话]。');
  expect((await publicList()).items[0].result).toBe(published.result);
  const typed = await t.refused('staff', 'publish', { ...story(id), result: '工作人员自己写的结果' }, STAFF_WYH);
  expect(typed.code).toBe('INVALID_PAYLOAD');
});

describe('a case rated 不满意 is never published', () => {
  test('rated 不满意 by the resident (reopened, resolved again): not offered, and refused with nothing written', async () => {
    const id = await resolvedCase();
    await t.ok('opinion', 'rate', { id, result: 'unsatisfied', attitude: 'basic' }, RESIDENT);
    await t.ok('deputy', 'resolve', { id, kind: 'solved', text: '物业再次检修电梯，更换了门机。' }, COUNTY_DEPUTY);
    expect(t.doc<OpinionDoc>('opinions', id).status).toBe('resolved');
    expect(await offered()).not.toContain(id);
    const before = await t.snapshot();
    const r = await t.refused('staff', 'publish', story(id), STAFF_WYH);
    expect(r).toMatchObject({ code: 'NOT_PUBLISHABLE', message: expect.stringContaining('不满意') });
    expect(await t.snapshot()).toBe(before);
  });

  test('rated 不满意 by phone (回访): not offered, refused', async () => {
    const id = await resolvedCase();
    await t.ok('staff', 'followUp', { id, result: 'unsatisfied', attitude: 'unsatisfied' }, STAFF_WYH);
    expect(await offered()).not.toContain(id);
    expect((await t.refused('staff', 'publish', story(id), STAFF_WYH)).code).toBe('NOT_PUBLISHABLE');
  });

  test('published, then rated 不满意: taken down from the public list at once', async () => {
    const id = await resolvedCase();
    await t.ok('staff', 'publish', story(id), STAFF_WYH);
    expect((await publicList()).total).toBe(1);
    await t.ok('opinion', 'rate', { id, result: 'unsatisfied', attitude: 'satisfied' }, RESIDENT);
    expect((await publicList()).total).toBe(0);
    const doc = t.doc<OpinionDoc>('opinions', id);
    expect(doc.publishedAt).toBeUndefined();
    expect(doc.timeline.map((e) => e.action)).toEqual(expect.arrayContaining(['publish', 'unpublish']));
  });

  test('a satisfied rating keeps it published', async () => {
    const id = await resolvedCase();
    await t.ok('staff', 'publish', story(id), STAFF_WYH);
    await t.ok('opinion', 'rate', { id, result: 'satisfied', attitude: 'satisfied' }, RESIDENT);
    expect((await publicList()).total).toBe(1);
  });
});

describe('staff take an entry down', () => {
  test('staff of the station see it among the published, take it down; it leaves the public list and is offered again', async () => {
    const id = await resolvedCase();
    await t.ok('staff', 'publish', story(id), STAFF_WYH);
    expect(await offered()).not.toContain(id);
    const published = await t.ok('staff', 'queue', { view: 'published' }, STAFF_WYH);
    expect(published.items.map((i) => i.id)).toEqual([id]);

    const before = await t.snapshot();
    expect((await t.refused('staff', 'unpublish', { id }, STAFF_XJH)).code).toBe('NOT_YOUR_STATION');
    expect((await t.refused('staff', 'unpublish', { id }, RESIDENT)).code).toBe('FORBIDDEN');
    expect(await t.snapshot()).toBe(before);

    await t.ok('staff', 'unpublish', { id }, STAFF_WYH);
    expect((await publicList()).total).toBe(0);
    expect((await t.ok('showcase', 'list', { regionCode: '430104' })).total).toBe(0);
    expect((await t.ok('staff', 'queue', { view: 'published' }, STAFF_WYH)).items).toEqual([]);
    expect(await offered()).toContain(id);
    const doc = t.doc<OpinionDoc>('opinions', id);
    expect(doc.timeline.at(-1)).toMatchObject({ action: 'unpublish', actor: { role: 'staff', id: STAFF_WYH } });
  });

  test('taking down what is not published is refused', async () => {
    const id = await resolvedCase();
    expect((await t.refused('staff', 'unpublish', { id }, STAFF_WYH)).code).toBe('NOT_PUBLISHABLE');
  });
});
