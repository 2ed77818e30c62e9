import { STATUS_LABELS } from '../../../core/opinion-status';
import type { OpinionDoc } from '../../model';

/** The short answer to a status change. */
export const changeOpinionResult = (doc: OpinionDoc) => ({
  id: doc._id,
  status: doc.status,
  statusLabel: STATUS_LABELS[doc.status],
});
