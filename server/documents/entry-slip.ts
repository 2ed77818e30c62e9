/**
 * The slip handed to a resident whose opinion staff entered (walk-in, phone, letter): the
 * tracking number, where and when, and how to follow the case in the app. A6, one page.
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
}

export async function entrySlipPdf(s: SlipData): Promise<Buffer> {
  const doc = newPdf({ title: `意见登记回执 ${s.trackingNo}` });
  doc.addPage({ size: 'A6', margin: 0 });
  const m = 10 * MM;
  const w = A6.width - 2 * m;
  doc.rect(0, 0, A6.width, 16 * MM).fill(COLORS.red);
  line(doc, '意见登记回执', { x: m, y: 5 * MM, width: w }, { size: 16, color: '#ffffff', align: 'center' });
  let y = 22 * MM;
  y = line(doc, '查询编号', { x: m, y, width: w }, { size: 10, color: COLORS.muted, align: 'center' });
  y = line(doc, s.trackingNo, { x: m, y, width: w }, { size: 20, align: 'center' });
  y += 3 * MM;
  for (const [k, v] of [
    ['联络站', s.stationName],
    ['登记方式', s.channelLabel],
    ['意见类别', s.category],
    ['登记时间', s.enteredAt],
  ]) {
    y = paragraph(doc, `${k}:${v}`, { x: m, y, width: w, maxHeight: 28 }, { size: 9.5 });
  }
  y += 2 * MM;
  const how = s.claimable
    ? '查看办理进度:在微信中打开“代表联络站”小程序,进入“我的 → 认领意见”,输入查询编号和登记的电话号码。'
    : '查看办理进度:请凭查询编号到联络站或拨打联络站电话查询。';
  y = paragraph(doc, how, { x: m, y, width: w, maxHeight: 60 }, { size: 9.5, color: COLORS.red });
  paragraph(doc, `地址:${s.stationAddress}`, { x: m, y: A6.height - 16 * MM, width: w, maxHeight: 30 }, { size: 8.5, color: COLORS.muted });
  return renderPdf(doc);
}
