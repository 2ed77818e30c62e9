/** The admin function's campaign group (issue 9): campaigns, progress, the summary as xlsx. */
import { exportCampaignSummary } from '../campaigns/summary-xlsx';
import { gatherCampaignSummary, summaryView } from '../campaigns/summary';
import { createCampaign, listCampaigns } from '../campaigns/campaigns';
import type { HandlersOf } from './define';

type CampaignActions = 'createCampaign' | 'campaigns' | 'campaignProgress' | 'exportCampaignSummary';

export const adminCampaignHandlers: Pick<HandlersOf<'admin'>, CampaignActions> = {
  createCampaign: (p, { actor, ports }) => createCampaign(ports, actor, p),
  campaigns: (_p, { actor, ports }) => listCampaigns(ports, actor),
  campaignProgress: async (p, { actor, ports }) => summaryView(await gatherCampaignSummary(ports, actor, p.id, p.regionCode)),
  exportCampaignSummary: (p, { actor, ports }) => exportCampaignSummary(ports, actor, p.id, p.regionCode),
};
