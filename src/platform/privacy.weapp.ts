import Taro from '@tarojs/taro';
import type { PrivacyResolve } from './privacy.d';

let listener: ((resolve: PrivacyResolve) => void) | undefined;
let registered = false;

/** WeChat keeps one handler for the app; it forwards to whichever page set the listener last. */
export function onNeedPrivacy(next: (resolve: PrivacyResolve) => void): void {
  listener = next;
  if (registered || typeof Taro.onNeedPrivacyAuthorization !== 'function') return;
  registered = true;
  Taro.onNeedPrivacyAuthorization((resolve) => {
    if (listener) listener(resolve);
    else resolve({ event: 'disagree' });
  });
}

export function openPrivacyContract(): void {
  if (typeof Taro.openPrivacyContract === 'function') Taro.openPrivacyContract({});
}
