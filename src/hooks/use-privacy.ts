import { useDidShow } from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState } from 'react';
import { call } from '../api/client';
import { toApiError } from '../api/api-error';
import { PRIVACY_VERSION } from '../lib/privacy-notice';
import { onNeedPrivacy, type PrivacyResolve } from '../platform/privacy';

export const PRIVACY_AGREE_BUTTON = 'privacy-agree';

/**
 * The privacy notice and agreement (PIPL: shown and agreed before the first submission).
 * The server keeps whether this resident agreed (`user.me`); with `autoOpen` the page asks it and
 * shows the notice as soon as we know they have not (without, the page makes no extra request).
 * On weapp, WeChat also asks through onNeedPrivacyAuthorization when a privacy API (photos,
 * location) is used first: the same popup answers it.
 */
export function usePrivacy({ autoOpen }: { autoOpen: boolean }) {
  const [agreed, setAgreed] = useState<boolean>();
  const [visible, setVisible] = useState(false);
  const [error, setError] = useState<string>();
  const pending = useRef<PrivacyResolve>();
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
    setVisible(false);
    setError(undefined);
    if (agreedRef.current) return;
    setAgreed(true);
    try {
      await call('user', 'agreePrivacy', { version: PRIVACY_VERSION });
    } catch (e) {
      setAgreed(false);
      setError(`同意未能保存:${toApiError(e).message}`);
    }
  };

  const disagree = () => {
    pending.current?.({ event: 'disagree' });
    pending.current = undefined;
    setVisible(false);
  };

  return { agreed: agreed === true, known: agreed !== undefined, visible, open: () => setVisible(true), agree, disagree, error };
}

export type Privacy = ReturnType<typeof usePrivacy>;
