/**
 * The deputy's duty record (代表履职档案) for a period: the numbers, then the activities and
 * the receptions attended. A4; further pages as the lists need them.
 */
import { A4, COLORS, MM, line, newPdf, paragraph, renderPdf } from './pdf';

export interface DutyRecordPdfData {
  deputyName: string;
  levelLabel: string;
  from: string;
  to: string;
  rows: { label: string; value: number | string }[];
  activities: { date: string; kindLabel: string; place: string; summary: string }[];
  attendance: { date: string; time: string; stationName: string }[];
  generatedOn: string;
}

export async function dutyRecordPdf(d: DutyRecordPdfData): Promise<Buffer> {
  const doc = newPdf({ title: `${d.deputyName}代表履职档案 ${d.from}至${d.to}` });
  const m = 20 * MM;
  const w = A4.width - 2 * m;
  const bottom = A4.height - 20 * MM;
  let y = 0;
  const newPage = () => {
    doc.addPage({ size: 'A4', margin: 0 });
    y = 20 * MM;
  };
  const room = (h: number) => {
    if (y + h > bottom) newPage();
  };

  newPage();
  y = line(doc, `${d.deputyName}代表履职档案`, { x: m, y, width: w }, { size: 22, color: COLORS.red, align: 'center' });
  y = line(doc, `${d.levelLabel}人大代表 · 统计期间 ${d.from} 至 ${d.to}`, { x: m, y: y + 2, width: w }, { size: 11, color: COLORS.muted, align: 'center' });
  y += 10;
  const half = w / 2;
  d.rows.forEach((r, i) => {
    const col = i % 2;
    if (col === 0) room(22);
    const x = m + col * half;
    doc.rect(x, y, half, 22).lineWidth(0.6).strokeColor(COLORS.line).stroke();
    line(doc, r.label, { x: x + 6, y: y + 6, width: half - 60 }, { size: 10.5, color: COLORS.muted });
    line(doc, String(r.value), { x: x + half - 54, y: y + 6, width: 48 }, { size: 11, align: 'right' });
    if (col === 1 || i === d.rows.length - 1) y += 22;
  });

  y += 14;
  room(40);
  y = line(doc, `履职活动(${d.activities.length})`, { x: m, y, width: w }, { size: 13, color: COLORS.red });
  if (d.activities.length === 0) y = line(doc, '本期间没有记录', { x: m, y, width: w }, { size: 10.5, color: COLORS.muted });
  for (const a of d.activities) {
    room(36);
    y = line(doc, `${a.date}  ${a.kindLabel}  ${a.place}`, { x: m, y: y + 2, width: w }, { size: 10.5 });
    y = paragraph(doc, a.summary, { x: m + 12, y, width: w - 12, maxHeight: 42 }, { size: 9.5, color: COLORS.muted });
  }

  y += 10;
  room(40);
  y = line(doc, `接待签到(${d.attendance.length})`, { x: m, y, width: w }, { size: 13, color: COLORS.red });
  if (d.attendance.length === 0) y = line(doc, '本期间没有签到', { x: m, y, width: w }, { size: 10.5, color: COLORS.muted });
  for (const s of d.attendance) {
    room(18);
    y = line(doc, `${s.date}  ${s.time}  ${s.stationName}`, { x: m, y: y + 2, width: w }, { size: 10.5 });
  }
  room(30);
  line(doc, `生成日期:${d.generatedOn}(数据来自代表联络站办理记录)`, { x: m, y: y + 16, width: w }, { size: 9, color: COLORS.muted, align: 'right' });
  return renderPdf(doc);
}
