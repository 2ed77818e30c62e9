/**
 * Dead and unknown notifications are shown to staff: each one, once, becomes a staff alert
 * (itself an outbox entry; alerts about alerts are not sent — those stay visible in the
 * outbox list). The mark `alerted` is set after the alert is enqueued; the alert's key is
 * derived from the entry, so a crash in between cannot send it twice.
 */
import { notificationProblem } from '../../core/notification-rules';
import { OPINION_PAGE } from '../config/pages';
import { buildEntry, enqueue } from '../notifications/outbox/enqueue';
import { PROBLEM_STATES } from '../notifications/outbox/outbox-doc';
import { markOutboxEntryAlerted, unalertedOutboxProblems } from '../notifications/outbox.repo';
import { staffOf } from '../notifications/recipients';
import { getOpinion } from '../opinions/opinions.repo';
import type { Ports } from '../platform/ports';

export async function alertProblems(ports: Ports, limit = 300): Promise<number> {
  const now = ports.clock.now();
  let alerted = 0;
  const page = await unalertedOutboxProblems(ports, PROBLEM_STATES, Math.min(limit, 100));
  for (const entry of page) {
    if (!entry.isAlert) {
      const opinion = entry.opinionId ? await getOpinion(ports, entry.opinionId) : undefined;
      const intent = notificationProblem(
        entry.state as 'dead' | 'unknown',
        { trackingNo: entry.trackingNo, stationName: entry.stationName, title: entry.title },
        now,
      );
      const staff = await staffOf(ports, entry.stationCode, opinion?.regionPath ?? []);
      const alerts = staff.map((r) =>
        buildEntry(intent, r, {
          eventKey: `alert-${entry._id}`,
          ...(entry.opinionId ? { opinionId: entry.opinionId } : {}),
          ...(entry.trackingNo ? { trackingNo: entry.trackingNo } : {}),
          ...(entry.stationCode ? { stationCode: entry.stationCode } : {}),
          ...(entry.stationName ? { stationName: entry.stationName } : {}),
          // An admin standing in for a station without staff opens it at the office's desk.
          page: r.desk === 'admin' ? OPINION_PAGE.office(entry.opinionId) : OPINION_PAGE.staff(entry.opinionId),
          isAlert: true,
        }, now),
      );
      await enqueue(ports, alerts);
      alerted++;
    }
    await markOutboxEntryAlerted(ports, entry._id, entry.version);
  }
  return alerted;
}
