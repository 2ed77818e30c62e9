/**
 * Reception duty of a deputy, pure: the sessions a deputy has in the coming days and
 * whether a check-in at a station at an instant falls inside one of them.
 */
import { beijingParts, minutesOf } from './beijing-time';
import { isOnLeave, occurrences, type Leave, type Occurrence, type Schedule } from './reception-schedule';
import type { WorkingCalendar } from './working-calendar';

/** A deputy may check in this many minutes before a session starts. */
export const CHECK_IN_EARLY_MINUTES = 30;

export interface StationSchedule {
  code: string;
  name: string;
  schedule: Schedule;
}

export interface DutySession extends Occurrence {
  stationCode: string;
  stationName: string;
  onLeave: boolean;
}

/** The deputy's sessions at these stations from `fromDate` for `days` days, in time order. */
export function sessionsOfDeputy(
  stations: readonly StationSchedule[],
  deputyId: string,
  leaves: readonly Leave[],
  fromDate: string,
  days: number,
  calendar: WorkingCalendar,
): DutySession[] {
  return stations
    .flatMap((s) =>
      occurrences(s.schedule, fromDate, days, calendar)
        .filter((o) => o.deputyIds.includes(deputyId))
        .map((o) => ({ ...o, stationCode: s.code, stationName: s.name, onLeave: isOnLeave(leaves, o.date) })),
    )
    .sort((a, b) => (a.date + a.start).localeCompare(b.date + b.start));
}

export type CheckInVerdict =
  | { ok: true; session: DutySession }
  | { ok: false; reason: 'wrong_station' | 'outside_session' }
  /** The session here would be running, but it is not held (cancelled by staff, or a holiday). */
  | { ok: false; reason: 'cancelled'; cancelReason: string };

const covers = (o: Occurrence, date: string, minutes: number) =>
  o.date === date && minutesOf(o.start) - CHECK_IN_EARLY_MINUTES <= minutes && minutes < minutesOf(o.end);

/**
 * A check-in at `stationCode` at `now`: allowed inside one of the deputy's sessions there
 * (from 30 minutes before its start to its end, not cancelled, not on a holiday). If the
 * deputy has a session running at another station instead, it is the wrong station; if the
 * one here is not held, that is the answer (with why); otherwise it is outside.
 */
export function checkIn(
  stations: readonly StationSchedule[],
  deputyId: string,
  stationCode: string,
  now: Date,
  calendar: WorkingCalendar,
): CheckInVerdict {
  const { date, minutes } = beijingParts(now);
  // Yesterday is not needed: sessions do not cross midnight.
  const covering = sessionsOfDeputy(stations, deputyId, [], date, 1, calendar).filter((o) => covers(o, date, minutes));
  const running = covering.filter((o) => !o.cancelled);
  const here = running.find((o) => o.stationCode === stationCode);
  if (here) return { ok: true, session: here };
  if (running.length > 0) return { ok: false, reason: 'wrong_station' };
  const notHeld = covering.find((o) => o.stationCode === stationCode);
  if (notHeld) return { ok: false, reason: 'cancelled', cancelReason: notHeld.cancelReason ?? '' };
  return { ok: false, reason: 'outside_session' };
}
