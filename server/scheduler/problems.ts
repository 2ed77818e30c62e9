/**
 * Dead and unknown notifications are shown to staff: each one, once, becomes a staff alert
 * (itself an outbox entry; alerts about alerts are not sent — those stay visible in the
 * outbox list). The mark `alerted` is set after the alert is enqueued; the alert's key is
 * derived from the entry, so a crash in between cannot send it twice.
 */
import { notificationProblem } from '../../core/notification-rules';
import { OPINION_PAGE } from '../config/pages';
import type { OpinionDoc } from '../model';
import { buildEntry, enqueue } from '../notifications/outbox/enqueue';
import { PROBLEM_STATES, type OutboxDoc } from '../notifications/outbox/outbox-doc';
import { staffOf } from '../notifications/recipients';
import { findById } from '../platform/db';
import type { Ports } from '../platform/ports';

export async function alertProblems(ports: Ports, limit = 300): Promise<number> {
  const _ = ports.db.command;
  const now = ports.clock.now();
  let alerted = 0;
  const page = await ports.db
    .collection<OutboxDoc>('outbox')
    .where({ state: _.in([...PROBLEM_STATES]), alerted: false })
    .limit(Math.min(limit, 100))
    .get();
  for (const entry of page.data) {
    if (!entry.isAlert) {
      const opinion = entry.opinionId ? await findById<OpinionDoc>(ports.db, 'opinions', entry.opinionId) : undefined;
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
          page: OPINION_PAGE.staff(entry.opinionId),
          isAlert: true,
        }, now),
      );
      await enqueue(ports, alerts);
      alerted++;
    }
    await ports.db.collection('outbox').where({ _id: entry._id, version: entry.version }).update({ data: { alerted: true } });
  }
  return alerted;
}
