/**
 * The campaign summary report (活动总结) of one region: title, period, the numbers, deputies by
 * level, activities by kind, the figures per township (乡镇/街道) and the region's own
 * stations, and typical cases from the showcase. A4; further pages as they need them.
 */
import { A4Flow, COLORS, line, newPdf, paragraph, renderPdf } from './pdf';

/** The breakdown's columns as the PDF heads them (core/campaign-summary.ts REGION_COLUMNS, units in a note below). */
const PDF_COLUMNS = ['地区', '收到意见', '已办结', '评价', '满意率%', '履职活动', '签到'] as const;

export interface CampaignSummaryPdfData {
  campaignName: string;
  regionName: string;
  period: string;
  countedTo: string;
  levels: string;
  rows: [string, number | string][];
  /** 履职活动 by kind, and the total. */
  kindRows: [string, number][];
  /** What the breakdown's rows are (乡镇（街道）), and its rows (REGION_COLUMNS), the total last; none: no breakdown. */
  partsLabel: string;
  regionRows: (string | number)[][];
  cases: { title: string; stationName: string; resolvedOn: string; summary: string; result: string }[];
  /** 热点问题: groups of similar opinions, the most cases plus 附议 first. */
  hotTopics: { label: string; countyName?: string; places: string; cases: number; seconds: number }[];
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
  const labelled = (rows: readonly [string, number | string][]) => {
    for (const [label, value] of rows) {
      page.room(22);
      doc.rect(m, page.y, w, 22).lineWidth(0.6).strokeColor(COLORS.line).stroke();
      line(doc, label, { x: m + 8, y: page.y + 6, width: w - 120 }, { size: 11, color: label.startsWith(' ') ? COLORS.muted : COLORS.ink });
      line(doc, String(value), { x: m + w - 108, y: page.y + 6, width: 100 }, { size: 11.5, align: 'right' });
      page.y += 22;
    }
  };
  labelled(d.rows);
  page.y += 14;
  page.room(40);
  page.y = line(doc, '履职活动（按类别）', { x: m, y: page.y, width: w }, { size: 13, color: COLORS.red, face: 'serif' });
  labelled(d.kindRows);
  page.y += 14;
  if (d.regionRows.length) {
    // Kept on one page when it fits (a county's townships do); the header again on every page.
    page.room(Math.min(30 + 22 * (d.regionRows.length + 1), 400));
    page.y = line(doc, `分${d.partsLabel}情况`, { x: m, y: page.y, width: w }, { size: 13, color: COLORS.red, face: 'serif' });
    // The region's column, then six of figures (their units in REGION_COLUMNS: 件, 次).
    const first = w * 0.22;
    const rest = (w - first) / (PDF_COLUMNS.length - 1);
    const xs = PDF_COLUMNS.map((_, i) => (i === 0 ? m : m + first + (i - 1) * rest));
    const widths = PDF_COLUMNS.map((_, i) => (i === 0 ? first : rest));
    const tableRow = (cells: readonly (string | number)[], style: { bold?: boolean; header?: boolean }) => {
      if (style.header || style.bold) doc.rect(m, page.y, w, 22).fillColor(COLORS.paper).fill();
      doc.rect(m, page.y, w, 22).lineWidth(0.6).strokeColor(COLORS.line).stroke();
      cells.forEach((c, i) =>
        line(doc, String(c), { x: xs[i] + 4, y: page.y + 6, width: widths[i] - 8 }, { size: style.header ? 10 : 10.5, align: i === 0 ? 'left' : 'right', color: style.header ? COLORS.muted : COLORS.ink }),
      );
      page.y += 22;
    };
    tableRow(PDF_COLUMNS, { header: true });
    d.regionRows.forEach((r, i) => {
      if (page.left < 22) {
        page.newPage();
        tableRow(PDF_COLUMNS, { header: true });
      }
      tableRow(r, { bold: i === d.regionRows.length - 1 });
    });
    page.y = line(doc, '意见以件计，履职活动和签到以次计；评价为活动期间收到的意见的最新评价。', { x: m, y: page.y + 4, width: w }, { size: 9, color: COLORS.muted, face: 'serif' });
    page.y += 10;
  }
  page.room(40);
  page.y = line(doc, `热点问题（${d.hotTopics.length}）`, { x: m, y: page.y, width: w }, { size: 13, color: COLORS.red, face: 'serif' });
  if (d.hotTopics.length === 0) page.y = line(doc, '活动期间没有两件以上反映同一问题的意见', { x: m, y: page.y, width: w }, { size: 10.5, color: COLORS.muted, face: 'serif' });
  d.hotTopics.forEach((h, i) => {
    page.room(40);
    page.y = line(doc, `${i + 1}. ${h.label}${h.countyName ? `（${h.countyName}）` : ''}`, { x: m, y: page.y + 4, width: w }, { size: 11 });
    page.y = line(doc, `${h.cases}件意见，${h.seconds}人附议 · ${h.places}`, { x: m + 14, y: page.y, width: w - 14 }, { size: 9.5, color: COLORS.muted });
  });
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
