import { useRef, useState } from 'react';
import type { Answer } from '@core/contract/functions';
import { opinionActions } from '@core/contract/actions/opinion';
import { describeError } from '@core/contract/issues';
import { call } from '../api/client';
import { toApiError } from '../api/api-error';
import type { Privacy } from './use-privacy';

/**
 * Claiming an opinion staff entered for a walk-in, call or letter: tracking number + phone.
 * A claim needs the privacy agreement: refused for want of it, it is sent again once agreed.
 */
/** `initialTrackingNo`: from the walk-in slip's code, filled in for the resident. */
export function useClaim(privacy: Pick<Privacy, 'whenAgreed'>, initialTrackingNo?: string) {
  const [trackingNo, setTrackingNo] = useState(initialTrackingNo ?? '');
  const [phone, setPhone] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [claimed, setClaimed] = useState<Answer<'opinion', 'claim'>>();
  const inFlight = useRef(false);

  const submit = async () => {
    if (inFlight.current) return;
    const payload = { trackingNo: trackingNo.trim().toUpperCase(), phone: phone.trim() };
    if (payload.trackingNo === '') return setError('请填写查询编号');
    if (payload.phone === '') return setError('请填写登记时留的电话');
    const checked = opinionActions.claim.input.safeParse(payload);
    if (!checked.success) return setError(describeError(checked.error));
    inFlight.current = true;
    setBusy(true);
    setError(undefined);
    try {
      setClaimed(await privacy.whenAgreed(() => call('opinion', 'claim', payload)));
    } catch (e) {
      setError(toApiError(e).message);
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  };

  const edit = (set: (v: string) => void) => (v: string) => {
    set(v);
    setError(undefined);
  };

  return { trackingNo, setTrackingNo: edit(setTrackingNo), phone, setPhone: edit(setPhone), submit, busy, error, claimed };
}
