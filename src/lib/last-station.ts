import Taro from '@tarojs/taro';

const KEY = 'lastStationCode';

/** The station the resident last opened: the write form and the station tab start from it. */
export function getLastStation(): string | undefined {
  try {
    const code: unknown = Taro.getStorageSync(KEY);
    return typeof code === 'string' && code !== '' ? code : undefined;
  } catch {
    return undefined;
  }
}

export function setLastStation(code: string): void {
  try {
    Taro.setStorageSync(KEY, code);
  } catch {
    // Storage full or unavailable: the app still works, it only forgets.
  }
}

export function clearLastStation(): void {
  try {
    Taro.removeStorageSync(KEY);
  } catch {
    // as above
  }
}
