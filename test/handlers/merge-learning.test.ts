/**
 * What staff's merges teach (issue 25, decision 0036): merging cases the dictionary reads as two
 * problems links those problems for the county (counted on its region); the links count in
 * profiles, the lookup's keys and the grouping's "two problems" rule; taking a case out again
 * counts off what it taught, and a dissolved 汇总件 leaves nothing behind.
 */
import { lookupKeysOf } from '../../core/similar';
import { conceptOf } from '../../core/similar/profile';
import { twoProblems } from '../../core/similar/score';
import type { OpinionDoc, RegionDoc } from '../../server/model';
import { learnedLinksFor, profileOfOpinion } from '../../server/similar/knowledge';
import { OTHER_RESIDENT, RESIDENT, STAFF_WYH, startLocal, type Local } from '../support/local';

jest.setTimeout(60_000);
const THIRD_RESIDENT = 'test-resident-3';
const OFFICE = 'demo-admin-yuelu';
const COUNTY = '430104';
const PARKING = '晚上停车位太少，回来转半天都没地方停车。';
const FIRE_LANE = '消防通道又被私家车堵死了，车子根本进不来。';

let t: Local;
beforeEach(async () => {
  t = await startLocal();
});
afterEach(() => t.close());

const county = () => t.doc<RegionDoc>('regions', COUNTY);
const opinion = (id: string) => t.doc<OpinionDoc>('opinions', id);
const linksNow = () => learnedLinksFor([county()]);
const asked = (text: string) => profileOfOpinion({ stationCode: 'WYH01', category: '住房物业', text }, [], linksNow());

test('a merge of two problems links them for the county; taking the case out counts it off', async () => {
  // Before: the dictionary reads two problems, the lookup for one does not ask for the other.
  expect(twoProblems(asked(PARKING), asked(FIRE_LANE))).toBe(true);
  expect(lookupKeysOf(asked(PARKING))).not.toContain('s:fire_lane@WYH01');

  const a = (await t.submit({ text: PARKING }, RESIDENT)).id;
  const b = (await t.submit({ text: FIRE_LANE }, OTHER_RESIDENT)).id;
  const c = (await t.submit({ text: `${FIRE_LANE}请物业管一管。` }, THIRD_RESIDENT)).id;
  await t.relay();
  const r = await t.ok('staff', 'merge', { ids: [a, b, c], requestId: 'merge-learn-0001' }, STAFF_WYH);

  // Two of three name 消防通道: the main problem; the parking case taught the link.
  expect(opinion(r.id).mergeTaught).toEqual({ [a]: ['fire_lane~parking_shortage'] });
  expect(county().similarLinks).toEqual({ 'fire_lane~parking_shortage': 1 });
  expect(twoProblems(asked(PARKING), asked(FIRE_LANE))).toBe(false);
  expect(asked(PARKING).weights.fire_lane).toBeGreaterThan(0);
  expect(lookupKeysOf(asked(PARKING))).toContain('s:fire_lane@WYH01');
  // A new case about parking is written with the linked problem's key too.
  const d = (await t.submit({ text: PARKING }, THIRD_RESIDENT)).id;
  expect(opinion(d).simKeys).toContain('s:fire_lane@WYH01');

  // The county's office sees what was learned beside its groups; staff's list does not carry it.
  const labels = [conceptOf('fire_lane')!.label, conceptOf('parking_shortage')!.label].sort();
  const office = await t.ok('admin', 'groups', { period: 'month', limit: 10 }, OFFICE);
  expect(office.learned?.map((l) => ({ labels: [...l.labels].sort(), merges: l.merges }))).toEqual([{ labels, merges: 1 }]);
  expect((await t.ok('staff', 'groups', { period: 'month', limit: 10 }, STAFF_WYH)).learned).toBeUndefined();

  // The same request again teaches nothing more.
  await t.ok('staff', 'merge', { ids: [a, b, c], requestId: 'merge-learn-0001' }, STAFF_WYH);
  expect(county().similarLinks).toEqual({ 'fire_lane~parking_shortage': 1 });

  // Staff take the parking case out: another matter after all.
  await t.ok('staff', 'unmerge', { parentId: r.id, sourceId: a }, STAFF_WYH);
  expect(county().similarLinks).toEqual({ 'fire_lane~parking_shortage': 0 });
  expect(twoProblems(asked(PARKING), asked(FIRE_LANE))).toBe(true);
  expect(lookupKeysOf(asked(PARKING))).not.toContain('s:fire_lane@WYH01');
  expect((await t.ok('admin', 'groups', { period: 'month', limit: 10 }, OFFICE)).learned).toEqual([]);
});

test('cases of one problem teach nothing, and a dissolved 汇总件 counts off what its cases taught', async () => {
  const a = (await t.submit({ text: FIRE_LANE }, RESIDENT)).id;
  const b = (await t.submit({ text: `${FIRE_LANE}请物业管一管。` }, OTHER_RESIDENT)).id;
  await t.relay();
  const same = await t.ok('staff', 'merge', { ids: [a, b], requestId: 'merge-learn-0002' }, STAFF_WYH);
  expect(opinion(same.id).mergeTaught).toEqual({});
  expect(county().similarLinks ?? {}).toEqual({});
  await t.ok('staff', 'unmerge', { parentId: same.id, sourceId: a }, STAFF_WYH);

  const c = (await t.submit({ text: PARKING }, THIRD_RESIDENT)).id;
  await t.relay();
  const two = await t.ok('staff', 'merge', { ids: [b, c], requestId: 'merge-learn-0003' }, STAFF_WYH);
  const taught = opinion(two.id).mergeTaught ?? {};
  expect(Object.values(taught).flat()).toEqual(['fire_lane~parking_shortage']);
  expect(county().similarLinks).toEqual({ 'fire_lane~parking_shortage': 1 });
  // Taking out either dissolves it: nothing it taught stays.
  const out = await t.ok('staff', 'unmerge', { parentId: two.id, sourceId: b }, STAFF_WYH);
  expect(out).toMatchObject({ dissolved: true });
  expect(county().similarLinks).toEqual({ 'fire_lane~parking_shortage': 0 });
  // The county's region is otherwise untouched (the counts are merged into it, never replace it).
  expect(county()).toMatchObject({ _id: COUNTY, name: '岳麓区', path: expect.arrayContaining([COUNTY]) });
  expect(county().places?.length).toBeGreaterThan(0);
});
