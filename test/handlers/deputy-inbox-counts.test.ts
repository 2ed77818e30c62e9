/**
 * The deputy's inbox counts every tab from one aggregate (issue 19: round trips), and each
 * count is what the tab itself lists: new, in progress, waiting, overdue, done, all.
 */
import type { OpinionDoc } from '../../server/model';
import { INBOX_TAB_STATUSES } from '../../server/deputies/inbox';
import { dbOf } from '../../server/platform/db';
import { counted } from '../support/db-count';
import { COUNTY_DEPUTY, startLocal, type Local } from '../support/local';

let t: Local;
beforeEach(async () => {
  t = await startLocal();
});
afterEach(() => t.close());

const DEPUTY_ID = 'd-county-1';
const TABS = Object.keys(INBOX_TAB_STATUSES) as (keyof typeof INBOX_TAB_STATUSES)[];

/** What a tab holds, read from the stored opinions. */
const expected = () => {
  const mine = t.docs<OpinionDoc>('opinions').filter((o) => o.assigneeDeputyId === DEPUTY_ID);
  return Object.fromEntries(
    TABS.map((tab) => [
      tab,
      mine.filter((o) => (INBOX_TAB_STATUSES[tab].length === 0 || INBOX_TAB_STATUSES[tab].includes(o.status)) && (tab !== 'overdue' || o.overdue === true)).length,
    ]),
  );
};

test('every tab count matches what the tab lists, across statuses and an overdue case; two requests for the opinions', async () => {
  const ids: string[] = [];
  const texts = ['小区路灯坏了一个月没人修', '三号楼电梯停运两天了', '垃圾清运不及时有异味', '小区路口红绿灯时间太短', '小区公园的健身器材损坏'];
  for (const text of texts) ids.push((await t.submit({ chosenDeputyId: DEPUTY_ID, text })).id);
  await t.ok('deputy', 'accept', { id: ids[0] }, COUNTY_DEPUTY);
  await t.ok('deputy', 'accept', { id: ids[1] }, COUNTY_DEPUTY);
  await t.ok('deputy', 'needInfo', { id: ids[1], question: '请问是哪个单元的电梯？' }, COUNTY_DEPUTY);
  await t.ok('deputy', 'accept', { id: ids[2] }, COUNTY_DEPUTY);
  await t.ok('deputy', 'resolve', { id: ids[2], kind: 'explained', text: '已协调环卫部门每天清运两次。' }, COUNTY_DEPUTY);
  await dbOf(t.ports).collection('opinions').doc(ids[3]).update({ data: { overdue: true } });
  for (const tab of TABS) {
    const { count, result } = await counted(() => t.ok('deputy', 'inbox', { tab }, COUNTY_DEPUTY));
    expect({ tab, counts: result.counts }).toEqual({ tab, counts: expected() });
    expect(result.total).toBe(expected()[tab]);
    // The page and the tally: two requests on opinions, whatever the number of tabs.
    expect(count.byCollection().opinions).toBe(2);
  }
  expect(expected()).toMatchObject({ new: 2, waiting: 1, overdue: 1, done: 1 });
});
