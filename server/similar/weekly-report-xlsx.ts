/** The weekly 汇总报告 as an xlsx workbook (exceljs): 概况, 热点问题 and 汇总件 (admin function). */
import * as ExcelJS from 'exceljs';
import { beijingDateTime } from '../../core/beijing-time';
import { storeGenerated } from '../platform/generated-files';
import type { Ports } from '../platform/ports';
import type { Actor } from '../users/actor';
import { gatherWeeklyReport, weeklySummary, type WeeklyReport } from './weekly-report';

// exceljs is CommonJS: under some loaders its classes sit on `default`.
const Workbook: typeof ExcelJS.Workbook = ExcelJS.Workbook ?? (ExcelJS as unknown as { default: typeof ExcelJS }).default.Workbook;

export async function weeklyReportXlsx(r: WeeklyReport): Promise<Buffer> {
  const wb = new Workbook();
  wb.creator = '代表联络站';
  const sheet = wb.addWorksheet('概况');
  sheet.columns = [{ width: 26 }, { width: 18 }];
  sheet.addRow([`群众意见汇总报告（${r.region.name}）`]).font = { bold: true, size: 14 };
  sheet.addRow(['期间', `${r.week.from} 至 ${r.week.to}`]);
  sheet.addRow([]);
  sheet.addRow(['项目', '数值']).font = { bold: true };
  sheet.addRow(['收到群众意见（件）', r.received]);
  sheet.addRow(['热点问题（个）', r.hotTopics.length]);
  sheet.addRow(['合并办理的汇总件（件）', r.merged.length + r.mergedMore]);
  sheet.addRow([]);
  sheet.addRow(['附议不计为收到的意见；汇总件按其合并的意见计数，本身不另计。']);

  const hot = wb.addWorksheet('热点问题');
  hot.columns = [
    { header: '排名', width: 6 },
    { header: '问题', width: 32 },
    { header: '类别', width: 14 },
    { header: '区县', width: 10 },
    { header: '联络站', width: 36 },
    { header: '意见（件）', width: 10 },
    { header: '附议（人）', width: 10 },
    { header: '合计', width: 8 },
    { header: '意见摘录', width: 60 },
  ];
  hot.getRow(1).font = { bold: true };
  r.hotTopics.forEach((h, i) => hot.addRow([i + 1, h.label, h.category, h.countyName ?? '', h.places, h.cases, h.seconds, h.total, h.sample ?? '']));
  if (!r.hotComplete) hot.addRow(['', '同类意见组较多，以上按最活跃的部分统计。']);

  const merged = wb.addWorksheet('汇总件');
  merged.columns = [
    { header: '查询编号', width: 24 },
    { header: '标题', width: 40 },
    { header: '类别', width: 14 },
    { header: '联络站', width: 28 },
    { header: '合并件数', width: 10 },
    { header: '办理状态', width: 14 },
    { header: '合并时间', width: 18 },
  ];
  merged.getRow(1).font = { bold: true };
  for (const p of r.merged) merged.addRow([p.trackingNo, p.title, p.category, p.stationName, p.sources, p.statusLabel, beijingDateTime(new Date(p.createdAt))]);
  if (r.mergedMore) merged.addRow(['', `另有${r.mergedMore}件未列出`]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** admin.weeklyReport: the week's report as an xlsx in storage, with what it says. */
export async function exportWeeklyReport(ports: Ports, actor: Actor, week: string, regionCode?: string) {
  const r = await gatherWeeklyReport(ports, actor, week, regionCode);
  const bytes = await weeklyReportXlsx(r);
  const file = await storeGenerated(ports, { folder: 'weekly-reports', scope: `${r.region.code}-${r.week.from}`, fileName: `意见汇总报告-${r.region.name}-${r.week.from}.xlsx`, ext: 'xlsx' }, bytes);
  return { ...file, summary: weeklySummary(r) };
}
