/** Issue 8: the staff desk — triage, held, walk-in entries and slips, 回访, showcase, directory, invites. */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { OpinionDoc } from '../../server/model';
import { entryOpenid } from '../../server/opinions/staff-entry';
import { startLocal, STAFF_WYH, RESIDENT, type Local } from '../support/local';

jest.setTimeout(30_000);
const STAFF_XJH = 'demo-staff-xjh';
let t: Local;
beforeEach(async () => {
  t = await startLocal();
});
afterEach(() => t.close());

/** An opinion about a deputy goes to triage for staff (routing rule 1). */
const triaged = () => t.submit({ category: '对代表的意见', text: '希望代表多来社区听听大家的意见。' });
const unrouted = () => t.submit({ category: '其他', scope: 'national', text: '建议全国统一老年卡乘车优惠政策。' });

describe('triage', () => {
  test('the queue lists triage and held opinions of my stations only, with why', async () => {
    const a = await triaged();
    const held = await t.submit({ text: '这里有审核测试词，请工作人员看看。' });
    expect(held.status).toBe('held');
    const q = await t.ok('staff', 'queue', { view: 'triage' }, STAFF_WYH);
    const ids = q.items.map((i: { id: string }) => i.id);
    expect(ids).toEqual(expect.arrayContaining([a.id, held.id]));
    expect(q.items.find((i: { id: string }) => i.id === held.id)?.reason).toContain('人工审核');
    const other = await t.ok('staff', 'queue', { view: 'triage' }, STAFF_XJH);
    expect(other.items.map((i: { id: string }) => i.id)).not.toContain(a.id);
    expect((await t.refused('staff', 'queue', { view: 'triage', code: 'WYH01' }, STAFF_XJH)).code).toBe('NOT_YOUR_STATION');
  });

  test('assigns an unrouted opinion to an available deputy of the station; the deputy sees it', async () => {
    const o = await unrouted();
    expect(o.status).toBe('triage');
    const r = await t.ok('staff', 'assign', { id: o.id, deputyId: 'd-town-1' }, STAFF_WYH);
    expect(r).toMatchObject({ status: 'assigned', statusLabel: '已分派' });
    const inbox = await t.ok('deputy', 'inbox', { tab: 'all' }, 'demo-deputy-township');
    expect(inbox.items.map((i: { id: string }) => i.id)).toContain(o.id);
  });

  test('refuses a deputy of another station, one on leave, an about-deputy opinion, and another station’s staff', async () => {
    const o = await unrouted();
    const before = await t.snapshot();
    expect((await t.refused('staff', 'assign', { id: o.id, deputyId: 'd-county-2' }, STAFF_WYH)).code).toBe('DEPUTY_NOT_FOUND');
    expect((await t.refused('staff', 'assign', { id: o.id, deputyId: 'd-town-1' }, STAFF_XJH)).code).toBe('NOT_YOUR_STATION');
    expect((await t.refused('staff', 'reject', { id: o.id, reason: '不属于本站' }, STAFF_XJH)).code).toBe('NOT_YOUR_STATION');
    expect(await t.snapshot()).toBe(before);
    await t.ok('staff', 'setLeaves', { code: 'WYH01', deputyId: 'd-town-1', leaves: [{ from: '2026-11-01', to: '2026-12-31' }] }, STAFF_WYH);
    const leave = await t.refused('staff', 'assign', { id: o.id, deputyId: 'd-town-1' }, STAFF_WYH);
    expect(leave).toMatchObject({ code: 'DEPUTY_UNAVAILABLE', message: expect.stringContaining('请假') });
    const about = await triaged();
    expect((await t.refused('staff', 'assign', { id: about.id, deputyId: 'd-county-1' }, STAFF_WYH)).code).toBe('DEPUTY_UNAVAILABLE');
  });

  test('rejects with a reason the resident reads; an empty reason is refused', async () => {
    const o = await triaged();
    expect((await t.refused('staff', 'reject', { id: o.id, reason: '  ' }, STAFF_WYH)).code).toBe('INVALID_PAYLOAD');
    await t.ok('staff', 'reject', { id: o.id, reason: '该问题已由街道统一答复，请查看公告栏。' }, STAFF_WYH);
    const mine = await t.ok('opinion', 'detail', { id: o.id }, RESIDENT);
    expect(mine.status).toBe('rejected');
    expect(mine.timeline.at(-1)?.note).toBe('该问题已由街道统一答复，请查看公告栏。');
  });

  test('releases a held opinion (then routed) or rejects it', async () => {
    const held = await t.submit({ text: '这里有审核测试词，电梯问题反映。' });
    const released = await t.ok('staff', 'release', { id: held.id }, STAFF_WYH);
    expect(['assigned', 'triage']).toContain(released.status);
    const timeline = t.doc<{ timeline: { action: string }[] }>('opinions', held.id).timeline.map((e) => e.action);
    expect(timeline).toEqual(expect.arrayContaining(['release', 'route']));
    expect((await t.refused('staff', 'release', { id: held.id }, STAFF_WYH)).code).toBe('TRANSITION_NOT_ALLOWED');
    const held2 = await t.submit({ text: '又一条待人工审核的内容。' });
    expect((await t.ok('staff', 'reject', { id: held2.id, reason: '内容与联络站工作无关' }, STAFF_WYH)).status).toBe('rejected');
  });
});

describe('walk-in entries, slips and 回访', () => {
  const entry = (over: Record<string, unknown> = {}) => ({
    stationCode: 'WYH01',
    channel: 'walk_in' as const,
    category: '住房物业' as const,
    text: '老人来站反映：小区路灯坏了一个月没人修。',
    phone: '13800138000',
    residentInformed: true as const,
    requestId: `walkin-${Math.random().toString(36).slice(2, 12)}`,
    ...over,
  });

  test('enters a walk-in with the channel; claimable with the phone; a slip PDF with the tracking number; the resident claims it', async () => {
    const e = await t.ok('staff', 'enter', entry(), STAFF_WYH);
    expect(e).toMatchObject({ claimable: true, duplicate: false, trackingNo: expect.stringMatching(/^430104-\d{8}-\d{4}$/) });
    const doc = t.doc<{ channel: string; openid: string; enteredBy: string }>('opinions', e.id);
    expect(doc).toMatchObject({ channel: 'walk_in', enteredBy: STAFF_WYH, openid: expect.stringMatching(/^staff-entry:/) });
    const slip = await t.ok('documents', 'entrySlip', { id: e.id }, STAFF_WYH);
    expect(slip.pages).toBe(1);
    const pdf = t.files.read(slip.fileId)!;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // The slip reads back with its tracking number and the claim instructions.
    execFileSync('sh', [path.resolve(__dirname, '../../scripts/ensure-poppler.sh')], { stdio: 'inherit' });
    const file = path.resolve(__dirname, '../../test-results/entry-slip.pdf');
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(text).toContain(e.trackingNo);
    expect(text).toContain('认领工作人员代录的意见'); // the app's own label for the way there
    expect(text).toContain('现场');
    const claimed = await t.ok('opinion', 'claim', { trackingNo: e.trackingNo, phone: '138-0013-8000' }, 'demo-resident-walkin');
    expect(claimed.id ?? claimed.trackingNo).toBeTruthy();
  });

  test('the same request is one entry; many entries in a row are not limited like one resident; another station is refused', async () => {
    const p = entry();
    const first = await t.ok('staff', 'enter', p, STAFF_WYH);
    expect((await t.ok('staff', 'enter', p, STAFF_WYH)).id).toBe(first.id);
    for (let i = 0; i < 6; i++) await t.ok('staff', 'enter', entry({ channel: 'phone', text: `电话来访第${i + 1}位群众反映噪音扰民问题。` }), STAFF_WYH);
    expect((await t.refused('staff', 'enter', entry({ stationCode: 'XJH01' }), STAFF_WYH)).code).toBe('NOT_YOUR_STATION');
    const letter = await t.ok('staff', 'enter', entry({ channel: 'letter', phone: undefined }), STAFF_WYH);
    expect(letter.claimable).toBe(false);
    expect((await t.refused('documents', 'entrySlip', { id: letter.id }, STAFF_XJH)).code).toBe('NOT_YOUR_STATION');
  });

  test('an entry is one insert: who entered it, claimable and its enter event land together; sent again (even at once) it is the same one', async () => {
    const p = entry();
    const [first, ...again] = await Promise.all([1, 2, 3].map(() => t.ok('staff', 'enter', p, STAFF_WYH)));
    expect(again.map((a) => a.id)).toEqual([first.id, first.id]);
    expect(again.map((a) => a.claimable)).toEqual([true, true]);
    const stored = t.doc<OpinionDoc>('opinions', first.id);
    expect(stored).toMatchObject({ enteredBy: STAFF_WYH, claimable: true, openid: entryOpenid(STAFF_WYH, 'WYH01', p.requestId) });
    expect(stored.timeline.filter((e) => e.action === 'enter')).toHaveLength(1);
    expect(stored.timeline[0]).toMatchObject({ action: 'enter', actor: { role: 'staff', id: STAFF_WYH }, note: '工作人员代录（现场）' });
    expect(stored.timeline.map((e) => e.action)).not.toContain('submit');
  });

  test('records the 回访 rating: resolved → closed with the rating; not before it is resolved', async () => {
    const o = await t.submit({ chosenDeputyId: 'd-county-1', consentPublish: true, phone: '13900139000' });
    expect((await t.refused('staff', 'followUp', { id: o.id, result: 'satisfied', attitude: 'satisfied' }, STAFF_WYH)).code).toBe('TRANSITION_NOT_ALLOWED');
    await t.ok('deputy', 'accept', { id: o.id }, 'demo-deputy-county');
    await t.ok('deputy', 'resolve', { id: o.id, kind: 'solved', text: '已协调物业更换电梯主板，电梯恢复运行。' }, 'demo-deputy-county');
    const q = await t.ok('staff', 'queue', { view: 'followup' }, STAFF_WYH);
    expect(q.items.find((i: { id: string }) => i.id === o.id)?.phone).toBe('13900139000');
    const r = await t.ok('staff', 'followUp', { id: o.id, result: 'satisfied', attitude: 'basic', comment: '电话回访，居民表示满意' }, STAFF_WYH);
    expect(r.status).toBe('closed');
    expect(t.doc<{ ratings: { result: string }[] }>('opinions', o.id).ratings.at(-1)!.result).toBe('satisfied');
  });
});

describe('showcase (办实事成果)', () => {
  async function resolved(consentPublish: boolean) {
    const o = await t.submit({ chosenDeputyId: 'd-county-1', consentPublish, text: `电梯故障${consentPublish ? '一' : '二'}号楼，联系电话13800001111。` });
    await t.ok('deputy', 'accept', { id: o.id }, 'demo-deputy-county');
    await t.ok('deputy', 'resolve', { id: o.id, kind: 'solved', text: '李红梅代表协调物业，电梯已修复。' }, 'demo-deputy-county');
    return o;
  }

  test('publishes a consented, resolved case with redaction; lists it per station and region; refuses without consent', async () => {
    const yes = await resolved(true);
    const no = await resolved(false);
    const q = await t.ok('staff', 'queue', { view: 'showcase' }, STAFF_WYH);
    expect(q.items.map((i: { id: string }) => i.id)).toEqual([yes.id]);
    const p = await t.ok(
      'staff',
      'publish',
      { id: yes.id, title: '老旧小区电梯修复', summary: '3栋居民反映电梯故障，电话13800001111。' },
      STAFF_WYH,
    );
    expect(p.summary).not.toContain('13800001111');
    expect(p.summary).toContain('[电话]');
    expect(p.result).toBe('李某代表协调物业，电梯已修复。'); // the 办结说明, redacted
    const byStation = await t.ok('showcase', 'list', { stationCode: 'WYH01' });
    expect(byStation.items.map((i: { title: string }) => i.title)).toEqual(['老旧小区电梯修复']);
    expect((await t.ok('showcase', 'list', { regionCode: '430104' })).total).toBe(1);
    expect((await t.ok('showcase', 'list', { stationCode: 'XJH01' })).total).toBe(0);
    expect((await t.refused('staff', 'publish', { id: no.id, title: '不公开', summary: '内容' }, STAFF_WYH)).code).toBe('NOT_PUBLISHABLE');
    expect((await t.ok('staff', 'queue', { view: 'showcase' }, STAFF_WYH)).items).toHaveLength(0);
  });
});

describe('department directory and invites', () => {
  test('keeps departments of their regions; refuses a region beside theirs', async () => {
    const d = await t.ok(
      'staff',
      'saveDepartment',
      { regionCode: '430104', level: 'county', categories: ['住房物业', '城乡建设'], name: '岳麓区住房和城乡建设局', contact: '0731-88888888' },
      STAFF_WYH,
    );
    expect(d).toMatchObject({ regionName: '岳麓区', levelLabel: '县（市区）' });
    const list = await t.ok('staff', 'departments', {}, STAFF_WYH);
    expect(list.items.map((x: { id: string }) => x.id)).toContain(d.id);
    expect((await t.refused('staff', 'saveDepartment', { regionCode: '43M000', level: 'provincial', categories: ['公共安全'], name: '省军区', contact: '无' }, STAFF_WYH)).code).toBe('OUT_OF_REGION');
    await t.ok('staff', 'removeDepartment', { id: d.id }, STAFF_WYH);
    expect((await t.ok('staff', 'departments', {}, STAFF_WYH)).items.map((x: { id: string }) => x.id)).not.toContain(d.id);
  });

  test('issues a one-time invite: only its hash is stored, 7 days; not for another station’s deputy', async () => {
    const inv = await t.ok('staff', 'issueInvite', { deputyId: 'd-town-1', stationCode: 'WYH01' }, STAFF_WYH);
    expect(inv.code).toMatch(/^[2-9A-Z]{5}-[2-9A-Z]{5}$/);
    const hash = createHash('sha256').update(inv.code.replace('-', '')).digest('hex');
    const stored = t.doc<{ deputyId: string; expiresAt: string; usedAt: null; issuedBy: string }>('invites', hash);
    expect(stored).toMatchObject({ deputyId: 'd-town-1', stationCode: 'WYH01', issuedBy: STAFF_WYH, usedAt: null });
    expect(Math.abs(new Date(stored.expiresAt).getTime() - t.clock.now().getTime() - 7 * 24 * 3600_000)).toBeLessThan(60_000);
    expect(JSON.stringify(t.store.scan('invites', []))).not.toContain(inv.code);
    expect((await t.refused('staff', 'issueInvite', { deputyId: 'd-county-2' }, STAFF_WYH)).code).toBe('NOT_YOUR_STATION');
  });
});
