/**
 * The staff's daily digest: once per Beijing working day, from DIGEST_TIME on, each staff
 * member gets the number of overdue and triage-waiting opinions at their stations (nothing
 * when both are zero). Keyed per day × person, so a second tick that day sends nothing.
 */
import { beijingDate, beijingDateKey, fromBeijing } from '../../core/beijing-time';
import { digestNotification } from '../../core/notification-rules';
import { isWorkingDay } from '../../core/working-calendar';
import { CALENDAR } from '../config/holidays';
import { overduePage, staffQueuePage } from '../config/pages';
import { buildEntry, enqueue } from './outbox/enqueue';
import type { Ports } from '../platform/ports';
import { countTriageAtStations } from '../opinions/opinions.repo';
import { countOverdueAtStations } from '../opinions/opinions.lists.repo';
import { jobMarked, markJobDone } from '../scheduler/jobs.repo';
import { usersWithStaffStations } from '../users/users.repo';

export const DIGEST_TIME = '08:30';

export async function runDailyDigest(ports: Ports): Promise<number> {
  const now = ports.clock.now();
  const today = beijingDate(now);
  if (!isWorkingDay(CALENDAR, today) || now < fromBeijing(today, DIGEST_TIME)) return 0;
  const jobId = `digest-${beijingDateKey(now)}`;
  if (await jobMarked(ports, jobId)) return 0;

  const staff = await usersWithStaffStations(ports);
  let written = 0;
  for (const u of staff) {
    const stations = u.staffStationCodes ?? [];
    if (stations.length === 0) continue;
    const [overdue, triage] = await Promise.all([countOverdueAtStations(ports, stations, now), countTriageAtStations(ports, stations)]);
    // It opens what needs doing first: the overdue board, or else the cases waiting in triage.
    const page = overdue > 0 ? overduePage('staff') : staffQueuePage('triage');
    const entries = digestNotification(overdue, triage, now).map((intent) =>
      buildEntry(intent, { ref: u._id, openid: u._id, label: '联络站工作人员' }, { eventKey: jobId, page }, now),
    );
    written += (await enqueue(ports, entries)).length;
  }
  await markJobDone(ports, jobId, now);
  return written;
}
