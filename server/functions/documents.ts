/** The "documents" function: every PDF, with the embedded Chinese font (server/documents/). */
import { entrySlip } from '../opinions/entry-slip';
import { regionPosters, stationPoster } from '../stations/posters';
import { dutyRecordDocument, officeDutyRecordDocument, transferLetter } from '../deputies/documents';
import { campaignSummaryDocument } from '../campaigns/documents';
import { workerTransferLetter } from '../opinions/case-letter';
import { weeklyReportDocument } from '../similar/weekly-report-files';
import { handlers } from './define';

export const documentsHandlers = handlers('documents', {
  stationPoster: (p, { actor, ports }) => stationPoster(ports, actor, p.code),
  regionPosters: (p, { actor, ports }) => regionPosters(ports, actor, p.regionCode),
  entrySlip: (p, { actor, ports }) => entrySlip(ports, actor, p.id),
  transferLetter: (p, { actor, ports }) => transferLetter(ports, actor, p.id),
  staffTransferLetter: (p, { actor, ports }) => workerTransferLetter(ports, actor, 'staff', p.id),
  officeTransferLetter: (p, { actor, ports }) => workerTransferLetter(ports, actor, 'admin', p.id),
  dutyRecord: (p, { actor, ports }) => dutyRecordDocument(ports, actor, p.from, p.to),
  deputyRecord: (p, { actor, ports }) => officeDutyRecordDocument(ports, actor, p.deputyId, p.from, p.to),
  campaignSummary: (p, { actor, ports }) => campaignSummaryDocument(ports, actor, p.id, p.regionCode),
  weeklyReport: (p, { actor, ports }) => weeklyReportDocument(ports, actor, p.week, p.regionCode),
});
