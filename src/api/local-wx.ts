/**
 * The local run's stand-in for WeChat's side of subscription consent (/api/local/wx/*, served by
 * the local API). H5 only: imported by the H5 stand-ins for requestSubscribeMessage and
 * getSetting, never by weapp code. The caller is the chosen persona, as for the functions.
 */
import { currentOpenid } from './local-personas';

const API_BASE = process.env.TARO_APP_API_BASE ?? '';

export type LocalWxAnswer<T> = { ok: true; data: T } | { ok: false; errCode?: number; errMsg?: string; code?: string; message?: string };

/** Whether the page can reach the local API at all (no fetch: nothing to ask). */
export const localWxReachable = (): boolean => typeof fetch === 'function';

/** Calls one route; undefined when the local API cannot be reached or answers nothing readable. */
export async function localWx<T>(path: 'subscribe' | 'settings', body?: unknown): Promise<LocalWxAnswer<T> | undefined> {
  if (!localWxReachable()) return undefined;
  try {
    const openid = await currentOpenid();
    if (!openid) return undefined;
    const headers: Record<string, string> = { 'X-WX-OPENID': openid };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(`${API_BASE}/api/local/wx/${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const answer = (await res.json()) as LocalWxAnswer<T>;
    return typeof answer === 'object' && answer !== null && typeof answer.ok === 'boolean' ? answer : undefined;
  } catch {
    return undefined;
  }
}
