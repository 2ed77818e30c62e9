import type { PayloadIn } from '@core/contract/functions';
import { useState } from 'react';
import { call } from '../../../api/client';
import { newRequestId } from '../../../lib/request-id';
import { openPdf } from '../../../lib/open-file';
import { useAction } from '../../../hooks/use-action';

type Entry = Omit<PayloadIn<'staff', 'enter'>, 'requestId'>;

/** Entering an opinion for a walk-in, phone call or letter, and printing its slip. */
export function useEntry() {
  const [requestId, setRequestId] = useState(newRequestId);
  const [entered, setEntered] = useState<{ id: string; trackingNo: string; claimable: boolean }>();
  const action = useAction();
  return {
    ...action,
    entered,
    submit: (e: Entry) =>
      action.act(async () => {
        const r = await call('staff', 'enter', { ...e, requestId });
        setEntered({ id: r.id, trackingNo: r.trackingNo, claimable: r.claimable });
        setRequestId(newRequestId());
        return r;
      }, (r) => `已登记，查询编号 ${r.trackingNo}`),
    printSlip: () =>
      action.act(async () => {
        const f = await call('documents', 'entrySlip', { id: entered!.id });
        return openPdf(f.url, f.fileName);
      }, (m) => m),
  };
}
