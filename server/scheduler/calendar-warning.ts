/**
 * The holiday table runs out: while this year's table is missing or provisional, and from
 * 1 December while next year's is, every staff member and region admin is told once for that
 * year (docs/decisions/0013-holidays-and-sessions.md). Sent like the daily digest — through
 * the outbox, once per Beijing working day from DIGEST_TIME — as a staff_alert (工作提醒):
 * without a credit it is skipped and stays in the person's in-app list of missed messages.
 * The outbox key (`holidays-<year>` × person) keeps it to once a year per person; a day's
 * `jobs` mark keeps later ticks that day from asking again.
 */
import { beijingDate, beijingDateKey, fromBeijing } from '../../core/beijing-time';
import { calendarGapNotification } from '../../core/notification-rules';
import { calendarWarning, isWorkingDay, type WorkingCalendar } from '../../core/working-calendar';
import { CALENDAR } from '../config/holidays';
import { MINIPROGRAM_PAGES, OPINION_PAGE } from '../config/pages';
import { buildEntry, enqueue, type Recipient } from '../notifications/outbox/enqueue';
import { outboxIdsAmong } from '../notifications/outbox.repo';
import type { Ports } from '../platform/ports';
import { DIGEST_TIME } from '../notifications/digest';
import { usersWithAdminRegion, usersWithStaffStations } from '../users/users.repo';
import { jobMarked, markJobDone } from './jobs.repo';

const ADMIN_PAGE: (typeof MINIPROGRAM_PAGES)[number] = 'packages/admin/pages/index/index';

/** Staff and region admins, one entry each (a person with both roles is told once, as staff). */
async function staffAndAdmins(ports: Ports): Promise<{ recipient: Recipient; page: string }[]> {
  const [staff, admins] = await Promise.all([usersWithStaffStations(ports), usersWithAdminRegion(ports)]);
  const out = new Map<string, { recipient: Recipient; page: string }>();
  for (const u of staff) {
    if ((u.staffStationCodes ?? []).length === 0) continue;
    out.set(u._id, { recipient: { ref: u._id, openid: u._id, label: '联络站工作人员' }, page: OPINION_PAGE.staff() });
  }
  for (const u of admins) {
    if (!u.adminRegionCode || out.has(u._id)) continue;
    out.set(u._id, { recipient: { ref: u._id, openid: u._id, label: '人大工作人员' }, page: ADMIN_PAGE });
  }
  return [...out.values()];
}

/** Enqueues the warnings not written yet; returns how many were written now. */
export async function warnCalendarGap(ports: Ports, calendar: WorkingCalendar = CALENDAR): Promise<number> {
  const now = ports.clock.now();
  const today = beijingDate(now);
  if (!isWorkingDay(calendar, today) || now < fromBeijing(today, DIGEST_TIME)) return 0;
  const warning = calendarWarning(calendar, today);
  if (!warning) return 0;
  const jobId = `calendarwarn-${beijingDateKey(now)}`;
  if (await jobMarked(ports, jobId)) return 0;

  ports.log.info('holiday table needs updating', { year: warning.year, gap: warning.gap });
  const intent = calendarGapNotification(warning.year, warning.gap, now);
  const eventKey = `holidays-${warning.year}`;
  const entries = (await staffAndAdmins(ports)).map(({ recipient, page }) => buildEntry(intent, recipient, { eventKey, page }, now));
  // Only the people not told yet: their keyed ids are looked up, not written and refused.
  const told = new Set<string>();
  for (let i = 0; i < entries.length; i += 100) {
    const ids = entries.slice(i, i + 100).map((e) => e._id);
    (await outboxIdsAmong(ports, ids)).forEach((id) => told.add(id));
  }
  const written = (await enqueue(ports, entries.filter((e) => !told.has(e._id)))).length;
  await markJobDone(ports, jobId, now);
  return written;
}
