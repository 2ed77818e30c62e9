/**
 * Holidays and reception sessions (docs/decisions/0013-holidays-and-sessions.md): on
 * 2027-01-01 (元旦, a Friday) 岳麓总站's Friday session is not held — the station page says
 * so, nobody is on duty, a submission is not routed by `on_duty`, and the deputy cannot
 * check in. From 1 December the scheduler tells staff and region admins, once a year each,
 * that next year's holiday table is missing or only provisional.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fromBeijing } from '../../core/beijing-time';
import { HOLIDAY_REASON } from '../../core/reception-schedule';
import { buildCalendar } from '../../core/working-calendar';
import { HOLIDAY_TABLES } from '../../server/config/holidays';
import type { OpinionDoc } from '../../server/model';
import { warnCalendarGap } from '../../server/scheduler/calendar-warning';
import { RESIDENT, STAFF_WYH, startLocal, type Local } from '../support/local';
import { ADMIN, grant, messages, outbox, tick } from './notifications-support';

jest.setTimeout(30_000);

const CITY_DEPUTY = 'demo-deputy-city'; // 王志强, d-city-1: receives at YL01 on Fridays 14:30–17:00
const STAFF_XJH = 'demo-staff-xjh';
const NEW_YEAR_1440 = fromBeijing('2027-01-01', '14:40');

describe('2027-01-01 14:40 (元旦): the Friday session at 岳麓总站 is not held', () => {
  let t: Local;
  beforeEach(async () => {
    t = await startLocal(NEW_YEAR_1440);
  });
  afterEach(() => t.close());

  test('station.get shows no session held today and nobody on duty', async () => {
    const page = await t.ok('station', 'get', { code: 'YL01' }, RESIDENT);
    expect(page.today.filter((s) => !s.cancelled)).toEqual([]);
    expect(page.today).toEqual([expect.objectContaining({ start: '14:30', cancelled: true, cancelReason: HOLIDAY_REASON })]);
    expect(page.deputies.filter((d) => d.onDutyNow).map((d) => d.name)).toEqual([]);
    // The next Friday is an ordinary one, listed as held.
    expect(page.upcoming.find((s) => s.date === '2027-01-08')).toMatchObject({ start: '14:30', cancelled: false });
  });

  test('a submission is not routed to the deputies of the session that is not held', async () => {
    const r = await t.submit({ stationCode: 'YL01', category: '交通出行', text: '路口红绿灯时间太短，老人过马路来不及' });
    expect(r.routing.rule).not.toBe('on_duty');
    const doc = t.doc<OpinionDoc>('opinions', r.id);
    expect(doc.routing?.rule).not.toBe('on_duty');
    expect(doc.routing?.reason).not.toContain('正在接待值班');
  });

  test('the deputy cannot check in, and is told it is a holiday', async () => {
    const refusal = await t.refused('deputy', 'checkIn', { stationCode: 'YL01' }, CITY_DEPUTY);
    expect(refusal).toMatchObject({ code: 'CHECKIN_OUTSIDE_SESSION' });
    expect(refusal.message).toContain(HOLIDAY_REASON);
    expect(t.docs('attendance')).toEqual([]);
    const sessions = await t.ok('deputy', 'sessions', {}, CITY_DEPUTY);
    expect(sessions.items.find((s) => s.stationCode === 'YL01' && s.date === '2027-01-01')).toMatchObject({
      cancelled: true,
      cancelReason: HOLIDAY_REASON,
    });
  });
});

describe('the station poster', () => {
  beforeAll(() => {
    execFileSync('sh', [path.resolve(__dirname, '../../scripts/ensure-poppler.sh')], { stdio: 'inherit' });
  });

  test('a poster listing weekly sessions says they are not held on statutory holidays', async () => {
    const t = await startLocal();
    const answer = await t.ok('documents', 'stationPoster', { code: 'WYH01' }, STAFF_WYH);
    const text = execFileSync('pdftotext', ['-', '-'], { input: t.files.read(answer.fileId)!, encoding: 'utf8' }).replace(/\s+/g, '');
    expect(text).toContain('每周二09:00-11:30');
    expect(text).toContain('法定节假日暂停接待');
    t.close();
  });
});

describe('the warning that next year has no official holiday table', () => {
  const warnings = (t: Local, year = 2027) => outbox(t).filter((e) => e.eventKey === `holidays-${year}`);
  const people = (t: Local, year?: number) => warnings(t, year).map((e) => e.openid).sort();

  test('from 1 December, once per person: staff and the region admin are told 2027 is provisional', async () => {
    const t = await startLocal(fromBeijing('2026-11-30', '09:00'));
    await grant(t, STAFF_WYH, 'staff_alert');
    await tick(t);
    expect(warnings(t)).toEqual([]); // November: nothing yet

    t.clock.set(fromBeijing('2026-12-04', '09:00'));
    await tick(t);
    expect(people(t)).toEqual([ADMIN, STAFF_WYH, STAFF_XJH].sort());
    expect(warnings(t).every((e) => e.templateKey === 'staff_alert')).toBe(true);

    // With a credit it arrives in WeChat; without one it waits in the in-app list.
    const [m] = messages(t, STAFF_WYH, 'staff_alert');
    expect(m.data.thing1.value).toBe('2027年放假安排为暂定，请联系维护人员');
    const missed = await t.ok('subscription', 'missed', {}, ADMIN);
    expect(missed.items.map((i) => i.title)).toContain('联络站工作提醒');

    // Another tick, another day: nobody is told twice.
    await tick(t);
    t.clock.set(fromBeijing('2026-12-07', '09:00'));
    await tick(t);
    expect(people(t)).toEqual([ADMIN, STAFF_WYH, STAFF_XJH].sort());
    t.close();
  });

  test('a missing table is called missing', async () => {
    const t = await startLocal(fromBeijing('2026-12-01', '09:00'));
    const only2026 = buildCalendar(HOLIDAY_TABLES.filter((y) => y.year === 2026));
    expect(await warnCalendarGap(t.ports, only2026)).toBe(3);
    expect(warnings(t).map((e) => e.data.thing1.value)).toEqual(Array(3).fill('2027年放假安排未录入，请联系维护人员'));
    expect(await warnCalendarGap(t.ports, only2026)).toBe(0);
    t.close();
  });
});
