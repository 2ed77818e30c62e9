/**
 * Issue 9: the region dashboard reads counters kept with every opinion event; they match the
 * stored opinions, a rebuild from the opinions agrees with them, one county's admin sees
 * nothing of another county, bad periods are refused, and the xlsx export (read back with
 * exceljs) matches the numbers without anonymous identities or unmasked phones.
 */
import { fromBeijing } from '../../core/beijing-time';
import type { DeputyDoc, OpinionDoc, RegionDoc, StationDoc, UserDoc } from '../../server/model';
import { runDeadlineAlerts } from '../../server/opinions/jobs/deadline-alerts';
import { afterOpinionWriteOf } from '../../server/opinions/after-write';
import { keepStats } from '../../server/dashboard/keep';
import { rebuildStats } from '../../server/dashboard/rebuild';
import { openXlsx, storedXlsx, type FileAnswerLike } from '../support/generated-files';
import { COUNTY_DEPUTY, startLocal, TOWNSHIP_DEPUTY, type Local } from '../support/local';
import { dbOf } from '../../server/platform/db';

const YUELU_ADMIN = 'demo-admin-yuelu';
const KAIFU_ADMIN = 'test-admin-kaifu';
const KAIFU_DEPUTY = 'test-deputy-kaifu';
const PHONE = '13812345678';
const DAY = 86_400_000;

jest.setTimeout(60_000);

/** A second county beside 岳麓区: 开福区 with one township, station, deputy and admin. */
async function addKaifu(t: Local) {
  const add = (c: string, data: object) => dbOf(t.ports).collection(c).add({ data });
  const county: RegionDoc = { _id: '430105', name: '开福区', kind: 'county', parentCode: '430100', path: ['430000', '430100', '430105'] };
  const town: RegionDoc = { _id: '430105001', name: '四方坪街道', kind: 'township', parentCode: '430105', path: [...county.path, '430105001'] };
  await add('regions', county);
  await add('regions', town);
  const deputy: DeputyDoc = {
    _id: 'd-kf-1', name: '钱开福', level: 'county', homeRegionCode: town._id, stationCodes: ['KF01'], specialties: ['住房物业', '教育'],
    bio: '区人大代表', photo: '', openid: KAIFU_DEPUTY, status: 'active', leaves: [], lastAssignedAt: 0,
  };
  await add('deputies', deputy);
  const station: StationDoc = {
    _id: 'KF01', name: '四方坪街道人大代表联络站', address: '长沙市开福区四方坪', regionCode: town._id, regionPath: town.path,
    status: 'active', deputyIds: ['d-kf-1'], schedule: { weekly: [], dated: [], cancelled: [] }, createdAt: t.clock.now(),
  };
  await add('stations', station);
  const users: UserDoc[] = [{ _id: KAIFU_DEPUTY, deputyId: 'd-kf-1' }, { _id: KAIFU_ADMIN, adminRegionCode: county._id }];
  for (const u of users) await add('users', u);
}

/** Opinions in both counties over two months, handled in every way the numbers count. */
async function fillBothCounties(t: Local) {
  const ids: Record<string, string> = {};
  const submit = async (key: string, payload: Record<string, unknown>, openid: string) => {
    ids[key] = (await t.submit({ text: `${key}：小区电梯经常故障，物业维修不及时，请代表帮助协调。`, ...payload }, openid)).id;
  };
  // November, 岳麓区
  await submit('named', { phone: PHONE, allowContact: true }, 'dash-res-1');
  await submit('anon', { anonymous: true, phone: '13900001111' }, 'dash-res-2');
  await submit('edu', { stationCode: 'XJH01', category: '教育', text: '学校门口早高峰拥堵，希望增加交通疏导。' }, 'dash-res-3');
  await submit('triage', { category: '涉法涉诉', text: '我的案件法院一直没有判决，请代表过问。' }, 'dash-res-4');
  // November, 开福区
  await submit('kf1', { stationCode: 'KF01', phone: '13700002222' }, 'dash-res-5');
  await submit('kf2', { stationCode: 'KF01', category: '教育', text: '学校食堂饭菜质量差，希望加强监管。' }, 'dash-res-6');
  await t.relay(); // the relay follows every write within a minute: the counters move there

  const holder = async (id: string) => {
    const d = t.doc<OpinionDoc>('opinions', id);
    return { d: 'd-county-1', t: 'd-town-1', k: 'd-kf-1' }[d.assigneeDeputyId === 'd-county-1' ? 'd' : d.assigneeDeputyId === 'd-town-1' ? 't' : 'k'];
  };
  const openidOf = async (id: string) => ({ 'd-county-1': COUNTY_DEPUTY, 'd-town-1': TOWNSHIP_DEPUTY, 'd-kf-1': KAIFU_DEPUTY })[(await holder(id))!]!;

  // named: accepted on time, a boilerplate reply (not a response), then resolved and rated
  t.clock.advance(2 * 3600_000);
  await t.ok('deputy', 'accept', { id: ids.named }, await openidOf(ids.named));
  await t.ok('deputy', 'reply', { id: ids.named, text: '收到' }, await openidOf(ids.named));
  await t.relay();
  t.clock.advance(20 * 3600_000);
  await t.ok('deputy', 'resolve', { id: ids.named, kind: 'solved', text: '已协调物业更换电梯控制柜，运行正常。' }, await openidOf(ids.named));
  await t.ok('opinion', 'rate', { id: ids.named, result: 'satisfied', attitude: 'satisfied' }, 'dash-res-1');
  // kf1: accepted and answered properly
  await t.ok('deputy', 'accept', { id: ids.kf1 }, KAIFU_DEPUTY);
  await t.ok('deputy', 'reply', { id: ids.kf1, text: '已经联系街道和物业公司，下周一前安排检修电梯并回复您。' }, KAIFU_DEPUTY);
  await t.relay();
  // anon, edu, kf2 are left waiting: a week later they are overdue
  t.clock.advance(7 * DAY);
  await runDeadlineAlerts(t.ports); // the scheduler's deadline job: marks them overdue
  await t.relay();
  // December: one more in each county, and the resident of anon chases
  t.clock.set(fromBeijing('2026-12-08', '10:00'));
  await t.ok('opinion', 'chase', { id: ids.anon }, 'dash-res-2');
  await submit('dec', { category: '交通出行', text: '公交站台没有遮雨棚，下雨天候车很不方便。' }, 'dash-res-7');
  await submit('kfdec', { stationCode: 'KF01', text: '楼道灯坏了很久没人修，晚上出行不安全。' }, 'dash-res-8');
  await t.relay();
  return ids;
}

let t: Local;
let ids: Record<string, string>;
beforeAll(async () => {
  t = await startLocal();
  await addKaifu(t);
  ids = await fillBothCounties(t);
});
afterAll(() => t.close());

const opinionsIn = (regionCode: string) => t.store.scan('opinions', []).filter((d) => (d.regionPath as string[]).includes(regionCode)) as unknown as OpinionDoc[];
const period = { from: '2026-11', to: '2026-12' };

describe('counters kept with the events', () => {
  test('the county dashboard matches the stored opinions', async () => {
    const dash = await t.ok('admin', 'dashboard', period, YUELU_ADMIN);
    const mine = opinionsIn('430104');
    expect(mine).toHaveLength(5);
    const totals = dash.totals;
    expect(totals.received).toBe(mine.length);
    expect(totals.assigned).toBe(mine.filter((d) => d.assigneeDeputyId).length);
    expect(totals.accepted).toBe(mine.filter((d) => d.acceptedAt).length);
    expect(totals.acceptedOnTime).toBe(1);
    expect(totals.resolved).toBe(mine.filter((d) => ['resolved', 'closed'].includes(d.status)).length);
    expect(totals.resolvedByKind).toEqual({ solved: 1, partly: 0, explained: 0 });
    expect(totals.satisfaction).toMatchObject({ satisfied: 1, rate: 1 });
    expect(totals.chased).toBe(mine.filter((d) => d.chaseCount > 0).length);
    expect(totals.chased).toBe(1);
    // anon went past its acceptance deadline; edu and the restricted case wait in triage (no deadline)
    expect(t.doc<OpinionDoc>('opinions', ids.edu).status).toBe('triage');
    expect(totals.overdue).toBe(mine.filter((d) => d.overdue).length);
    expect(totals.overdue).toBe(1);
    expect(totals.firstResponse.count).toBe(1);
    expect(totals.firstResponse.medianHours).toBeGreaterThan(1);
    expect(totals.firstResponse.medianHours).toBeLessThanOrEqual(4); // accepted 2 h after it came in
    expect(totals.result.count).toBe(1);
    expect(dash.trend.map((m) => [m.month, m.received])).toEqual([['2026-11', 4], ['2026-12', 1]]);
    expect(dash.byCategory.find((r) => r.key === '教育')?.received).toBe(1);
    expect(dash.byStation.map((r) => r.key).sort()).toEqual(['WYH01', 'XJH01']);
    expect(dash.byRegion.map((r) => [r.label, r.received]).sort()).toEqual([
      ['咸嘉湖街道', opinionsIn('430104010').length],
      ['望月湖街道', opinionsIn('430104007').length],
    ]);
    expect(dash.byChannel).toEqual([expect.objectContaining({ key: 'qr', label: '扫码', received: 5 })]);
    expect(dash.countersRead).toBe(2); // one counter document per month, no opinions
  });

  test('response rate: the boilerplate reply does not count, and the last 14 days are left out', async () => {
    const dash = await t.ok('admin', 'dashboard', period, YUELU_ADMIN);
    // today 2026-12-08: everything received before 2026-11-24 … none; move the cut-off by asking later
    expect(dash.responseRate).toMatchObject({ before: '2026-11-24', eligible: 0, excludedDays: 14 });
    t.clock.set(fromBeijing('2026-12-20', '10:00'));
    const later = await t.ok('admin', 'dashboard', period, YUELU_ADMIN);
    // November's opinions of 岳麓区 held by a deputy: named (a boilerplate reply, then resolved: responded) and anon (no answer)
    expect(later.responseRate).toMatchObject({ before: '2026-12-06', eligible: 2, responded: 1, rate: 0.5 });
    // anon gets only a boilerplate reply: still not a response
    const anonHolder = t.doc<OpinionDoc>('opinions', ids.anon).assigneeDeputyId === 'd-county-1' ? COUNTY_DEPUTY : TOWNSHIP_DEPUTY;
    await t.ok('deputy', 'accept', { id: ids.anon }, anonHolder);
    const boiler = await t.ok('deputy', 'reply', { id: ids.anon, text: '收到，会处理。' }, anonHolder);
    expect(boiler.countsAsResponse).toBe(false);
    await t.relay();
    const after = await t.ok('admin', 'dashboard', period, YUELU_ADMIN);
    expect(after.responseRate).toMatchObject({ eligible: 2, responded: 1 });
    expect(after.totals.accepted).toBe(later.totals.accepted + 1);
    expect(after.totals.acceptedOnTime).toBe(later.totals.acceptedOnTime); // accepted after its deadline
    t.clock.set(fromBeijing('2026-12-08', '10:00'));
  });

  test('filters by station and level read the same counters', async () => {
    const byStation = await t.ok('admin', 'dashboard', { ...period, stationCode: 'XJH01' }, YUELU_ADMIN);
    expect(byStation.totals.received).toBe(opinionsIn('430104').filter((d) => d.stationCode === 'XJH01').length);
    expect(byStation.scope).toMatchObject({ stationCode: 'XJH01', regionCode: '430104' });
    const levels = (await t.ok('admin', 'dashboard', period, YUELU_ADMIN)).byLevel;
    for (const row of levels.filter((r) => r.key !== 'none')) {
      const one = await t.ok('admin', 'dashboard', { ...period, level: row.key as 'county' }, YUELU_ADMIN);
      expect(one.totals.received).toBe(row.received);
      expect(one.byLevel.map((r) => r.key)).toEqual([row.key]);
    }
    const town = await t.ok('admin', 'dashboard', { ...period, regionCode: '430104010' }, YUELU_ADMIN);
    expect(town.totals.received).toBe(opinionsIn('430104010').length);
  });

  test('keepers racing on the same change count it once; a repeated relay counts nothing', async () => {
    const before = (await t.ok('admin', 'dashboard', period, YUELU_ADMIN)).totals;
    await Promise.all([keepStats(t.ports, ids.named), afterOpinionWriteOf(t.ports, ids.named), keepStats(t.ports, ids.named)]);
    expect((await t.ok('admin', 'dashboard', period, YUELU_ADMIN)).totals).toEqual(before);
    // a write whose relay has not run yet (as if the process stopped): three keepers at once
    const doc = t.doc<OpinionDoc>('opinions', ids.edu);
    t.store.replace('opinions', { ...(doc as unknown as { _id: string }), chaseCount: 2 });
    await Promise.all([keepStats(t.ports, ids.edu), keepStats(t.ports, ids.edu), afterOpinionWriteOf(t.ports, ids.edu)]);
    const after = (await t.ok('admin', 'dashboard', period, YUELU_ADMIN)).totals;
    expect(after.chased).toBe(before.chased + 1);
    expect(after.chases).toBe(before.chases + 2);
    expect(after.received).toBe(before.received);
  });

  test('a rebuild from the opinions gives exactly the counters kept event by event', async () => {
    const kept = JSON.stringify(sortedStats());
    const report = await rebuildStats(t.ports);
    expect(report.factsUpdated).toBe(0);
    expect(JSON.stringify(sortedStats())).toBe(kept);
    // and from nothing: counters wiped, facts wiped from the opinions (as before counters existed)
    for (const d of t.store.scan('stats', [])) t.store.remove('stats', d._id);
    for (const d of t.store.scan('opinions', [])) {
      const { statsFacts: _f, statsRev: _r, ...rest } = d as Record<string, unknown> & { _id: string };
      t.store.replace('opinions', rest as typeof d);
    }
    const again = await rebuildStats(t.ports);
    expect(again.factsUpdated).toBe(t.store.count('opinions'));
    expect(JSON.stringify(sortedStats())).toBe(kept);
  });
});

function sortedStats() {
  const sort = (v: unknown): unknown =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)).map(([k, x]) => [k, sort(x)]))
      : v;
  // `w` counts writes to a counter (for the reconcile), not a figure: a rebuild leaves it out.
  return t.store.scan('stats', []).map(({ w: _w, ...cells }) => sort(cells)).sort((a, b) => String((a as { _id: string })._id).localeCompare(String((b as { _id: string })._id)));
}

describe('one county sees nothing of another', () => {
  test('开福区 sees its own opinions only, and 岳麓区 none of them', async () => {
    const kf = await t.ok('admin', 'dashboard', period, KAIFU_ADMIN);
    expect(kf.scope.regionName).toBe('开福区');
    expect(kf.totals.received).toBe(opinionsIn('430105').length);
    expect(kf.totals.received).toBe(3);
    expect(kf.byStation.map((r) => r.key)).toEqual(['KF01']);
    expect(kf.byRegion.map((r) => r.label)).toEqual(['四方坪街道']);
    const yl = await t.ok('admin', 'dashboard', period, YUELU_ADMIN);
    expect(yl.byStation.map((r) => r.key)).not.toContain('KF01');
    expect(yl.totals.received).toBe(5);
  });

  test("asking for the other county's region or station is refused, existing or not", async () => {
    for (const [who, payload] of [
      [KAIFU_ADMIN, { regionCode: '430104' }],
      [KAIFU_ADMIN, { regionCode: '430104007' }],
      [KAIFU_ADMIN, { stationCode: 'WYH01' }],
      [KAIFU_ADMIN, { regionCode: '430100' }], // the city above is not below the county
      [YUELU_ADMIN, { regionCode: '430105' }],
      [YUELU_ADMIN, { stationCode: 'KF01' }],
      [YUELU_ADMIN, { regionCode: '999999' }],
    ] as const) {
      for (const action of ['dashboard', 'exportOpinions']) {
        const r = await t.refused('admin', action, { ...period, ...payload }, who);
        expect([action, r.code]).toEqual([action, 'OUT_OF_REGION']);
      }
    }
    const kfExport = await t.ok('admin', 'exportOpinions', period, KAIFU_ADMIN);
    const rows = await readRows(kfExport);
    const kfNos = opinionsIn('430105').map((d) => d.trackingNo).sort();
    expect(rows.map((r) => r[0]).sort()).toEqual(kfNos);
  });

  test('a station of my county outside the chosen township is refused', async () => {
    const r = await t.refused('admin', 'dashboard', { regionCode: '430104007', stationCode: 'XJH01' }, YUELU_ADMIN);
    expect(r).toMatchObject({ code: 'OUT_OF_REGION', message: '这个联络站不在所选地区' });
  });
});

describe('bad requests', () => {
  test('a period ending before it starts, too long, or malformed; callers who are not admins', async () => {
    const reversed = await t.refused('admin', 'dashboard', { from: '2026-12', to: '2026-10' }, YUELU_ADMIN);
    expect(reversed.code).toBe('PERIOD_INVALID');
    expect(reversed.message).toContain('不能早于开始月份');
    expect((await t.refused('admin', 'exportOpinions', { from: '2026-12', to: '2026-10' }, YUELU_ADMIN)).code).toBe('PERIOD_INVALID');
    expect((await t.refused('admin', 'dashboard', { from: '2020-01', to: '2026-12' }, YUELU_ADMIN)).code).toBe('PERIOD_INVALID');
    expect((await t.refused('admin', 'dashboard', { from: '2026-13' }, YUELU_ADMIN)).code).toBe('INVALID_PAYLOAD');
    expect((await t.refused('admin', 'dashboard', { level: 'mayor' }, YUELU_ADMIN)).code).toBe('INVALID_PAYLOAD');
    expect((await t.refused('admin', 'dashboard', {}, COUNTY_DEPUTY)).code).toBe('FORBIDDEN');
    expect((await t.refused('admin', 'exportOpinions', {}, 'dash-res-1')).code).toBe('FORBIDDEN');
  });
});

/** The rows of an exported list, read from storage (the answer carries only its id and URL). */
async function readRows(file: FileAnswerLike): Promise<unknown[][]> {
  const bytes = t.files.read(file.fileId);
  if (!bytes) throw new Error(`${file.fileId} is not in storage`);
  const wb = await openXlsx(bytes);
  const sheet = wb.getWorksheet('意见清单')!;
  const rows: unknown[][] = [];
  sheet.eachRow((row, n) => {
    if (n > 1) rows.push((row.values as unknown[]).slice(1));
  });
  return rows;
}

describe('export', () => {
  test('the xlsx lists what the dashboard counts; anonymous identity absent; phones masked', async () => {
    const file = await t.ok('admin', 'exportOpinions', period, YUELU_ADMIN);
    expect(file.fileName).toBe('意见清单-岳麓区-2026-11至2026-12.xlsx');
    await storedXlsx(t, file, 'opinion-exports', '430104-2026-11-2026-12');
    const rows = await readRows(file);
    const dash = await t.ok('admin', 'dashboard', period, YUELU_ADMIN);
    expect(rows).toHaveLength(dash.totals.received);
    expect(file.rows).toBe(rows.length);
    const header = EXPORT_HEADER;
    const col = (name: string) => header.indexOf(name);
    const byNo = new Map(rows.map((r) => [r[0], r]));
    const named = byNo.get(t.doc<OpinionDoc>('opinions', ids.named).trackingNo)!;
    expect(named[col('居民')]).toBe('实名');
    expect(named[col('联系电话')]).toBe('138****5678');
    expect(named[col('办理结果')]).toBe('已解决');
    expect(named[col('群众评价')]).toBe('满意');
    const anon = byNo.get(t.doc<OpinionDoc>('opinions', ids.anon).trackingNo)!;
    expect(anon[col('居民')]).toBe('匿名');
    expect(anon[col('联系电话')] ?? '').toBe('');
    expect(anon[col('催办次数')]).toBe(1);
    expect(anon[col('是否超期')]).toBe('是');
    expect(rows.filter((r) => r[col('是否超期')] === '是')).toHaveLength(dash.totals.overdue);
    // nowhere in the workbook: a full phone number, the anonymous resident's number, any openid
    const everything = JSON.stringify(rows);
    for (const secret of [PHONE, '13900001111', '1111', 'dash-res-1', 'dash-res-2']) expect(everything).not.toContain(secret);
  });

  test('filters narrow the export the way they narrow the dashboard', async () => {
    const edu = await t.ok('admin', 'exportOpinions', { ...period, category: '教育' }, YUELU_ADMIN);
    const dash = await t.ok('admin', 'dashboard', period, YUELU_ADMIN);
    expect(edu.rows).toBe(dash.byCategory.find((r) => r.key === '教育')!.received);
    const dec = await t.ok('admin', 'exportOpinions', { from: '2026-12', to: '2026-12' }, YUELU_ADMIN);
    expect(dec.rows).toBe(dash.trend.find((m) => m.month === '2026-12')!.received);
    const xjh = await t.ok('admin', 'exportOpinions', { ...period, stationCode: 'XJH01' }, YUELU_ADMIN);
    expect(xjh.rows).toBe(dash.byStation.find((r) => r.key === 'XJH01')!.received);
  });
});

const EXPORT_HEADER = [
  '查询编号', '提交时间', '地区', '联络站', '类别', '渠道', '状态', '办理代表', '代表层级', '受理时间', '首次答复时间', '办结时间',
  '办理结果', '群众评价', '是否超期', '催办次数', '重新办理次数', '居民', '联系电话', '意见内容',
];

describe("the region's own stations (review bug 7)", () => {
  test('opinions of a station directly in the county get a row of their own: the rows add up to the total', async () => {
    // YL01 is the county's own station (region 430104 itself, not a township)
    const own = (await t.submit({ stationCode: 'YL01', text: '区政务中心门口人行道破损，雨天积水难以通行。' }, 'dash-res-9')).id;
    await t.relay();
    expect(t.doc<OpinionDoc>('opinions', own).regionCode).toBe('430104');
    const dash = await t.ok('admin', 'dashboard', period, YUELU_ADMIN);
    expect(dash.totals.received).toBe(opinionsIn('430104').length);
    expect(dash.byRegion.map((r) => [r.key, r.label, r.received]).sort()).toEqual([
      ['430104', '区本级', opinionsIn('430104').filter((d) => d.regionCode === '430104').length],
      ['430104007', '望月湖街道', opinionsIn('430104007').length],
      ['430104010', '咸嘉湖街道', opinionsIn('430104010').length],
    ]);
    const sum = (k: 'received' | 'accepted' | 'acceptedOnTime' | 'resolved' | 'overdue') => dash.byRegion.reduce((n, r) => n + r[k], 0);
    for (const k of ['received', 'accepted', 'acceptedOnTime', 'resolved', 'overdue'] as const) expect([k, sum(k)]).toEqual([k, dash.totals[k]]);
    // the same for one level of deputy (its own counter documents)
    for (const row of dash.byLevel.filter((r) => r.key !== 'none')) {
      const one = await t.ok('admin', 'dashboard', { ...period, level: row.key as 'county' }, YUELU_ADMIN);
      expect([row.key, one.byRegion.reduce((n, r) => n + r.received, 0)]).toEqual([row.key, one.totals.received]);
    }
    // a township has no region below: no breakdown by region at all
    expect((await t.ok('admin', 'dashboard', { ...period, regionCode: '430104007' }, YUELU_ADMIN)).byRegion).toEqual([]);
    // the export names the county itself for that opinion
    const rows = await readRows(await t.ok('admin', 'exportOpinions', period, YUELU_ADMIN));
    const trackingNo = t.doc<OpinionDoc>('opinions', own).trackingNo;
    expect(rows.find((r) => r[0] === trackingNo)?.[EXPORT_HEADER.indexOf('地区')]).toBe('岳麓区');
  });
});
