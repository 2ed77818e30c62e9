/**
 * 转办函: the letter a deputy sends a department with a resident's opinion, carrying the
 * date by which the department must answer. A4, one page. Identity only as the resident
 * allowed (anonymous: none; phone only with consent to be contacted).
 */
import { A4, COLORS, MM, line, newPdf, paragraph, renderPdf } from './pdf';

export interface TransferLetterData {
  letterNo: string;
  departmentName: string;
  deputyName: string;
  deputyLevelLabel: string;
  stationName: string;
  trackingNo: string;
  category: string;
  receivedAt: string; // YYYY-MM-DD, Beijing
  text: string;
  note?: string;
  residentContact?: string;
  answerDue: string; // YYYY年M月D日
  issuedOn: string; // YYYY年M月D日
  replyTo: string;
}

export async function transferLetterPdf(d: TransferLetterData): Promise<Buffer> {
  const doc = newPdf({ title: `转办函 ${d.letterNo}`, subject: `${d.deputyName}代表转办函` });
  doc.addPage({ size: 'A4', margin: 0 });
  const m = 22 * MM;
  const w = A4.width - 2 * m;
  let y = 24 * MM;
  y = line(doc, '人大代表转办函', { x: m, y, width: w }, { size: 24, color: COLORS.red, align: 'center' });
  y = line(doc, `编号:${d.letterNo}`, { x: m, y: y + 2, width: w }, { size: 10.5, color: COLORS.muted, align: 'center' });
  doc.moveTo(m, y + 4).lineTo(m + w, y + 4).lineWidth(1.2).strokeColor(COLORS.red).stroke();
  y += 14;
  y = line(doc, `${d.departmentName}:`, { x: m, y, width: w }, { size: 13 });
  y += 4;
  y = paragraph(
    doc,
    `现将群众通过${d.stationName}反映的意见转交贵单位办理。请于${d.answerDue}前将办理情况书面答复${d.deputyName}代表,并告知反映人。`,
    { x: m + 2 * 10.5, y, width: w - 2 * 10.5 },
    { size: 11.5 },
  );
  y += 6;
  const rows: [string, string][] = [
    ['查询编号', d.trackingNo],
    ['意见类别', d.category],
    ['反映时间', d.receivedAt],
    ['反映渠道', d.stationName],
    ['反映人', d.residentContact ?? '按居民意愿不提供身份信息'],
  ];
  for (const [k, v] of rows) {
    doc.rect(m, y, w, 22).lineWidth(0.6).strokeColor(COLORS.line).stroke();
    line(doc, k, { x: m + 6, y: y + 6, width: 70 }, { size: 10.5, color: COLORS.muted });
    line(doc, v, { x: m + 84, y: y + 6, width: w - 90 }, { size: 10.5 });
    y += 22;
  }
  y += 10;
  y = line(doc, '反映内容', { x: m, y, width: w }, { size: 12, color: COLORS.red });
  y = paragraph(doc, d.text, { x: m, y: y + 2, width: w, maxHeight: 260 }, { size: 11 });
  if (d.note) {
    y += 6;
    y = line(doc, '代表意见', { x: m, y, width: w }, { size: 12, color: COLORS.red });
    y = paragraph(doc, d.note, { x: m, y: y + 2, width: w, maxHeight: 80 }, { size: 11 });
  }
  const foot = A4.height - 62 * MM;
  paragraph(doc, `答复方式:${d.replyTo}`, { x: m, y: Math.max(y + 10, foot - 30), width: w, maxHeight: 40 }, { size: 10, color: COLORS.muted });
  line(doc, `${d.deputyLevelLabel}人大代表:${d.deputyName}`, { x: m, y: foot + 20, width: w }, { size: 12, align: 'right' });
  line(doc, d.issuedOn, { x: m, y: foot + 40, width: w }, { size: 12, align: 'right' });
  line(doc, `办理期限:${d.answerDue}前答复`, { x: m, y: A4.height - 20 * MM, width: w }, { size: 10, color: COLORS.red, align: 'center' });
  return renderPdf(doc);
}
