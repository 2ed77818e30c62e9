/**
 * Issue 23: the roster import updates the deputies the office already has (matched by the
 * 代表证号, else name + level + home region), showing each row's diff before activation; a match
 * that could be either of two people is a row problem; activation applies updates and adds as
 * one batch, keeps stations' lists and deputies' own lists in step, ends terms through the
 * term-end path (open cases are handed over, never orphaned), and run again writes nothing twice.
 */
import type { DeputyDoc, StationDoc } from '../../server/model';
import { dbOf } from '../../server/platform/db';
import { applyRosterUpdate } from '../../server/deputies/deputies.repo';
import { finishRoster } from '../../server/roster/activation';
import { startLocal, type Local } from '../support/local';
import { HEADER, upload, xlsxOf, type Row } from '../support/roster-files';

const ADMIN = 'demo-admin-yuelu';
const STAFF = 'demo-staff-wyh';

jest.setTimeout(60_000);
let t: Local;
beforeEach(async () => {
  t = await startLocal();
  // 王志强 no longer receives at 望月湖 on Thursdays, so a roster may take him off that station.
  const wyh = t.doc<StationDoc>('stations', 'WYH01');
  await dbOf(t.ports)
    .collection('stations')
    .doc('WYH01')
    .update({ data: { schedule: { weekly: wyh.schedule.weekly.filter((s) => s.id !== 'wyh-thu'), dated: wyh.schedule.dated, cancelled: [] } } });
});
afterEach(() => t.close());

const stage = async (rows: Row[], header: readonly string[] = HEADER) =>
  t.ok('admin', 'stageRoster', { fileId: await upload(t, await xlsxOf(rows, header)), fileName: '岳麓区代表名册.xlsx' }, ADMIN);
const deputy = (id: string) => t.doc<DeputyDoc>('deputies', id);
const station = (code: string) => t.doc<StationDoc>('stations', code);
const stationNames = async (code: string) => (await t.ok('station', 'get', { code })).deputies.map((d: { name: string }) => d.name);
/** Deputies, stations and opinions as stored (what an activation writes). */
const written = () => JSON.stringify(['deputies', 'stations', 'opinions'].map((c) => t.store.scan(c, [])));

// 王志强 (d-city-1): elected in 岳麓区, at YL01 and WYH01 (on no session of WYH01: see beforeEach); the file keeps YL01 only.
const WANG: Row = ['王志强', '市', '岳麓区', 'YL01', '交通出行、城乡建设', '第十七届', '2031-12-31', ''];
// 赵国庆 (d-county-2): at XJH01; the file adds WYH01 and changes his specialties.
const ZHAO: Row = ['赵国庆', '县', '咸嘉湖街道', 'XJH01、WYH01', '生态环境', '第十八届', '2031-12-31', '', '', '0731-88881234'];
// A new deputy.
const NEW: Row = ['钱喆', '乡', '咸嘉湖街道', 'XJH01', '教育', '第十八届', '2031-12-31', ''];
// 李红梅 as she is stored, with her term named: one change only (届次).
const LI = (termEnd = '2027-12-31'): Row => ['李红梅', '县', '望月湖街道', 'WYH01、YL01', '住房物业、城乡建设、民政养老', '第十八届', termEnd, ''];

describe('rows that name a deputy the office has', () => {
  test('the report shows each update with its diff, unchanged rows and adds; nothing changes before the switch', async () => {
    // One row exactly as stored: 周丽 (d-town-1) after her term is named.
    await dbOf(t.ports).collection('deputies').doc('d-town-1').update({ data: { term: '第十八届' } });
    const ZHOU: Row = ['周丽', '乡镇', '望月湖街道', 'WYH01', '住房物业、民政养老、其他', '第十八届', '2027-12-31', ''];
    const before = written();
    const batch = await stage([WANG, ZHAO, NEW, ZHOU]);
    expect(batch).toMatchObject({ total: 4, validCount: 1, updateCount: 2, unchangedCount: 1, problemCount: 0 });
    expect(batch.valid.map((v) => v.name)).toEqual(['钱喆']);
    expect(batch.unchanged).toEqual([{ row: 5, name: '周丽' }]);
    const diff = (name: string) => batch.updates.find((u) => u.name === name)!.changes.map((c) => `${c.label}：${c.from} → ${c.to}`);
    expect(diff('王志强')).toEqual(['联络站：岳麓区人大代表联络总站、望月湖街道人大代表联络站 → 岳麓区人大代表联络总站', '届次：无 → 第十七届', '任期届满：2027-12-31 → 2031-12-31']);
    expect(diff('赵国庆')).toEqual([
      '联络站：咸嘉湖街道人大代表联络站 → 咸嘉湖街道人大代表联络站、望月湖街道人大代表联络站',
      '专业领域：生态环境、交通出行 → 生态环境',
      '办公电话：无 → 073188881234',
      '届次：无 → 第十八届',
      '任期届满：2027-12-31 → 2031-12-31',
    ]);
    expect(batch.updates.find((u) => u.name === '赵国庆')).toMatchObject({ levelLabel: '县（市区）', homeRegionName: '咸嘉湖街道', notes: [] });
    // Staged: one insert (the batch), nothing else.
    expect(written()).toBe(before);
    // The batch list carries the counts, not the rows.
    expect((await t.ok('admin', 'rosterBatches', {}, ADMIN)).items[0]).toMatchObject({ validCount: 1, updateCount: 2, unchangedCount: 1 });
  });

  test('activation applies updates and adds together; stations and deputies keep one another in step', async () => {
    const batch = await stage([WANG, ZHAO, NEW]);
    const active = await t.ok('admin', 'activateRoster', { id: batch.id }, ADMIN);
    expect(active).toMatchObject({ status: 'active', validCount: 1, updateCount: 2 });
    expect(deputy('d-county-2')).toMatchObject({ specialties: ['生态环境'], officePhone: '073188881234', term: '第十八届', termEnd: '2031-12-31', lastRosterBatch: batch.id });
    expect(deputy('d-county-2').stationCodes.sort()).toEqual(['WYH01', 'XJH01']);
    expect(deputy('d-city-1')).toMatchObject({ stationCodes: ['YL01'], term: '第十七届', termEnd: '2031-12-31' });
    // Every station lists exactly the deputies that name it.
    for (const code of ['WYH01', 'XJH01', 'YL01']) {
      const listed = station(code).deputyIds;
      const naming = t.store.scan('deputies', []).filter((d) => (d as unknown as DeputyDoc).stationCodes.includes(code)).map((d) => (d as unknown as DeputyDoc)._id);
      expect([...listed].sort()).toEqual([...naming].sort());
    }
    expect(await stationNames('WYH01')).toEqual(expect.arrayContaining(['赵国庆', '李红梅', '周丽']));
    expect(await stationNames('WYH01')).not.toContain('王志强');
    expect(await stationNames('XJH01')).toContain('钱喆');
    // The office phone is the deputy's to publish: it stays private until they choose to.
    const card = (await t.ok('station', 'get', { code: 'XJH01' })).deputies.find((d: { name: string }) => d.name === '赵国庆');
    expect(card?.contact).toEqual({ kind: 'none', text: '' });
  });

  test('a 代表证号 column keys the rows: a deputy found by it may change name and level', async () => {
    await dbOf(t.ports).collection('deputies').doc('d-town-2').update({ data: { rosterId: '430104007-18-002' } });
    const batch = await stage([['吴哲', '县', '咸嘉湖街道', 'XJH01', '城乡建设、市场监管', '第十八届', '2027-12-31', '', '430104007-18-002']]);
    expect(batch.updates).toEqual([
      expect.objectContaining({
        name: '吴哲',
        changes: [
          { field: 'name', label: '姓名', from: '吴喆', to: '吴哲' },
          { field: 'level', label: '层级', from: '乡镇', to: '县（市区）' },
          { field: 'term', label: '届次', from: '无', to: '第十八届' },
        ],
      }),
    ]);
    await t.ok('admin', 'activateRoster', { id: batch.id }, ADMIN);
    expect(deputy('d-town-2')).toMatchObject({ name: '吴哲', level: 'county', rosterId: '430104007-18-002' });
  });
});

describe('a match that could be either of two people is refused', () => {
  test('two deputies in office share name, level and home region: a row problem in Chinese; with 代表证号 each row finds its own', async () => {
    const twin = { ...deputy('d-county-1'), _id: 'd-county-twin', openid: undefined, stationCodes: [], rosterId: undefined };
    await dbOf(t.ports).collection('deputies').add({ data: twin });
    const batch = await stage([LI()]);
    expect(batch).toMatchObject({ validCount: 0, updateCount: 0, unchangedCount: 0, problemCount: 1 });
    expect(batch.problems[0]).toEqual({ row: 2, name: '李红梅', errors: ['有2位同名、同层级、同选举地区的代表在任，无法确定是哪一位，请在"代表证号"列填写'] });
    expect((await t.refused('admin', 'activateRoster', { id: batch.id }, ADMIN)).code).toBe('ROSTER_NOTHING_VALID');

    await dbOf(t.ports).collection('deputies').doc('d-county-1').update({ data: { rosterId: 'A-001' } });
    await dbOf(t.ports).collection('deputies').doc('d-county-twin').update({ data: { rosterId: 'A-002' } });
    const twinRow: Row = ['李红梅', '县', '望月湖街道', '', '住房物业、城乡建设、民政养老', '第十八届', '2030-12-31', '', 'A-002'];
    const keyed = await stage([[...LI(), 'a-001'], twinRow]);
    expect(keyed.problemCount).toBe(0);
    expect(keyed.updates.map((u) => [u.row, u.name, u.changes.map((c) => c.field).join()])).toEqual([
      [2, '李红梅', 'term'],
      [3, '李红梅', 'term,termEnd'],
    ]);
  });

  test('a 代表证号 held by a deputy of another county is refused, not updated', async () => {
    await dbOf(t.ports).collection('regions').add({ data: { _id: '430102', name: '芙蓉区', kind: 'county', parentCode: '430100', path: ['430000', '430100', '430102'] } });
    await dbOf(t.ports).collection('deputies').add({
      data: { _id: 'd-furong-1', name: '芙蓉代表', level: 'county', homeRegionCode: '430102', stationCodes: [], specialties: [], bio: '', photo: '', status: 'active', termEnd: '2027-12-31', leaves: [], lastAssignedAt: 0, rosterId: 'FR-1' },
    });
    const batch = await stage([['芙蓉代表', '县', '望月湖街道', 'WYH01', '', '第十八届', '2031-12-31', '', 'FR-1']]);
    expect(batch.problems[0].errors).toEqual(['代表证号"FR-1"是芙蓉区的代表芙蓉代表，不在您管辖的地区']);
  });
});

describe('a term ended through the import', () => {
  test('the deputy leaves office through the term-end path and staff hand her open case over', async () => {
    const opinion = await t.submit({ chosenDeputyId: 'd-county-1' });
    await t.ok('deputy', 'accept', { id: opinion.id }, 'demo-deputy-county');
    const held = t.doc<{ status: string; resultDueAt: string }>('opinions', opinion.id);

    const batch = await stage([LI('2026-11-28')]);
    const update = batch.updates[0];
    expect(update.changes.at(-1)).toEqual({ field: 'status', label: '状态', from: '在任', to: '任期届满' });
    expect(update.notes).toEqual(['任期届满，激活后不再接收分派；有1件未办结的意见，由联络站工作人员在"任期届满转交"中转交给在任代表']);

    await t.ok('admin', 'activateRoster', { id: batch.id }, ADMIN);
    expect(deputy('d-county-1')).toMatchObject({ status: 'inactive', inactiveReason: 'term_ended', termEnd: '2026-11-28' });
    // She no longer acts as a deputy; her case is listed to the office and to staff, not orphaned.
    expect((await t.refused('deputy', 'inbox', {}, 'demo-deputy-county')).code).toBe('FORBIDDEN');
    expect((await t.ok('admin', 'endedTerms', {}, ADMIN)).deputies).toEqual([{ id: 'd-county-1', name: '李红梅', levelLabel: '县（市区）', termEnd: '2026-11-28', openOpinions: 1 }]);
    const waiting = await t.ok('admin', 'staffEndedTerms', {}, STAFF);
    expect(waiting.items).toEqual([expect.objectContaining({ id: opinion.id, deputyName: '李红梅', termEnd: '2026-11-28' })]);
    expect(waiting.items[0].targets.map((d) => d.name)).toContain('周丽');
    await t.ok('admin', 'handOverEnded', { id: opinion.id, toDeputyId: 'd-town-1', reason: '任期届满' }, STAFF);
    expect(t.doc<{ status: string; resultDueAt: string; assigneeDeputyId: string }>('opinions', opinion.id)).toMatchObject({
      status: held.status,
      resultDueAt: held.resultDueAt,
      assigneeDeputyId: 'd-town-1',
    });

    // Re-elected: the next roster puts her back in office.
    const again = await stage([[...LI('2031-12-31').slice(0, 5), '第十九届', '2031-12-31', '']]);
    expect(again.updates[0].changes.map((c) => `${c.label}：${c.from} → ${c.to}`)).toEqual(['届次：第十八届 → 第十九届', '任期届满：2026-11-28 → 2031-12-31', '状态：任期届满 → 在任']);
    await t.ok('admin', 'activateRoster', { id: again.id }, ADMIN);
    expect(deputy('d-county-1')).toMatchObject({ status: 'active', term: '第十九届' });
    expect(deputy('d-county-1').inactiveReason).toBeUndefined();
    expect((await t.ok('deputy', 'inbox', {}, 'demo-deputy-county')).items).toBeDefined();
  });
});

describe('activation: one batch, resumable, never written twice', () => {
  test('cut short after one update: finishing writes that deputy no second time; run again it writes nothing', async () => {
    const batch = await stage([WANG, ZHAO, NEW]);
    // The switch flipped and the function stopped after writing 赵国庆's update.
    await dbOf(t.ports).collection('rosterbatches').doc(batch.id).update({ data: { status: 'activating', activatingAt: t.clock.now() } });
    const stored = t.doc<{ updates: { deputyId: string; set: Record<string, unknown> }[] }>('rosterbatches', batch.id);
    const zhao = stored.updates.find((u) => u.deputyId === 'd-county-2')!;
    await applyRosterUpdate(t.ports, 'd-county-2', batch.id, { set: zhao.set, resume: false }, t.clock.now());
    const firstWrite = deputy('d-county-2').rosterUpdatedAt;

    t.clock.set(new Date(t.clock.now().getTime() + 3 * 60_000));
    await t.ok('scheduler', 'tick', {}, ADMIN);
    expect(t.doc<{ status: string }>('rosterbatches', batch.id).status).toBe('active');
    expect(deputy('d-county-2').rosterUpdatedAt).toEqual(firstWrite); // not written again
    expect(deputy('d-city-1').lastRosterBatch).toBe(batch.id);
    const wyh = station('WYH01').deputyIds;
    expect(new Set(wyh).size).toBe(wyh.length);
    expect(wyh).toContain('d-county-2');
    expect(wyh).not.toContain('d-city-1');

    // The flip lost, finishing runs again: not one deputy, station or case changes.
    await dbOf(t.ports).collection('rosterbatches').doc(batch.id).update({ data: { status: 'activating' } });
    const before = written();
    expect(await finishRoster(t.ports, batch.id)).toBe(true);
    expect(written()).toBe(before);
    // And once active, finishing does nothing at all.
    const all = await t.snapshot();
    expect(await finishRoster(t.ports, batch.id)).toBe(false);
    expect(await t.snapshot()).toBe(all);
  });

  test('a deputy put on a station\'s schedule after staging is not taken off it: the switch is refused, nothing written', async () => {
    const batch = await stage([WANG]);
    const wyh = station('WYH01');
    await dbOf(t.ports)
      .collection('stations')
      .doc('WYH01')
      .update({ data: { schedule: { ...wyh.schedule, weekly: [...wyh.schedule.weekly, { id: 'wyh-fri', weekday: 5, start: '09:00', end: '11:00', deputyIds: ['d-city-1'] }] } } });
    const before = await t.snapshot();
    const r = await t.refused('admin', 'activateRoster', { id: batch.id }, ADMIN);
    expect(r.code).toBe('ROSTER_STALE');
    expect(r.message).toContain('仍在接待安排中，不能取消进站：第2行王志强');
    expect(await t.snapshot()).toBe(before);
  });
});
