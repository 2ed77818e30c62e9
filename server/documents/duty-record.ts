/**
 * The deputy's duty record (代表履职档案) for a period: the numbers, then the cases handled,
 * the activities and the receptions attended. A4; further pages as the lists need them.
 */
import { A4Flow, COLORS, line, newPdf, paragraph, renderPdf } from './pdf';

export interface DutyRecordPdfData {
  deputyName: string;
  levelLabel: string;
  from: string;
  to: string;
  rows: { label: string; value: number | string }[];
  activities: { date: string; kindLabel: string; place: string; summary: string }[];
  attendance: { date: string; time: string; stationName: string }[];
  /** The cases handled (received in the period), oldest first. */
  cases: { trackingNo: string; category: string; receivedOn: string; statusLabel: string; resultLabel?: string; resolvedOn?: string; ratingLabel?: string }[];
  generatedOn: string;
}

export async function dutyRecordPdf(d: DutyRecordPdfData): Promise<Buffer> {
  const doc = newPdf({ title: `${d.deputyName}代表履职档案 ${d.from}至${d.to}`, unsupported: 'mark' });
  const page = new A4Flow(doc);
  const { m, w } = page;

  page.y = line(doc, `${d.deputyName}代表履职档案`, { x: m, y: page.y, width: w }, { size: 22, color: COLORS.red, align: 'center' });
  page.y = line(doc, `${d.levelLabel}人大代表 · 统计期间 ${d.from} 至 ${d.to}`, { x: m, y: page.y + 2, width: w }, { size: 11, color: COLORS.muted, align: 'center' });
  page.y += 10;
  const half = w / 2;
  d.rows.forEach((r, i) => {
    const col = i % 2;
    if (col === 0) page.room(22);
    const x = m + col * half;
    doc.rect(x, page.y, half, 22).lineWidth(0.6).strokeColor(COLORS.line).stroke();
    line(doc, r.label, { x: x + 6, y: page.y + 6, width: half - 60 }, { size: 10.5, color: COLORS.muted });
    line(doc, String(r.value), { x: x + half - 54, y: page.y + 6, width: 48 }, { size: 11, align: 'right' });
    if (col === 1 || i === d.rows.length - 1) page.y += 22;
  });

  page.y += 14;
  page.room(40);
  page.y = line(doc, `办理的意见（${d.cases.length}）`, { x: m, y: page.y, width: w }, { size: 13, color: COLORS.red, face: 'serif' });
  if (d.cases.length === 0) page.y = line(doc, '本期间没有收到意见', { x: m, y: page.y, width: w }, { size: 10.5, color: COLORS.muted, face: 'serif' });
  for (const c of d.cases) {
    page.room(34);
    page.y = line(doc, `${c.trackingNo}  ${c.category}  ${c.receivedOn}收到`, { x: m, y: page.y + 2, width: w }, { size: 10.5 });
    const outcome = [c.statusLabel, c.resultLabel, c.resolvedOn ? `${c.resolvedOn}办结` : undefined, c.ratingLabel ? `群众评价：${c.ratingLabel}` : undefined];
    page.y = line(doc, outcome.filter(Boolean).join('  '), { x: m + 12, y: page.y, width: w - 12 }, { size: 9.5, color: COLORS.muted });
  }

  page.y += 10;
  page.room(40);
  page.y = line(doc, `履职活动（${d.activities.length}）`, { x: m, y: page.y, width: w }, { size: 13, color: COLORS.red, face: 'serif' });
  if (d.activities.length === 0) page.y = line(doc, '本期间没有记录', { x: m, y: page.y, width: w }, { size: 10.5, color: COLORS.muted, face: 'serif' });
  for (const a of d.activities) {
    page.room(36);
    page.y = line(doc, `${a.date}  ${a.kindLabel}  ${a.place}`, { x: m, y: page.y + 2, width: w }, { size: 10.5 });
    page.y = paragraph(doc, a.summary, { x: m + 12, y: page.y, width: w - 12, maxHeight: 42 }, { size: 9.5, color: COLORS.muted });
  }

  page.y += 10;
  page.room(40);
  page.y = line(doc, `接待签到（${d.attendance.length}）`, { x: m, y: page.y, width: w }, { size: 13, color: COLORS.red, face: 'serif' });
  if (d.attendance.length === 0) page.y = line(doc, '本期间没有签到', { x: m, y: page.y, width: w }, { size: 10.5, color: COLORS.muted, face: 'serif' });
  for (const s of d.attendance) {
    page.room(18);
    page.y = line(doc, `${s.date}  ${s.time}  ${s.stationName}`, { x: m, y: page.y + 2, width: w }, { size: 10.5 });
  }
  page.room(30);
  line(doc, `生成日期：${d.generatedOn}（数据来自代表联络站办理记录）`, { x: m, y: page.y + 16, width: w }, { size: 9, color: COLORS.muted, align: 'right', face: 'serif' });
  return renderPdf(doc);
}
