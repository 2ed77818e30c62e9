/** The weekly 汇总报告 as an xlsx workbook (exceljs): 概况, 热点问题 and 汇总件 (admin function). */
import { beijingDateTime } from '../../core/beijing-time';
import { storeGenerated } from '../platform/generated-files';
import type { Ports } from '../platform/ports';
import { figuresSheet, newWorkbook, tableSheet, workbookBytes } from '../platform/xlsx';
import type { Actor } from '../users/actor';
import { hotTopicsSheet } from './hot-topics-sheet';
import { gatherWeeklyReport, weeklySummary, type WeeklyReport } from './weekly-report';

export async function weeklyReportXlsx(r: WeeklyReport): Promise<Buffer> {
  const wb = newWorkbook();
  const sheet = figuresSheet(wb, '概况', {
    title: `群众意见汇总报告（${r.region.name}）`,
    facts: [['期间', `${r.week.from} 至 ${r.week.to}`]],
    blocks: [
      {
        header: ['项目', '数值'],
        rows: [
          ['收到群众意见（件）', r.received],
          ['热点问题（个）', r.hotTopics.length],
          ['合并办理的汇总件（件）', r.merged.length + r.mergedMore],
        ],
      },
    ],
    widths: [26, 18],
  });
  sheet.addRow([]);
  sheet.addRow(['附议不计为收到的意见；汇总件按其合并的意见计数，本身不另计。']);

  hotTopicsSheet(wb, r.hotTopics, { samples: true, complete: r.hotComplete });

  const merged = tableSheet(
    wb,
    '汇总件',
    [
      { header: '查询编号', width: 24 },
      { header: '标题', width: 40 },
      { header: '类别', width: 14 },
      { header: '联络站', width: 28 },
      { header: '合并件数', width: 10 },
      { header: '办理状态', width: 14 },
      { header: '合并时间', width: 18 },
    ],
    r.merged.map((p) => [p.trackingNo, p.title, p.category, p.stationName, p.sources, p.statusLabel, beijingDateTime(new Date(p.createdAt))]),
  );
  if (r.mergedMore) merged.addRow(['', `另有${r.mergedMore}件未列出`]);
  return workbookBytes(wb);
}

/** admin.weeklyReport: the week's report as an xlsx in storage, with what it says. */
export async function exportWeeklyReport(ports: Ports, actor: Actor, week: string, regionCode?: string) {
  const r = await gatherWeeklyReport(ports, actor, week, regionCode);
  const bytes = await weeklyReportXlsx(r);
  const file = await storeGenerated(ports, { folder: 'weekly-reports', scope: `${r.region.code}-${r.week.from}`, fileName: `意见汇总报告-${r.region.name}-${r.week.from}.xlsx`, ext: 'xlsx' }, bytes);
  return { ...file, summary: weeklySummary(r) };
}
