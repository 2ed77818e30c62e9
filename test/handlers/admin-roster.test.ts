/**
 * Issue 9: staff accounts by invite code, the deputy roster import (staged, reported row by
 * row, activated with one switch, never half visible), and deputies whose term ended.
 * Every refusal is shown to write nothing (the whole store compared before and after).
 */
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import path from 'node:path';
import { storedXlsx } from '../support/generated-files';
import { startLocal, type Local } from '../support/local';
import { BAD_ROWS, GOOD_ROWS, claimingHuge, csvOf, upload, withMacros, xlsxOf, type Row } from '../support/roster-files';
import { finishRoster } from '../../server/roster/activation';
import { dbOf } from '../../server/platform/db';

const ADMIN = 'demo-admin-yuelu';
const FURONG_ADMIN = 'test-admin-furong';
const NEWCOMER = 'test-newcomer';

jest.setTimeout(60_000);
let t: Local;
beforeEach(async () => {
  t = await startLocal();
  // A county beside 岳麓区 (same city), with its own admin.
  await dbOf(t.ports).collection('regions').add({ data: { _id: '430102', name: '芙蓉区', kind: 'county', parentCode: '430100', path: ['430000', '430100', '430102'] } });
  await dbOf(t.ports).collection('users').add({ data: { _id: FURONG_ADMIN, adminRegionCode: '430102' } });
});
afterEach(() => t.close());

const stage = async (bytes: Buffer, fileName: string, who = ADMIN) => t.ok('admin', 'stageRoster', { fileId: await upload(t, bytes, who), fileName }, who);
const stationDeputies = async (code: string) => (await t.ok('station', 'get', { code })).deputies.map((d: { name: string }) => d.name);
const deputyCount = () => t.store.scan('deputies', []).length;

describe('staff accounts by invite code', () => {
  test('an admin issues a code for two stations; whoever enters it becomes their staff, once', async () => {
    const invite = await t.ok('admin', 'issueStaffInvite', { stationCodes: ['XJH01', 'YL01'] }, ADMIN);
    expect(invite.code).toMatch(/^[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}$/);
    expect(invite.stations.map((s) => s.code)).toEqual(['XJH01', 'YL01']);
    expect(Math.abs(new Date(invite.expiresAt).getTime() - t.clock.now().getTime() - 7 * 86_400_000)).toBeLessThan(5_000);
    // Only the hash is stored.
    expect(JSON.stringify(t.store.scan('invites', []))).not.toContain(invite.code.replace('-', ''));
    expect((await t.ok('admin', 'staffOverview', {}, ADMIN)).openInvites).toHaveLength(1);

    expect((await t.refused('staff', 'myStations', {}, NEWCOMER)).code).toBe('FORBIDDEN');
    const joined = await t.ok('admin', 'joinAsStaff', { inviteCode: invite.code.toLowerCase() }, NEWCOMER);
    expect(joined.stations.map((s) => s.name)).toEqual(['咸嘉湖街道人大代表联络站', '岳麓区人大代表联络总站']);
    expect((await t.ok('user', 'me', {}, NEWCOMER)).roles).toContain('staff');
    expect((await t.ok('staff', 'myStations', {}, NEWCOMER)).items.map((s: { code: string }) => s.code).sort()).toEqual(['XJH01', 'YL01']);

    const overview = await t.ok('admin', 'staffOverview', {}, ADMIN);
    expect(overview.staff.find((s) => s.openid === NEWCOMER)?.stations.map((s) => s.code)).toEqual(['XJH01', 'YL01']);
    expect(overview.openInvites).toHaveLength(0);
    // Single use: a second person is refused and nothing changes.
    const before = await t.snapshot();
    expect((await t.refused('admin', 'joinAsStaff', { inviteCode: invite.code }, 'test-someone-else')).code).toBe('INVITE_USED');
    expect(await t.snapshot()).toBe(before);
  });

  test('someone already staff of other stations keeps them and gains the new ones', async () => {
    const invite = await t.ok('admin', 'issueStaffInvite', { stationCodes: ['XJH01'] }, ADMIN);
    await t.ok('admin', 'joinAsStaff', { inviteCode: invite.code }, 'demo-staff-wyh');
    expect(t.doc<{ staffStationCodes: string[] }>('users', 'demo-staff-wyh').staffStationCodes).toEqual(['WYH01', 'YL01', 'XJH01']);
  });

  test('an expired code, a deputy code, a staff code used as a deputy code, stations outside the region: refused, nothing written', async () => {
    const invite = await t.ok('admin', 'issueStaffInvite', { stationCodes: ['WYH01'] }, ADMIN);
    const before = await t.snapshot();
    expect((await t.refused('deputy', 'bind', { inviteCode: invite.code }, NEWCOMER)).code).toBe('INVITE_INVALID');
    expect((await t.refused('admin', 'joinAsStaff', { inviteCode: 'HUANG-RONG1' }, NEWCOMER)).code).toBe('INVITE_INVALID');
    expect((await t.refused('admin', 'issueStaffInvite', { stationCodes: ['XJH00'] }, ADMIN)).code).toBe('STATION_RETIRED');
    expect((await t.refused('admin', 'issueStaffInvite', { stationCodes: ['WYH01'] }, FURONG_ADMIN)).code).toBe('OUT_OF_REGION');
    expect((await t.refused('admin', 'issueStaffInvite', { stationCodes: ['WYH01'] }, 'demo-staff-wyh')).code).toBe('FORBIDDEN');
    expect(await t.snapshot()).toBe(before);
    t.clock.set(new Date(t.clock.now().getTime() + 7 * 86_400_000 + 1000));
    expect((await t.refused('admin', 'joinAsStaff', { inviteCode: invite.code }, NEWCOMER)).code).toBe('INVITE_EXPIRED');
    expect(await t.snapshot()).toBe(before);
  });
});

describe('roster import: whole files refused', () => {
  const cases: [string, () => Promise<{ bytes: Buffer; name: string }>, string, RegExp][] = [
    ['wrong columns', async () => ({ bytes: await xlsxOf(GOOD_ROWS.map((r) => r.slice(0, 6)), ['姓名', '层级', '地区', '联络站', '专业领域', '届次']), name: 'r.xlsx' }), 'ROSTER_COLUMNS_WRONG', /缺少列：选举地区、任期届满；无法识别的列：地区/],
    ['10,000 rows (xlsx)', async () => ({ bytes: await xlsxOf(Array.from({ length: 10_000 }, (_, i) => [`代表${i}`, '乡', '望月湖街道', '', '', '第十八届', '2031-12-31', ''])), name: 'r.xlsx' }), 'ROSTER_TOO_MANY_ROWS', /名册有10000行，超过一次导入的上限2000行/],
    ['10,000 rows (csv)', async () => ({ bytes: csvOf(Array.from({ length: 10_000 }, (_, i) => [`代表${i}`, '乡', '望月湖街道', '', '', '第十八届', '2031-12-31', ''])), name: 'r.csv' }), 'ROSTER_TOO_MANY_ROWS', /名册有10000行/],
    ['a macro-enabled workbook named .xlsm', async () => ({ bytes: await xlsxOf(GOOD_ROWS), name: 'r.xlsm' }), 'ROSTER_FILE_REFUSED', /含宏的表格（\.xlsm）不能导入/],
    ['a workbook with a VBA project named .xlsx', async () => ({ bytes: await withMacros(await xlsxOf(GOOD_ROWS)), name: 'r.xlsx' }), 'ROSTER_FILE_REFUSED', /含有宏（VBA）/],
    ['a workbook that unpacks to 200 MB', async () => ({ bytes: claimingHuge(await xlsxOf(GOOD_ROWS)), name: 'r.xlsx' }), 'ROSTER_FILE_REFUSED', /解压后过大的表格/],
    ['a PNG renamed .xlsx', async () => ({ bytes: readFileSync(path.join(__dirname, '../fixtures/elevator.png')), name: 'r.xlsx' }), 'ROSTER_FILE_REFUSED', /文件内容是PNG 图片，不是表格/],
    ['a PNG renamed .csv', async () => ({ bytes: readFileSync(path.join(__dirname, '../fixtures/elevator.png')), name: 'r.csv' }), 'ROSTER_FILE_REFUSED', /文件内容是PNG 图片/],
    ['an old .xls', async () => ({ bytes: Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]), name: 'r.xls' }), 'ROSTER_FILE_REFUSED', /不支持 \.xls 文件/],
    ['a .docx', async () => ({ bytes: await xlsxOf(GOOD_ROWS), name: 'r.docx' }), 'ROSTER_FILE_REFUSED', /不支持 \.docx/],
    ['a header only', async () => ({ bytes: csvOf([]), name: 'r.csv' }), 'ROSTER_NOTHING_VALID', /只有表头/],
  ];
  test.each(cases)('%s → a clear error, nothing staged', async (_name, make, code, says) => {
    const { bytes, name } = await make();
    const fileId = await upload(t, bytes);
    const before = await t.snapshot();
    const r = await t.refused('admin', 'stageRoster', { fileId, fileName: name }, ADMIN);
    expect(r.code).toBe(code);
    expect(r.message).toMatch(says);
    expect(await t.snapshot()).toBe(before);
  });

  test('only admins stage, and only their own batches can be read', async () => {
    const batch = await stage(await xlsxOf(GOOD_ROWS), 'r.xlsx');
    expect((await t.refused('admin', 'stageRoster', { fileId: await upload(t, await xlsxOf(GOOD_ROWS), 'demo-staff-wyh'), fileName: 'r.xlsx' }, 'demo-staff-wyh')).code).toBe('FORBIDDEN');
    const before = await t.snapshot();
    expect((await t.refused('admin', 'rosterBatch', { id: batch.id }, FURONG_ADMIN)).code).toBe('OUT_OF_REGION');
    expect((await t.refused('admin', 'activateRoster', { id: batch.id }, FURONG_ADMIN)).code).toBe('OUT_OF_REGION');
    expect(await t.snapshot()).toBe(before);
  });
});

describe('roster import: staged, reported, activated together', () => {
  test('bad rows are reported one by one; nothing shows until the switch; then every good row at once', async () => {
    const deputiesBefore = deputyCount();
    const rows: Row[] = [...GOOD_ROWS, ...BAD_ROWS.map((b) => b.row)];
    const batch = await stage(await xlsxOf(rows), '岳麓区代表名册.xlsx');
    expect(batch).toMatchObject({ status: 'staged', statusLabel: '待激活', total: rows.length, validCount: GOOD_ROWS.length, problemCount: BAD_ROWS.length });
    BAD_ROWS.forEach((b, i) => {
      const report = batch.problems.find((p) => p.row === GOOD_ROWS.length + 2 + i)!;
      expect(report.errors.join(';')).toContain(b.says);
    });
    expect(batch.valid.map((v) => v.name)).toEqual(GOOD_ROWS.map((r) => r[0]));
    expect(batch.valid[2]).toMatchObject({ levelLabel: '市（州）', homeRegionName: '岳麓区', stationCodes: ['YL01', 'WYH01'], termEnd: '2031-12-31' });
    expect(batch.valid[5].stationCodes).toEqual(['XJH01']); // found by the station's name
    // Staged: no deputy written, no station changed.
    expect(deputyCount()).toBe(deputiesBefore);
    expect(await stationDeputies('WYH01')).not.toContain('朱镕基');

    const active = await t.ok('admin', 'activateRoster', { id: batch.id }, ADMIN);
    expect(active).toMatchObject({ status: 'active', statusLabel: '已激活' });
    expect(deputyCount()).toBe(deputiesBefore + GOOD_ROWS.length);
    expect(await stationDeputies('WYH01')).toEqual(expect.arrayContaining(['朱镕基', '孙堃']));
    expect(await stationDeputies('YL01')).toEqual(expect.arrayContaining(['孙堃', '李珺', '周全']));
    expect(await stationDeputies('XJH01')).toEqual(expect.arrayContaining(['钱喆', '郑和平']));
    // One switch: a second tap, or discarding afterwards, is refused.
    expect((await t.refused('admin', 'activateRoster', { id: batch.id }, ADMIN)).code).toBe('ROSTER_BATCH_CLOSED');
    expect((await t.refused('admin', 'discardRoster', { id: batch.id }, ADMIN)).code).toBe('ROSTER_BATCH_CLOSED');
    // The same file again: every row is now a deputy in office, as the file has them (无变化).
    const again = await stage(csvOf(GOOD_ROWS), 'again.csv');
    expect(again).toMatchObject({ validCount: 0, updateCount: 0, unchangedCount: GOOD_ROWS.length, problemCount: 0 });
    expect(again.unchanged.map((u) => u.name)).toEqual(GOOD_ROWS.map((r) => r[0]));
    expect((await t.refused('admin', 'activateRoster', { id: again.id }, ADMIN)).code).toBe('ROSTER_NOTHING_VALID');
  });

  test('the template, filled in as it comes, stages its two example rows', async () => {
    const f = await t.ok('admin', 'rosterTemplate', {}, ADMIN);
    expect(f.fileName).toBe('代表名册模板.xlsx');
    const batch = await stage(await storedXlsx(t, f, 'roster-templates', '430104'), f.fileName);
    expect(batch).toMatchObject({ total: 2, validCount: 2, problemCount: 0 });
    expect(batch.valid[1]).toMatchObject({ name: '李四', homeRegionName: '咸嘉湖街道', stationCodes: ['XJH01', 'YL01'] });
  });

  test('a CSV saved by Excel in GBK reads the same', async () => {
    const text = csvOf(GOOD_ROWS).toString('utf8').slice(1);
    const bytes = iconv.encode(text, 'gbk');
    expect(bytes.equals(Buffer.from(text, 'utf8'))).toBe(false);
    const batch = await stage(bytes, 'roster.csv');
    expect(batch.validCount).toBe(GOOD_ROWS.length);
    expect(batch.valid[0].name).toBe('朱镕基');
  });

  test('a discarded batch leaves nothing behind', async () => {
    const before = deputyCount();
    const fileId = await upload(t, await xlsxOf(GOOD_ROWS));
    const batch = await t.ok('admin', 'stageRoster', { fileId, fileName: 'r.xlsx' }, ADMIN);
    expect(t.files.read(fileId)).toBeUndefined(); // the batch holds the rows; the upload is gone
    const discarded = await t.ok('admin', 'discardRoster', { id: batch.id }, ADMIN);
    expect(discarded.status).toBe('discarded');
    expect((await t.refused('admin', 'activateRoster', { id: batch.id }, ADMIN)).code).toBe('ROSTER_BATCH_CLOSED');
    expect(deputyCount()).toBe(before);
    expect((await t.ok('admin', 'rosterBatches', {}, ADMIN)).items.map((b) => b.status)).toEqual(['discarded']);
  });

  test('two batches with the same deputy: the second is refused at activation and writes nothing', async () => {
    const first = await stage(await xlsxOf(GOOD_ROWS.slice(0, 2)), 'a.xlsx');
    const second = await stage(await xlsxOf(GOOD_ROWS.slice(1, 3)), 'b.xlsx');
    await t.ok('admin', 'activateRoster', { id: first.id }, ADMIN);
    const before = await t.snapshot();
    const r = await t.refused('admin', 'activateRoster', { id: second.id }, ADMIN);
    expect(r.code).toBe('ROSTER_STALE');
    expect(r.message).toContain('第2行钱喆');
    expect(await t.snapshot()).toBe(before);
  });

  test('activation cut short is never half visible, and the scheduler finishes it', async () => {
    const batch = await stage(await xlsxOf(GOOD_ROWS), 'r.xlsx');
    // The switch flipped and the function stopped after writing two deputies and one station.
    await dbOf(t.ports).collection('rosterbatches').doc(batch.id).update({ data: { status: 'activating', activatingAt: t.clock.now() } });
    const stored = t.doc<{ rows: { row: number; name: string; level: string; homeRegionCode: string; stationCodes: string[] }[] }>('rosterbatches', batch.id);
    for (const r of stored.rows.slice(0, 2)) {
      await dbOf(t.ports).collection('deputies').add({
        data: { _id: `${batch.id}-${r.row}`, name: r.name, level: r.level, homeRegionCode: r.homeRegionCode, stationCodes: r.stationCodes, specialties: [], bio: '', photo: '', status: 'active', leaves: [], lastAssignedAt: 0, importBatch: batch.id, pendingBatch: batch.id },
      });
    }
    const wyh = t.doc<{ deputyIds: string[] }>('stations', 'WYH01');
    await dbOf(t.ports).collection('stations').doc('WYH01').update({ data: { deputyIds: [...wyh.deputyIds, `${batch.id}-2`] } });
    // Written but not visible: the station page, routing and staff lists leave out a deputy its batch still marks.
    expect(await stationDeputies('WYH01')).not.toContain('朱镕基');
    const opinion = await t.submit({ chosenDeputyId: `${batch.id}-2` });
    expect(t.doc<{ assigneeDeputyId?: string }>('opinions', opinion.id).assigneeDeputyId).not.toBe(`${batch.id}-2`);
    expect((await t.refused('staff', 'issueInvite', { deputyId: `${batch.id}-2` }, 'demo-staff-wyh')).code).toBe('DEPUTY_NOT_FOUND');

    // Too soon for the scheduler (the activation may still be running) …
    await t.ok('scheduler', 'tick', {}, ADMIN);
    expect(t.doc<{ status: string }>('rosterbatches', batch.id).status).toBe('activating');
    // … later it finishes: every deputy written once, every station, then all visible together.
    t.clock.set(new Date(t.clock.now().getTime() + 3 * 60_000));
    await t.ok('scheduler', 'tick', {}, ADMIN);
    expect(t.doc<{ status: string }>('rosterbatches', batch.id).status).toBe('active');
    expect(t.store.scan('deputies', []).filter((d) => (d as { importBatch?: string }).importBatch === batch.id)).toHaveLength(GOOD_ROWS.length);
    expect(await stationDeputies('WYH01')).toEqual(expect.arrayContaining(['朱镕基', '孙堃']));
    const wyhAfter = t.doc<{ deputyIds: string[] }>('stations', 'WYH01').deputyIds;
    expect(new Set(wyhAfter).size).toBe(wyhAfter.length); // no id twice
    // Finishing again changes nothing.
    const before = await t.snapshot();
    expect(await finishRoster(t.ports, batch.id)).toBe(false);
    expect(await t.snapshot()).toBe(before);
  });
});

describe('terms (届次) that end', () => {
  test('the day after the term ends the deputy is inactive, and their open opinions are listed for hand-over', async () => {
    const opinion = await t.submit({ chosenDeputyId: 'd-county-1' });
    await t.ok('deputy', 'accept', { id: opinion.id }, 'demo-deputy-county');
    await dbOf(t.ports).collection('deputies').doc('d-county-1').update({ data: { termEnd: '2026-11-29' } });
    // Still in office on the last day of the term.
    await t.ok('scheduler', 'tick', {}, ADMIN);
    expect(t.doc<{ status: string }>('deputies', 'd-county-1').status).toBe('active');
    expect((await t.ok('admin', 'endedTerms', {}, ADMIN)).deputies).toEqual([]);

    t.clock.set(new Date('2026-11-29T16:05:00Z')); // 00:05 on 30 November, Beijing
    await t.ok('scheduler', 'tick', {}, ADMIN);
    expect(t.doc<{ status: string; inactiveReason: string }>('deputies', 'd-county-1')).toMatchObject({ status: 'inactive', inactiveReason: 'term_ended' });
    const ended = await t.ok('admin', 'endedTerms', {}, ADMIN);
    expect(ended.deputies).toEqual([{ id: 'd-county-1', name: '李红梅', levelLabel: '县（市区）', termEnd: '2026-11-29', openOpinions: 1 }]);
    expect(ended.opinions).toEqual([expect.objectContaining({ id: opinion.id, statusLabel: '已受理', deputyName: '李红梅', stationCode: 'WYH01' })]);
    // She no longer acts as a deputy; another county sees none of it.
    expect((await t.refused('deputy', 'inbox', {}, 'demo-deputy-county')).code).toBe('FORBIDDEN');
    expect(await t.ok('admin', 'endedTerms', {}, FURONG_ADMIN)).toEqual({ deputies: [], opinions: [] });
  });

  test('staff of the station hand the open opinions over to a deputy in office; status and deadlines stay', async () => {
    const opinion = await t.submit({ chosenDeputyId: 'd-county-1' });
    await t.ok('deputy', 'accept', { id: opinion.id }, 'demo-deputy-county');
    const held = t.doc<{ status: string; resultDueAt: string }>('opinions', opinion.id);
    // While she is in office, staff may not take her work away.
    expect((await t.ok('admin', 'staffEndedTerms', {}, 'demo-staff-wyh')).items).toEqual([]);
    const early = await t.refused('admin', 'handOverEnded', { id: opinion.id, toDeputyId: 'd-town-1', reason: '测试' }, 'demo-staff-wyh');
    expect(early.code).toBe('HANDOVER_NOT_ALLOWED');

    await dbOf(t.ports).collection('deputies').doc('d-county-1').update({ data: { termEnd: '2026-11-29' } });
    t.clock.set(new Date('2026-11-29T16:05:00Z'));
    await t.ok('scheduler', 'tick', {}, ADMIN);
    const list = await t.ok('admin', 'staffEndedTerms', {}, 'demo-staff-wyh');
    expect(list.items).toEqual([expect.objectContaining({ id: opinion.id, deputyName: '李红梅', termEnd: '2026-11-29', statusLabel: '已受理' })]);
    const targets = list.items[0].targets.map((d) => d.name);
    expect(targets).toEqual(expect.arrayContaining(['周丽', '王志强']));
    expect(targets).not.toContain('李红梅');
    expect((await t.ok('admin', 'staffEndedTerms', {}, 'demo-staff-xjh')).items).toEqual([]);

    const before = await t.snapshot();
    expect((await t.refused('admin', 'handOverEnded', { id: opinion.id, toDeputyId: 'd-county-2', reason: '就近办理' }, 'demo-staff-wyh')).code).toBe('HANDOVER_NOT_ALLOWED'); // not of this station
    expect((await t.refused('admin', 'handOverEnded', { id: opinion.id, toDeputyId: 'd-town-1', reason: '就近办理' }, 'demo-staff-xjh')).code).toBe('NOT_YOUR_STATION');
    expect(await t.snapshot()).toBe(before);

    expect(await t.ok('admin', 'handOverEnded', { id: opinion.id, toDeputyId: 'd-town-1', reason: '就近办理' }, 'demo-staff-wyh')).toEqual({ id: opinion.id, assigneeName: '周丽' });
    const after = t.doc<{ status: string; resultDueAt: string; assigneeDeputyId: string; timeline: { action: string; note?: string }[] }>('opinions', opinion.id);
    expect(after).toMatchObject({ status: held.status, resultDueAt: held.resultDueAt, assigneeDeputyId: 'd-town-1' });
    expect(after.timeline.at(-1)).toMatchObject({ action: 'handover', note: '李红梅代表任期届满，工作人员转交周丽代表：就近办理' });
    expect((await t.ok('admin', 'endedTerms', {}, ADMIN)).opinions).toEqual([]);
    expect((await t.ok('deputy', 'inbox', {}, 'demo-deputy-township')).items.map((i: { id: string }) => i.id)).toContain(opinion.id);
  });
});
