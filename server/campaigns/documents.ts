/** The campaign summary as a PDF, served by the documents function (no exceljs here). */
import { beijingDate } from '../../core/beijing-time';
import type { Actor } from '../users/actor';
import { campaignSummaryPdf } from '../documents/campaign-summary';
import { pdfPath } from '../documents/pdf';
import type { Ports } from '../platform/ports';
import { gatherCampaignSummary } from './summary';

const chineseDate = (d: Date) => {
  const [y, m, day] = beijingDate(d).split('-').map(Number);
  return `${y}年${m}月${day}日`;
};

export async function campaignSummaryDocument(ports: Ports, actor: Actor, id: string, regionCode: string) {
  const s = await gatherCampaignSummary(ports, actor, id, regionCode);
  const pdf = await campaignSummaryPdf({
    campaignName: s.campaign.name,
    regionName: s.region.name,
    period: `${s.campaign.from} 至 ${s.campaign.to}`,
    countedTo: s.counted.to,
    levels: s.campaign.levelLabels.join('、'),
    rows: s.rows,
    kindRows: s.kindRows,
    partsLabel: s.partsLabel,
    regionRows: s.regionRows,
    cases: s.cases,
    hotTopics: s.hotTopics,
    generatedOn: chineseDate(ports.clock.now()),
  });
  const fileId = await ports.storage.saveGenerated(pdfPath('campaign-summaries', `${id}-${regionCode}`, ports.clock.now()), pdf, 'application/pdf');
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  return { fileId, url: await ports.storage.urlOf(fileId), fileName: `活动总结-${s.campaign.name}-${s.region.name}.pdf`, pages, bytes: pdf.length };
}
