/**
 * Reception duty of a deputy, pure: the sessions a deputy has in the coming days and
 * whether a check-in at a station at an instant falls inside one of them.
 */
import { addDays, beijingParts, minutesOf } from './beijing-time';
import { isOnLeave, occurrences, type Leave, type Occurrence, type Schedule } from './reception-schedule';

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
): DutySession[] {
  return stations
    .flatMap((s) =>
      occurrences(s.schedule, fromDate, days)
        .filter((o) => o.deputyIds.includes(deputyId))
        .map((o) => ({ ...o, stationCode: s.code, stationName: s.name, onLeave: isOnLeave(leaves, o.date) })),
    )
    .sort((a, b) => (a.date + a.start).localeCompare(b.date + b.start));
}

export type CheckInVerdict =
  | { ok: true; session: DutySession }
  | { ok: false; reason: 'wrong_station' | 'outside_session' };

const covers = (o: Occurrence, date: string, minutes: number) =>
  o.date === date && minutesOf(o.start) - CHECK_IN_EARLY_MINUTES <= minutes && minutes < minutesOf(o.end);

/**
 * A check-in at `stationCode` at `now`: allowed inside one of the deputy's sessions there
 * (from 30 minutes before its start to its end, not cancelled). If the deputy has a session
 * running at another station instead, it is the wrong station; otherwise it is outside.
 */
export function checkIn(
  stations: readonly StationSchedule[],
  deputyId: string,
  stationCode: string,
  now: Date,
): CheckInVerdict {
  const { date, minutes } = beijingParts(now);
  // Yesterday is not needed: sessions do not cross midnight.
  const running = sessionsOfDeputy(stations, deputyId, [], date, 1).filter((o) => !o.cancelled && covers(o, date, minutes));
  const here = running.find((o) => o.stationCode === stationCode);
  if (here) return { ok: true, session: here };
  return { ok: false, reason: running.length > 0 ? 'wrong_station' : 'outside_session' };
}

export const nextDays = (from: string, n: number): string => addDays(from, n);
