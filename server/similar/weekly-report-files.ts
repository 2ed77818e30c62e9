/**
 * The weekly 汇总报告 as a PDF (documents function) — the xlsx is weekly-report-xlsx.ts (admin
 * function), so the documents bundle carries no exceljs.
 */
import { beijingDate } from '../../core/beijing-time';
import type { Actor } from '../users/actor';
import { weeklyReportPdf } from '../documents/weekly-report';
import { pdfPath } from '../documents/pdf';
import type { Ports } from '../platform/ports';
import { gatherWeeklyReport } from './weekly-report';

const chineseDate = (d: Date) => {
  const [y, m, day] = beijingDate(d).split('-').map(Number);
  return `${y}年${m}月${day}日`;
};

export async function weeklyReportDocument(ports: Ports, actor: Actor, week: string, regionCode?: string) {
  const r = await gatherWeeklyReport(ports, actor, week, regionCode);
  const pdf = await weeklyReportPdf({
    regionName: r.region.name,
    from: r.week.from,
    to: r.week.to,
    received: r.received,
    hotTopics: r.hotTopics,
    hotComplete: r.hotComplete,
    merged: r.merged,
    mergedMore: r.mergedMore,
    generatedOn: chineseDate(ports.clock.now()),
  });
  const fileId = await ports.storage.saveGenerated(pdfPath('weekly-reports', `${r.region.code}-${r.week.from}`, ports.clock.now()), pdf, 'application/pdf');
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  return { fileId, url: await ports.storage.urlOf(fileId), fileName: `意见汇总报告-${r.region.name}-${r.week.from}.pdf`, pages, bytes: pdf.length };
}
