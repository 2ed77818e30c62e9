import { STATUS_LABELS } from '../../../core/opinion-status';
import { RESIDENT_STATUS_LABELS } from '../../../core/resident-words';
import type { OpinionDoc } from '../../model';

/** The short answer to a status change. */
export const changeOpinionResult = (doc: OpinionDoc) => ({
  id: doc._id,
  status: doc.status,
  statusLabel: STATUS_LABELS[doc.status],
});

/** The same, in the resident's words for the status (待代表受理, 已完结). */
export const residentChangeResult = (doc: OpinionDoc) => ({
  ...changeOpinionResult(doc),
  statusLabel: RESIDENT_STATUS_LABELS[doc.status],
});
