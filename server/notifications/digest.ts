/**
 * The staff's daily digest: once per Beijing working day, from DIGEST_TIME on, each staff
 * member gets the number of overdue and triage-waiting opinions at their stations (nothing
 * when both are zero). Keyed per day × person, so a second tick that day sends nothing.
 */
import { beijingDate, beijingDateKey, fromBeijing } from '../../core/beijing-time';
import { digestNotification } from '../../core/notification-rules';
import { OPEN_STATUSES } from '../../core/opinion-status';
import { isWorkingDay } from '../../core/working-calendar';
import { CALENDAR } from '../config/holidays';
import { OPINION_PAGE } from '../config/pages';
import { isDuplicateKey } from '../platform/db-errors';
import type { UserDoc } from '../model';
import { buildEntry, enqueue } from './outbox/enqueue';
import type { Ports } from '../platform/ports';

export const DIGEST_TIME = '08:30';

export async function runDailyDigest(ports: Ports): Promise<number> {
  const now = ports.clock.now();
  const today = beijingDate(now);
  if (!isWorkingDay(CALENDAR, today) || now < fromBeijing(today, DIGEST_TIME)) return 0;
  const jobId = `digest-${beijingDateKey(now)}`;
  const jobs = ports.db.collection('jobs');
  const done = await jobs.where({ _id: jobId }).count();
  if (done.total > 0) return 0;

  const _ = ports.db.command as typeof ports.db.command & { exists(b: boolean): unknown };
  const staff = await ports.db.collection<UserDoc>('users').where({ staffStationCodes: _.exists(true) }).limit(1000).get();
  let written = 0;
  for (const u of staff.data) {
    const stations = u.staffStationCodes ?? [];
    if (stations.length === 0) continue;
    const opinions = ports.db.collection('opinions');
    const [overdue, triage] = await Promise.all([
      opinions.where({ stationCode: _.in(stations), status: _.in([...OPEN_STATUSES]), overdue: true }).count(),
      opinions.where({ stationCode: _.in(stations), status: 'triage' }).count(),
    ]);
    const entries = digestNotification(overdue.total, triage.total, now).map((intent) =>
      buildEntry(intent, { ref: u._id, openid: u._id, label: '联络站工作人员' }, { eventKey: jobId, page: OPINION_PAGE.staff() }, now),
    );
    written += (await enqueue(ports, entries)).length;
  }
  try {
    await jobs.add({ data: { _id: jobId, doneAt: now } });
  } catch (e) {
    if (!isDuplicateKey(e)) throw e;
  }
  return written;
}
