import Taro from '@tarojs/taro';
import { useEffect } from 'react';

/** H5: hides Taro's tab bar while `open` (see cover-tab-bar.d.ts); on a page without it, nothing shows. */
export function useCoverTabBar(open: boolean): void {
  useEffect(() => {
    if (!open) return undefined;
    void Promise.resolve(Taro.hideTabBar({ animation: false })).catch(() => undefined);
    return () => void Promise.resolve(Taro.showTabBar({ animation: false })).catch(() => undefined);
  }, [open]);
}
