/** Campaign periods, phases, reminders (core/campaign-rules.ts) and the summary count (core/campaign-summary.ts). */
import { campaignPhase, daysElapsed, defaultReportDue, isCalendarDate, periodProblem, reminderDue } from '../../core/campaign-rules';
import { activityKindRows, campaignNumbers, campaignRows, regionRows, sumDays } from '../../core/campaign-summary';
import { lessMetrics } from '../../core/stats/figures';

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

test('the summary counts the counted days of the day cells, deputies of the chosen levels once each, rows that add up', () => {
  // Day cells of the region's counters in May: the 31st is after the campaign's last counted day.
  const may = { '01': { n: 2, acc: 2, res: 1, rt: 1, st_unsatisfied: 1 }, '20': { n: 1, fwd: 1, sug: 1, rt: 1, st_basic: 1 }, '31': { n: 5, res: 5 } };
  const whole = sumDays(may, '2026-05', '2026-05-01', '2026-05-30');
  expect(whole).toEqual({ n: 3, acc: 2, res: 1, rt: 2, st_unsatisfied: 1, fwd: 1, sug: 1, st_basic: 1 });
  const town = sumDays({ '01': may['01'] }, '2026-05', '2026-05-01', '2026-05-30');
  const n = campaignNumbers({
    levels: ['county', 'township'],
    opinions: whole,
    parts: [
      { code: 'T1', name: '咸嘉湖街道', opinions: town },
      { code: 'C', name: '区本级', own: true, opinions: lessMetrics(whole, [town]) },
    ],
    attendance: [
      { deputyId: 'a', stationCode: 'S', date: '2026-05-01', sessionId: 'w1', part: 'T1' },
      { deputyId: 'e', stationCode: 'S', date: '2026-05-01', sessionId: 'w1', part: 'T1' },
      { deputyId: 'e', stationCode: 'S', date: '2026-05-08', sessionId: 'w1', part: 'T1' },
    ],
    activities: [
      { deputyId: 'f', kind: 'research', part: 'C' },
      { deputyId: 'f', kind: 'visit', part: 'C' },
      { deputyId: 'a', kind: 'reception', part: 'T1' },
    ],
    accepting: ['a', 'b'],
    deputyLevels: new Map([['a', 'county'], ['b', 'township'], ['c', 'county'], ['e', 'city'], ['f', 'township']] as const),
  });
  expect(n).toMatchObject({
    sessionsHeld: 2,
    // a (checked in, accepted), b (accepted), f (activities); e is of a level not chosen.
    deputies: { total: 3, byLevel: [{ level: 'county', label: '县（市区）', count: 1 }, { level: 'township', label: '乡镇', count: 2 }] },
    opinions: { received: 3, forwarded: 1, converted: 1, resolved: 1 },
    satisfaction: { satisfied: 0, basic: 1, unsatisfied: 1, rated: 2, satisfiedPercent: 50 },
    checkIns: 3,
  });
  expect(n.activities.byKind.map((k) => [k.label, k.count])).toEqual([['接待', 1], ['专题调研', 1], ['集中视察', 0], ['代表小组活动', 0], ['走访', 1]]);
  expect(n.byRegion).toEqual([
    { code: 'T1', name: '咸嘉湖街道', own: false, received: 2, resolved: 1, rated: 1, satisfiedPercent: 0, activities: 1, checkIns: 3 },
    { code: 'C', name: '区本级', own: true, received: 1, resolved: 0, rated: 1, satisfiedPercent: 100, activities: 2, checkIns: 0 },
  ]);
  expect(campaignRows(n)[0]).toEqual(['接待活动场次', 2]);
  expect(activityKindRows(n).at(-1)).toEqual(['履职活动合计', 3]);
  // The breakdown's rows add up to its total row, column by column.
  const rows = regionRows(n);
  expect(rows.at(-1)).toEqual(['合计', 3, 1, 2, 50, 3, 3]);
  for (const col of [1, 2, 3, 5, 6]) expect(rows.slice(0, -1).reduce((sum, r) => sum + Number(r[col]), 0)).toBe(rows.at(-1)![col]);
  expect(regionRows({ ...n, byRegion: [] })).toEqual([]);
});
