/**
 * The A4 poster hung at a station: title, station name and address, the mini-program code
 * large enough to scan from a metre (≈ 10.5 cm), the reception schedule, the deputies, one
 * line of instructions and the region. One page per station; a batch is pages of one PDF.
 */
import { A4, COLORS, MM, line, newPdf, paragraph, renderPdf, type PdfDoc } from './pdf';

export interface PosterData {
  code: string;
  name: string;
  address: string;
  regionFullName: string;
  /** The mini-program code image (PNG or JPEG). */
  qrImage: Buffer;
  /** e.g. "每周二 09:00-11:30  周丽、李红梅" */
  scheduleLines: string[];
  /** Under the weekly sessions, e.g. "法定节假日暂停接待" (only when there are weekly sessions). */
  holidayNote?: string;
  /** Upcoming changes: one-off sessions and cancellations. */
  noticeLines: string[];
  deputies: { name: string; levelLabel: string; onLeave: boolean }[];
  printedOn: string; // YYYY-MM-DD
}

export const QR_SIZE = 105 * MM;
export const INSTRUCTION = '微信扫一扫,向人大代表反映意见、查询办理进度';

export function drawStationPoster(doc: PdfDoc, p: PosterData): void {
  doc.addPage({ size: 'A4', margin: 0 });
  const W = A4.width;
  const margin = 18 * MM;
  const inner = W - 2 * margin;

  // Header band
  doc.rect(0, 0, W, 34 * MM).fill(COLORS.red);
  line(doc, '人大代表联络站', { x: margin, y: 8 * MM, width: inner }, { size: 34, color: '#ffffff', align: 'center' });
  line(doc, '有事找代表 · 代表在身边', { x: margin, y: 22 * MM, width: inner }, { size: 14, color: '#ffe0e0', align: 'center' });

  let y = 42 * MM;
  y = line(doc, p.name, { x: margin, y, width: inner }, { size: 26, min: 14, align: 'center' });
  y = paragraph(doc, `地址:${p.address}`, { x: margin, y: y + 2, width: inner, maxHeight: 36 }, { size: 12.5, color: COLORS.muted, align: 'center' });

  // The code, centred, on a white field with a thin frame
  const qrY = y + 4 * MM;
  const qrX = (W - QR_SIZE) / 2;
  doc.roundedRect(qrX - 4 * MM, qrY - 4 * MM, QR_SIZE + 8 * MM, QR_SIZE + 8 * MM, 6).lineWidth(1).strokeColor(COLORS.line).stroke();
  doc.image(p.qrImage, qrX, qrY, { width: QR_SIZE, height: QR_SIZE });
  y = qrY + QR_SIZE + 7 * MM;
  y = line(doc, INSTRUCTION, { x: margin, y, width: inner }, { size: 17, color: COLORS.red, align: 'center' });
  y = line(doc, `联络站编号 ${p.code}`, { x: margin, y: y + 1, width: inner }, { size: 11, color: COLORS.muted, align: 'center' });

  // Two columns: schedule | deputies
  const top = y + 5 * MM;
  const colGap = 8 * MM;
  const colW = (inner - colGap) / 2;
  const bottom = A4.height - 22 * MM;
  doc.moveTo(margin, top - 2 * MM).lineTo(W - margin, top - 2 * MM).lineWidth(0.8).strokeColor(COLORS.line).stroke();

  let ly = line(doc, '接待安排', { x: margin, y: top, width: colW }, { size: 17, color: COLORS.red });
  const schedule = p.scheduleLines.length ? p.scheduleLines : ['接待时间另行公布,请扫码查看'];
  for (const s of schedule.slice(0, 8)) {
    if (ly > bottom - 14) break;
    ly = paragraph(doc, s, { x: margin, y: ly, width: colW, maxHeight: 36 }, { size: 13.5 });
  }
  if (p.holidayNote && ly <= bottom - 14) ly = line(doc, p.holidayNote, { x: margin, y: ly + 1, width: colW }, { size: 12.5, color: COLORS.red });
  for (const n of p.noticeLines.slice(0, 3)) {
    if (ly > bottom - 14) break;
    ly = paragraph(doc, n, { x: margin, y: ly, width: colW, maxHeight: 36 }, { size: 12, color: COLORS.muted });
  }

  const rx = margin + colW + colGap;
  let ry = line(doc, '驻站代表', { x: rx, y: top, width: colW }, { size: 17, color: COLORS.red });
  const deputies = p.deputies.slice(0, 10);
  for (const d of deputies) {
    if (ry > bottom - 14) break;
    ry = line(doc, `${d.name}  ${d.levelLabel}${d.onLeave ? '(请假中)' : ''}`, { x: rx, y: ry, width: colW }, { size: 13.5 }) + 2;
  }
  if (p.deputies.length > deputies.length) ry = line(doc, `等 ${p.deputies.length} 位代表`, { x: rx, y: ry, width: colW }, { size: 11, color: COLORS.muted });
  if (p.deputies.length === 0) line(doc, '扫码查看本站代表', { x: rx, y: ry, width: colW }, { size: 13.5, color: COLORS.muted });

  // Footer: region and date
  doc.rect(0, A4.height - 16 * MM, W, 16 * MM).fill(COLORS.paper);
  line(doc, `${p.regionFullName} · 人大代表联系群众工作`, { x: margin, y: A4.height - 11.5 * MM, width: inner * 0.7 }, { size: 10.5, color: COLORS.muted });
  line(doc, `印制于 ${p.printedOn}`, { x: margin + inner * 0.7, y: A4.height - 11.5 * MM, width: inner * 0.3 }, { size: 10.5, color: COLORS.muted, align: 'right' });
}

/** One PDF with one poster page per station. */
export async function stationPostersPdf(posters: readonly PosterData[]): Promise<Buffer> {
  const doc = newPdf({ title: posters.length === 1 ? `${posters[0].name} 张贴海报` : `联络站张贴海报(${posters.length} 个)` });
  for (const p of posters) drawStationPoster(doc, p);
  return renderPdf(doc);
}
