import { useState } from 'react';
import { NOTE_MAX, OPINION_TEXT_MAX, RATINGS, charCount } from '@core/contract/limits';
import { call } from '../api/client';
import { formatTime } from '../lib/time';
import { useAction } from './use-action';
import { usePhotos, type Photo } from './use-photos';
import type { Privacy } from './use-privacy';

export type RatingValue = (typeof RATINGS)[number];

/**
 * What the resident does with one of their opinions: add information, withdraw, chase, rate.
 * Which of these the page offers comes from the server (`can`); this hook sends them, refuses
 * what the contract's limits refuse without calling (the function applies the schema), and
 * reloads the opinion after each success.
 * Adding information and rating need the privacy agreement: refused for want of it, they are
 * sent again once the resident agrees to the notice the page shows (`privacy`).
 */
export function useOpinionActions(id: string | undefined, reload: () => Promise<void>, privacy: Pick<Privacy, 'whenAgreed'>) {
  const { busy, error, done: notice, setError, setDone: setNotice, attempt, running } = useAction();

  const [infoText, setInfoText] = useState('');
  const [infoPhotos, setInfoPhotos] = useState<Photo[]>([]);
  const [result, setResult] = useState<RatingValue>();
  const [attitude, setAttitude] = useState<RatingValue>();
  const [comment, setComment] = useState('');
  const [confirmingWithdraw, setConfirmingWithdraw] = useState(false);

  const photos = usePhotos(infoPhotos, (next) => setInfoPhotos(next), setError);

  const act = async (run: () => Promise<string | undefined>) =>
    id !== undefined && (await attempt(run, { after: reload, message: (m) => m })).ok;

  const refuse = (message: string) => {
    setNotice(undefined);
    setError(message);
  };

  const addInfo = async () => {
    if (running() || id === undefined) return;
    const text = infoText.trim();
    if (text === '') return refuse('请填写补充的情况');
    if (charCount(text) > OPINION_TEXT_MAX) return refuse(`补充内容不能超过${OPINION_TEXT_MAX}字`);
    if (photos.uploading) return refuse('照片还在上传，请稍候');
    const payload = { id, text, photos: infoPhotos.map((p) => p.fileId) };
    const done = await act(async () => {
      await privacy.whenAgreed(() => call('opinion', 'addInfo', payload));
      return '补充的情况已送达代表';
    });
    if (done) {
      setInfoText('');
      setInfoPhotos([]);
    }
  };

  /** The first tap asks; the second (on 确认撤回) withdraws. */
  const withdraw = async () => {
    if (!confirmingWithdraw) return setConfirmingWithdraw(true);
    setConfirmingWithdraw(false);
    await act(async () => {
      await call('opinion', 'withdraw', { id: id as string });
      return '意见已撤回';
    });
  };

  const chase = () =>
    act(async () => {
      const answer = await call('opinion', 'chase', { id: id as string });
      return `已催办（第${answer.chaseCount}次），${formatTime(answer.nextChaseAfter)}后可再次催办`;
    });

  const rate = async () => {
    if (running() || id === undefined) return;
    if (result === undefined) return refuse('请评价办理结果');
    if (attitude === undefined) return refuse('请评价服务态度');
    const note = comment.trim();
    if (charCount(note) > NOTE_MAX) return refuse(`评价内容不能超过${NOTE_MAX}字`);
    const payload = { id, result, attitude, comment: note === '' ? undefined : note };
    await act(async () => {
      const answer = await privacy.whenAgreed(() => call('opinion', 'rate', payload));
      return answer.reopened ? '感谢评价。您不满意，意见已重新交代表办理' : '感谢您的评价';
    });
  };

  return {
    busy,
    error,
    notice,
    info: { text: infoText, setText: (t: string) => (setInfoText(t), setError(undefined)), count: charCount(infoText), max: OPINION_TEXT_MAX, photos },
    addInfo,
    withdraw,
    confirmingWithdraw,
    cancelWithdraw: () => setConfirmingWithdraw(false),
    chase,
    rating: { result, setResult, attitude, setAttitude, comment, setComment, max: NOTE_MAX },
    rate,
  };
}
