import Taro from '@tarojs/taro';
// The tab bar grows with large text too (weapp: src/custom-tab-bar; H5: a stylesheet for Taro's).
import './large-text-tab-bar';

const KEY = 'largeText';
/** WeChat's fontSizeSetting (px) from which we switch to large text when the resident chose nothing. */
export const LARGE_SYSTEM_FONT = 20;

type Listener = (large: boolean) => void;
const listeners = new Set<Listener>();

/** The system's text size says "large" (care mode or a big font in WeChat's settings). */
export function systemWantsLarge(): boolean {
  try {
    const getInfo = (Taro as { getAppBaseInfo?: () => { fontSizeSetting?: unknown } }).getAppBaseInfo;
    if (typeof getInfo !== 'function') return false; // old base libraries and some hosts lack it
    const size = Number(getInfo().fontSizeSetting);
    return Number.isFinite(size) && size >= LARGE_SYSTEM_FONT;
  } catch {
    return false;
  }
}

/** The resident's own choice in 我的, if they made one. */
function storedChoice(): boolean | undefined {
  try {
    const v: unknown = Taro.getStorageSync(KEY);
    return v === 'on' ? true : v === 'off' ? false : undefined;
  } catch {
    return undefined;
  }
}

/** Large text: the resident's choice when made, else what the system font size says. */
export function isLargeText(): boolean {
  return storedChoice() ?? systemWantsLarge();
}

/** Remembered across launches; every page on screen follows at once. */
export function setLargeText(large: boolean): void {
  try {
    Taro.setStorageSync(KEY, large ? 'on' : 'off');
  } catch {
    // Storage unavailable: the choice holds until the app closes.
  }
  for (const l of listeners) l(large);
}

export function onLargeTextChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
