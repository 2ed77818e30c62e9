/**
 * Deadlines (PRODUCT.md, "Deadlines (SLA)"): accept within N working days of assignment,
 * result within M working days of acceptance; a reopen restarts the result clock; need_info
 * pauses it (the working days left are kept and resume when the opinion leaves need_info);
 * a hand-over changes nothing. A deadline is the end (23:59:59) of its Beijing due date,
 * stored as a UTC instant. Pure: settings and calendar are passed in.
 */
import { addDays, beijingDate, fromBeijing } from './beijing-time';
import type { Status } from './opinion-status';
import { addWorkingDays, buildCalendar, workingDaysBetween, type WorkingCalendar } from './working-calendar';

export interface DeadlineSettings {
  /** Working days from assignment to acceptance. */
  acceptWorkingDays: number;
  /** Working days from acceptance (or a reopen) to the result. */
  resultWorkingDays: number;
  /** Beijing time on the day before a due date when the deputy is reminded, `HH:mm`. */
  reminderTime: string;
  /** Hours past a deadline before staff are told (the deputy is told at once). */
  escalateAfterHours: number;
  /**
   * Working days after staff were told before the region office (代表工委/联工委) is told, at
   * `reminderTime` that day. A station without staff skips the staff step: the office is told
   * when staff would have been.
   */
  officeAfterWorkingDays: number;
}

export type DueKind = 'accept' | 'result';

/** The deadline fields an opinion carries; `null` clears a field. */
export interface DeadlineState {
  acceptDueAt?: Date | null;
  resultDueAt?: Date | null;
  /** When need_info began, while the result clock is paused. */
  resultPausedAt?: Date | null;
  /** Working days that were left when the clock was paused (null: it had already run out). */
  resultRemainingDays?: number | null;
  /** The one deadline running now (what the scheduler watches); null when none runs. */
  nextDueAt?: Date | null;
  nextDueKind?: DueKind | null;
  /** Marked by the scheduler once `nextDueAt` has passed; cleared by a new deadline. */
  overdue?: boolean;
  overdueSince?: Date | null;
  /** How far the scheduler's alerts for `nextDueAt` have gone (see DUE_ALERT_LEVEL); 0 for a new deadline. */
  dueAlertLevel?: number;
}

const asDate = (d: Date | string | null | undefined): Date | undefined => (d ? new Date(d) : undefined);

/** The end of a Beijing date, as an instant. */
export const endOfBeijingDay = (date: string): Date => new Date(fromBeijing(addDays(date, 1)).getTime() - 1000);

/** The deadline `n` working days after the Beijing day of `at`. */
export const dueAfter = (cal: WorkingCalendar, at: Date, n: number): Date =>
  endOfBeijingDay(addWorkingDays(cal, beijingDate(at), n));

const running = (kind: DueKind, due: Date): DeadlineState => ({
  nextDueAt: due,
  nextDueKind: kind,
  overdue: false,
  overdueSince: null,
  dueAlertLevel: 0,
});
const stopped: DeadlineState = { nextDueAt: null, nextDueKind: null };

/** The deadline fields that change when an opinion moves from `from` to `to` at `at`. */
export function deadlinePatch(
  state: DeadlineState,
  from: Status | undefined,
  to: Status,
  at: Date,
  settings: DeadlineSettings,
  cal: WorkingCalendar,
): DeadlineState {
  if (to === 'assigned') {
    const due = dueAfter(cal, at, settings.acceptWorkingDays);
    return { acceptDueAt: due, ...running('accept', due) };
  }
  if (from === 'need_info' && (to === 'accepted' || to === 'forwarded' || to === 'replied')) {
    return resume(state, at, settings, cal);
  }
  if (to === 'accepted') {
    // First acceptance, or a reopen (resolved → accepted): the result clock starts afresh.
    const due = dueAfter(cal, at, settings.resultWorkingDays);
    return { resultDueAt: due, resultPausedAt: null, resultRemainingDays: null, ...running('result', due) };
  }
  if (to === 'need_info') {
    const due = asDate(state.resultDueAt);
    const remaining = due && at < due ? workingDaysBetween(cal, beijingDate(at), beijingDate(due)) : null;
    return { resultPausedAt: at, resultRemainingDays: remaining, ...stopped };
  }
  if (to === 'forwarded' || to === 'suggestion' || to === 'replied') return {}; // the result clock keeps running
  return stopped; // submitted, triage, held, resolved, closed, withdrawn, rejected: nothing is due
}

function resume(state: DeadlineState, at: Date, settings: DeadlineSettings, cal: WorkingCalendar): DeadlineState {
  const cleared = { resultPausedAt: null, resultRemainingDays: null };
  const previous = asDate(state.resultDueAt);
  if (!previous) {
    const due = dueAfter(cal, at, settings.resultWorkingDays);
    return { resultDueAt: due, ...cleared, ...running('result', due) };
  }
  if (state.resultRemainingDays === null || state.resultRemainingDays === undefined) {
    // It was already overdue when paused: it stays due when it was, and stays overdue.
    return { ...cleared, nextDueAt: previous, nextDueKind: 'result' };
  }
  const due = dueAfter(cal, at, state.resultRemainingDays);
  return { resultDueAt: due, ...cleared, ...running('result', due) };
}

export type DueAlert = 'near' | 'overdue' | 'escalate' | 'office';
/** Alerts go out in this order; an opinion records the last level sent for its running deadline. */
export const DUE_ALERT_LEVEL: Record<DueAlert, number> = { near: 1, overdue: 2, escalate: 3, office: 4 };

/** Weekends only: the calendar a caller without the holiday tables gets. */
const WEEKENDS_ONLY = buildCalendar([]);

/** When staff are told about a passed deadline: `escalateAfterHours` after it. */
export const staffEscalationAt = (nextDueAt: Date, settings: DeadlineSettings): Date =>
  new Date(nextDueAt.getTime() + settings.escalateAfterHours * 3600_000);

/** When the region office is told: `officeAfterWorkingDays` working days after staff were, at `reminderTime` (without staff: when staff would have been). */
export function officeEscalationAt(nextDueAt: Date, settings: DeadlineSettings, cal: WorkingCalendar, stationHasStaff = true): Date {
  const staffAt = staffEscalationAt(nextDueAt, settings);
  if (!stationHasStaff) return staffAt;
  return fromBeijing(addWorkingDays(cal, beijingDate(staffAt), settings.officeAfterWorkingDays), settings.reminderTime);
}

/**
 * What is due about a running deadline at `now`: nothing yet; `near` from `reminderTime`
 * on the day before the due date; `overdue` once passed; `escalate` (staff) once passed by
 * `escalateAfterHours`; `office` `officeAfterWorkingDays` working days after that. A station
 * without staff (`stationHasStaff: false`) has no staff step: `office` comes in its place.
 * Each alert is sent once per deadline (the opinion's `dueAlertLevel` says how far they went).
 */
export function dueAlerts(
  nextDueAt: Date,
  now: Date,
  settings: DeadlineSettings,
  cal: WorkingCalendar = WEEKENDS_ONLY,
  stationHasStaff = true,
): DueAlert[] {
  const dueDate = beijingDate(nextDueAt);
  const remindAt = fromBeijing(addDays(dueDate, -1), settings.reminderTime);
  const out: DueAlert[] = [];
  if (now >= remindAt) out.push('near');
  if (now > nextDueAt) out.push('overdue');
  if (now > staffEscalationAt(nextDueAt, settings)) out.push(stationHasStaff ? 'escalate' : 'office');
  if (stationHasStaff && now >= officeEscalationAt(nextDueAt, settings, cal)) out.push('office');
  // Once overdue, the "due tomorrow" reminder is moot.
  return out.includes('overdue') ? out.filter((a) => a !== 'near') : out;
}
