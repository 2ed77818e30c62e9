import { useState } from 'react';
import { call } from '../api/client';
import { topUpBatches } from '../lib/subscribe-batch';
import { askAndRecord, type Audience, useTemplates } from './use-subscription';
import { useRemote } from './use-remote';

/**
 * Deputies and staff top up their reminder credits from their inbox: each tap asks for at most
 * three templates of one kind (WeChat's limit), the emptiest first, then shows the new balance.
 */
export function useTopUp(audience: Audience) {
  const templates = useTemplates(audience);
  const credits = useRemote(`credits-${audience}`, () => call('subscription', 'credits', {}));
  const [notice, setNotice] = useState<string>();
  const list = templates.data?.templates ?? [];
  const balance = credits.data?.credits ?? {};
  const batches = topUpBatches(list, balance);

  /** Call synchronously inside the tap. */
  const ask = (kind: 'oneTime' | 'longTerm') => {
    setNotice(undefined);
    void askAndRecord(batches[kind]).then((granted) => {
      const accepted = granted ? Object.values(granted.results).filter((r) => r === 'accept' || r === 'acceptWithAudio').length : 0;
      setNotice(accepted > 0 ? `已增加 ${accepted} 项提醒` : '未增加提醒');
      void credits.reload();
    });
  };

  return {
    ready: templates.status === 'ready' && credits.status === 'ready',
    error: templates.error ?? credits.error,
    rows: list.map((t) => ({ key: t.key, title: t.title, longTerm: t.longTerm, left: balance[t.key] ?? 0 })),
    canTopUp: batches.oneTime.length > 0,
    canSubscribeLongTerm: batches.longTerm.length > 0,
    notice,
    ask,
  };
}
