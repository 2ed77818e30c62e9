import { useRef, useState } from 'react';
import { CONTRACT } from '@core/contract/functions';
import { REPLY_TEXT_MAX, charCount } from '@core/contract/fields';
import { describeError } from '@core/contract/issues';
import type { Status } from '@core/opinion-status';
import { call } from '../api/client';
import { toApiError } from '../api/api-error';
import { useRemote } from './use-remote';

/** Statuses in which the deputy can accept, and reply (the server's table has the last word). */
export const CAN_ACCEPT: readonly Status[] = ['assigned'];
export const CAN_REPLY: readonly Status[] = ['accepted', 'replied', 'forwarded', 'suggestion'];

/** One opinion in the deputy's hands: read it, accept it, reply to it. */
export function useDeputyOpinion(id: string | undefined) {
  const detail = useRemote(id, () => call('deputy', 'detail', { id: id as string }));
  const [reply, setReply] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const inFlight = useRef(false);

  const act = async (run: () => Promise<unknown>) => {
    if (inFlight.current) return false;
    inFlight.current = true;
    setBusy(true);
    setError(undefined);
    try {
      await run();
      await detail.reload();
      return true;
    } catch (e) {
      setError(toApiError(e).message);
      return false;
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  };

  const accept = () => act(() => call('deputy', 'accept', { id: id as string }));

  const sendReply = async () => {
    if (inFlight.current || id === undefined) return;
    const text = reply.trim();
    if (text === '') return setError('请填写答复内容');
    if (charCount(text) > REPLY_TEXT_MAX) return setError(`答复不能超过${REPLY_TEXT_MAX}字`);
    const checked = CONTRACT.deputy.reply.input.safeParse({ id, text });
    if (!checked.success) return setError(describeError(checked.error));
    if (await act(() => call('deputy', 'reply', { id, text }))) setReply('');
  };

  const updateReply = (text: string) => {
    setReply(text);
    setError(undefined);
  };

  return { detail, reply, setReply: updateReply, replyCount: charCount(reply), replyMax: REPLY_TEXT_MAX, accept, sendReply, busy, error };
}
