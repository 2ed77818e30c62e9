import Taro from '@tarojs/taro';

/** A browser has no WeChat share sheet: 分享 copies the link instead. */
export const nativeShare = false;

/** The link of `path` in this H5 app (hash routing), copied for the resident to paste anywhere. */
export async function copyLinkTo(path: string): Promise<void> {
  const base = typeof window === 'undefined' ? '' : `${window.location.origin}${window.location.pathname}`;
  await Taro.setClipboardData({ data: `${base}#${path}` });
}
