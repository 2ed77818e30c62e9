/**
 * The slip for an opinion staff entered: a small PDF from the documents function. When the
 * resident left a phone (the opinion is claimable), the slip carries a mini-program code that
 * opens the claim page with the tracking number as its `scene`, made the way a station's code
 * is (wxacode.getUnlimited; the local run's stand-in draws a real QR code).
 */
import { beijingDateTime } from '../../core/beijing-time';
import { AppError } from '../../core/errors';
import { CHANNEL_LABELS } from '../../core/vocabulary';
import { SCENE_PATTERN } from '../../core/contract/fields';
import type { Actor } from '../users/actor';
import { entrySlipPdf } from '../documents/entry-slip';
import { pdfPath } from '../documents/pdf';
import { STATION_QR } from '../config/qrcode';
import { OpenApiError } from '../platform/openapi/port';
import type { Ports } from '../platform/ports';
import { requireOpinion } from './opinions.repo';
import { requireStation } from '../stations/stations.repo';
import { assertMyOpinion } from '../stations/scope';

/** The claim page the slip's code opens (src/app.config.ts: the resident subpackage). */
export const CLAIM_QR_PAGE = 'packages/resident/pages/claim/index';
/** Pixels; printed at about 4 cm on an A6 slip. */
const CLAIM_QR_WIDTH = 430;

/**
 * The code for claiming `trackingNo`, or undefined when WeChat refuses it: the slip still says
 * in words where to claim (logged, so a refusal is seen).
 */
export async function claimQr(ports: Ports, trackingNo: string): Promise<Buffer | undefined> {
  if (!SCENE_PATTERN.test(trackingNo) || trackingNo.length > 32) return undefined;
  try {
    const res = await ports.openapi.getUnlimitedQrCode({
      scene: trackingNo,
      page: CLAIM_QR_PAGE,
      checkPath: STATION_QR.checkPath(),
      envVersion: STATION_QR.envVersion(),
      width: CLAIM_QR_WIDTH,
    });
    return res.buffer;
  } catch (e) {
    if (!(e instanceof OpenApiError)) throw e;
    ports.log.error('wxacode.getUnlimited refused the claim code', { trackingNo, errCode: e.errCode, errMsg: e.errMsg });
    return undefined;
  }
}

export async function entrySlip(ports: Ports, actor: Actor, id: string) {
  const doc = await requireOpinion(ports, id);
  assertMyOpinion(actor, doc);
  if (doc.channel === 'qr') throw new AppError('INVALID_PAYLOAD', '只有代录的意见才打印回执');
  const station = await requireStation(ports, doc.stationCode);
  const claimable = Boolean(doc.claimable);
  const qrImage = claimable ? await claimQr(ports, doc.trackingNo) : undefined;
  const pdf = await entrySlipPdf({
    trackingNo: doc.trackingNo,
    stationName: station.name,
    stationAddress: station.address,
    channelLabel: CHANNEL_LABELS[doc.channel],
    category: doc.category,
    enteredAt: beijingDateTime(new Date(doc.createdAt)),
    claimable,
    ...(qrImage ? { qrImage } : {}),
  });
  const fileId = await ports.storage.saveGenerated(pdfPath('slips', doc.trackingNo, ports.clock.now()), pdf, 'application/pdf');
  return { fileId, url: await ports.storage.urlOf(fileId), fileName: `回执-${doc.trackingNo}.pdf`, pages: 1, bytes: pdf.length };
}
