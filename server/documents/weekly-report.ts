/**
 * The weekly 汇总报告 of a region office (decision 0036): the week's received opinions, the hot
 * topics (热点问题) with their cases, 附议 and places, and the 汇总件 made that week with how each
 * stands. A4; further pages as the lists need them.
 */
import { A4Flow, COLORS, line, newPdf, paragraph, renderPdf } from './pdf';

export interface WeeklyReportPdfData {
  regionName: string;
  from: string;
  to: string;
  received: number;
  hotTopics: { label: string; countyName?: string; places: string; cases: number; seconds: number; total: number; sample?: string }[];
  /** False when the hot topics were read up to their bound (said under them). */
  hotComplete: boolean;
  merged: { trackingNo: string; title: string; stationName: string; sources: number; statusLabel: string }[];
  mergedMore: number;
  generatedOn: string;
}

export async function weeklyReportPdf(d: WeeklyReportPdfData): Promise<Buffer> {
  const doc = newPdf({ title: `${d.regionName}意见汇总报告 ${d.from}至${d.to}`, unsupported: 'mark' });
  const page = new A4Flow(doc);
  const { m, w } = page;

  page.y = line(doc, '群众意见汇总报告', { x: m, y: page.y, width: w }, { size: 22, color: COLORS.red, align: 'center', face: 'serif' });
  page.y = line(doc, `${d.regionName} · ${d.from} 至 ${d.to}`, { x: m, y: page.y + 2, width: w }, { size: 12, color: COLORS.muted, align: 'center' });
  page.y += 14;

  page.y = line(doc, '本周概况', { x: m, y: page.y, width: w }, { size: 13, color: COLORS.red, face: 'serif' });
  const figures: [string, string][] = [
    ['收到群众意见', `${d.received}件`],
    ['热点问题', `${d.hotTopics.length}个`],
    ['合并办理的汇总件', `${d.merged.length + d.mergedMore}件`],
  ];
  for (const [label, value] of figures) {
    page.room(22);
    doc.rect(m, page.y, w, 22).lineWidth(0.6).strokeColor(COLORS.line).stroke();
    line(doc, label, { x: m + 8, y: page.y + 6, width: w - 120 }, { size: 11 });
    line(doc, value, { x: m + w - 108, y: page.y + 6, width: 100 }, { size: 11.5, align: 'right' });
    page.y += 22;
  }
  page.y = line(doc, '附议不计为收到的意见；汇总件按其合并的意见计数，本身不另计。', { x: m, y: page.y + 4, width: w }, { size: 9, color: COLORS.muted });
  page.y += 14;

  page.room(40);
  page.y = line(doc, `热点问题（${d.hotTopics.length}）`, { x: m, y: page.y, width: w }, { size: 13, color: COLORS.red, face: 'serif' });
  if (d.hotTopics.length === 0) page.y = line(doc, '本周没有两件以上的同类意见。', { x: m, y: page.y, width: w }, { size: 10.5, color: COLORS.muted });
  d.hotTopics.forEach((h, i) => {
    page.room(70);
    page.y = line(doc, `${i + 1}. ${h.label}${h.countyName ? `（${h.countyName}）` : ''}`, { x: m, y: page.y + 4, width: w }, { size: 11.5 });
    page.y = line(doc, `${h.cases}件意见，${h.seconds}人附议，合计${h.total} · ${h.places}`, { x: m + 14, y: page.y, width: w - 14 }, { size: 9.5, color: COLORS.muted });
    if (h.sample) page.y = paragraph(doc, `例：${h.sample}`, { x: m + 14, y: page.y, width: w - 14, maxHeight: 30 }, { size: 9.5 });
  });
  if (!d.hotComplete) page.y = line(doc, '同类意见组较多，以上按最活跃的部分统计。', { x: m, y: page.y + 4, width: w }, { size: 9, color: COLORS.muted });
  page.y += 14;

  page.room(40);
  page.y = line(doc, `汇总件（${d.merged.length + d.mergedMore}）`, { x: m, y: page.y, width: w }, { size: 13, color: COLORS.red, face: 'serif' });
  if (d.merged.length === 0) page.y = line(doc, '本周没有合并办理的汇总件。', { x: m, y: page.y, width: w }, { size: 10.5, color: COLORS.muted });
  for (const p of d.merged) {
    page.room(40);
    page.y = line(doc, p.title, { x: m, y: page.y + 4, width: w }, { size: 11 });
    page.y = line(doc, `${p.trackingNo} · ${p.stationName} · 合并${p.sources}件 · ${p.statusLabel}`, { x: m + 14, y: page.y, width: w - 14 }, { size: 9.5, color: COLORS.muted });
  }
  if (d.mergedMore) page.y = line(doc, `另有${d.mergedMore}件未列出。`, { x: m, y: page.y + 4, width: w }, { size: 9.5, color: COLORS.muted });

  page.room(30);
  line(doc, `生成日期：${d.generatedOn}（数据来自代表联络站办理记录）`, { x: m, y: page.y + 16, width: w }, { size: 9, color: COLORS.muted, align: 'right', face: 'serif' });
  return renderPdf(doc);
}
