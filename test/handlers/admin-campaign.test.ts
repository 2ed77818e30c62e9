/**
 * Issue 9: campaigns (主题活动) — period and region checks, progress while running, the summary
 * per region as xlsx (numbers equal to the store) and as PDF (rendered with pdftoppm, read
 * back with pdftotext, the font embedded, 镕 drawn), and the reminder before the report is due.
 * Issue 23: activities by kind (withdrawn ones left out) and every figure per township, with
 * the county's own stations as 区本级, from counters — no opinion read.
 */
import { execFileSync, execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fromBeijing } from '../../core/beijing-time';
import { missingGlyphs, newPdf } from '../../server/documents/pdf';
import type { AttendanceDoc, OpinionDoc, StationDoc } from '../../server/model';
import type { OutboxDoc } from '../../server/notifications/outbox/outbox-doc';
import { openXlsx, storedXlsx } from '../support/generated-files';
import { startLocal, type Local } from '../support/local';
import { dbOf } from '../../server/platform/db';
import { counted } from '../support/db-count';

const OUT = path.resolve(__dirname, '../../test-results/campaign-summary');
const ADMIN = 'demo-admin-yuelu';
const FURONG_ADMIN = 'test-admin-furong';
const HUANG = 'test-openid-huangrong'; // binds to 黄镕 (d-town-3) with the demo invite code
const NAME = '镕城片区联系群众办实事';
const CAMPAIGN = { name: NAME, from: '2026-11-01', to: '2026-12-31', regionCodes: ['430104'], levels: ['national', 'provincial', 'city', 'county', 'township'] as ('national' | 'provincial' | 'city' | 'county' | 'township')[] };

jest.setTimeout(120_000);
let t: Local;
let ids: string[] = [];

beforeAll(async () => {
  const script = path.resolve(__dirname, '../../scripts/ensure-poppler.sh');
  if (existsSync(script)) execSync(`sh ${script}`, { stdio: 'inherit' });
  mkdirSync(OUT, { recursive: true });
  t = await startLocal(fromBeijing('2026-12-02', '09:30')); // 黄镕 receives at 咸嘉湖 on Wednesday morning
  await dbOf(t.ports).collection('regions').add({ data: { _id: '430102', name: '芙蓉区', kind: 'county', parentCode: '430100', path: ['430000', '430100', '430102'] } });
  await dbOf(t.ports).collection('users').add({ data: { _id: FURONG_ADMIN, adminRegionCode: '430102' } });
  await t.ok('deputy', 'bind', { inviteCode: 'HUANGRONG26' }, HUANG);
  await t.ok('deputy', 'checkIn', { stationCode: 'XJH01' }, HUANG);
  const texts = ['咸嘉湖西路人行道破损严重，雨天积水', '小区旁的篮球场灯光坏了，晚上没法活动', '社区图书室开放时间太短，希望延长', '学校门口早高峰拥堵，需要交通疏导'];
  ids = [];
  for (const [i, text] of texts.entries()) {
    const r = await t.submit({ stationCode: 'XJH01', category: '文化体育', chosenDeputyId: 'd-town-3', consentPublish: true, text: `${text}。` }, `campaign-resident-${i}`);
    ids.push(r.id);
  }
  const [a, b, c] = ids;
  for (const id of [a, b, c]) await t.ok('deputy', 'accept', { id }, HUANG);
  await t.ok('deputy', 'resolve', { id: a, kind: 'solved', text: '人行道已修补完毕，排水口已疏通，感谢反映。' }, HUANG);
  await t.ok('opinion', 'rate', { id: a, result: 'satisfied', attitude: 'satisfied' }, 'campaign-resident-0');
  await t.ok('deputy', 'forward', { id: b, departmentId: 'dept-xjh-sq', note: '请尽快更换球场照明灯具' }, HUANG);
  await t.ok('deputy', 'suggest', { title: '关于延长社区文体设施开放时间的建议', reasons: '居民反映社区文体设施开放时间短。', proposals: '统筹安排管理人员，晚间和周末开放。', opinionIds: [c] }, HUANG);
  await t.ok('staff', 'publish', { id: a, title: '咸嘉湖西路人行道修好了', summary: '居民反映人行道破损、雨天积水。' }, 'demo-staff-xjh');
  // One more at 望月湖 (same county, another township), not accepted.
  ids.push((await t.submit({ text: '望月湖小区门口路灯不亮，晚上出行不便。' }, 'campaign-resident-9')).id);
  // Activities of the campaign's deputies: 黄镕 of 咸嘉湖, 李红梅 of 望月湖 (one withdrawn), 王志强 first at the county's own station.
  const activity = (kind: string, date: string, summary: string) => ({ kind, date, place: '社区服务中心', people: '居民代表10人', summary }) as never;
  await t.ok('deputy', 'recordActivity', activity('research', '2026-11-20', '围绕社区文体设施开放开展专题调研。'), HUANG);
  await t.ok('deputy', 'recordActivity', activity('visit', '2026-11-24', '走访独居老人，了解助餐需求。'), 'demo-deputy-county');
  const mistaken = await t.ok('deputy', 'recordActivity', activity('inspection', '2026-11-24', '记错的一条。'), 'demo-deputy-county');
  await t.ok('deputy', 'withdrawActivity', { id: mistaken.id, version: 0, reason: '记录有误' }, 'demo-deputy-county');
  await t.ok('deputy', 'recordActivity', activity('group', '2026-11-26', '代表小组集中学习交通安全条例。'), 'demo-deputy-city');
  await t.ok('deputy', 'recordActivity', activity('visit', '2026-10-30', '活动开始前的走访，不计入。'), 'demo-deputy-city');
  // The relay follows every write within a minute: the counters the summary reads move there.
  await t.relay();
});
afterAll(() => t?.close());

/** The numbers counted straight from the stored documents, for the stations of `regionCode`. */
function fromStore(regionCode: string) {
  const stations = new Set(t.docs<StationDoc>('stations').filter((s) => s.regionPath.includes(regionCode)).map((s) => s._id));
  const opinions = t.docs<OpinionDoc>('opinions').filter((o) => stations.has(o.stationCode));
  return {
    received: opinions.length,
    forwarded: opinions.filter((o) => o.forward).length,
    converted: opinions.filter((o) => o.suggestionId).length,
    resolved: opinions.filter((o) => o.resolvedAt).length,
    satisfied: opinions.filter((o) => o.ratings?.at(-1)?.result === 'satisfied').length,
    sessions: t.docs<AttendanceDoc>('attendance').filter((a) => stations.has(a.stationCode)).length,
  };
}

test('a period that ends before it starts, regions outside the scope, non-admins: clear errors, nothing written', async () => {
  const before = await t.snapshot();
  const early = await t.refused('admin', 'createCampaign', { ...CAMPAIGN, to: '2026-10-01' }, ADMIN);
  expect(early).toMatchObject({ code: 'CAMPAIGN_PERIOD_INVALID', message: '结束日期（2026-10-01）早于开始日期（2026-11-01），请检查活动期间' });
  expect((await t.refused('admin', 'createCampaign', { ...CAMPAIGN, reportDue: '2026-12-01' }, ADMIN)).code).toBe('CAMPAIGN_PERIOD_INVALID');
  expect((await t.refused('admin', 'createCampaign', { ...CAMPAIGN, to: '2026-02-30' }, ADMIN)).message).toBe('结束日期不是有效日期');
  const outside = await t.refused('admin', 'createCampaign', { ...CAMPAIGN, regionCodes: ['430104', '430102'] }, ADMIN);
  expect(outside).toMatchObject({ code: 'OUT_OF_REGION' });
  expect(outside.message).toContain('芙蓉区');
  expect((await t.refused('admin', 'createCampaign', { ...CAMPAIGN, regionCodes: ['999999'] }, ADMIN)).code).toBe('REGION_NOT_FOUND');
  expect((await t.refused('admin', 'createCampaign', { ...CAMPAIGN, levels: [] }, ADMIN)).code).toBe('INVALID_PAYLOAD');
  expect((await t.refused('admin', 'createCampaign', CAMPAIGN, 'demo-staff-xjh')).code).toBe('FORBIDDEN');
  expect(await t.snapshot()).toBe(before);
});

test('the same form sent twice (a retry after a lost answer), even at once: one campaign', async () => {
  const form = { ...CAMPAIGN, requestId: 'campaign-form-01' };
  const [a, b] = await Promise.all([t.ok('admin', 'createCampaign', form, ADMIN), t.ok('admin', 'createCampaign', form, ADMIN)]);
  expect(b.id).toBe(a.id);
  expect(t.store.scan('campaigns', []).filter((c) => c.name === NAME)).toHaveLength(1);
});

describe('a campaign in 岳麓区', () => {
  let id = '';
  beforeAll(async () => {
    const created = await t.ok('admin', 'createCampaign', { ...CAMPAIGN }, ADMIN);
    id = created.id;
    expect(created).toMatchObject({ phase: 'running', phaseLabel: '进行中', reportDue: '2027-01-10', daysElapsed: 32, daysTotal: 61, regions: [{ code: '430104', name: '岳麓区' }] });
  });

  test('progress while it runs counts the days so far, per region, equal to the store', async () => {
    const p = await t.ok('admin', 'campaignProgress', { id, regionCode: '430104' }, ADMIN);
    const s = fromStore('430104');
    expect(s).toEqual({ received: 5, forwarded: 1, converted: 1, resolved: 1, satisfied: 1, sessions: 1 });
    expect(p.counted).toEqual({ from: '2026-11-01', to: '2026-12-02' });
    expect(p.opinions).toEqual({ received: s.received, forwarded: s.forwarded, converted: s.converted, resolved: s.resolved });
    expect(p.satisfaction).toMatchObject({ satisfied: s.satisfied, rated: 1, satisfiedPercent: 100 });
    expect(p.sessionsHeld).toBe(s.sessions);
    // 黄镕: checked in and accepted; 李红梅 (not accepted hers yet) and 王志强 recorded activities.
    expect(p.deputies.total).toBe(3);
    expect(p.deputies.byLevel.filter((l) => l.count).map((l) => [l.level, l.count])).toEqual([['city', 1], ['county', 1], ['township', 1]]);
    expect(p.cases).toEqual([expect.objectContaining({ title: '咸嘉湖西路人行道修好了', stationName: '咸嘉湖街道人大代表联络站' })]);
    // A township of the county: only its own stations.
    const xjh = await t.ok('admin', 'campaignProgress', { id, regionCode: '430104010' }, ADMIN);
    expect(xjh.opinions.received).toBe(fromStore('430104010').received);
    expect(xjh.opinions.received).toBe(4);
  });

  test('activities by kind, and every figure per township with the county’s own stations as 区本级, adding up; no opinion is read', async () => {
    const { result: p, count } = await counted(() => t.ok('admin', 'campaignProgress', { id, regionCode: '430104' }, ADMIN));
    expect(count.byCollection().opinions ?? 0).toBe(0);
    count.stop();
    // 接待: 黄镕's check-in; the withdrawn 集中视察 and 王志强's visit before the campaign are left out.
    expect(p.activities.byKind.map((k) => [k.label, k.count])).toEqual([['接待', 1], ['专题调研', 1], ['集中视察', 0], ['代表小组活动', 1], ['走访', 1]]);
    expect(p.activities.total).toBe(4);
    expect(p.checkIns).toBe(1);
    expect(p.partsLabel).toBe('乡镇（街道）');
    const wyh = fromStore('430104007');
    const xjh = fromStore('430104010');
    expect(p.byRegion).toEqual([
      { code: '430104007', name: '望月湖街道', own: false, received: wyh.received, resolved: wyh.resolved, rated: 0, satisfiedPercent: null, activities: 1, checkIns: 0 },
      { code: '430104010', name: '咸嘉湖街道', own: false, received: xjh.received, resolved: xjh.resolved, rated: 1, satisfiedPercent: 100, activities: 2, checkIns: 1 },
      { code: '430104', name: '区本级', own: true, received: 0, resolved: 0, rated: 0, satisfiedPercent: null, activities: 1, checkIns: 0 },
    ]);
    expect([wyh.received, xjh.received]).toEqual([1, 4]);
    for (const k of ['received', 'resolved', 'activities', 'checkIns'] as const) {
      expect(p.byRegion.reduce((n, r) => n + r[k], 0)).toBe(k === 'received' || k === 'resolved' ? p.opinions[k] : k === 'activities' ? p.activities.total : p.checkIns);
    }
    // A township has nothing below it: no breakdown.
    expect((await t.ok('admin', 'campaignProgress', { id, regionCode: '430104010' }, ADMIN)).byRegion).toEqual([]);
  });

  test('another county sees nothing of it; a region outside the campaign is refused', async () => {
    expect((await t.refused('admin', 'campaignProgress', { id, regionCode: '430104' }, FURONG_ADMIN)).code).toBe('CAMPAIGN_NOT_FOUND');
    expect((await t.refused('admin', 'campaignProgress', { id, regionCode: '430102' }, ADMIN)).code).toBe('OUT_OF_REGION');
    expect((await t.ok('admin', 'campaigns', {}, FURONG_ADMIN)).items).toEqual([]);
    expect((await t.refused('documents', 'campaignSummary', { id, regionCode: '430104' }, FURONG_ADMIN)).code).toBe('CAMPAIGN_NOT_FOUND');
    const small = await t.ok('admin', 'createCampaign', { ...CAMPAIGN, regionCodes: ['430104007'] }, ADMIN);
    const r = await t.refused('admin', 'campaignProgress', { id: small.id, regionCode: '430104010' }, ADMIN);
    expect(r).toMatchObject({ code: 'OUT_OF_REGION', message: '咸嘉湖街道不在这个活动的地区范围内' });
  });

  test("a city's campaign reaches its counties: each reports for its own region, and sees nothing beside it", async () => {
    await dbOf(t.ports).collection('users').add({ data: { _id: 'test-admin-changsha', adminRegionCode: '430100' } });
    const city = await t.ok('admin', 'createCampaign', { ...CAMPAIGN, name: '全市联系群众办实事', regionCodes: ['430100'] }, 'test-admin-changsha');
    const yuelu = (await t.ok('admin', 'campaigns', {}, ADMIN)).items.find((c) => c.id === city.id);
    expect(yuelu?.regions).toEqual([{ code: '430104', name: '岳麓区' }]);
    const progress = await t.ok('admin', 'campaignProgress', { id: city.id, regionCode: '430104' }, ADMIN);
    expect(progress.opinions.received).toBe(fromStore('430104').received);
    expect((await t.refused('admin', 'campaignProgress', { id: city.id, regionCode: '430100' }, ADMIN)).code).toBe('OUT_OF_REGION');
    expect((await t.ok('admin', 'campaigns', {}, FURONG_ADMIN)).items.find((c) => c.id === city.id)?.regions).toEqual([{ code: '430102', name: '芙蓉区' }]);
    expect((await t.refused('admin', 'campaignProgress', { id: city.id, regionCode: '430104' }, FURONG_ADMIN)).code).toBe('OUT_OF_REGION');
    // The city sees the whole city.
    expect((await t.ok('admin', 'campaignProgress', { id: city.id, regionCode: '430100' }, 'test-admin-changsha')).opinions.received).toBe(fromStore('430100').received);
  });

  test('the xlsx summary is stored beside the PDFs, opens with exceljs and its numbers equal the store', async () => {
    const file = await t.ok('admin', 'exportCampaignSummary', { id, regionCode: '430104' }, ADMIN);
    expect(file.fileName).toBe(`活动总结-${NAME}-岳麓区.xlsx`);
    const bytes = await storedXlsx(t, file, 'campaign-summaries', `${id}-430104`);
    writeFileSync(path.join(OUT, 'campaign-summary.xlsx'), bytes);
    const wb = await openXlsx(bytes);
    const values: Record<string, unknown> = {};
    wb.getWorksheet('汇总')!.eachRow((row) => {
      const label = row.getCell(1).value;
      if (typeof label === 'string') values[label.trim()] = row.getCell(2).value;
    });
    const s = fromStore('430104');
    expect(values['收到群众意见（件）']).toBe(s.received);
    expect(values['转交部门办理（件）']).toBe(s.forwarded);
    expect(values['转为代表建议（件）']).toBe(s.converted);
    expect(values['已办结（件）']).toBe(s.resolved);
    expect(values['满意']).toBe(s.satisfied);
    expect(values['接待活动场次']).toBe(s.sessions);
    expect(values['其中乡镇人大代表']).toBe(1);
    expect(values['满意率（%）']).toBe(100);
    expect(wb.getWorksheet('典型案例')!.getCell('A2').value).toBe('咸嘉湖西路人行道修好了');
    expect([values['代表签到（人次）'], values['专题调研'], values['集中视察'], values['代表小组活动'], values['走访'], values['接待'], values['履职活动合计']]).toEqual([1, 1, 0, 1, 1, 1, 4]);
    const parts = wb.getWorksheet('分乡镇（街道）')!;
    const table: unknown[][] = [];
    parts.eachRow((row) => table.push((row.values as unknown[]).slice(1)));
    expect(table).toEqual([
      ['地区', '收到意见（件）', '已办结（件）', '评价（件）', '满意率（%）', '履职活动（次）', '签到（人次）'],
      ['望月湖街道', 1, 0, 0, '—', 1, 0],
      ['咸嘉湖街道', 4, 1, 1, 100, 2, 1],
      ['区本级', 0, 0, 0, '—', 1, 0],
      ['合计', s.received, s.resolved, 1, 100, 4, 1],
    ]);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总', '分乡镇（街道）', '热点问题', '典型案例']);
  });

  test('the PDF summary renders with the embedded font, 镕 included, and reads back', async () => {
    const f = await t.ok('documents', 'campaignSummary', { id, regionCode: '430104' }, ADMIN);
    expect(f.fileName).toBe(`活动总结-${NAME}-岳麓区.pdf`);
    const file = path.join(OUT, 'campaign-summary.pdf');
    writeFileSync(file, t.files.read(f.fileId)!);
    execFileSync('pdftoppm', ['-r', '80', '-png', '-f', '1', '-l', '1', '-singlefile', file, path.join(OUT, 'campaign-summary')]);
    expect(readFileSync(path.join(OUT, 'campaign-summary.png')).length).toBeGreaterThan(10_000); // a drawn page
    expect(execFileSync('pdffonts', [file], { encoding: 'utf8' })).toMatch(/yes\s+yes\s+yes/); // embedded, subset, unicode
    expect(missingGlyphs(newPdf({ title: 'check' }), NAME)).toEqual([]);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    const s = fromStore('430104');
    expect(text).toContain(NAME);
    expect(text).toContain('活动总结 · 岳麓区');
    expect(text).toMatch(new RegExp(`收到群众意见（件）\\s+${s.received}`));
    expect(text).toMatch(new RegExp(`转交部门办理（件）\\s+${s.forwarded}`));
    expect(text).toMatch(/满意率（%）\s+100/);
    expect(text).toContain('咸嘉湖西路人行道修好了');
    expect(text).toContain('履职活动（按类别）');
    expect(text).toMatch(/专题调研\s+1\n/);
    expect(text).toMatch(/集中视察\s+0\n/);
    expect(text).toMatch(/履职活动合计\s+4\n/);
    expect(text).toContain('分乡镇（街道）情况');
    expect(text).toMatch(/望月湖街道\s+1\s+0\s+0\s+—\s+1\s+0\n/);
    expect(text).toMatch(/咸嘉湖街道\s+4\s+1\s+1\s+100\s+2\s+1\n/);
    expect(text).toMatch(/区本级\s+0\s+0\s+0\s+—\s+1\s+0\n/);
    expect(text).toMatch(new RegExp(`合计\\s+${s.received}\\s+${s.resolved}\\s+1\\s+100\\s+4\\s+1\\n`));
  });

  test('the admins of the campaign’s regions are reminded once, three days before the report is due', async () => {
    const outboxFor = () => t.docs<OutboxDoc>('outbox').filter((o) => o.eventKey === `campaign-report-${id}`);
    // A second admin of 岳麓区 (who did not create the campaign) and one of another county.
    await dbOf(t.ports).collection('users').add({ data: { _id: 'test-admin-yuelu-2', adminRegionCode: '430104' } });
    await dbOf(t.ports).collection('users').add({ data: { _id: 'test-admin-kaifu', adminRegionCode: '430105' } });
    await t.ok('scheduler', 'tick', {}, ADMIN);
    expect(outboxFor()).toHaveLength(0);
    t.clock.set(fromBeijing('2027-01-07', '09:00'));
    await t.ok('scheduler', 'tick', {}, ADMIN);
    t.clock.set(fromBeijing('2027-01-08', '09:00'));
    await t.ok('scheduler', 'tick', {}, ADMIN);
    const entries = outboxFor();
    expect(entries.map((e) => e.openid).sort()).toEqual([ADMIN, 'test-admin-yuelu-2'].sort());
    expect(entries[0]).toMatchObject({ templateKey: 'staff_alert' });
    expect(entries[0].data.thing1.value).toContain('活动总结请于2027-01-10前报送');
    // After the period ends the summary covers all of it.
    expect((await t.ok('admin', 'campaignProgress', { id, regionCode: '430104' }, ADMIN)).counted.to).toBe('2026-12-31');
  });
});
