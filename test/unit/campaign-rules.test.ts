/** Campaign periods, phases, reminders (core/campaign-rules.ts) and the summary count (core/campaign-summary.ts). */
import { campaignPhase, daysElapsed, defaultReportDue, isCalendarDate, periodProblem, reminderDue } from '../../core/campaign-rules';
import { campaignNumbers, campaignRows } from '../../core/campaign-summary';

describe('periods', () => {
  test('a good period, with or without a report due date', () => {
    expect(periodProblem('2026-05-01', '2026-12-31')).toBeUndefined();
    expect(periodProblem('2026-05-01', '2026-05-01', '2026-05-01')).toBeUndefined();
  });
  test.each([
    ['2026-12-31', '2026-05-01', undefined, '结束日期（2026-05-01）早于开始日期（2026-12-31），请检查活动期间'],
    ['2026-02-29', '2026-05-01', undefined, '开始日期不是有效日期'],
    ['2026-05-01', '2026-13-01', undefined, '结束日期不是有效日期'],
    ['2026-01-01', '2027-02-05', undefined, '活动期间不能超过400天'],
    ['2026-05-01', '2026-12-31', '2026-12-30', '总结报送日期（2026-12-30）不能早于活动结束日期（2026-12-31）'],
  ])('%s to %s (report %s): %s', (from, to, due, problem) => expect(periodProblem(from, to, due)).toBe(problem));
  test('calendar dates', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
  });
});

test('phase, days elapsed, report due and the reminder', () => {
  const c = { from: '2026-05-01', to: '2026-12-31' };
  expect(campaignPhase(c, '2026-04-30')).toBe('upcoming');
  expect(campaignPhase(c, '2026-05-01')).toBe('running');
  expect(campaignPhase(c, '2027-01-01')).toBe('ended');
  expect(daysElapsed(c, '2026-04-01')).toEqual({ elapsed: 0, total: 245 });
  expect(daysElapsed(c, '2026-05-10')).toEqual({ elapsed: 10, total: 245 });
  expect(daysElapsed(c, '2027-03-01')).toEqual({ elapsed: 245, total: 245 });
  expect(defaultReportDue('2026-12-31')).toBe('2027-01-10');
  expect(reminderDue('2027-01-10', '2027-01-06')).toBe(false);
  expect(reminderDue('2027-01-10', '2027-01-07')).toBe(true);
});

test('the summary counts the period only, deputies of the chosen levels once each', () => {
  const start = new Date('2026-04-30T16:00:00Z');
  const end = new Date('2026-12-31T16:00:00Z');
  const n = campaignNumbers({
    start,
    end,
    levels: ['county', 'township'],
    opinions: [
      { createdAt: '2026-06-01T00:00:00Z', assigneeDeputyId: 'a', acceptedAt: '2026-06-02T00:00:00Z', resolvedAt: '2026-06-10T00:00:00Z', ratings: [{ at: '2026-06-11T00:00:00Z', result: 'unsatisfied' }, { at: '2026-06-20T00:00:00Z', result: 'basic' }] },
      { createdAt: '2026-07-01T00:00:00Z', assigneeDeputyId: 'b', acceptedAt: '2026-07-02T00:00:00Z', forward: {} },
      { createdAt: '2026-08-01T00:00:00Z', assigneeDeputyId: 'c', suggestionId: 's1' }, // not accepted: c does not count
      { createdAt: '2026-04-01T00:00:00Z', assigneeDeputyId: 'd', acceptedAt: '2026-04-02T00:00:00Z', resolvedAt: '2026-04-03T00:00:00Z' }, // before
    ],
    attendance: [
      { deputyId: 'a', stationCode: 'S', date: '2026-06-01', sessionId: 'w1' },
      { deputyId: 'e', stationCode: 'S', date: '2026-06-01', sessionId: 'w1' },
      { deputyId: 'e', stationCode: 'S', date: '2026-06-08', sessionId: 'w1' },
    ],
    activities: [{ deputyId: 'f' }],
    deputyLevels: new Map([['a', 'county'], ['b', 'township'], ['c', 'county'], ['d', 'county'], ['e', 'city'], ['f', 'township']] as const),
  });
  expect(n).toEqual({
    sessionsHeld: 2,
    deputies: { total: 3, byLevel: [{ level: 'county', label: '县（市区）', count: 1 }, { level: 'township', label: '乡镇', count: 2 }] },
    opinions: { received: 3, forwarded: 1, converted: 1, resolved: 1 },
    satisfaction: { satisfied: 0, basic: 1, unsatisfied: 0, rated: 1, satisfiedPercent: 100 },
  });
  expect(campaignRows(n)[0]).toEqual(['接待活动场次', 2]);
});
