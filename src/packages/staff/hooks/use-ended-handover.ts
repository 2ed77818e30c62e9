import { useState } from 'react';
import { call } from '../../../api/client';
import { useAction } from '../../../hooks/use-action';
import { useRemote } from '../../../hooks/use-remote';

/** Opinions at my stations held by deputies whose term ended, and handing each to a deputy in office. */
export function useEndedHandover() {
  const list = useRemote('staff-ended-terms', () => call('admin', 'staffEndedTerms', {}));
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const action = useAction();
  const handOver = (id: string) =>
    action.act(
      async () => {
        const r = await call('admin', 'handOverEnded', { id, toDeputyId: chosen[id], reason: reasons[id] || '原承办代表任期届满' });
        await list.reload();
        return r;
      },
      (r) => `已转交${r.assigneeName}代表`,
    );
  return {
    list,
    chosen,
    choose: (id: string, deputyId: string) => setChosen({ ...chosen, [id]: deputyId }),
    reasons,
    setReason: (id: string, text: string) => setReasons({ ...reasons, [id]: text }),
    handOver,
    ...action,
  };
}
