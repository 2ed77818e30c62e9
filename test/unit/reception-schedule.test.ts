import {
  EMPTY_SCHEDULE,
  deputiesOnDutyNow,
  isOnLeave,
  occurrences,
  sessionsNow,
  type Leave,
  type Schedule,
} from '../../core/reception-schedule';
import { buildCalendar } from '../../core/working-calendar';

/** Holidays are tested in reception-holidays.test.ts; here every day is an ordinary one. */
const NO_HOLIDAYS = buildCalendar([]);

// 2026-11-23 is a Monday; 11-24 Tuesday; 11-26 Thursday; 12-01 Tuesday.
const schedule: Schedule = {
  weekly: [
    { id: 'w-thu', weekday: 4, start: '14:00', end: '17:00', deputyIds: ['d3'] },
    { id: 'w-tue', weekday: 2, start: '09:00', end: '11:30', deputyIds: ['d1', 'd2'] },
    { id: 'w-tue-early', weekday: 2, start: '08:00', end: '09:00', deputyIds: ['d3'] },
  ],
  dated: [
    { id: 'x-thu', date: '2026-11-26', start: '09:00', end: '10:00', deputyIds: ['d4'] },
    { id: 'x-sat', date: '2026-12-05', start: '10:00', end: '12:00', deputyIds: ['d1'] },
  ],
  cancelled: [
    { sessionId: 'w-thu', date: '2026-11-26', reason: '代表参加集中视察' },
    { sessionId: 'w-tue', date: '2026-11-26', reason: '日期与场次不符，不应生效' },
  ],
};

const brief = (o: { date: string; start: string; sessionId: string; cancelled: boolean }) =>
  `${o.date} ${o.start} ${o.sessionId}${o.cancelled ? ' (cancelled)' : ''}`;

describe('occurrences', () => {
  it('expands weekly rules by weekday and dated one-offs, sorted by date then start', () => {
    expect(occurrences(schedule, '2026-11-23', 7, NO_HOLIDAYS).map(brief)).toEqual([
      '2026-11-24 08:00 w-tue-early',
      '2026-11-24 09:00 w-tue',
      '2026-11-26 09:00 x-thu',
      '2026-11-26 14:00 w-thu (cancelled)',
    ]);
  });

  it('carries times and deputies, and marks a cancelled one with its reason', () => {
    const week = occurrences(schedule, '2026-11-23', 7, NO_HOLIDAYS);
    expect(week.find((o) => o.sessionId === 'w-tue')).toEqual({
      sessionId: 'w-tue',
      date: '2026-11-24',
      start: '09:00',
      end: '11:30',
      deputyIds: ['d1', 'd2'],
      cancelled: false,
    });
    expect(week.find((o) => o.sessionId === 'w-thu')).toMatchObject({
      cancelled: true,
      cancelReason: '代表参加集中视察',
    });
  });

  it('cancels only the occurrence on the cancelled date', () => {
    const next = occurrences(schedule, '2026-11-30', 7, NO_HOLIDAYS);
    expect(next.map(brief)).toEqual([
      '2026-12-01 08:00 w-tue-early',
      '2026-12-01 09:00 w-tue',
      '2026-12-03 14:00 w-thu',
      '2026-12-05 10:00 x-sat',
    ]);
    expect(next.every((o) => !o.cancelled && o.cancelReason === undefined)).toBe(true);
  });

  it('crosses month and year ends', () => {
    const s: Schedule = {
      ...EMPTY_SCHEDULE,
      weekly: [{ id: 'w-fri', weekday: 5, start: '09:00', end: '10:00', deputyIds: [] }],
    };
    expect(occurrences(s, '2026-12-28', 14, NO_HOLIDAYS).map((o) => o.date)).toEqual(['2027-01-01', '2027-01-08']);
  });

  it('gives nothing for zero days or an empty schedule', () => {
    expect(occurrences(schedule, '2026-11-24', 0, NO_HOLIDAYS)).toEqual([]);
    expect(occurrences(EMPTY_SCHEDULE, '2026-11-23', 30, NO_HOLIDAYS)).toEqual([]);
  });

  it('counts from the first day inclusive and stops before fromDate + days', () => {
    expect(occurrences(schedule, '2026-11-24', 1, NO_HOLIDAYS).map((o) => o.sessionId)).toEqual(['w-tue-early', 'w-tue']);
    expect(occurrences(schedule, '2026-11-25', 1, NO_HOLIDAYS)).toEqual([]);
    expect(occurrences(schedule, '2026-11-17', 7, NO_HOLIDAYS).map((o) => o.date)).not.toContain('2026-11-24');
  });
});

describe('isOnLeave (inclusive bounds)', () => {
  const leaves: Leave[] = [
    { from: '2026-11-20', to: '2026-11-25', reason: '外出学习' },
    { from: '2026-12-30', to: '2027-01-02' },
  ];
  it.each([
    ['2026-11-19', false],
    ['2026-11-20', true],
    ['2026-11-22', true],
    ['2026-11-25', true],
    ['2026-11-26', false],
    ['2026-12-29', false],
    ['2027-01-01', true],
    ['2027-01-02', true],
    ['2027-01-03', false],
  ])('%s → %s', (date, expected) => {
    expect(isOnLeave(leaves, date)).toBe(expected);
  });

  it('a one-day leave covers that day only; no leaves → never on leave', () => {
    expect(isOnLeave([{ from: '2026-11-24', to: '2026-11-24' }], '2026-11-24')).toBe(true);
    expect(isOnLeave([{ from: '2026-11-24', to: '2026-11-24' }], '2026-11-25')).toBe(false);
    expect(isOnLeave([], '2026-11-24')).toBe(false);
  });
});

describe('sessionsNow (Beijing time, end exclusive, cancelled excluded)', () => {
  const night: Schedule = {
    weekly: [
      { id: 'w-tue-midnight', weekday: 2, start: '00:00', end: '01:00', deputyIds: ['d5'] },
      // Monday 16:00–17:00: what a UTC clock would wrongly find at 16:30Z on Monday
      { id: 'w-mon', weekday: 1, start: '16:00', end: '17:00', deputyIds: ['d6'] },
    ],
    dated: [],
    cancelled: [],
  };
  const ids = (s: Schedule, iso: string) => sessionsNow(s, new Date(iso), NO_HOLIDAYS).map((o) => o.sessionId);

  it.each([
    ['2026-11-24T01:30:00Z', 'Tue 09:30', ['w-tue']],
    ['2026-11-24T00:00:00Z', 'Tue 08:00 (start inclusive)', ['w-tue-early']],
    ['2026-11-24T00:59:00Z', 'Tue 08:59', ['w-tue-early']],
    ['2026-11-24T01:00:00Z', 'Tue 09:00 (early one ends, exclusive)', ['w-tue']],
    ['2026-11-24T03:29:00Z', 'Tue 11:29', ['w-tue']],
    ['2026-11-24T03:30:00Z', 'Tue 11:30 (end exclusive)', []],
    ['2026-11-23T01:30:00Z', 'Mon 09:30', []],
    ['2026-11-26T01:30:00Z', 'Thu 09:30 (one-off)', ['x-thu']],
    ['2026-11-26T07:00:00Z', 'Thu 15:00 (cancelled that day)', []],
    ['2026-12-03T07:00:00Z', 'Thu 15:00 (not cancelled)', ['w-thu']],
  ])('%s is %s', (iso, _, expected) => {
    expect(ids(schedule, iso)).toEqual(expected);
  });

  it('2026-11-23T16:30Z is Tuesday 00:30 in Beijing, not Monday 16:30', () => {
    expect(ids(night, '2026-11-23T16:30:00Z')).toEqual(['w-tue-midnight']);
  });

  it('2026-11-23T08:30Z is Monday 16:30 in Beijing', () => {
    expect(ids(night, '2026-11-23T08:30:00Z')).toEqual(['w-mon']);
  });
});

describe('deputiesOnDutyNow', () => {
  const tuesday0930 = new Date('2026-11-24T01:30:00Z');
  const noLeave = () => [];

  it('lists the deputies of the running session', () => {
    expect(deputiesOnDutyNow(schedule, noLeave, tuesday0930, NO_HOLIDAYS).sort()).toEqual(['d1', 'd2']);
  });

  it('leaves out a deputy on leave today', () => {
    const leaves = (id: string): Leave[] => (id === 'd2' ? [{ from: '2026-11-24', to: '2026-11-30' }] : []);
    expect(deputiesOnDutyNow(schedule, leaves, tuesday0930, NO_HOLIDAYS)).toEqual(['d1']);
  });

  it('keeps a deputy whose leave ended yesterday', () => {
    const leaves = (id: string): Leave[] => (id === 'd2' ? [{ from: '2026-11-20', to: '2026-11-23' }] : []);
    expect(deputiesOnDutyNow(schedule, leaves, tuesday0930, NO_HOLIDAYS).sort()).toEqual(['d1', 'd2']);
  });

  it('judges leave by the Beijing date, not the UTC one', () => {
    const s: Schedule = {
      ...EMPTY_SCHEDULE,
      weekly: [{ id: 'w-tue-midnight', weekday: 2, start: '00:00', end: '01:00', deputyIds: ['d5', 'd6'] }],
    };
    // 2026-11-23T16:30Z: UTC date 11-23, Beijing date 11-24.
    const leaves = (id: string): Leave[] => (id === 'd5' ? [{ from: '2026-11-24', to: '2026-11-24' }] : []);
    expect(deputiesOnDutyNow(s, leaves, new Date('2026-11-23T16:30:00Z'), NO_HOLIDAYS)).toEqual(['d6']);
    const leavesUtcDay = (): Leave[] => [{ from: '2026-11-23', to: '2026-11-23' }];
    expect(deputiesOnDutyNow(s, leavesUtcDay, new Date('2026-11-23T16:30:00Z'), NO_HOLIDAYS).sort()).toEqual(['d5', 'd6']);
  });

  it('excludes deputies of a cancelled session', () => {
    expect(deputiesOnDutyNow(schedule, noLeave, new Date('2026-11-26T07:00:00Z'), NO_HOLIDAYS)).toEqual([]);
  });

  it('lists a deputy in two overlapping sessions once', () => {
    const s: Schedule = {
      weekly: [{ id: 'a', weekday: 2, start: '09:00', end: '12:00', deputyIds: ['d1', 'd2'] }],
      dated: [{ id: 'b', date: '2026-11-24', start: '09:00', end: '10:00', deputyIds: ['d1'] }],
      cancelled: [],
    };
    expect(deputiesOnDutyNow(s, noLeave, tuesday0930, NO_HOLIDAYS).sort()).toEqual(['d1', 'd2']);
  });
});
