/**
 * Deadlines the scheduler watches: the deputy is reminded the day before, told when the
 * deadline has passed (and the opinion is marked overdue — a mark, not a status), and staff
 * are told once it has been overdue for a while. Each alert is keyed per opinion × deadline
 * × alert, and the opinion records how far alerts went (`dueAlertLevel`), so ticking again
 * sends nothing twice. The marks are conditional on the version read and do not bump it:
 * a status change in between wins, and the next tick decides again on fresh data.
 */
import { dueAlerts, DUE_ALERT_LEVEL, type DueKind } from '../../../core/deadlines';
import { notificationsForDeadline } from '../../../core/notification-rules';
import { deadlineSettingsFor } from '../../config/deadlines';
import type { OpinionDoc } from '../../model';
import { buildEntry, enqueue } from '../../notifications/outbox/enqueue';
import type { OutboxDoc } from '../../notifications/outbox/outbox-doc';
import { opinionFacts, pageFor } from '../../notifications/relay';
import { recipientsFor } from '../../notifications/recipients';
import type { Ports } from '../../platform/ports';
import { keepStats } from '../../dashboard/keep';
import { markDueAlerts, opinionsDueBeforePage } from '../opinions.repo';

/** Reminders start the day before the due date, so nothing further ahead needs looking at. */
const LOOKAHEAD_MS = 2 * 24 * 3600_000;

export interface DeadlineReport {
  near: number;
  overdue: number;
  escalated: number;
}

export async function runDeadlineAlerts(ports: Ports, limit = 500): Promise<DeadlineReport> {
  const report: DeadlineReport = { near: 0, overdue: 0, escalated: 0 };
  const now = ports.clock.now();
  let seen = 0;
  for (let offset = 0; seen < limit; offset += 100) {
    const page = await opinionsDueBeforePage(ports, new Date(now.getTime() + LOOKAHEAD_MS), DUE_ALERT_LEVEL.escalate, offset);
    for (const doc of page) {
      seen++;
      const r = await alertOne(ports, doc, now);
      report.near += r.near;
      report.overdue += r.overdue;
      report.escalated += r.escalated;
    }
    if (page.length < 100) break;
  }
  return report;
}

async function alertOne(ports: Ports, doc: OpinionDoc, now: Date): Promise<DeadlineReport> {
  const report: DeadlineReport = { near: 0, overdue: 0, escalated: 0 };
  if (!doc.nextDueAt || !doc.nextDueKind) return report;
  const dueAt = new Date(doc.nextDueAt);
  const kind: DueKind = doc.nextDueKind;
  const level = doc.dueAlertLevel ?? 0;
  const alerts = dueAlerts(dueAt, now, deadlineSettingsFor(doc.regionPath)).filter((a) => DUE_ALERT_LEVEL[a] > level);
  if (alerts.length === 0) return report;
  const entries: OutboxDoc[] = [];
  for (const alert of alerts) {
    for (const intent of notificationsForDeadline(alert, kind, dueAt, opinionFacts(doc), now)) {
      for (const r of await recipientsFor(ports, intent.audience, doc)) {
        entries.push(
          buildEntry(intent, r, {
            eventKey: `due-${doc._id}-${kind}-${dueAt.getTime()}-${alert}`,
            opinionId: doc._id,
            trackingNo: doc.trackingNo,
            stationCode: doc.stationCode,
            stationName: doc.stationName,
            page: pageFor(intent.audience, doc._id),
          }, now),
        );
      }
    }
    report[alert === 'escalate' ? 'escalated' : alert]++;
  }
  await enqueue(ports, entries);
  const reached = Math.max(...alerts.map((a) => DUE_ALERT_LEVEL[a]));
  const becameOverdue = alerts.includes('overdue') || (alerts.includes('escalate') && !doc.overdue);
  const marked = await markDueAlerts(ports, doc._id, doc.version, reached, becameOverdue ? dueAt : undefined);
  // Overdue is a mark, not an event: the statistics hear of it here.
  if (becameOverdue && marked) await keepStats(ports, doc._id);
  return report;
}
