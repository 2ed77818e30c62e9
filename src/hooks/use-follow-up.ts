import { useRef, useState } from 'react';
import { OPINION_TEXT_MAX, OPINION_TEXT_MIN, charCount } from '@core/contract/limits';
import { call } from '../api/client';
import { showSuccess } from '../components/ui/feedback';
import { newRequestId } from '../lib/request-id';
import { useAction } from './use-action';
import { usePhotos, type Photo } from './use-photos';
import type { Privacy } from './use-privacy';

/**
 * 补充留言: the resident's follow-up message on a case being worked, with up to three photos,
 * written in a half-screen dialog. Refuses what the contract refuses without calling (10 to
 * 1000 characters, photos still uploading); one request id per message, so a retry after a
 * timeout is the same message. It hands information over: sent again once the resident agrees
 * to the privacy notice when the server asks (`privacy`). Reloads the case after it is sent.
 */
export function useFollowUp(id: string | undefined, reload: () => Promise<void>, privacy: Pick<Privacy, 'whenAgreed'>) {
  const { busy, error, setError, attempt, running } = useAction();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [photos, setPhotos] = useState<Photo[]>([]);
  const requestId = useRef(newRequestId());
  const picker = usePhotos(photos, (next) => setPhotos(next), setError);

  const refuse = (message: string) => (setError(message), false);

  /** Sends the message; true when it was sent (the dialog closes). */
  const send = async (): Promise<boolean> => {
    if (running() || id === undefined) return false;
    const written = text.trim();
    const count = charCount(written);
    if (count === 0) return refuse('请填写留言内容');
    if (count < OPINION_TEXT_MIN) return refuse(`留言至少要写${OPINION_TEXT_MIN}个字，请写清楚想补充的情况`);
    if (count > OPINION_TEXT_MAX) return refuse(`留言不能超过${OPINION_TEXT_MAX}字`);
    if (picker.uploading) return refuse('照片还在上传，请稍候');
    const payload = { id, text: written, photos: photos.map((p) => p.fileId), requestId: requestId.current };
    const sent = await attempt(() => privacy.whenAgreed(() => call('opinion', 'message', payload)), { after: reload });
    if (!sent.ok) return false;
    requestId.current = newRequestId();
    setText('');
    setPhotos([]);
    setOpen(false);
    showSuccess('留言已送达');
    return true;
  };

  return {
    open,
    show: () => (setError(undefined), setOpen(true)),
    close: () => setOpen(false),
    text,
    setText: (t: string) => (setText(t), setError(undefined)),
    count: charCount(text),
    max: OPINION_TEXT_MAX,
    photos: picker,
    busy,
    error,
    send,
  };
}

export type FollowUp = ReturnType<typeof useFollowUp>;
