/**
 * The region office's queue and the overdue board (decision 0030). Lists only: every case
 * opens on the case page, where its moves are (casework). Each list is keyset-paged in the
 * database by a declared index, its first page counted in the same round.
 *
 * The office queue (admin.officeQueue):
 *  - `routed`: cases routed to an office and waiting for someone — triage, or held by content
 *    security — at a station without staff (`triage.kind` admin) or where no region on the
 *    path had an admin (`none`), anywhere in the admin's region; for the deployment's top
 *    office (server/users/top-office.ts) also the `none` cases outside it. Oldest first.
 *  - `escalated`: cases the deadline steps escalated to the office (dueAlertLevel 4, after
 *    staff were told, or at once for a station without staff) whose deadline is still overdue,
 *    in the region. The longest overdue first.
 * The overdue board (staff.overdue, admin.overdue): the cases of the staff member's stations,
 * or of the office's region, whose running deadline has passed, the longest overdue first.
 */
import type { z } from 'zod';
import type { Payload } from '../../core/contract';
import { DUE_STEP_LABELS, type OfficeQueueItem, type OverdueItem } from '../../core/contract/actions/office';
import { beijingDate, fromBeijing } from '../../core/beijing-time';
import { DUE_ALERT_LEVEL } from '../../core/deadlines';
import { AppError } from '../../core/errors';
import { STATUS_LABELS } from '../../core/opinion-status';
import { goesToStaffOnly } from '../../core/vocabulary';
import type { Actor } from '../users/actor';
import { isTopOffice } from '../users/top-office';
import type { OpinionDoc } from '../model';
import type { Ports } from '../platform/ports';
import { adminRegion } from '../stations/scope';
import { officeQueuePage, overduePage, type OfficeQueueSelection, type OverdueScope } from './opinions.lists.repo';
import { heldReason } from './staff-queue';

const EXCERPT_CHARS = 60;
const excerpt = (text: string) => {
  const chars = Array.from(text);
  return chars.length > EXCERPT_CHARS ? `${chars.slice(0, EXCERPT_CHARS).join('')}…` : text;
};
const iso = (d: Date | string) => new Date(d).toISOString();
const DUE_KIND_LABELS = { accept: '受理', result: '办结' } as const;

const line = (doc: OpinionDoc) => ({
  id: doc._id,
  trackingNo: doc.trackingNo,
  stationCode: doc.stationCode,
  stationName: doc.stationName,
  category: doc.category,
  status: doc.status,
  statusLabel: STATUS_LABELS[doc.status],
  excerpt: excerpt(doc.text),
  staffOnly: goesToStaffOnly(doc.category),
  createdAt: iso(doc.createdAt),
  // 附议 (decision 0036): a count of residents who joined it, never a received opinion.
  ...(doc.secondCount ? { secondCount: doc.secondCount } : {}),
});

/** Who holds the case now, as the desk names them. */
export function holderLabel(doc: OpinionDoc): string {
  if (doc.assigneeDeputyId && doc.assigneeName) return `${doc.assigneeName}代表`;
  if (doc.handler) return doc.handler.name;
  return '未分派';
}

/** Calendar days (Beijing) from the due date to today: a deadline passed today, at its day's end, is one day late. */
export const daysLate = (dueAt: Date, now: Date): number =>
  Math.max(1, Math.round((fromBeijing(beijingDate(now)).getTime() - fromBeijing(beijingDate(dueAt)).getTime()) / 86_400_000));

function lateness(doc: OpinionDoc, now: Date) {
  const dueAt = new Date(doc.nextDueAt!);
  const kind = doc.nextDueKind ?? 'result';
  const step = Math.min(doc.dueAlertLevel ?? 0, DUE_STEP_LABELS.length - 1);
  return {
    dueAt: iso(dueAt),
    dueKind: kind,
    dueKindLabel: DUE_KIND_LABELS[kind],
    daysLate: daysLate(dueAt, now),
    chaseCount: doc.chaseCount ?? 0,
    step,
    stepLabel: DUE_STEP_LABELS[step]!,
  };
}

function queueItem(doc: OpinionDoc, now: Date): z.infer<typeof OfficeQueueItem> {
  const running = Boolean(doc.nextDueAt && doc.nextDueKind);
  const late = running ? lateness(doc, now) : undefined;
  return {
    ...line(doc),
    reason: doc.status === 'held' ? heldReason(doc) : (doc.routing?.reason ?? ''),
    notes: doc.routing?.notes ?? [],
    chaseCount: doc.chaseCount ?? 0,
    ...(late ? { holderLabel: holderLabel(doc), dueAt: late.dueAt, dueKindLabel: late.dueKindLabel, daysLate: late.daysLate, stepLabel: late.stepLabel } : {}),
  };
}

const overdueItem = (doc: OpinionDoc, now: Date): z.infer<typeof OverdueItem> => ({ ...line(doc), holderLabel: holderLabel(doc), ...lateness(doc, now) });

/**
 * One page of a tab of the office queue; the first page also says how many each tab holds.
 * Two rounds: who the caller is among the offices (the top office also works the unowned
 * cases), then the page with its counts.
 */
export async function officeQueue(ports: Ports, actor: Actor, p: Payload<'admin', 'officeQueue'>) {
  const region = await adminRegion(ports, actor);
  const now = ports.clock.now();
  const top = p.view === 'routed' || !p.cursor ? await isTopOffice(ports, actor) : false;
  const routed: OfficeQueueSelection[] = [
    { view: 'routed', regionCode: region._id },
    ...(top ? [{ view: 'unowned', outside: region._id } as const] : []),
  ];
  const escalated: OfficeQueueSelection[] = [{ view: 'escalated', regionCode: region._id, now, level: DUE_ALERT_LEVEL.office }];
  const parts = p.view === 'routed' ? routed : escalated;
  const page = await officeQueuePage(ports, parts, p.limit, p.cursor, [...routed, ...escalated]);
  const counts = page.counts && { routed: page.counts.slice(0, routed.length).reduce((a, b) => a + b, 0), escalated: page.counts[routed.length]! };
  return {
    items: page.items.map((d) => queueItem(d, now)),
    ...(counts ? { counts, total: counts[p.view] } : {}),
    ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}),
  };
}

/** One page of the overdue board of the caller's desk: staff their stations, the office its region. */
export async function overdue(ports: Ports, actor: Actor, desk: 'staff' | 'admin', p: Payload<'staff', 'overdue'>) {
  let scope: OverdueScope;
  if (desk === 'staff') {
    if (actor.staffStationCodes.length === 0) throw new AppError('NOT_YOUR_STATION');
    scope = { stationCodes: actor.staffStationCodes };
  } else {
    scope = { regionCode: (await adminRegion(ports, actor))._id };
  }
  const now = ports.clock.now();
  const page = await overduePage(ports, scope, now, p.limit, p.cursor);
  return {
    items: page.items.map((d) => overdueItem(d, now)),
    ...(page.total !== undefined ? { total: page.total } : {}),
    ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}),
  };
}
