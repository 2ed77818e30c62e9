/**
 * What the station's paper says (issue 21): the poster prints the weekly sessions only — never
 * a dated one-off or a cancellation, which change week to week — and its code grows into the
 * room they leave; the walk-in slip carries a code (wxacode.getUnlimited, as the poster's) that
 * opens the claim page with the tracking number as its scene, and names the way there as the
 * app does. And the office names staff by name or what their invite recorded, never by openid.
 * PDFs are rendered with pdftoppm and their codes decoded with jsqr.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { fromBeijing } from '../../core/beijing-time';
import { CLAIM_ENTRY } from '../../server/documents/entry-slip';
import { LATEST_NOTE, QR_SIZE, QR_SIZE_MAX } from '../../server/documents/station-poster';
import { MM } from '../../server/documents/pdf';
import { posterData, HOLIDAY_NOTE } from '../../server/stations/posters';
import type { DeputyDoc, RegionDoc, StationDoc } from '../../server/model';
import { OpenApiError } from '../../server/platform/openapi/port';
import { startLocal, STAFF_WYH, type Local } from '../support/local';

jest.setTimeout(120_000);
const root = path.resolve(__dirname, '../..');
const out = path.join(root, 'test-results');
const ADMIN = 'demo-admin-yuelu';
const STAFF_XJH = 'demo-staff-xjh';

beforeAll(() => {
  execFileSync('sh', [path.join(root, 'scripts/ensure-poppler.sh')], { stdio: 'inherit' });
  mkdirSync(out, { recursive: true });
});

let t: Local;
beforeEach(async () => {
  t = await startLocal(fromBeijing('2026-12-05', '10:00'));
});
afterEach(() => t.close());

/** The PDF stored under `fileId`, written to test-results/<name>.pdf; its text without spaces. */
function saved(fileId: string, name: string): { file: string; text: string } {
  const file = path.join(out, `${name}.pdf`);
  writeFileSync(file, t.files.read(fileId)!);
  return { file, text: execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '') };
}

/** The first page rendered at `dpi`, its QR code decoded: content, and the code's printed width in mm. */
function scan(file: string, dpi: number): { data: string; widthMm: number } | undefined {
  const prefix = file.replace(/\.pdf$/, `-${dpi}`);
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', '1', '-l', '1', '-singlefile', file, prefix]);
  const png = PNG.sync.read(readFileSync(`${prefix}.png`));
  const qr = jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height);
  if (!qr) return undefined;
  const { topLeftCorner: a, topRightCorner: b } = qr.location;
  const modules = 17 + 4 * qr.version;
  // The corners bound the code itself; the image around it has the stand-in's 2-module margin.
  const codePx = Math.hypot(b.x - a.x, b.y - a.y);
  return { data: qr.data, widthMm: ((codePx * (modules + 4)) / modules / dpi) * 25.4 };
}

describe('the poster prints the weekly sessions only', () => {
  const region = { _id: '430104', name: '岳麓区', path: ['430104'] } as unknown as RegionDoc;
  const deputy = { _id: 'd-town-1', name: '周丽', level: 'township', status: 'active', leaves: [] } as unknown as DeputyDoc;
  const station = {
    _id: 'WYH01',
    name: '望月湖街道人大代表联络站',
    address: '望月湖路 38 号',
    schedule: {
      weekly: [
        { id: 'w2', weekday: 4, start: '14:30', end: '17:00', deputyIds: [] },
        { id: 'w1', weekday: 2, start: '09:00', end: '11:30', deputyIds: ['d-town-1'] },
      ],
      dated: [{ id: 'd1', date: '2026-12-16', start: '09:00', end: '11:00', deputyIds: ['d-town-1'] }],
      cancelled: [{ sessionId: 'w1', date: '2026-12-08', reason: '代表参加人代会' }],
    },
  } as unknown as StationDoc;

  test('the data: weekly lines in weekday order with the holiday note; nothing dated, nothing cancelled', () => {
    const p = posterData(station, [region], [deputy], Buffer.alloc(0), fromBeijing('2026-12-05', '10:00'));
    expect(p.sessions).toEqual([
      { when: '每周二 09:00-11:30', who: '周丽' },
      { when: '每周四 14:30-17:00', who: '' },
    ]);
    expect(p.holidayNote).toBe(HOLIDAY_NOTE);
    expect(JSON.stringify(p)).not.toMatch(/12-16|12-08|人代会|专场|暂停接待(?!")/);
    expect(Object.keys(p)).not.toContain('noticeLines');
  });

  test('the PDF: a one-off session and a cancellation set on the desk do not print; the weekly ones and where to see changes do', async () => {
    const { items } = await t.ok('staff', 'myStations', {}, STAFF_WYH);
    const sched = items.find((s) => s.code === 'WYH01')!.schedule;
    const weekly = sched.weekly[0]!;
    await t.ok(
      'staff',
      'setSchedule',
      {
        code: 'WYH01',
        schedule: {
          weekly: sched.weekly,
          dated: [{ id: 'one-off', date: '2026-12-16', start: '14:00', end: '16:00', deputyIds: [] }],
          cancelled: [{ sessionId: weekly.id, date: '2026-12-08', reason: '代表外出学习' }],
        },
      },
      STAFF_WYH,
    );
    const answer = await t.ok('documents', 'stationPoster', { code: 'WYH01' }, STAFF_WYH);
    const { file, text } = saved(answer.fileId, 'poster-weekly-only');
    expect(text).toContain('每周二09:00-11:30');
    expect(text).toContain(LATEST_NOTE);
    expect(text).toContain('法定节假日暂停接待');
    for (const gone of ['12-16', '14:00-16:00', '专场接待', '12-08', '代表外出学习']) expect(text).not.toContain(gone);
    // The code takes the room the short schedule leaves: larger than the smallest size, within the largest.
    expect(scan(file, 100)?.data).toBe('http://127.0.0.1:8787/#/pages/station/index?scene=WYH01');
  });

  /** The lowest printed row above the footer, in mm from the page's top (the footer band is 16 mm). */
  function lowestInk(file: string): number {
    const prefix = file.replace(/\.pdf$/, '-ink');
    execFileSync('pdftoppm', ['-png', '-r', '50', '-singlefile', file, prefix]);
    const png = PNG.sync.read(readFileSync(`${prefix}.png`));
    const footerTop = png.height - Math.ceil((16 / 25.4) * 50) - 1;
    for (let y = footerTop - 1; y > 0; y--) {
      for (let x = 0; x < png.width; x++) {
        const i = (y * png.width + x) * 4;
        if (png.data[i]! < 160 && png.data[i + 1]! < 160 && png.data[i + 2]! < 160) return (y / 50) * 25.4;
      }
    }
    return 0;
  }
  const setWeekly = (weekly: unknown[]) => t.ok('staff', 'setSchedule', { code: 'WYH01', schedule: { weekly, dated: [], cancelled: [] } } as never, STAFF_WYH);
  const session = (i: number, weekday: number, start = '09:00', end = '11:30') => ({ id: `w${i}`, weekday, start, end, deputyIds: ['d-town-1', 'd-county-1'] });

  test('a short schedule: the code grows into the room, and the page is filled down to the footer', async () => {
    await setWeekly([session(1, 2)]);
    const answer = await t.ok('documents', 'stationPoster', { code: 'WYH01' }, STAFF_WYH);
    const { file } = saved(answer.fileId, 'poster-short-schedule');
    const code = scan(file, 100);
    expect(code?.data).toBe('http://127.0.0.1:8787/#/pages/station/index?scene=WYH01');
    expect(code!.widthMm).toBeGreaterThan(QR_SIZE / MM + 10);
    expect(code!.widthMm).toBeLessThanOrEqual(QR_SIZE_MAX / MM + 1);
    // Nothing like the empty bottom third: the last line sits within 15 mm of the footer (at 281 mm).
    expect(lowestInk(file)).toBeGreaterThan(297 - 16 - 15);
  });

  test('six sessions: every one prints (one line each), beside a code of the smallest size, still scannable', async () => {
    await setWeekly([1, 2, 3, 4, 5, 6].map((d) => session(d, d)));
    const answer = await t.ok('documents', 'stationPoster', { code: 'WYH01' }, STAFF_WYH);
    const { file, text } = saved(answer.fileId, 'poster-many-sessions');
    for (const day of ['一', '二', '三', '四', '五', '六']) expect(text).toContain(`每周${day}09:00-11:30`);
    expect(text).not.toContain('另有');
    expect(text).toContain(LATEST_NOTE);
    const code = scan(file, 100);
    expect(code).toBeDefined();
    expect(code!.widthMm).toBeGreaterThan(QR_SIZE / MM - 2);
    expect(code!.widthMm).toBeLessThan(QR_SIZE / MM + 5);
  });

  test('more sessions than the page holds: those that do not fit are counted, never cut off silently', async () => {
    await setWeekly([...[1, 2, 3, 4, 5, 6].map((d) => session(d, d)), ...[1, 2, 3, 4, 5, 6].map((d) => session(d + 10, d, '14:30', '17:00'))]);
    const answer = await t.ok('documents', 'stationPoster', { code: 'WYH01' }, STAFF_WYH);
    const { text } = saved(answer.fileId, 'poster-too-many-sessions');
    const printed = (text.match(/每周[一二三四五六日]\d\d:\d\d-\d\d:\d\d/g) ?? []).length;
    expect(printed).toBeGreaterThan(5);
    expect(printed).toBeLessThan(12);
    expect(text).toContain(`另有${12 - printed}场接待，请扫码查看`);
  });
});

describe('the walk-in slip', () => {
  const entry = (over: Record<string, unknown> = {}) => ({
    stationCode: 'WYH01',
    channel: 'walk_in' as const,
    category: '住房物业' as const,
    text: '老人来站反映：小区路灯坏了一个月没人修。',
    phone: '13800138000',
    residentInformed: true as const,
    requestId: `slip-${Math.random().toString(36).slice(2, 12)}`,
    ...over,
  });

  test('names the way to the claim page as the app does (我的 → the cell’s label)', () => {
    const me = readFileSync(path.join(root, 'src/pages/me/index.tsx'), 'utf8');
    expect(me).toContain(`label='${CLAIM_ENTRY}'`);
  });

  test('carries a code that opens the claim page with its tracking number; the number claims the opinion', async () => {
    const e = await t.ok('staff', 'enter', entry(), STAFF_WYH);
    const slip = await t.ok('documents', 'entrySlip', { id: e.id }, STAFF_WYH);
    const { file, text } = saved(slip.fileId, 'entry-slip-qr');
    expect(text).toContain(e.trackingNo);
    expect(text).toContain(`我的→${CLAIM_ENTRY}`);
    expect(text).toContain('扫描上方二维码');
    const code = scan(file, 200);
    expect(code?.data).toBe(`http://127.0.0.1:8787/#/packages/resident/pages/claim/index?scene=${e.trackingNo}`);
    // What the scan carries is what the resident claims with.
    const scene = new URL(code!.data.replace('/#/', '/')).searchParams.get('scene')!;
    const claimed = await t.ok('opinion', 'claim', { trackingNo: scene, phone: '13800138000' }, 'demo-resident-walkin');
    expect(claimed.trackingNo).toBe(e.trackingNo);
  });

  test('without a phone there is nothing to claim: no code, and the slip says to ask at the station', async () => {
    const e = await t.ok('staff', 'enter', entry({ channel: 'letter', phone: undefined }), STAFF_WYH);
    const slip = await t.ok('documents', 'entrySlip', { id: e.id }, STAFF_WYH);
    const { file, text } = saved(slip.fileId, 'entry-slip-no-phone');
    expect(text).toContain('请凭查询编号到联络站或拨打联络站电话查询');
    expect(text).not.toContain(CLAIM_ENTRY);
    expect(scan(file, 200)).toBeUndefined();
  });

  test('when WeChat refuses the code, the slip is still made, in words, and the refusal is logged', async () => {
    const logged: string[] = [];
    t.close();
    t = await startLocal(fromBeijing('2026-12-05', '10:00'), ':memory:', { log: { info: () => undefined, error: (m) => void logged.push(m) } });
    const e = await t.ok('staff', 'enter', entry(), STAFF_WYH);
    t.ports.openapi.getUnlimitedQrCode = async () => {
      throw new OpenApiError(45009, 'reach max api minute limit');
    };
    const slip = await t.ok('documents', 'entrySlip', { id: e.id }, STAFF_WYH);
    const { file, text } = saved(slip.fileId, 'entry-slip-refused-code');
    expect(text).toContain(`我的→${CLAIM_ENTRY}`);
    expect(text).not.toContain('扫描上方二维码');
    expect(scan(file, 200)).toBeUndefined();
    expect(logged).toContain('wxacode.getUnlimited refused the claim code');
  });
});

describe('the office names staff by name, or by what their invite recorded', () => {
  test('a named invite names the person; the demo staff (no invite) are named by their stations; never by openid', async () => {
    const named = await t.ok('admin', 'issueStaffInvite', { stationCodes: ['XJH01'], name: '王小红' }, ADMIN);
    await t.ok('admin', 'joinAsStaff', { inviteCode: named.code }, 'walk-new-staff');
    const unnamed = await t.ok('admin', 'issueStaffInvite', { stationCodes: ['WYH01'] }, ADMIN);
    await t.ok('admin', 'joinAsStaff', { inviteCode: unnamed.code }, 'walk-other-staff');

    const { staff, openInvites } = await t.ok('admin', 'staffOverview', {}, ADMIN);
    const byId = Object.fromEntries(staff.map((p) => [p.openid, p]));
    expect(byId['walk-new-staff']).toMatchObject({ label: '王小红', name: '王小红', joinedAt: expect.stringMatching(/^2026-12-05T02:00/) });
    expect(byId['walk-other-staff']!.label).toBe('望月湖街道人大代表联络站的工作人员（12月5日加入）');
    expect(byId[STAFF_WYH]!.label).toBe('望月湖街道人大代表联络站、岳麓区人大代表联络总站的工作人员');
    expect(byId[STAFF_XJH]!.label).toBe('咸嘉湖街道人大代表联络站的工作人员');
    expect(staff[0]!.openid).toBe('walk-new-staff'); // named people first
    for (const p of staff) expect(p.label).not.toMatch(/demo-|walk-/);
    expect(openInvites).toEqual([]);

    // An open invite shows whom it is for.
    await t.ok('admin', 'issueStaffInvite', { stationCodes: ['XJH01'], name: '李明' }, ADMIN);
    expect((await t.ok('admin', 'staffOverview', {}, ADMIN)).openInvites.map((i) => i.name)).toEqual(['李明']);

    // The stations list names them the same way.
    const { items } = await t.ok('admin', 'stations', {}, ADMIN);
    const xjh = items.find((s) => s.code === 'XJH01')!;
    expect(xjh.staffMembers.map((m) => m.label).sort()).toEqual(['咸嘉湖街道人大代表联络站的工作人员', '王小红'].sort());
    expect([...xjh.staff].sort()).toEqual([STAFF_XJH, 'walk-new-staff'].sort());
    const given = await t.ok('admin', 'giveStation', { code: 'YL01', openid: 'walk-new-staff' }, ADMIN);
    expect(given.staffMembers.find((m) => m.openid === 'walk-new-staff')?.label).toBe('王小红');
    // A label from the invite stays the person's when stations are given or taken later.
    const more = await t.ok('admin', 'giveStation', { code: 'XJH01', openid: 'walk-other-staff' }, ADMIN);
    expect(more.staffMembers.find((m) => m.openid === 'walk-other-staff')?.label).toBe('望月湖街道人大代表联络站的工作人员（12月5日加入）');
    await t.ok('admin', 'takeStation', { code: 'WYH01', openid: 'walk-other-staff' }, ADMIN);
    const after = (await t.ok('admin', 'staffOverview', {}, ADMIN)).staff.find((p) => p.openid === 'walk-other-staff');
    expect(after).toMatchObject({ label: '望月湖街道人大代表联络站的工作人员（12月5日加入）', stations: [{ code: 'XJH01', name: '咸嘉湖街道人大代表联络站' }] });
  });

  test('an invite’s name is plain text of at most 20 characters', async () => {
    expect((await t.refused('admin', 'issueStaffInvite', { stationCodes: ['XJH01'], name: '   ' }, ADMIN)).code).toBe('INVALID_PAYLOAD');
    expect((await t.refused('admin', 'issueStaffInvite', { stationCodes: ['XJH01'], name: '王'.repeat(21) }, ADMIN)).code).toBe('INVALID_PAYLOAD');
  });
});

describe('a court case at the desk', () => {
  test('is never assigned to a deputy; staff register it and tell the resident where to go (triage → rejected with the guidance)', async () => {
    const o = await t.submit({ category: '涉法涉诉', text: '我家的房屋买卖合同纠纷在法院拖了两年，希望代表帮忙催一催。' });
    expect(o.status).toBe('triage');
    expect((await t.refused('staff', 'assign', { id: o.id, deputyId: 'd-town-1' }, STAFF_WYH)).code).toBe('DEPUTY_UNAVAILABLE');
    const guidance = '您的意见已登记。人大代表不得干涉具体司法案件，请通过人民法院、人民检察院的申诉或信访等法定渠道反映。';
    expect((await t.ok('staff', 'reject', { id: o.id, reason: guidance }, STAFF_WYH)).status).toBe('rejected');
    const mine = await t.ok('opinion', 'detail', { id: o.id }, 'demo-resident-1');
    expect(mine.timeline.at(-1)?.note).toBe(guidance);
  });
});
