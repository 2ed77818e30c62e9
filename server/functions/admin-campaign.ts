/** The admin function's campaign group (issue 9): campaigns, progress, the summary as xlsx. */
import { campaignSummaryXlsx } from '../campaigns/summary-xlsx';
import { gatherCampaignSummary, summaryView } from '../campaigns/summary';
import { createCampaign, listCampaigns } from '../campaigns/campaigns';
import { XLSX_MIME } from '../deputies/duty-record-xlsx';
import type { HandlersOf } from './define';

type CampaignActions = 'createCampaign' | 'campaigns' | 'campaignProgress' | 'exportCampaignSummary';

export const adminCampaignHandlers: Pick<HandlersOf<'admin'>, CampaignActions> = {
  createCampaign: (p, { actor, ports }) => createCampaign(ports, actor, p),
  campaigns: (_p, { actor, ports }) => listCampaigns(ports, actor),
  campaignProgress: async (p, { actor, ports }) => summaryView(await gatherCampaignSummary(ports, actor, p.id, p.regionCode)),
  async exportCampaignSummary(p, { actor, ports }) {
    const s = await gatherCampaignSummary(ports, actor, p.id, p.regionCode);
    const bytes = await campaignSummaryXlsx(s);
    return { fileName: `活动总结-${s.campaign.name}-${s.region.name}.xlsx`, mimeType: XLSX_MIME, base64: bytes.toString('base64') };
  },
};
