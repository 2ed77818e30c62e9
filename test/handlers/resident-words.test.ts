/**
 * What residents read: an opinion says at least 10 characters (the contract, so the server
 * refuses it too; staff's walk-in entry keeps its own rule), statuses in the resident's words
 * (待代表受理, 已完结) while deputies keep theirs, deputies named from the region
 * (岳麓区人大代表), and no routing internals (待办最少) — at no request more.
 */
import type { OpinionDoc } from '../../server/model';
import { counted } from '../support/db-count';
import { COUNTY_DEPUTY, RESIDENT, STAFF_WYH, startLocal, type Local } from '../support/local';

const TEXT = '望月湖小区3栋电梯一周坏了三次，老人上下楼很困难。';

describe('an opinion says at least 10 characters', () => {
  let t: Local;
  beforeAll(async () => {
    t = await startLocal();
  });
  afterAll(() => t.close());

  const payload = (text: string) => ({ stationCode: 'WYH01', category: '住房物业', text, requestId: t.requestId() });

  test('9 characters are refused with a clear Chinese message, and nothing is written', async () => {
    const before = await t.snapshot();
    const r = await t.refused('opinion', 'submit', payload('小区电梯又坏了😀😀'), RESIDENT);
    expect(r).toMatchObject({ code: 'INVALID_PAYLOAD', message: '内容至少要写10个字，请写清楚是什么问题、在哪里' });
    expect(await t.snapshot()).toBe(before);
  });

  test('10 characters are enough, counted as people count them, after trimming', async () => {
    expect((await t.refused('opinion', 'submit', payload('   小区电梯又坏了😀😀   '), RESIDENT)).code).toBe('INVALID_PAYLOAD');
    const r = await t.submit({ text: '   小区电梯又坏了三天😀   ' });
    expect(r.trackingNo).toMatch(/^430104-/);
  });

  test("staff's walk-in entry becomes the same opinion, so it follows the same rule, refused in the same words", async () => {
    const entry = (text: string) => ({ stationCode: 'WYH01', channel: 'walk_in' as const, category: '住房物业' as const, text, residentInformed: true as const, requestId: t.requestId() });
    const before = await t.snapshot();
    const r = await t.refused('staff', 'enter', entry('路灯坏了'), STAFF_WYH);
    expect(r).toMatchObject({ code: 'INVALID_PAYLOAD', message: '内容至少要写10个字，请写清楚是什么问题、在哪里' });
    expect(await t.snapshot()).toBe(before);
    expect((await t.ok('staff', 'enter', entry('来访群众反映路灯坏了一周'), STAFF_WYH)).trackingNo).toMatch(/^430104-/);
  });
});

describe("the resident's words", () => {
  let t: Local;
  beforeAll(async () => {
    t = await startLocal();
  });
  afterAll(() => t.close());

  /** Routed by specialty and load (李红梅 has fewest open cases): the stored reason says 待办最少. */
  let routed: string;

  test('the submit answer: 待代表受理, the deputy named from the region, and by when they accept', async () => {
    const r = await t.submit({ text: TEXT });
    routed = r.id;
    // Where it went, not why: the stored decision names the load, the answer does not.
    expect(r.routing.reason).toBe('已转给李红梅代表（岳麓区人大代表）');
    expect(t.doc<OpinionDoc>('opinions', r.id).routing?.reason).toContain('待办最少');
    expect(r).toMatchObject({ status: 'assigned', statusLabel: '待代表受理', assignee: { name: '李红梅', title: '岳麓区人大代表' } });
    expect(r.acceptBy?.workingDays).toBe(3);
    // Sunday 2026-11-29: three working days on is Wednesday 12-02, to its end (Beijing).
    expect(r.acceptBy?.dueAt).toBe('2026-12-02T15:59:59.000Z');
  });

  test("the detail: the resident's status, who has it and by when, no routing internals, at two requests", async () => {
    const id = routed;
    const { result: d, count } = await counted(() => t.ok('opinion', 'detail', { id }, RESIDENT));
    expect(count.requests.length).toBeLessThanOrEqual(2);
    expect(d.statusLabel).toBe('待代表受理');
    expect(d.assignee).toEqual({ name: '李红梅', levelLabel: '县（市区）', title: '岳麓区人大代表' });
    expect(d.nextStep).toEqual({ text: '等待李红梅代表受理', dueAt: '2026-12-02T15:59:59.000Z' });
    const route = d.timeline.find((e: { action: string }) => e.action === 'route');
    expect(route).toMatchObject({ actionLabel: '转给代表', note: '已转给李红梅代表（岳麓区人大代表）' });
    expect(JSON.stringify(d.timeline)).not.toMatch(/待办最少|县（市区）|关注“/);

    // The deputy reads the same case in the working words, with the routing reason.
    const forDeputy = await t.ok('deputy', 'detail', { id }, COUNTY_DEPUTY);
    expect(forDeputy.statusLabel).toBe('已分派');
    expect(forDeputy.timeline.find((e: { action: string }) => e.action === 'route')).toMatchObject({ actionLabel: '分派', note: expect.stringContaining('待办最少') });
  });

  test('a rated case is 已完结 in the list and the detail, and 已归档 for staff and the deputy', async () => {
    const { id } = await t.submit({ text: `${TEXT}（评价）`, chosenDeputyId: 'd-county-1' });
    await t.ok('deputy', 'accept', { id }, COUNTY_DEPUTY);
    await t.ok('deputy', 'resolve', { id, kind: 'solved', text: '已督促物业更换3栋电梯的控制板，维保单位每周巡检一次。' }, COUNTY_DEPUTY);
    expect((await t.ok('opinion', 'detail', { id }, RESIDENT)).nextStep).toEqual({ text: '已办结：请看办理结果，然后评价' });
    const rated = await t.ok('opinion', 'rate', { id, result: 'satisfied', attitude: 'satisfied' }, RESIDENT);
    expect(rated).toMatchObject({ status: 'closed', statusLabel: '已完结' });
    const mine = await t.ok('opinion', 'mine', {}, RESIDENT);
    expect(mine.items.find((o: { id: string }) => o.id === id)).toMatchObject({ status: 'closed', statusLabel: '已完结' });
    expect((await t.ok('deputy', 'detail', { id }, COUNTY_DEPUTY)).statusLabel).toBe('已归档');
  });

  test('deputies on a station page are named from the region, at no request more', async () => {
    const { result: wyh, count } = await counted(() => t.ok('station', 'get', { code: 'WYH01' }));
    expect(count.requests.length).toBeLessThanOrEqual(2);
    const titles = (s: { deputies: { name: string; title?: string }[] }) => Object.fromEntries(s.deputies.map((d) => [d.name, d.title]));
    expect(titles(wyh)).toEqual({ 李红梅: '岳麓区人大代表', 周丽: '望月湖街道人大代表', 王志强: '长沙市人大代表' });
    // At the county's station: the national and provincial deputies, one of them elected by the
    // military; 李红梅's home (望月湖街道) lies below the station's own region.
    const yl = await t.ok('station', 'get', { code: 'YL01' });
    expect(titles(yl)).toEqual({
      刘建华: '全国人大代表',
      陈秀英: '湖南省人大代表',
      孙立军: '湖南省人大代表',
      王志强: '长沙市人大代表',
      李红梅: '岳麓区人大代表',
    });
  });
});
