/**
 * Issue 23, oversight for the office (decision 0033): the per-deputy table of the region moves
 * right after each event (accept, resolve, rate, chase, an activity, a check-in), is read from
 * the per-deputy rows and never from the opinions, sorts by every column both ways with the
 * deputies who did nothing last, pages with a cursor without repeating or dropping a row, is
 * exported as xlsx (read back with exceljs), agrees with a rebuild, and stays inside the
 * admin's region; any deputy's record in the region lists the cases handled — in the app, the
 * xlsx and the PDF (read back with pdftotext) — and the deputy's own record the same list.
 */
import { execFileSync, execSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Answer } from '../../core/contract/functions';
import { TABLE_SORT_KEYS, type TableSort } from '../../core/stats/deputy-rows';
import type { DeputyDoc, OpinionDoc, RegionDoc, StationDoc, UserDoc } from '../../server/model';
import { rebuildStats } from '../../server/dashboard/rebuild';
import { runRepairs } from '../../server/opinions/jobs/repairs';
import { dbOf } from '../../server/platform/db';
import { counted } from '../support/db-count';
import { openXlsx, storedXlsx } from '../support/generated-files';
import { COUNTY_DEPUTY, startLocal, TOWNSHIP_DEPUTY, TUESDAY_SESSION, type Local } from '../support/local';

const ADMIN = 'demo-admin-yuelu';
const KAIFU_ADMIN = 'test-admin-kaifu';
const DEC = { from: '2026-12', to: '2026-12' };
const RECORD = { from: '2026-12-01', to: '2026-12-31' };
const DAY = 86_400_000;

type Table = Answer<'admin', 'deputyTable'>;
type Row = Table['items'][number];

jest.setTimeout(120_000);

let t: Local;
const ids: Record<string, string> = {};

/** 开福区 beside 岳麓区: a township, a station, a deputy and an admin. */
async function addKaifu() {
  const add = (c: string, data: object) => dbOf(t.ports).collection(c).add({ data });
  const county: RegionDoc = { _id: '430105', name: '开福区', kind: 'county', parentCode: '430100', path: ['430000', '430100', '430105'] };
  const town: RegionDoc = { _id: '430105001', name: '四方坪街道', kind: 'township', parentCode: '430105', path: [...county.path, '430105001'] };
  await add('regions', county);
  await add('regions', town);
  const deputy: DeputyDoc = {
    _id: 'd-kf-1', name: '钱开福', level: 'county', homeRegionCode: town._id, stationCodes: ['KF01'], specialties: ['住房物业'],
    bio: '区人大代表', photo: '', openid: 'test-deputy-kaifu', status: 'active', leaves: [], lastAssignedAt: 0,
  };
  await add('deputies', deputy);
  const station: StationDoc = {
    _id: 'KF01', name: '四方坪街道人大代表联络站', address: '长沙市开福区四方坪', regionCode: town._id, regionPath: town.path,
    status: 'active', deputyIds: ['d-kf-1'], schedule: { weekly: [], dated: [], cancelled: [] }, createdAt: t.clock.now(),
  };
  await add('stations', station);
  const users: UserDoc[] = [{ _id: 'test-deputy-kaifu', deputyId: 'd-kf-1' }, { _id: KAIFU_ADMIN, adminRegionCode: county._id }];
  for (const u of users) await add('users', u);
}

/** The whole table (every page of `limit`), as the admin would walk it. */
async function walk(payload: Record<string, unknown>, limit = 100, openid = ADMIN): Promise<Row[]> {
  const rows: Row[] = [];
  let cursor: string | undefined;
  do {
    const page: Table = await t.ok('admin', 'deputyTable', { ...payload, limit, ...(cursor ? { cursor } : {}) } as never, openid);
    rows.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return rows;
}

const rowOf = (rows: Row[], name: string) => {
  const r = rows.find((x) => x.name === name);
  if (!r) throw new Error(`${name} is not in the table: ${rows.map((x) => x.name).join('、')}`);
  return r;
};

/** The figures of a deputy, counted straight from the stored opinions (not through the rows). */
function fromStore(deputyId: string) {
  const mine = t.docs<OpinionDoc>('opinions').filter((o) => o.assigneeDeputyId === deputyId);
  const rated = mine.filter((o) => o.ratings?.length);
  const ok = rated.filter((o) => ['satisfied', 'basic'].includes(o.ratings!.at(-1)!.result));
  return {
    received: mine.length,
    accepted: mine.filter((o) => o.acceptedAt).length,
    resolved: mine.filter((o) => o.status === 'resolved' || o.status === 'closed').length,
    rated: rated.length,
    satisfactionRate: rated.length ? ok.length / rated.length : null,
    chases: mine.reduce((n, o) => n + (o.chaseCount ?? 0), 0),
    reopened: mine.filter((o) => (o.reopenCount ?? 0) > 0).length,
  };
}

beforeAll(async () => {
  const script = path.resolve(__dirname, '../../scripts/ensure-poppler.sh');
  if (existsSync(script)) execSync(`sh ${script}`, { stdio: 'inherit' });
  t = await startLocal(TUESDAY_SESSION);
  await addKaifu();
  await runRepairs(t.ports); // the daily pass: 钱开福 (added straight to the store) is listed in 开福区 too
}, 120_000);

afterAll(() => t?.close());

test('the table moves right after each event: submit, accept, resolve, rate, chase, an activity, a check-in', async () => {
  const submit = async (key: string, deputyId: string, stationCode = 'WYH01') => {
    ids[key] = (await t.submit({ stationCode, chosenDeputyId: deputyId, text: `${key}：小区电梯经常故障，物业维修不及时，请代表帮助协调。` }, `oversight-res-${key}`)).id;
  };
  await submit('a', 'd-county-1');
  await submit('b', 'd-county-1');
  await submit('c', 'd-town-1');
  await submit('d', 'd-county-2', 'XJH01');
  await t.relay();
  let rows = await walk(DEC);
  expect(rowOf(rows, '李红梅')).toMatchObject({ received: 2, accepted: 0, resolved: 0, nothing: false });
  expect(rowOf(rows, '周丽')).toMatchObject({ received: 1, nothing: false });
  expect(rowOf(rows, '赵国庆')).toMatchObject({ received: 1 });

  await t.ok('deputy', 'accept', { id: ids.a }, COUNTY_DEPUTY);
  await t.ok('deputy', 'accept', { id: ids.b }, COUNTY_DEPUTY);
  await t.relay();
  expect(rowOf(await walk(DEC), '李红梅')).toMatchObject({ accepted: 2, acceptedOnTime: 2 });

  await t.ok('deputy', 'resolve', { id: ids.a, kind: 'solved', text: '已协调物业更换电梯控制柜，现已正常运行。' }, COUNTY_DEPUTY);
  await t.ok('deputy', 'resolve', { id: ids.b, kind: 'explained', text: '已向物业了解情况，电梯正在报批大修，预计下月完成。' }, COUNTY_DEPUTY);
  await t.relay();
  expect(rowOf(await walk(DEC), '李红梅')).toMatchObject({ resolved: 2, rated: 0, satisfactionRate: null });

  await t.ok('opinion', 'rate', { id: ids.a, result: 'satisfied', attitude: 'satisfied' }, 'oversight-res-a');
  await t.ok('opinion', 'rate', { id: ids.b, result: 'unsatisfied', attitude: 'satisfied' }, 'oversight-res-b');
  await t.relay();
  rows = await walk(DEC);
  // 不满意 the first time reopens the case: it is no longer resolved, and counts as reopened.
  expect(rowOf(rows, '李红梅')).toMatchObject({ resolved: 1, rated: 2, satisfactionRate: 0.5, reopened: 1 });

  // A week later 周丽's case is past its accept deadline: the resident chases.
  t.clock.set(new Date(TUESDAY_SESSION.getTime() + 7 * DAY));
  await t.ok('opinion', 'chase', { id: ids.c }, 'oversight-res-c');
  await t.relay();
  expect(rowOf(await walk(DEC), '周丽')).toMatchObject({ chases: 1 });
  t.clock.set(TUESDAY_SESSION);

  // Activities and check-ins count at once (no relay).
  await t.ok('deputy', 'recordActivity', { kind: 'visit', date: '2026-12-01', place: '望月湖社区', people: '居民8人', summary: '走访居民，了解电梯维修进展。' }, COUNTY_DEPUTY);
  await t.ok('deputy', 'checkIn', { stationCode: 'WYH01' }, TOWNSHIP_DEPUTY);
  await t.ok('deputy', 'checkIn', { stationCode: 'WYH01' }, TOWNSHIP_DEPUTY); // a repeat counts once
  rows = await walk(DEC);
  expect(rowOf(rows, '李红梅')).toMatchObject({ activities: 1, checkIns: 0 });
  expect(rowOf(rows, '周丽')).toMatchObject({ activities: 0, checkIns: 1 });

  // Every figure equals what the stored opinions say.
  for (const [name, id] of [['李红梅', 'd-county-1'], ['周丽', 'd-town-1'], ['赵国庆', 'd-county-2']]) {
    expect(rowOf(rows, name)).toMatchObject(fromStore(id));
  }
});

test('who is listed: deputies homed in the region or attached to its stations, those with nothing last; 开福区 sees only its own', async () => {
  const rows = await walk(DEC);
  const names = rows.map((r) => r.name);
  // 刘建华 (national, homed in the province) and 陈秀英 (provincial, homed in 长沙市) sit at 岳麓总站.
  for (const n of ['李红梅', '周丽', '赵国庆', '刘建华', '陈秀英', '孙立军', '王志强', '吴喆', '黄镕']) expect(names).toContain(n);
  expect(names).not.toContain('钱开福');
  const firstNothing = rows.findIndex((r) => r.nothing);
  expect(rows.slice(firstNothing).every((r) => r.nothing)).toBe(true);
  expect(rowOf(rows, '吴喆')).toMatchObject({ nothing: true, received: 0, satisfactionRate: null });

  // One township below: 咸嘉湖街道 lists 赵国庆, 吴喆, 黄镕 and not 李红梅.
  const xjh = (await walk({ ...DEC, regionCode: '430104010' })).map((r) => r.name);
  expect(xjh).toEqual(expect.arrayContaining(['赵国庆', '吴喆', '黄镕']));
  expect(xjh).not.toContain('李红梅');
  // One level: county deputies only.
  const county = await walk({ ...DEC, level: 'county' });
  expect(county.map((r) => r.levelLabel).every((l) => l === '县（市区）')).toBe(true);
  expect(county.map((r) => r.name).sort()).toEqual(['李红梅', '赵国庆']);

  const kaifu = await walk(DEC, 100, KAIFU_ADMIN);
  expect(kaifu.map((r) => r.name)).toEqual(['钱开福']);
  expect((await t.refused('admin', 'deputyTable', { ...DEC, regionCode: '430104' }, KAIFU_ADMIN)).code).toBe('OUT_OF_REGION');
  expect((await t.refused('admin', 'deputyTable', DEC, COUNTY_DEPUTY)).code).toBe('FORBIDDEN');
});

test('sorted by every column, both ways: by the figure, then by deputy; nothing-deputies last', async () => {
  const value = (r: Row, s: TableSort): number =>
    ({
      received: r.received,
      acceptedOnTime: r.acceptedOnTime,
      resolved: r.resolved,
      satisfaction: r.satisfactionRate === null ? -1 : r.satisfactionRate,
      chases: r.chases,
      reopened: r.reopened,
      activities: r.activities,
      checkIns: r.checkIns,
    })[s];
  for (const sort of TABLE_SORT_KEYS) {
    for (const direction of ['desc', 'asc'] as const) {
      const rows = await walk({ ...DEC, sort, direction });
      const active = rows.filter((r) => !r.nothing);
      const sign = direction === 'asc' ? 1 : -1;
      for (let i = 1; i < active.length; i++) {
        const d = sign * (value(active[i], sort) - value(active[i - 1], sort));
        expect(d > 0 || (d === 0 && sign * active[i].deputyId.localeCompare(active[i - 1].deputyId) > 0)).toBe(true);
      }
      expect(rows.slice(active.length).every((r) => r.nothing)).toBe(true);
    }
  }
  const bySatisfaction = await walk({ ...DEC, sort: 'satisfaction', direction: 'desc' });
  expect(bySatisfaction[0].name).toBe('李红梅');
});

test('pages of 2 walk the same rows as one page, none repeated; a cursor of another sort is refused', async () => {
  for (const sort of ['received', 'checkIns'] as const) {
    const whole = await walk({ ...DEC, sort });
    const paged = await walk({ ...DEC, sort }, 2);
    expect(paged.map((r) => r.deputyId)).toEqual(whole.map((r) => r.deputyId));
    expect(new Set(paged.map((r) => r.deputyId)).size).toBe(paged.length);
  }
  const first = await t.ok('admin', 'deputyTable', { ...DEC, limit: 1 }, ADMIN);
  expect(first.nextCursor).toBeDefined();
  expect((await t.refused('admin', 'deputyTable', { ...DEC, sort: 'resolved', limit: 1, cursor: first.nextCursor }, ADMIN)).code).toBe('CURSOR_INVALID');
});

test('a month, a quarter and a year come from rows of their own; another run of months is summed; no opinion is read', async () => {
  const month = await t.ok('admin', 'deputyTable', DEC, ADMIN);
  expect(month.period.kind).toBe('month');
  const quarter = await t.ok('admin', 'deputyTable', { from: '2026-10', to: '2026-12' }, ADMIN);
  const year = await t.ok('admin', 'deputyTable', {}, ADMIN);
  const custom = await t.ok('admin', 'deputyTable', { from: '2026-11', to: '2026-12' }, ADMIN);
  expect([quarter.period.kind, year.period.kind, custom.period.kind]).toEqual(['quarter', 'year', 'custom']);
  expect(year.period).toMatchObject({ from: '2026-01', to: '2026-12' });
  for (const other of [quarter, year, custom]) expect(other.items).toEqual(month.items);
  const november = await walk({ from: '2026-11', to: '2026-11' });
  expect(november.every((r) => r.nothing)).toBe(true);

  const { result, count } = await counted(() => t.ok('admin', 'deputyTable', { ...DEC, sort: 'resolved', limit: 5 }, ADMIN));
  expect(count.byCollection().opinions ?? 0).toBe(0);
  expect(result.rowsRead).toBeLessThanOrEqual(6);
  count.stop();
  expect((await t.refused('admin', 'deputyTable', { from: '2026-12', to: '2026-01' }, ADMIN)).code).toBe('PERIOD_INVALID');
});

test('the export holds the table as shown, read back with exceljs', async () => {
  const shown = await walk({ ...DEC, sort: 'received' });
  const file = await t.ok('admin', 'exportDeputyTable', { ...DEC, sort: 'received' }, ADMIN);
  expect(file.rows).toBe(shown.length);
  expect(file.fileName).toBe('代表履职统计-岳麓区-2026-12至2026-12.xlsx');
  const wb = await openXlsx(await storedXlsx(t, file, 'deputy-tables', '430104-2026-12-2026-12'));
  const sheet = wb.getWorksheet('代表履职统计')!;
  const header = (sheet.getRow(1).values as unknown[]).slice(1);
  expect(header).toEqual(['代表', '层级', '选区所在地', '收到意见', '受理', '按时受理', '办结', '评价件数', '满意率（%）', '被催办（次）', '重新办理', '履职活动', '接待签到', '备注']);
  const rows: unknown[][] = [];
  sheet.eachRow((row, i) => i > 1 && rows.push((row.values as unknown[]).slice(1)));
  expect(rows.map((r) => r[0])).toEqual(shown.map((r) => r.name));
  const li = rows.find((r) => r[0] === '李红梅')!;
  expect(li.slice(3, 13)).toEqual([2, 2, 2, 1, 2, 50, 0, 1, 1, 0]);
  expect(rows.find((r) => r[0] === '吴喆')![13]).toBe('本期间无记录');
  expect((await t.refused('admin', 'exportDeputyTable', { ...DEC, regionCode: '430104' }, KAIFU_ADMIN)).code).toBe('OUT_OF_REGION');
});

test('a rebuild from the opinions, activities and check-ins writes the rows the keepers kept', async () => {
  const strip = (docs: Record<string, unknown>[]) =>
    docs
      .map(({ w: _w, ...rest }): Record<string, unknown> => ({ ...rest, scope: [...((rest.scope as string[]) ?? [])].sort(), ...(rest.periods ? { periods: [...(rest.periods as string[])].sort() } : {}) }))
      .sort((a, b) => String(a._id).localeCompare(String(b._id)));
  const kept = strip(t.docs<Record<string, unknown>>('deputystats'));
  const report = await rebuildStats(t.ports);
  expect(report.deputyRows).toBe(kept.length);
  expect(strip(t.docs<Record<string, unknown>>('deputystats'))).toEqual(kept);
});

test('any deputy of the region: the record and the cases handled, in the app, the xlsx and the PDF', async () => {
  const own = await t.ok('deputy', 'dutyRecord', RECORD, COUNTY_DEPUTY);
  const office = await t.ok('admin', 'deputyRecord', { deputyId: 'd-county-1', ...RECORD }, ADMIN);
  expect(office).toEqual({ ...own, bound: true, inOffice: true });

  const cases = await t.ok('admin', 'deputyRecordCases', { deputyId: 'd-county-1', ...RECORD }, ADMIN);
  const stored = t.docs<OpinionDoc>('opinions').filter((o) => o.assigneeDeputyId === 'd-county-1');
  expect(cases.total).toBe(2);
  expect(cases.items.map((c) => c.trackingNo).sort()).toEqual(stored.map((o) => o.trackingNo).sort());
  const a = cases.items.find((c) => c.id === ids.a)!;
  expect(a).toMatchObject({ category: '住房物业', stationName: '望月湖街道人大代表联络站', statusLabel: expect.any(String), resultLabel: '已解决', ratingLabel: '满意', receivedOn: '2026-12-01' });
  expect(cases.items.find((c) => c.id === ids.b)).toMatchObject({ ratingLabel: '不满意' });
  expect(cases.items.find((c) => c.id === ids.b)!.resultLabel).toBeUndefined(); // reopened: not resolved now
  // The deputy's own record lists the same cases; pages of one walk them newest first.
  const mine = await t.ok('deputy', 'dutyRecordCases', { ...RECORD, limit: 1 }, COUNTY_DEPUTY);
  expect(mine.total).toBe(2);
  const next = await t.ok('deputy', 'dutyRecordCases', { ...RECORD, limit: 1, cursor: mine.nextCursor }, COUNTY_DEPUTY);
  expect([...mine.items, ...next.items].map((c) => c.id).sort()).toEqual(cases.items.map((c) => c.id).sort());
  expect(next.nextCursor).toBeUndefined();
  // A period before the cases: none.
  expect((await t.ok('admin', 'deputyRecordCases', { deputyId: 'd-county-1', from: '2026-11-01', to: '2026-11-30' }, ADMIN)).items).toEqual([]);

  // 刘建华 is homed in the province but sits at 岳麓总站: his record is the office's to see.
  await t.ok('admin', 'deputyRecord', { deputyId: 'd-nat-1', ...RECORD }, ADMIN);
  for (const [action, payload] of [
    ['deputyRecord', { deputyId: 'd-county-1', ...RECORD }],
    ['deputyRecordCases', { deputyId: 'd-county-1', ...RECORD }],
    ['exportDeputyRecord', { deputyId: 'd-county-1', ...RECORD }],
    ['deputyRecord', { deputyId: 'no-such-deputy', ...RECORD }],
  ] as const) {
    expect((await t.refused('admin', action, payload, KAIFU_ADMIN)).code).toBe('OUT_OF_REGION');
  }
  expect((await t.refused('admin', 'deputyRecord', { deputyId: 'd-kf-1', ...RECORD }, ADMIN)).code).toBe('OUT_OF_REGION');

  const file = await t.ok('admin', 'exportDeputyRecord', { deputyId: 'd-county-1', ...RECORD }, ADMIN);
  const wb = await openXlsx(await storedXlsx(t, file, 'duty-records', 'd-county-1-2026-12-01-2026-12-31'));
  const sheet = wb.getWorksheet('办理意见')!;
  expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(['查询编号', '类别', '联络站', '收到日期', '状态', '办理结果', '办结日期', '群众评价']);
  const listed: unknown[][] = [];
  sheet.eachRow((row, i) => i > 1 && listed.push((row.values as unknown[]).slice(1)));
  expect(listed.map((r) => r[0]).sort()).toEqual(stored.map((o) => o.trackingNo).sort());
  expect(listed.find((r) => r[0] === a.trackingNo)).toEqual([a.trackingNo, '住房物业', '望月湖街道人大代表联络站', '2026-12-01', a.statusLabel, '已解决', a.resolvedOn, '满意']);

  const pdf = await t.ok('documents', 'deputyRecord', { deputyId: 'd-county-1', ...RECORD }, ADMIN);
  expect(pdf.fileName).toBe('履职档案-李红梅-2026-12-01至2026-12-31.pdf');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'oversight-pdf-'));
  const out = path.join(dir, 'record.pdf');
  writeFileSync(out, t.files.read(pdf.fileId)!);
  const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' });
  expect(text).toContain('李红梅代表履职档案');
  expect(text).toContain('办理的意见（2）');
  for (const o of stored) expect(text).toContain(o.trackingNo);
  expect(text).toContain('群众评价：满意');
  expect((await t.refused('documents', 'deputyRecord', { deputyId: 'd-county-1', ...RECORD }, KAIFU_ADMIN)).code).toBe('OUT_OF_REGION');
  // The deputy's own PDF has the list too.
  const ownPdf = await t.ok('documents', 'dutyRecord', RECORD, COUNTY_DEPUTY);
  writeFileSync(out, t.files.read(ownPdf.fileId)!);
  expect(execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' })).toContain('办理的意见（2）');
});

test('a case handed over is the record of the deputy it was handed to, in the cases and the table', async () => {
  await t.ok('deputy', 'handover', { id: ids.c, toDeputyId: 'd-county-1', reason: '李红梅代表熟悉该小区情况' }, TOWNSHIP_DEPUTY);
  await t.relay();
  const rows = await walk(DEC);
  expect(rowOf(rows, '李红梅')).toMatchObject({ received: 3, chases: 1 });
  expect(rowOf(rows, '周丽')).toMatchObject({ received: 0, chases: 0, checkIns: 1 });
  const cases = await t.ok('admin', 'deputyRecordCases', { deputyId: 'd-county-1', ...RECORD }, ADMIN);
  expect(cases.items.map((c) => c.id)).toContain(ids.c);
  expect((await t.ok('admin', 'deputyRecordCases', { deputyId: 'd-town-1', ...RECORD }, ADMIN)).items).toEqual([]);
});
