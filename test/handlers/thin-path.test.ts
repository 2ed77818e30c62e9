import { COUNTY_DEPUTY, RESIDENT, startLocal, type Local } from '../support/local';

describe('the thin path through the handlers', () => {
  let t: Local;
  beforeAll(async () => {
    t = await startLocal();
  });
  afterAll(() => t.close());

  test('station → submit → inbox → accept → reply → resident sees the reply and the timeline', async () => {
    const station = await t.ok('station', 'get', { code: 'WYH01' });
    expect(station.name).toBe('望月湖街道人大代表联络站');
    expect(station.region.fullName).toBe('湖南省长沙市岳麓区望月湖街道');
    expect(station.deputies.map((d: { name: string }) => d.name)).toEqual(['李红梅', '周丽', '王志强']);
    expect(station.upcoming.length).toBeGreaterThan(0);

    const submitted = await t.submit({ text: '望月湖小区 3 栋电梯一周坏了三次，老人上下楼很困难。' });
    expect(submitted.trackingNo).toMatch(/^430104-20261129-\d{4}$/);
    expect(submitted.status).toBe('assigned');
    // Sunday afternoon: nobody on duty, so specialty + level fit (county or township for 本村/社区).
    expect(submitted.routing.rule).toBe('specialty');
    expect(submitted.routing.reason).toContain('李红梅');

    const inbox = await t.ok('deputy', 'inbox', { tab: 'new' }, COUNTY_DEPUTY);
    expect(inbox.items.map((i: { id: string }) => i.id)).toEqual([submitted.id]);
    expect(inbox.counts.new).toBe(1);

    const accepted = await t.ok('deputy', 'accept', { id: submitted.id }, COUNTY_DEPUTY);
    expect(accepted.status).toBe('accepted');
    const replied = await t.ok('deputy', 'reply', { id: submitted.id, text: '已联系物业和电梯维保单位，本周内完成全面检修。' }, COUNTY_DEPUTY);
    expect(replied.statusLabel).toBe('已答复');

    const mine = await t.ok('opinion', 'mine', {}, RESIDENT);
    // The resident reads their own words for the status (the deputy's answer above keeps 已答复).
    expect(mine.items[0]).toMatchObject({ id: submitted.id, status: 'replied', statusLabel: '代表已答复' });

    const detail = await t.ok('opinion', 'detail', { id: submitted.id }, RESIDENT);
    expect(detail.replies).toEqual([expect.objectContaining({ text: '已联系物业和电梯维保单位，本周内完成全面检修。', byLabel: '李红梅代表' })]);
    expect(detail.timeline.map((e: { action: string; to?: string }) => `${e.action}:${e.to}`)).toEqual([
      'submit:submitted',
      'route:assigned',
      'accept:accepted',
      'reply:replied',
    ]);
    expect(detail.assignee).toEqual({ name: '李红梅', levelLabel: '县（市区）', title: '岳麓区人大代表' });
  });

  test('a retired station answers with where to go; submitting to it is refused', async () => {
    const retired = await t.ok('station', 'get', { code: 'XJH00' });
    expect(retired.retired).toBe(true);
    expect(retired.movedTo).toMatchObject({ code: 'XJH01', name: '咸嘉湖街道人大代表联络站' });
    const before = await t.snapshot();
    const r = await t.refused('opinion', 'submit', { stationCode: 'XJH00', category: '其他', text: '小区门口的路灯不亮了', requestId: t.requestId() }, RESIDENT);
    expect(r).toMatchObject({ code: 'STATION_RETIRED' });
    expect(r.message).toContain('咸嘉湖街道人大代表联络站');
    expect(await t.snapshot()).toBe(before);
  });

  test('anyone may read a station; nobody anonymous may submit', async () => {
    await expect(t.ok('station', 'list', {})).resolves.toMatchObject({ items: expect.any(Array) });
    const r = await t.refused('opinion', 'submit', { stationCode: 'WYH01', category: '其他', text: '小区门口的路灯不亮了', requestId: t.requestId() });
    expect(r.code).toBe('LOGIN_REQUIRED');
  });

  test('user.me reports roles from the database, not from the caller', async () => {
    expect(await t.ok('user', 'me', {})).toMatchObject({ identified: false, roles: [] });
    expect(await t.ok('user', 'me', {}, 'someone-new')).toMatchObject({ identified: true, roles: ['resident'] });
    const deputy = await t.ok('user', 'me', {}, COUNTY_DEPUTY);
    expect(deputy.roles).toEqual(['resident', 'deputy']);
    expect(deputy.deputy).toMatchObject({ id: 'd-county-1', name: '李红梅' });
    const staff = await t.ok('user', 'me', {}, 'demo-staff-wyh');
    expect(staff.staffStations.map((s: { code: string }) => s.code).sort()).toEqual(['WYH01', 'YL01']);
  });
});

describe('station codes', () => {
  test('a hand-typed lower-case code finds its station; level labels are the plain level, titles name the region', async () => {
    const t = await startLocal();
    const s = await t.ok('station', 'get', { code: 'wyh01' });
    expect(s.code).toBe('WYH01');
    expect(s.deputies[0].levelLabel).toBe('县（市区）');
    expect(s.deputies[0].title).toBe('岳麓区人大代表');
    t.close();
  });
});
