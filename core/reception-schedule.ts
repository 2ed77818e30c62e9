/**
 * A station's reception schedule (接待日): weekly rules plus dated changes
 * (one-off sessions and cancelled occurrences), expanded into concrete sessions.
 * A weekly session falling on a statutory holiday is not held; a one-off session is held on
 * the date it names; make-up workdays (调休) add nothing (docs/decisions/0013).
 */
import { addDays, beijingParts, minutesOf, weekdayOf } from './beijing-time';
import { isHoliday, type WorkingCalendar } from './working-calendar';

export interface WeeklySession {
  id: string;
  weekday: number; // 0 = Sunday … 6 = Saturday
  start: string; // HH:mm, Beijing
  end: string;
  deputyIds: string[];
}

export interface DatedSession {
  id: string;
  date: string; // YYYY-MM-DD, Beijing
  start: string;
  end: string;
  deputyIds: string[];
}

export interface Cancellation {
  sessionId: string; // a weekly or dated session
  date: string;
  reason: string;
}

export interface Schedule {
  weekly: WeeklySession[];
  dated: DatedSession[];
  cancelled: Cancellation[];
}

export interface Leave {
  from: string; // YYYY-MM-DD inclusive
  to: string; // inclusive
  reason?: string;
}

/** A leave's identity: an edited reason is one leave removed and another added. */
export const leaveKey = (l: Leave): string => `${l.from}|${l.to}|${l.reason ?? ''}`;
export const sameLeave = (a: Leave, b: Leave): boolean => leaveKey(a) === leaveKey(b);
/** The order leaves are stored in: by start, then end. */
export const byLeaveStart = (a: Leave, b: Leave): number => a.from.localeCompare(b.from) || a.to.localeCompare(b.to);

export interface Occurrence {
  sessionId: string;
  date: string;
  start: string;
  end: string;
  deputyIds: string[];
  cancelled: boolean;
  cancelReason?: string;
  /** A weekly session not held because the day is a statutory holiday. */
  holiday?: true;
}

/** Why a weekly session on a statutory holiday is not held, as residents and deputies read it. */
export const HOLIDAY_REASON = '法定节假日';

export const EMPTY_SCHEDULE: Schedule = { weekly: [], dated: [], cancelled: [] };

/**
 * Every session on the given days, in date and time order, cancelled ones marked: by staff
 * (with their reason, which wins) or, for a weekly session, by a statutory holiday.
 */
export function occurrences(schedule: Schedule, fromDate: string, days: number, calendar: WorkingCalendar): Occurrence[] {
  const out: Occurrence[] = [];
  for (let i = 0; i < days; i++) {
    const date = addDays(fromDate, i);
    const weekday = weekdayOf(date);
    const holiday = isHoliday(calendar, date);
    const sessions = [
      ...schedule.weekly.filter((s) => s.weekday === weekday).map((s) => ({ s, holiday })),
      ...schedule.dated.filter((s) => s.date === date).map((s) => ({ s, holiday: false })),
    ];
    for (const { s, holiday: notHeld } of sessions) {
      const cancel = schedule.cancelled.find((c) => c.sessionId === s.id && c.date === date);
      const reason = cancel?.reason ?? (notHeld ? HOLIDAY_REASON : undefined);
      out.push({
        sessionId: s.id,
        date,
        start: s.start,
        end: s.end,
        deputyIds: s.deputyIds,
        cancelled: Boolean(cancel) || notHeld,
        ...(reason ? { cancelReason: reason } : {}),
        ...(notHeld ? { holiday: true as const } : {}),
      });
    }
  }
  return out.sort((a, b) => (a.date + a.start).localeCompare(b.date + b.start));
}

export function isOnLeave(leaves: readonly Leave[], date: string): boolean {
  return leaves.some((l) => l.from <= date && date <= l.to);
}

/** Sessions running at this instant (not cancelled, not on a holiday). */
export function sessionsNow(schedule: Schedule, now: Date, calendar: WorkingCalendar): Occurrence[] {
  const { date, minutes } = beijingParts(now);
  return occurrences(schedule, date, 1, calendar).filter(
    (o) => !o.cancelled && minutesOf(o.start) <= minutes && minutes < minutesOf(o.end),
  );
}

/** Deputies on duty now: in a running session and not on leave today. */
export function deputiesOnDutyNow(
  schedule: Schedule,
  leavesOf: (deputyId: string) => readonly Leave[],
  now: Date,
  calendar: WorkingCalendar,
): string[] {
  const today = beijingParts(now).date;
  const ids = sessionsNow(schedule, now, calendar).flatMap((o) => o.deputyIds);
  return [...new Set(ids)].filter((id) => !isOnLeave(leavesOf(id), today));
}
