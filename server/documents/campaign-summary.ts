/**
 * The campaign summary report (活动总结) of one region: title, period, the numbers, deputies by
 * level, and typical cases from the showcase. A4; further pages as the cases need them.
 */
import { A4Flow, COLORS, line, newPdf, paragraph, renderPdf } from './pdf';

export interface CampaignSummaryPdfData {
  campaignName: string;
  regionName: string;
  period: string;
  countedTo: string;
  levels: string;
  rows: [string, number | string][];
  cases: { title: string; stationName: string; resolvedOn: string; summary: string; result: string }[];
  generatedOn: string;
}

export async function campaignSummaryPdf(d: CampaignSummaryPdfData): Promise<Buffer> {
  const doc = newPdf({ title: `${d.campaignName} 活动总结 ${d.regionName}`, unsupported: 'mark' });
  const page = new A4Flow(doc);
  const { m, w } = page;

  page.y = line(doc, d.campaignName, { x: m, y: page.y, width: w }, { size: 22, color: COLORS.red, align: 'center' });
  page.y = line(doc, `活动总结 · ${d.regionName}`, { x: m, y: page.y + 2, width: w }, { size: 15, align: 'center' });
  page.y = line(doc, `活动期间 ${d.period}（统计截至 ${d.countedTo}） · 代表层级：${d.levels}`, { x: m, y: page.y + 4, width: w }, { size: 10.5, color: COLORS.muted, align: 'center' });
  page.y += 12;
  page.y = line(doc, '主要数据', { x: m, y: page.y, width: w }, { size: 13, color: COLORS.red, face: 'serif' });
  for (const [label, value] of d.rows) {
    page.room(22);
    doc.rect(m, page.y, w, 22).lineWidth(0.6).strokeColor(COLORS.line).stroke();
    line(doc, label, { x: m + 8, y: page.y + 6, width: w - 120 }, { size: 11, color: label.startsWith(' ') ? COLORS.muted : COLORS.ink });
    line(doc, String(value), { x: m + w - 108, y: page.y + 6, width: 100 }, { size: 11.5, align: 'right' });
    page.y += 22;
  }
  page.y += 14;
  page.room(40);
  page.y = line(doc, `典型案例（${d.cases.length}）`, { x: m, y: page.y, width: w }, { size: 13, color: COLORS.red, face: 'serif' });
  if (d.cases.length === 0) page.y = line(doc, '活动期间暂无经居民同意公开的办结案例', { x: m, y: page.y, width: w }, { size: 10.5, color: COLORS.muted, face: 'serif' });
  for (const c of d.cases) {
    page.room(90);
    page.y = line(doc, `${c.title}`, { x: m, y: page.y + 4, width: w }, { size: 11.5 });
    page.y = line(doc, `${c.stationName} · ${c.resolvedOn}办结`, { x: m, y: page.y, width: w }, { size: 9.5, color: COLORS.muted });
    page.y = paragraph(doc, `情况：${c.summary}`, { x: m + 10, y: page.y, width: w - 10, maxHeight: 48 }, { size: 10 });
    page.y = paragraph(doc, `结果：${c.result}`, { x: m + 10, y: page.y, width: w - 10, maxHeight: 48 }, { size: 10 });
  }
  page.room(30);
  line(doc, `生成日期：${d.generatedOn}（数据来自代表联络站办理记录）`, { x: m, y: page.y + 16, width: w }, { size: 9, color: COLORS.muted, align: 'right', face: 'serif' });
  return renderPdf(doc);
}
