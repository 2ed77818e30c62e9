/** What a submit answers, for the resident's form and the staff's walk-in entry alike. */
import { deputyTitle, type TitleRegion } from '../../../core/deputy-title';
import { STATUS_LABELS } from '../../../core/opinion-status';
import { RESIDENT_STATUS_LABELS } from '../../../core/resident-words';
import { deadlineSettingsFor } from '../../config/deadlines';
import type { DeputyDoc, OpinionDoc } from '../../model';

export const submitResult = (doc: OpinionDoc, duplicate: boolean) => ({
  id: doc._id,
  trackingNo: doc.trackingNo,
  status: doc.status,
  statusLabel: STATUS_LABELS[doc.status],
  duplicate,
  // An opinion held for content review has no routing yet: it is routed once released.
  routing: doc.routing ? { rule: doc.routing.rule, reason: doc.routing.reason } : { rule: 'triage' as const, reason: '内容审核中，审核通过后自动分派' },
  ...(doc.guidance ? { guidance: doc.guidance } : {}),
});

function whereItWent(doc: OpinionDoc, assignee: { name: string; title: string } | undefined): string {
  if (assignee) return `已转给${assignee.name}代表（${assignee.title}）`;
  if (doc.status === 'held') return '内容审核通过后，会转给代表办理';
  if (doc.guidance) return '联络站工作人员会登记，并告诉您该向哪里反映';
  return '联络站工作人员会尽快转给合适的代表';
}

/**
 * What the resident's form shows: their words for the status, the deputy it went to named from
 * the region (岳麓区人大代表), and by when the deputy accepts. `people` are what the submit read
 * with the station (its deputies and the regions on its path): no request more.
 */
export function residentSubmitResult(
  doc: OpinionDoc,
  duplicate: boolean,
  people: { deputies: readonly DeputyDoc[]; regions: readonly TitleRegion[] } | undefined,
) {
  const deputy = doc.assigneeDeputyId ? people?.deputies.find((d) => d._id === doc.assigneeDeputyId) : undefined;
  const assignee = doc.assigneeName ? { name: doc.assigneeName, title: deputy ? deputyTitle(deputy, people?.regions ?? []) : '人大代表' } : undefined;
  const waiting = doc.status === 'assigned' && doc.acceptDueAt;
  const plain = submitResult(doc, duplicate);
  return {
    ...plain,
    statusLabel: RESIDENT_STATUS_LABELS[doc.status],
    // Where it went, never why routing chose so (that stays with staff and the deputy).
    routing: { rule: plain.routing.rule, reason: whereItWent(doc, assignee) },
    ...(assignee ? { assignee } : {}),
    ...(waiting
      ? { acceptBy: { dueAt: new Date(doc.acceptDueAt!).toISOString(), workingDays: deadlineSettingsFor(doc.regionPath ?? []).acceptWorkingDays } }
      : {}),
  };
}
