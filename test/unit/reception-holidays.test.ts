/**
 * Reception sessions and the working calendar (docs/decisions/0013-holidays-and-sessions.md):
 * weekly sessions falling on a statutory holiday are not held; a make-up workday (调休) adds
 * no session; a one-off session is held on the date it names.
 */
import { fromBeijing } from '../../core/beijing-time';
import { checkIn, sessionsOfDeputy } from '../../core/deputy-duty';
import {
  HOLIDAY_REASON,
  deputiesOnDutyNow,
  occurrences,
  sessionsNow,
  type Schedule,
} from '../../core/reception-schedule';
import { buildCalendar } from '../../core/working-calendar';
import { CALENDAR } from '../../server/config/holidays';

const NO_HOLIDAYS = buildCalendar([]);
const noLeave = () => [];

// 2027-01-01 is a Friday and 元旦; 2027-01-08 is an ordinary Friday.
const station: Schedule = {
  weekly: [
    { id: 'fri', weekday: 5, start: '14:30', end: '17:00', deputyIds: ['d-prov', 'd-city'] },
    { id: 'mon', weekday: 1, start: '09:00', end: '11:30', deputyIds: ['d-county'] },
    { id: 'sat', weekday: 6, start: '09:00', end: '11:00', deputyIds: ['d-town'] },
  ],
  dated: [],
  cancelled: [],
};

const brief = (o: { date: string; sessionId: string; cancelled: boolean; cancelReason?: string }) =>
  `${o.date} ${o.sessionId}${o.cancelled ? ` (${o.cancelReason})` : ''}`;

describe('a weekly session on a statutory holiday', () => {
  test('2027-01-01 (元旦, a Friday): the Friday session is listed as not held, the next Friday is', () => {
    const fridays = occurrences(station, '2027-01-01', 8, CALENDAR).filter((o) => o.sessionId === 'fri');
    expect(fridays.map(brief)).toEqual([`2027-01-01 fri (${HOLIDAY_REASON})`, '2027-01-08 fri']);
    expect(fridays[0]).toMatchObject({ cancelled: true, holiday: true });
    expect(fridays[1].holiday).toBeUndefined();
  });

  test('nobody is on duty at 14:40 on 2027-01-01, though the session would be running', () => {
    const at = fromBeijing('2027-01-01', '14:40');
    expect(sessionsNow(station, at, CALENDAR)).toEqual([]);
    expect(deputiesOnDutyNow(station, noLeave, at, CALENDAR)).toEqual([]);
    // Without holidays the same instant is inside the session: the calendar is what stops it.
    expect(deputiesOnDutyNow(station, noLeave, at, NO_HOLIDAYS).sort()).toEqual(['d-city', 'd-prov']);
  });

  test('a weekend day inside a holiday range suspends that weekend session (2026-10-03, 国庆 Saturday)', () => {
    const week = occurrences(station, '2026-09-28', 14, CALENDAR).filter((o) => o.sessionId === 'sat');
    expect(week.map(brief)).toEqual([`2026-10-03 sat (${HOLIDAY_REASON})`, '2026-10-10 sat']);
  });

  test("staff's own cancellation on a holiday keeps its reason", () => {
    const s: Schedule = { ...station, cancelled: [{ sessionId: 'fri', date: '2027-01-01', reason: '代表参加集中视察' }] };
    expect(occurrences(s, '2027-01-01', 1, CALENDAR)[0]).toMatchObject({ cancelled: true, cancelReason: '代表参加集中视察', holiday: true });
  });

  test('a one-off session staff put on a holiday is held', () => {
    const s: Schedule = { ...station, dated: [{ id: 'x', date: '2027-01-01', start: '09:00', end: '10:00', deputyIds: ['d-nat'] }] };
    const day = occurrences(s, '2027-01-01', 1, CALENDAR);
    expect(day.map(brief)).toEqual(['2027-01-01 x', `2027-01-01 fri (${HOLIDAY_REASON})`]);
    expect(deputiesOnDutyNow(s, noLeave, fromBeijing('2027-01-01', '09:30'), CALENDAR)).toEqual(['d-nat']);
  });
});

describe('make-up workdays (调休) follow the weekday, not the working calendar', () => {
  // 2026-02-14 (Saturday) is a 春节 make-up workday; 2026-02-15 … 02-23 are the holiday.
  test('a Saturday made a workday keeps its Saturday session and gains no Monday session', () => {
    const day = occurrences(station, '2026-02-14', 1, CALENDAR);
    expect(day.map(brief)).toEqual(['2026-02-14 sat']);
  });

  test('the Monday and Saturday inside 春节 are not held; the Monday after is', () => {
    const weeks = occurrences(station, '2026-02-15', 14, CALENDAR).filter((o) => o.sessionId !== 'fri');
    expect(weeks.map(brief)).toEqual([
      `2026-02-16 mon (${HOLIDAY_REASON})`,
      `2026-02-21 sat (${HOLIDAY_REASON})`,
      `2026-02-23 mon (${HOLIDAY_REASON})`,
      '2026-02-28 sat',
    ]);
  });

  test('an ordinary weekend is not a holiday: a station receiving on Saturdays does', () => {
    expect(occurrences(station, '2026-11-28', 1, CALENDAR).map(brief)).toEqual(['2026-11-28 sat']);
  });
});

describe('deputy duty on a holiday', () => {
  const stations = [{ code: 'YL01', name: '岳麓区人大代表联络总站', schedule: station }];

  test("the deputy's list shows the holiday session as not held", () => {
    const mine = sessionsOfDeputy(stations, 'd-city', [], '2027-01-01', 8, CALENDAR);
    expect(mine.map(brief)).toEqual([`2027-01-01 fri (${HOLIDAY_REASON})`, '2027-01-08 fri']);
  });

  test('a session not held cannot be checked into, and the verdict says why', () => {
    const verdict = checkIn(stations, 'd-city', 'YL01', fromBeijing('2027-01-01', '14:40'), CALENDAR);
    expect(verdict).toMatchObject({ ok: false, reason: 'cancelled', cancelReason: HOLIDAY_REASON });
    expect(checkIn(stations, 'd-city', 'YL01', fromBeijing('2027-01-08', '14:40'), CALENDAR)).toMatchObject({ ok: true });
  });
});
