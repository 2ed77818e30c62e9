/**
 * A station's reception schedule (接待日): weekly rules plus dated changes
 * (one-off sessions and cancelled occurrences), expanded into concrete sessions.
 */
import { addDays, beijingParts, minutesOf, weekdayOf } from './beijing-time';

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
}

export const EMPTY_SCHEDULE: Schedule = { weekly: [], dated: [], cancelled: [] };

/** Every session on the given days, in date and time order, cancelled ones marked. */
export function occurrences(schedule: Schedule, fromDate: string, days: number): Occurrence[] {
  const out: Occurrence[] = [];
  for (let i = 0; i < days; i++) {
    const date = addDays(fromDate, i);
    const weekday = weekdayOf(date);
    const sessions = [
      ...schedule.weekly.filter((s) => s.weekday === weekday),
      ...schedule.dated.filter((s) => s.date === date),
    ];
    for (const s of sessions) {
      const cancel = schedule.cancelled.find((c) => c.sessionId === s.id && c.date === date);
      out.push({
        sessionId: s.id,
        date,
        start: s.start,
        end: s.end,
        deputyIds: s.deputyIds,
        cancelled: Boolean(cancel),
        ...(cancel ? { cancelReason: cancel.reason } : {}),
      });
    }
  }
  return out.sort((a, b) => (a.date + a.start).localeCompare(b.date + b.start));
}

export function isOnLeave(leaves: readonly Leave[], date: string): boolean {
  return leaves.some((l) => l.from <= date && date <= l.to);
}

/** Sessions running at this instant (not cancelled). */
export function sessionsNow(schedule: Schedule, now: Date): Occurrence[] {
  const { date, minutes } = beijingParts(now);
  return occurrences(schedule, date, 1).filter(
    (o) => !o.cancelled && minutesOf(o.start) <= minutes && minutes < minutesOf(o.end),
  );
}

/** Deputies on duty now: in a running session and not on leave today. */
export function deputiesOnDutyNow(
  schedule: Schedule,
  leavesOf: (deputyId: string) => readonly Leave[],
  now: Date,
): string[] {
  const today = beijingParts(now).date;
  const ids = sessionsNow(schedule, now).flatMap((o) => o.deputyIds);
  return [...new Set(ids)].filter((id) => !isOnLeave(leavesOf(id), today));
}
