/** The slip for an opinion staff entered: a small PDF from the documents function. */
import { beijingDateTime } from '../../core/beijing-time';
import { AppError } from '../../core/errors';
import { CHANNEL_LABELS } from '../../core/vocabulary';
import type { Actor } from '../users/actor';
import { entrySlipPdf } from '../documents/entry-slip';
import { pdfPath } from '../documents/pdf';
import type { Ports } from '../platform/ports';
import { requireOpinion } from './opinions.repo';
import { requireStation } from '../stations/stations.repo';
import { assertMyOpinion } from '../stations/scope';

export async function entrySlip(ports: Ports, actor: Actor, id: string) {
  const doc = await requireOpinion(ports, id);
  assertMyOpinion(actor, doc);
  if (doc.channel === 'qr') throw new AppError('INVALID_PAYLOAD', '只有代录的意见才打印回执');
  const station = await requireStation(ports, doc.stationCode);
  const pdf = await entrySlipPdf({
    trackingNo: doc.trackingNo,
    stationName: station.name,
    stationAddress: station.address,
    channelLabel: CHANNEL_LABELS[doc.channel],
    category: doc.category,
    enteredAt: beijingDateTime(new Date(doc.createdAt)),
    claimable: Boolean(doc.claimable),
  });
  const fileId = await ports.storage.saveGenerated(pdfPath('slips', doc.trackingNo, ports.clock.now()), pdf, 'application/pdf');
  return { fileId, url: await ports.storage.urlOf(fileId), fileName: `回执-${doc.trackingNo}.pdf`, pages: 1, bytes: pdf.length };
}
