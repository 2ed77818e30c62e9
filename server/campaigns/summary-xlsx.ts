/** The campaign summary (活动总结) of one region as an xlsx workbook (exceljs): 汇总 (with activities by kind), 分乡镇（街道） and 典型案例. */
import * as ExcelJS from 'exceljs';
import { REGION_COLUMNS } from '../../core/campaign-summary';
import { storeGenerated } from '../platform/generated-files';
import type { Ports } from '../platform/ports';
import type { Actor } from '../users/actor';
import { gatherCampaignSummary, type CampaignSummary } from './summary';

// exceljs is CommonJS: under some loaders its classes sit on `default`.
const Workbook: typeof ExcelJS.Workbook = ExcelJS.Workbook ?? (ExcelJS as unknown as { default: typeof ExcelJS }).default.Workbook;

export async function campaignSummaryXlsx(s: CampaignSummary): Promise<Buffer> {
  const wb = new Workbook();
  wb.creator = '代表联络站';
  const sheet = wb.addWorksheet('汇总');
  sheet.columns = [{ width: 30 }, { width: 18 }];
  sheet.addRow([`${s.campaign.name} 活动总结（${s.region.name}）`]).font = { bold: true, size: 14 };
  sheet.addRow(['活动期间', `${s.campaign.from} 至 ${s.campaign.to}`]);
  sheet.addRow(['统计截至', s.counted.to]);
  sheet.addRow(['代表层级', s.campaign.levelLabels.join('、')]);
  sheet.addRow([]);
  sheet.addRow(['项目', '数值']).font = { bold: true };
  for (const [label, value] of s.rows) sheet.addRow([label, value]);
  sheet.addRow([]);
  sheet.addRow(['履职活动（按类别）', '次数']).font = { bold: true };
  for (const [label, value] of s.kindRows) sheet.addRow([label, value]);

  // The figures per region one level down (乡镇（街道）of a county), the region's own stations, the total.
  if (s.regionRows.length) {
    const parts = wb.addWorksheet(`分${s.partsLabel}`);
    parts.columns = REGION_COLUMNS.map((header, i) => ({ header, width: i === 0 ? 24 : 14 }));
    parts.getRow(1).font = { bold: true };
    for (const row of s.regionRows) parts.addRow(row);
    parts.getRow(parts.rowCount).font = { bold: true };
  }

  // 热点问题 (decision 0036): the groups of similar opinions with the most cases plus 附议 in the counted days.
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
  ];
  hot.getRow(1).font = { bold: true };
  s.hotTopics.forEach((h, i) => hot.addRow([i + 1, h.label, h.category, h.countyName ?? '', h.places, h.cases, h.seconds, h.total]));

  const cases = wb.addWorksheet('典型案例');
  cases.columns = [
    { header: '标题', width: 30 },
    { header: '联络站', width: 28 },
    { header: '办结日期', width: 12 },
    { header: '情况', width: 50 },
    { header: '办理结果', width: 50 },
  ];
  for (const c of s.cases) cases.addRow([c.title, c.stationName, c.resolvedOn, c.summary, c.result]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The summary of one region as an xlsx in storage, beside its PDF (generated/campaign-summaries/<campaign>-<region>-…). */
export async function exportCampaignSummary(ports: Ports, actor: Actor, id: string, regionCode: string) {
  const s = await gatherCampaignSummary(ports, actor, id, regionCode);
  const bytes = await campaignSummaryXlsx(s);
  const fileName = `活动总结-${s.campaign.name}-${s.region.name}.xlsx`;
  return storeGenerated(ports, { folder: 'campaign-summaries', scope: `${id}-${regionCode}`, fileName, ext: 'xlsx' }, bytes);
}
