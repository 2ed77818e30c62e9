import Taro from '@tarojs/taro';

const KEY = 'opinionDraft';

/** What is kept of an unsent opinion when the resident leaves the page (or the app). */
export interface StoredDraft<D> {
  stationCode?: string;
  requestId: string;
  draft: D;
}

export function loadDraft<D>(): StoredDraft<D> | undefined {
  try {
    const raw: unknown = Taro.getStorageSync(KEY);
    if (typeof raw !== 'string' || raw === '') return undefined;
    const parsed = JSON.parse(raw) as StoredDraft<D>;
    return parsed && typeof parsed.requestId === 'string' && parsed.draft ? parsed : undefined;
  } catch {
    return undefined; // unreadable: start fresh
  }
}

export function saveDraft<D>(stored: StoredDraft<D>): void {
  try {
    Taro.setStorageSync(KEY, JSON.stringify(stored));
  } catch {
    // Storage full: the draft lives as long as the page.
  }
}

export function clearDraft(): void {
  try {
    Taro.removeStorageSync(KEY);
  } catch {
    // as above
  }
}
