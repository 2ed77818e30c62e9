/** The campaign summary (活动总结) of one region as an xlsx workbook (exceljs): 汇总 (with activities by kind), 分乡镇（街道） and 典型案例. */
import { REGION_COLUMNS } from '../../core/campaign-summary';
import { storeGenerated } from '../platform/generated-files';
import type { Ports } from '../platform/ports';
import { figuresSheet, newWorkbook, tableSheet, workbookBytes } from '../platform/xlsx';
import { hotTopicsSheet } from '../similar/hot-topics-sheet';
import type { Actor } from '../users/actor';
import { gatherCampaignSummary, type CampaignSummary } from './summary';

export async function campaignSummaryXlsx(s: CampaignSummary): Promise<Buffer> {
  const wb = newWorkbook();
  figuresSheet(wb, '汇总', {
    title: `${s.campaign.name} 活动总结（${s.region.name}）`,
    facts: [
      ['活动期间', `${s.campaign.from} 至 ${s.campaign.to}`],
      ['统计截至', s.counted.to],
      ['代表层级', s.campaign.levelLabels.join('、')],
    ],
    blocks: [
      { header: ['项目', '数值'], rows: s.rows },
      { header: ['履职活动（按类别）', '次数'], rows: s.kindRows },
    ],
    widths: [30, 18],
  });

  // The figures per region one level down (乡镇（街道）of a county), the region's own stations, the total (bold).
  if (s.regionRows.length) {
    const parts = tableSheet(wb, `分${s.partsLabel}`, REGION_COLUMNS.map((header, i) => ({ header, width: i === 0 ? 24 : 14 })), s.regionRows);
    parts.getRow(parts.rowCount).font = { bold: true };
  }

  // 热点问题 (decision 0036): the groups of similar opinions with the most cases plus 附议 in the counted days.
  hotTopicsSheet(wb, s.hotTopics, { samples: false });

  tableSheet(
    wb,
    '典型案例',
    [
      { header: '标题', width: 30 },
      { header: '联络站', width: 28 },
      { header: '办结日期', width: 12 },
      { header: '情况', width: 50 },
      { header: '办理结果', width: 50 },
    ],
    s.cases.map((c) => [c.title, c.stationName, c.resolvedOn, c.summary, c.result]),
  );
  return workbookBytes(wb);
}

/** The summary of one region as an xlsx in storage, beside its PDF (generated/campaign-summaries/<campaign>-<region>-…). */
export async function exportCampaignSummary(ports: Ports, actor: Actor, id: string, regionCode: string) {
  const s = await gatherCampaignSummary(ports, actor, id, regionCode);
  const bytes = await campaignSummaryXlsx(s);
  const fileName = `活动总结-${s.campaign.name}-${s.region.name}.xlsx`;
  return storeGenerated(ports, { folder: 'campaign-summaries', scope: `${id}-${regionCode}`, fileName, ext: 'xlsx' }, bytes);
}
