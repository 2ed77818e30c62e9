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
import { type DbCommand } from '../platform/db';
import { isDuplicateKey } from '../platform/db-errors';
import type { UserDoc } from '../model';
import { buildEntry, enqueue, type Recipient } from '../notifications/outbox/enqueue';
import type { OutboxDoc } from '../notifications/outbox/outbox-doc';
import type { Ports } from '../platform/ports';
import { DIGEST_TIME } from '../notifications/digest';

const ADMIN_PAGE: (typeof MINIPROGRAM_PAGES)[number] = 'packages/admin/pages/index/index';

/** Staff and region admins, one entry each (a person with both roles is told once, as staff). */
async function staffAndAdmins(ports: Ports): Promise<{ recipient: Recipient; page: string }[]> {
  const _ = ports.db.command as DbCommand & { exists(b: boolean): unknown };
  const users = ports.db.collection<UserDoc>('users');
  const [staff, admins] = await Promise.all([
    users.where({ staffStationCodes: _.exists(true) }).limit(1000).get(),
    users.where({ adminRegionCode: _.exists(true) }).limit(1000).get(),
  ]);
  const out = new Map<string, { recipient: Recipient; page: string }>();
  for (const u of staff.data) {
    if ((u.staffStationCodes ?? []).length === 0) continue;
    out.set(u._id, { recipient: { ref: u._id, openid: u._id, label: '联络站工作人员' }, page: OPINION_PAGE.staff() });
  }
  for (const u of admins.data) {
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
  const jobs = ports.db.collection('jobs');
  if ((await jobs.where({ _id: jobId }).count()).total > 0) return 0;

  ports.log.info('holiday table needs updating', { year: warning.year, gap: warning.gap });
  const intent = calendarGapNotification(warning.year, warning.gap, now);
  const eventKey = `holidays-${warning.year}`;
  const entries = (await staffAndAdmins(ports)).map(({ recipient, page }) => buildEntry(intent, recipient, { eventKey, page }, now));
  // Only the people not told yet: their keyed ids are looked up, not written and refused.
  const _ = ports.db.command;
  const told = new Set<string>();
  for (let i = 0; i < entries.length; i += 100) {
    const ids = entries.slice(i, i + 100).map((e) => e._id);
    const found = await ports.db.collection<OutboxDoc>('outbox').where({ _id: _.in(ids) }).field({ _id: true }).limit(100).get();
    found.data.forEach((e) => told.add(e._id));
  }
  const written = (await enqueue(ports, entries.filter((e) => !told.has(e._id)))).length;
  try {
    await jobs.add({ data: { _id: jobId, doneAt: now } });
  } catch (e) {
    if (!isDuplicateKey(e)) throw e;
  }
  return written;
}
