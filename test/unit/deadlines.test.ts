import { fromBeijing } from '../../core/beijing-time';
import { deadlinePatch, dueAlerts, endOfBeijingDay, type DeadlineState } from '../../core/deadlines';
import type { Status } from '../../core/opinion-status';
import { DEFAULT_DEADLINES, deadlineSettingsFor } from '../../server/config/deadlines';
import { CALENDAR } from '../../server/config/holidays';

const S = DEFAULT_DEADLINES;
const at = (date: string, time = '10:00') => fromBeijing(date, time);
const end = endOfBeijingDay;
const patch = (state: DeadlineState, from: Status | undefined, to: Status, when: Date) => deadlinePatch(state, from, to, when, S, CALENDAR);

describe('deadline fields per transition', () => {
  test.each<[string, DeadlineState, Status | undefined, Status, Date, DeadlineState]>([
    ['routing assigns: accept within 3 working days', {}, 'submitted', 'assigned', at('2026-11-30'), { acceptDueAt: end('2026-12-03'), nextDueAt: end('2026-12-03'), nextDueKind: 'accept', overdue: false, overdueSince: null, dueAlertLevel: 0 }],
    ['assigned on Friday: the weekend does not count', {}, 'triage', 'assigned', at('2026-12-04'), { acceptDueAt: end('2026-12-09'), nextDueKind: 'accept' }],
    ['assigned before 国庆: the holiday does not count', {}, 'submitted', 'assigned', at('2026-09-30'), { acceptDueAt: end('2026-10-10') }],
    ['accepted: result within 15 working days', {}, 'assigned', 'accepted', at('2026-11-30'), { resultDueAt: end('2026-12-21'), nextDueAt: end('2026-12-21'), nextDueKind: 'result', overdue: false }],
    ['reopen restarts the result clock', { resultDueAt: end('2026-12-21'), overdue: true }, 'resolved', 'accepted', at('2027-01-04'), { resultDueAt: end('2027-01-25'), overdue: false, dueAlertLevel: 0 }],
    ['need_info pauses: 5 working days left are kept', { resultDueAt: end('2026-12-21') }, 'accepted', 'need_info', at('2026-12-14'), { resultPausedAt: at('2026-12-14'), resultRemainingDays: 5, nextDueAt: null, nextDueKind: null }],
    ['paused when already overdue: nothing left', { resultDueAt: end('2026-12-21') }, 'replied', 'need_info', at('2026-12-22'), { resultRemainingDays: null, nextDueAt: null }],
    ['leaving need_info resumes with the days left', { resultDueAt: end('2026-12-21'), resultRemainingDays: 5, resultPausedAt: at('2026-12-14') }, 'need_info', 'accepted', at('2026-12-28'), { resultDueAt: end('2027-01-05'), resultPausedAt: null, resultRemainingDays: null, nextDueKind: 'result', overdue: false }],
    ['resuming to replied works the same', { resultDueAt: end('2026-12-21'), resultRemainingDays: 0 }, 'need_info', 'replied', at('2026-12-26'), { resultDueAt: end('2026-12-28') }],
    ['resuming an overdue one keeps its old deadline (still overdue)', { resultDueAt: end('2026-12-21'), resultRemainingDays: null, overdue: true }, 'need_info', 'forwarded', at('2026-12-28'), { nextDueAt: end('2026-12-21'), nextDueKind: 'result' }],
    ['forwarding keeps the clock running', { resultDueAt: end('2026-12-21') }, 'accepted', 'forwarded', at('2026-12-01'), {}],
    ['resolving stops the clock (the due date stays for the record)', { resultDueAt: end('2026-12-21') }, 'accepted', 'resolved', at('2026-12-01'), { nextDueAt: null, nextDueKind: null }],
    ['triage: nothing is due', {}, 'submitted', 'triage', at('2026-12-01'), { nextDueAt: null }],
  ])('%s', (_name, state, from, to, when, expected) => {
    const p = patch(state, from, to, when);
    expect(p).toMatchObject(expected);
    if (Object.keys(expected).length === 0) expect(p).toEqual({});
  });

  test('a due date is the last second of its Beijing day, stored as UTC', () => {
    expect(end('2026-12-03').toISOString()).toBe('2026-12-03T15:59:59.000Z');
  });

  test('region overrides win from the nearest region down', () => {
    const overrides = { '430100': { acceptWorkingDays: 5 }, '430104': { acceptWorkingDays: 2, resultWorkingDays: 10 } };
    expect(deadlineSettingsFor(['430000', '430100'], overrides).acceptWorkingDays).toBe(5);
    expect(deadlineSettingsFor(['430000', '430100', '430104', '430104007'], overrides)).toMatchObject({ acceptWorkingDays: 2, resultWorkingDays: 10 });
    expect(deadlineSettingsFor([], overrides)).toEqual(DEFAULT_DEADLINES);
  });
});

describe('alerts of a running deadline', () => {
  const due = end('2026-12-03');
  test.each([
    ['two days before', at('2026-12-01', '12:00'), []],
    ['the day before, 08:59', at('2026-12-02', '08:59'), []],
    ['the day before, 09:00', at('2026-12-02', '09:00'), ['near']],
    ['the due day', at('2026-12-03', '23:00'), ['near']],
    ['just past', at('2026-12-04', '00:00'), ['overdue']],
    ['a day past', at('2026-12-05', '00:01'), ['overdue', 'escalate']],
    // Staff were told on Friday night: the office three working days later (Wed 12-09) at 09:00.
    ['the office, 08:59 on the third working day', at('2026-12-09', '08:59'), ['overdue', 'escalate']],
    ['the office, 09:00 on the third working day', at('2026-12-09', '09:00'), ['overdue', 'escalate', 'office']],
  ])('%s → %j', (_n, now, expected) => {
    expect(dueAlerts(due, now, S, CALENDAR)).toEqual(expected);
  });

  test.each([
    ['just past', at('2026-12-04', '00:00'), ['overdue']],
    ['a day past: the office at once, no staff step', at('2026-12-05', '00:01'), ['overdue', 'office']],
  ])('a station without staff: %s → %j', (_n, now, expected) => {
    expect(dueAlerts(due, now, S, CALENDAR, false)).toEqual(expected);
  });

  test('a holiday in between puts the office step after it (国庆: Oct 1–7 are off)', () => {
    // Due Monday 09-28, staff told Tuesday 09-29 night; working days after: 09-30, 10-08, 10-09.
    const due = end('2026-09-28');
    const office = (now: Date) => dueAlerts(due, now, S, CALENDAR).includes('office');
    expect([office(at('2026-10-08', '10:00')), office(at('2026-10-09', '08:59')), office(at('2026-10-09', '09:00'))]).toEqual([false, false, true]);
  });
});
