/**
 * The slip handed to a resident whose opinion staff entered (walk-in, phone, letter): the
 * tracking number, where and when, and how to follow the case in the app — a code to scan that
 * opens the claim page (its `scene` is the tracking number), and the way there in the app's own
 * words (我的 → the cell's label). A6, one page.
 */
import { A6, COLORS, MM, line, newPdf, paragraph, renderPdf } from './pdf';

export interface SlipData {
  trackingNo: string;
  stationName: string;
  stationAddress: string;
  channelLabel: string;
  category: string;
  enteredAt: string; // YYYY-MM-DD HH:mm, Beijing
  claimable: boolean;
  /** The mini-program code that opens the claim page for this number (claimable only). */
  qrImage?: Buffer;
}

/** The app's own name of the way to the claim page: the cell on 我的 (src/pages/me/index.tsx). */
export const CLAIM_ENTRY = '认领工作人员代录的意见';
/** Printed size of the claim code: scanned from a hand's length. */
export const SLIP_QR_SIZE = 34 * MM;

export function claimInstructions(s: Pick<SlipData, 'claimable' | 'qrImage'>): string {
  if (!s.claimable) return '查看办理进度：请凭查询编号到联络站或拨打联络站电话查询。';
  const scan = s.qrImage ? '用微信扫描上方二维码，或' : '';
  return `查看办理进度：${scan}在微信中打开“代表联络站”小程序，点“我的 → ${CLAIM_ENTRY}”，输入查询编号和登记时留的电话号码。`;
}

export async function entrySlipPdf(s: SlipData): Promise<Buffer> {
  const doc = newPdf({ title: `意见登记回执 ${s.trackingNo}` });
  doc.addPage({ size: 'A6', margin: 0 });
  const m = 10 * MM;
  const w = A6.width - 2 * m;
  doc.rect(0, 0, A6.width, 16 * MM).fill(COLORS.red);
  line(doc, '意见登记回执', { x: m, y: 5 * MM, width: w }, { size: 16, color: '#ffffff', align: 'center', face: 'serif' });
  let y = 20 * MM;
  y = line(doc, '查询编号', { x: m, y, width: w }, { size: 10, color: COLORS.muted, align: 'center', face: 'serif' });
  y = line(doc, s.trackingNo, { x: m, y, width: w }, { size: 20, align: 'center' });
  y += 2 * MM;
  for (const [k, v] of [
    ['联络站', s.stationName],
    ['登记方式', s.channelLabel],
    ['意见类别', s.category],
    ['登记时间', s.enteredAt],
  ]) {
    y = paragraph(doc, `${k}：${v}`, { x: m, y, width: w, maxHeight: 28 }, { size: 9.5 });
  }
  if (s.claimable && s.qrImage) {
    y += 1 * MM;
    doc.image(s.qrImage, (A6.width - SLIP_QR_SIZE) / 2, y, { width: SLIP_QR_SIZE, height: SLIP_QR_SIZE });
    y += SLIP_QR_SIZE + 1 * MM;
    y = line(doc, '扫码认领，跟踪办理进度', { x: m, y, width: w }, { size: 9, color: COLORS.muted, align: 'center', face: 'serif' });
  } else {
    y += 2 * MM;
  }
  paragraph(doc, claimInstructions(s), { x: m, y, width: w, maxHeight: 60 }, { size: 9.5, color: COLORS.red, face: 'serif' });
  paragraph(doc, `地址：${s.stationAddress}`, { x: m, y: A6.height - 14 * MM, width: w, maxHeight: 30 }, { size: 8.5, color: COLORS.muted });
  return renderPdf(doc);
}
