/** What a submit answers, for the resident's form and the staff's walk-in entry alike. */
import { STATUS_LABELS } from '../../../core/opinion-status';
import type { OpinionDoc } from '../../model';

export const submitResult = (doc: OpinionDoc, duplicate: boolean) => ({
  id: doc._id,
  trackingNo: doc.trackingNo,
  status: doc.status,
  statusLabel: STATUS_LABELS[doc.status],
  duplicate,
  // An opinion held for content review has no routing yet: it is routed once released.
  routing: doc.routing ? { rule: doc.routing.rule, reason: doc.routing.reason } : { rule: 'triage' as const, reason: '内容审核中,审核通过后自动分派' },
  ...(doc.guidance ? { guidance: doc.guidance } : {}),
});
