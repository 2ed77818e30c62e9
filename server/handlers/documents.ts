/** The "documents" function: every PDF, with the embedded Chinese font (server/documents/). */
import { entrySlip } from '../use-cases/entry-slip';
import { regionPosters, stationPoster } from '../use-cases/station-posters';
import { dutyRecordDocument, transferLetter } from '../use-cases/deputy-documents';
import { campaignSummaryDocument } from '../use-cases/campaign-documents';
import { handlers } from './define';

export const documentsHandlers = handlers('documents', {
  stationPoster: (p, { actor, ports }) => stationPoster(ports, actor, p.code),
  regionPosters: (p, { actor, ports }) => regionPosters(ports, actor, p.regionCode),
  entrySlip: (p, { actor, ports }) => entrySlip(ports, actor, p.id),
  transferLetter: (p, { actor, ports }) => transferLetter(ports, actor, p.id),
  dutyRecord: (p, { actor, ports }) => dutyRecordDocument(ports, actor, p.from, p.to),
  campaignSummary: (p, { actor, ports }) => campaignSummaryDocument(ports, actor, p.id, p.regionCode),
});
