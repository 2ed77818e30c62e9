/** The deputy's PDFs, served by the documents function: the 转办函 and the duty record. */
import { ACTIVITY_KIND_LABELS } from '../../core/duty-record';
import { AppError } from '../../core/errors';
import type { Actor } from '../users/actor';
import { dutyRecordPdf } from '../documents/duty-record';
import { pdfPath } from '../documents/pdf';
import { transferLetterPdf } from '../documents/transfer-letter';
import type { Ports } from '../platform/ports';
import { getStation } from '../stations/stations.repo';
import { myAssignedOpinion } from '../opinions/deputy-work';
import type { DeputyDoc } from '../model';
import { gatherDutyRecord } from './duty-record';
import { deputyOfMyRegion } from './office-scope';
import { chineseDate, transferLetterData } from '../opinions/transfer-letter-data';

/** A generated PDF saved to storage, answered as every document action answers it. */
export async function stored(ports: Ports, folder: string, name: string, fileName: string, pdf: Buffer) {
  const fileId = await ports.storage.saveGenerated(pdfPath(folder, name, ports.clock.now()), pdf, 'application/pdf');
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  return { fileId, url: await ports.storage.urlOf(fileId), fileName, pages, bytes: pdf.length };
}

export async function transferLetter(ports: Ports, actor: Actor, id: string) {
  const doc = await myAssignedOpinion(ports, actor, id);
  const f = doc.forward;
  if (!f) throw new AppError('NOT_FORWARDED');
  const station = await getStation(ports, doc.stationCode);
  // A case staff or the office forwarded keeps its letter in the station's name.
  const pdf = await transferLetterPdf(await transferLetterData(ports, doc, f.by ? undefined : actor.deputy!, station));
  return stored(ports, 'transfer-letters', f.letterNo, `转办函-${f.letterNo}.pdf`, pdf);
}

export async function dutyRecordDocument(ports: Ports, actor: Actor, from: string, to: string) {
  return dutyRecordPdfOf(ports, actor.deputy!, from, to);
}

/** documents.deputyRecord: any deputy's record, for the office of a region the deputy belongs to (office-scope.ts). */
export async function officeDutyRecordDocument(ports: Ports, actor: Actor, deputyId: string, from: string, to: string) {
  return dutyRecordPdfOf(ports, await deputyOfMyRegion(ports, actor, deputyId), from, to);
}

async function dutyRecordPdfOf(ports: Ports, deputy: DeputyDoc, from: string, to: string) {
  const data = await gatherDutyRecord(ports, deputy, from, to);
  const pdf = await dutyRecordPdf({
    deputyName: data.deputy.name,
    levelLabel: data.deputy.levelLabel,
    from,
    to,
    rows: data.rows,
    activities: data.activities.map((a) => ({ date: a.date, kindLabel: ACTIVITY_KIND_LABELS[a.kind], place: a.place, summary: a.summary })),
    attendance: data.attendance.map((s) => ({ date: s.date, time: `${s.start}-${s.end}`, stationName: s.stationName })),
    cases: data.cases,
    generatedOn: chineseDate(ports.clock.now()),
  });
  return stored(ports, 'duty-records', `${data.deputy.id}-${from}-${to}`, `履职档案-${data.deputy.name}-${from}至${to}.pdf`, pdf);
}
