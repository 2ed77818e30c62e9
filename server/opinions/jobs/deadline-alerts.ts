/**
 * Deadlines the scheduler watches, step by step (PRODUCT.md, "Deadlines (SLA)"): the deputy
 * is reminded the day before, told when the deadline has passed (and the opinion is marked
 * overdue — a mark, not a status), staff are told once it has been overdue for a while, and
 * the region office (代表工委/联工委) some working days after that; a station without staff
 * has no staff step, its office is told instead (core/deadlines.ts `dueAlerts`).
 *
 * Each step is a timeline event (due_remind, overdue, escalate_staff, escalate_office) that the
 * case views show, written in the one conditional update that also records how far the steps
 * went (`dueAlertLevel`) and the overdue mark: one write per opinion per tick, nothing when no
 * step is due. The write leaves the opinion `notifyPending`, like every change, so the relay
 * turns each event into its messages (core/notification-rules.ts `notificationsForEvent`) with
 * the outbox key of the event: ticking again, or twice at once, sends and writes nothing twice
 * (the update is conditional on the version read and on nothing moved since). The write bumps
 * the version, as every event does: a person's write decided on the older version reads again.
 */
import { beijingDate } from '../../../core/beijing-time';
import { dueAlerts, DUE_ALERT_LEVEL, type DueAlert, type DueKind } from '../../../core/deadlines';
import { DEADLINE_STEP_ACTION } from '../../../core/notification-rules';
import { deadlineSettingsFor } from '../../config/deadlines';
import { CALENDAR } from '../../config/holidays';
import type { OpinionDoc, OpinionEvent } from '../../model';
import type { Ports } from '../../platform/ports';
import { nearestAdminRegion, stationHasStaff } from '../../stations/admin-regions';
import { opinionsDueBeforePage, recordDueAlerts } from '../opinions.repo';

/** Reminders start the day before the due date, so nothing further ahead needs looking at. */
const LOOKAHEAD_MS = 2 * 24 * 3600_000;

export interface DeadlineReport {
  near: number;
  overdue: number;
  /** Staff told. */
  escalated: number;
  /** The region office told. */
  office: number;
}

export async function runDeadlineAlerts(ports: Ports, limit = 500): Promise<DeadlineReport> {
  const report: DeadlineReport = { near: 0, overdue: 0, escalated: 0, office: 0 };
  const now = ports.clock.now();
  let seen = 0;
  for (let offset = 0; seen < limit; offset += 100) {
    const page = await opinionsDueBeforePage(ports, new Date(now.getTime() + LOOKAHEAD_MS), DUE_ALERT_LEVEL.office, offset);
    for (const doc of page) {
      seen++;
      for (const alert of await alertOne(ports, doc, now)) report[REPORTED[alert]]++;
    }
    if (page.length < 100) break;
  }
  return report;
}

const REPORTED: Record<DueAlert, keyof DeadlineReport> = { near: 'near', overdue: 'overdue', escalate: 'escalated', office: 'office' };

const KIND_LABEL: Record<DueKind, string> = { accept: '受理', result: '办结' };
const monthDay = (d: Date) => {
  const [, m, day] = beijingDate(d).split('-');
  return `${Number(m)}月${Number(day)}日`;
};

/** How each step reads in the timeline (who was told; the relay tells them). */
function stepNote(alert: DueAlert, kind: DueKind, dueAt: Date, office: { name: string } | undefined, hasStaff: boolean): string {
  const label = KIND_LABEL[kind];
  switch (alert) {
    case 'near':
      return `${label}期限${monthDay(dueAt)}到期，已提醒代表`;
    case 'overdue':
      return `已超过${label}期限（${monthDay(dueAt)}），已提醒尽快${label === '受理' ? '受理' : '办理'}`;
    case 'escalate':
      return `超过${label}期限，已告知联络站工作人员督办`;
    case 'office': {
      const to = office ? `${office.name}人大` : '人大工作机构';
      return hasStaff ? `超过${label}期限，工作人员督办后仍未${label}，已上报${to}` : `超过${label}期限，联络站暂无工作人员，已上报${to}`;
    }
  }
}

/** The steps due for one opinion, written as events with the mark in one conditional update; answers the steps written. */
async function alertOne(ports: Ports, doc: OpinionDoc, now: Date): Promise<DueAlert[]> {
  if (!doc.nextDueAt || !doc.nextDueKind) return [];
  const dueAt = new Date(doc.nextDueAt);
  const kind: DueKind = doc.nextDueKind;
  const level = doc.dueAlertLevel ?? 0;
  const settings = deadlineSettingsFor(doc.regionPath);
  const due = (hasStaff: boolean) => dueAlerts(dueAt, now, settings, CALENDAR, hasStaff).filter((a) => DUE_ALERT_LEVEL[a] > level);
  let alerts = due(true);
  if (alerts.length === 0) return [];
  // Past the staff step: whether there is anyone at the station decides who is told (one count, only then).
  const hasStaff = alerts.includes('escalate') || alerts.includes('office') ? await stationHasStaff(ports, doc.stationCode) : true;
  if (!hasStaff) alerts = due(false);
  const office = alerts.includes('office') ? await nearestAdminRegion(ports, doc.regionPath) : undefined;
  const events: OpinionEvent[] = alerts.map((alert) => ({
    at: now,
    actor: { role: 'system' },
    action: DEADLINE_STEP_ACTION[alert],
    note: stepNote(alert, kind, dueAt, office, hasStaff),
    due: { kind, at: dueAt },
  }));
  const reached = Math.max(...alerts.map((a) => DUE_ALERT_LEVEL[a]));
  const becameOverdue = !doc.overdue && alerts.some((a) => a !== 'near');
  // Overdue is a mark, not a status: the statistics hear of it in the relay's after-write step, like any event.
  const written = await recordDueAlerts(ports, doc._id, doc.version, { level: reached, events, ...(becameOverdue ? { overdueSince: dueAt } : {}) });
  return written ? alerts : [];
}
