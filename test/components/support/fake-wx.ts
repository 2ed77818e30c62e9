/**
 * A fake of WeChat's side of subscription consent as the local run serves it to the H5 app
 * (/api/local/wx/*, server/local/consent-routes.ts), over `fetch`: it refuses like WeChat
 * (20003 more than 3, 20001 unknown id, 20002 mixed kinds, 20004 main switch off), keeps the
 * settings page's record, and records every request so a test can see what was asked.
 * jsdom has no fetch; `restore()` takes it away again.
 */
export interface WxTemplate {
  templateId: string;
  title: string;
  longTerm: boolean;
}

type Setting = 'accept' | 'reject' | 'ban';

export interface WxRequest {
  method: string;
  path: string;
  openid?: string;
  body?: any;
}

export const PERSONA = 'demo-deputy-county';

const realFetch = globalThis.fetch;

export function fakeWx(init: { templates: WxTemplate[]; mainSwitch?: boolean; itemSettings?: Record<string, Setting>; settingsReadable?: boolean }) {
  const byId = new Map(init.templates.map((t) => [t.templateId, t]));
  const state = { mainSwitch: init.mainSwitch ?? true, itemSettings: { ...(init.itemSettings ?? {}) } };
  const requests: WxRequest[] = [];
  window.localStorage.setItem('local.persona.openid', PERSONA);

  const refusal = (ids: string[]) => {
    if (ids.length === 0) return { ok: false, errCode: 10001, errMsg: 'requestSubscribeMessage:fail tmplIds is empty' };
    if (ids.length > 3) return { ok: false, errCode: 20003, errMsg: 'requestSubscribeMessage:fail the number of templates exceeds the limit (3)' };
    if (ids.some((id) => !byId.has(id))) return { ok: false, errCode: 20001, errMsg: 'requestSubscribeMessage:fail no template data' };
    if (new Set(ids.map((id) => byId.get(id)!.longTerm)).size > 1) return { ok: false, errCode: 20002, errMsg: 'requestSubscribeMessage:fail mixed' };
    if (!state.mainSwitch) return { ok: false, errCode: 20004, errMsg: 'requestSubscribeMessage:fail main switch off' };
    return undefined;
  };

  const answer = (method: string, path: string, body: any): unknown => {
    if (path === '/api/local/wx/settings' && method === 'GET') {
      return init.settingsReadable === false ? { ok: false, code: 'INTERNAL', message: '不可用' } : { ok: true, data: { mainSwitch: state.mainSwitch, itemSettings: { ...state.itemSettings } } };
    }
    if (path === '/api/local/wx/subscribe' && method === 'POST') {
      const ids = body.tmplIds as string[];
      const refused = refusal(ids);
      if (refused) return refused;
      if (body.check === true) return { ok: true, data: { templates: ids.map((id) => byId.get(id)) } };
      const results: Record<string, string> = {};
      for (const id of ids) {
        const t = byId.get(id)!;
        const kept = !t.longTerm ? state.itemSettings[id] : undefined;
        results[id] = kept ?? body.answer;
        if (t.longTerm || body.always === true) state.itemSettings[id] = results[id] as Setting;
      }
      return { ok: true, data: { results } };
    }
    return { ok: false, code: 'NOT_FOUND', message: '接口不存在' };
  };

  globalThis.fetch = (async (url: string, req?: RequestInit) => {
    const method = req?.method ?? 'GET';
    const body = req?.body ? JSON.parse(String(req.body)) : undefined;
    const openid = (req?.headers as Record<string, string> | undefined)?.['X-WX-OPENID'];
    requests.push({ method, path: url, openid, body });
    const data = answer(method, url, body);
    return { json: async () => data };
  }) as unknown as typeof fetch;

  return {
    state,
    requests,
    /** The POSTs to /api/local/wx/subscribe: `check` ones, then the answers. */
    checks: () => requests.filter((r) => r.path === '/api/local/wx/subscribe' && r.body?.check === true),
    answers: () => requests.filter((r) => r.path === '/api/local/wx/subscribe' && r.body?.answer !== undefined),
    kindOf: (id: string) => byId.get(id)?.longTerm,
  };
}

export function restoreFetch(): void {
  if (realFetch) globalThis.fetch = realFetch;
  else delete (globalThis as { fetch?: unknown }).fetch;
  window.localStorage.clear();
}

/** The simulated dialog, once its sheet is shown (after the stand-in checked the request). */
export const openDialog = () => document.querySelector<HTMLElement>('.sim-subscribe[data-state="open"]');
export const dialogButton = (label: '允许' | '取消') =>
  Array.from(document.querySelectorAll<HTMLButtonElement>('.sim-subscribe[data-state="open"] button')).find((b) => b.textContent === label);
