import { useDidShow } from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState } from 'react';
import { call } from '../api/client';
import { ApiError, toApiError } from '../api/api-error';
import { PRIVACY_VERSION } from '../lib/privacy-notice';
import { onNeedPrivacy, type PrivacyResolve } from '../platform/privacy';

export const PRIVACY_AGREE_BUTTON = 'privacy-agree';

/**
 * The privacy notice and agreement (PIPL: shown and agreed before the first submission).
 * The server keeps whether this resident agreed (`user.me`); with `autoOpen` the page asks it and
 * shows the notice as soon as we know they have not (without, the page makes no extra request).
 * On weapp, WeChat also asks through onNeedPrivacyAuthorization when a privacy API (photos,
 * location) is used first: the same popup answers it. And the server has the last word: an
 * action it refuses with PRIVACY_NOT_AGREED (never agreed, or the notice changed since) is
 * sent again through `whenAgreed` once the resident agrees here.
 */
export function usePrivacy({ autoOpen }: { autoOpen: boolean }) {
  const [agreed, setAgreed] = useState<boolean>();
  const [visible, setVisible] = useState(false);
  const [error, setError] = useState<string>();
  const pending = useRef<PrivacyResolve>();
  /** A request the server refused for want of the agreement, waiting for the resident's answer. */
  const waiting = useRef<{ retry: () => void; decline: () => void }>();
  const agreedRef = useRef<boolean>();
  agreedRef.current = agreed;

  useEffect(() => {
    if (!autoOpen) return undefined;
    let live = true;
    call('user', 'me', {})
      .then((me) => {
        if (!live) return;
        setAgreed(me.privacyAgreed);
        if (!me.privacyAgreed) setVisible(true);
      })
      // Unknown (offline): ask at submit time, the server has the last word.
      .catch(() => live && setAgreed(false));
    return () => {
      live = false;
    };
  }, [autoOpen]);

  const listen = useCallback(() => {
    onNeedPrivacy((resolve) => {
      pending.current = resolve;
      setVisible(true);
    });
  }, []);
  useEffect(listen, [listen]);
  useDidShow(listen);

  const agree = async () => {
    pending.current?.({ event: 'agree', buttonId: PRIVACY_AGREE_BUTTON });
    pending.current = undefined;
    const request = waiting.current;
    waiting.current = undefined;
    setVisible(false);
    setError(undefined);
    if (agreedRef.current && !request) return;
    setAgreed(true);
    try {
      await call('user', 'agreePrivacy', { version: PRIVACY_VERSION });
    } catch (e) {
      setAgreed(false);
      setError(`同意未能保存：${toApiError(e).message}`);
      request?.decline();
      return;
    }
    request?.retry();
  };

  const disagree = () => {
    pending.current?.({ event: 'disagree' });
    pending.current = undefined;
    waiting.current?.decline();
    waiting.current = undefined;
    setVisible(false);
  };

  /**
   * Sends `request`; if the server refuses it for want of the agreement, shows the notice and
   * sends it once more when the resident agrees (declining rejects with the server's refusal).
   */
  const whenAgreed = <T,>(request: () => Promise<T>): Promise<T> =>
    request().catch((e: unknown) => {
      if (!(e instanceof ApiError) || e.code !== 'PRIVACY_NOT_AGREED') throw e;
      waiting.current?.decline();
      setAgreed(false);
      setVisible(true);
      return new Promise<T>((resolve, reject) => {
        waiting.current = { retry: () => void request().then(resolve, reject), decline: () => reject(e) };
      });
    });

  return { agreed: agreed === true, known: agreed !== undefined, visible, open: () => setVisible(true), agree, disagree, error, whenAgreed };
}

export type Privacy = ReturnType<typeof usePrivacy>;
