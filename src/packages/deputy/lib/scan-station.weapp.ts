import Taro from '@tarojs/taro';

/** Scans the station's mini-program code; its path carries `scene=<station code>`. */
export async function scanStationCode(): Promise<string | undefined> {
  try {
    const r = await Taro.scanCode({ onlyFromCamera: true });
    const raw = (r as { path?: string }).path ?? r.result ?? '';
    const m = /scene=([^&]+)/.exec(raw);
    return m ? decodeURIComponent(m[1]) : raw.trim() || undefined;
  } catch {
    return undefined; // cancelled
  }
}
