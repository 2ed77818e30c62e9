import type { Answer } from '@core/contract/functions';
import type { Level } from '@core/vocabulary';
import { useRef, useState } from 'react';
import { call } from '../../../api/client';
import { useAction } from '../../../hooks/use-action';
import { useRemote } from '../../../hooks/use-remote';
import { newRequestId } from '../../../lib/request-id';
import { openPdf, saveFile } from '../../../lib/open-file';

export type CampaignProgress = Answer<'admin', 'campaignProgress'>;

export interface CampaignForm {
  name: string;
  from: string;
  to: string;
  regionCodes: string[];
  levels: Level[];
}

/** Campaigns of my region: create one, see its progress per region, the summary as PDF or xlsx. */
export function useCampaigns() {
  const campaigns = useRemote('admin-campaigns', () => call('admin', 'campaigns', {}));
  const regions = useRemote('admin-regions', () => call('admin', 'regions', {}));
  const [progress, setProgress] = useState<CampaignProgress>();
  const action = useAction();
  // One per form: a retry after a lost answer creates the campaign once.
  const requestId = useRef(newRequestId());
  const create = (form: CampaignForm) =>
    action.act(
      async () => {
        const c = await call('admin', 'createCampaign', { ...form, requestId: requestId.current });
        requestId.current = newRequestId();
        await campaigns.reload();
        return c;
      },
      (c) => `已新建主题活动「${c.name}」`,
    );
  const showProgress = (id: string, regionCode: string) => action.act(async () => setProgress(await call('admin', 'campaignProgress', { id, regionCode })));
  const summaryPdf = (id: string, regionCode: string) =>
    action.act(async () => {
      const f = await call('documents', 'campaignSummary', { id, regionCode });
      return openPdf(f.url, f.fileName);
    }, (m) => m);
  const summaryXlsx = (id: string, regionCode: string) =>
    action.act(async () => {
      const f = await call('admin', 'exportCampaignSummary', { id, regionCode });
      return saveFile(f.url, f.fileName);
    }, (m) => m);
  return { campaigns, regions, progress, create, showProgress, summaryPdf, summaryXlsx, ...action };
}
