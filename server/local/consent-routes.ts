/**
 * Local-run routes for WeChat's side of subscription consent (emulator/openapi/wx-subscriptions.ts),
 * which the H5 app's stand-ins for wx.requestSubscribeMessage and wx.getSetting call:
 *   POST /api/local/wx/subscribe   {tmplIds, check: true}            → the templates the dialog shows, or WeChat's refusal
 *   POST /api/local/wx/subscribe   {tmplIds, answer, always?}        → {results: {tmplId: accept|reject|filter}}
 *   GET  /api/local/wx/settings                                      → {mainSwitch, itemSettings}
 *   POST /api/local/wx/settings    {mainSwitch} | {templateId, on}   → the settings page's switches
 *   POST /local/wx/settings        (form: openid, mainSwitch | templateId, on) → back to /local/messages
 * The caller is the persona in X-WX-OPENID, as for the functions. A refusal answers
 * {ok: false, errCode, errMsg} with WeChat's fail code (20002 mixed kinds, 20003 more than 3, …).
 */
import type http from 'node:http';
import { TEMPLATES } from '../config/templates';
import type { LocalRuntime } from './runtime';

const OPENID = /^[A-Za-z0-9_-]{1,64}$/;

function json(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.on('data', (c: Buffer) => {
      body += c.toString('utf8');
      if (body.length > 8192) req.destroy();
    });
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}

const openidOf = (req: http.IncomingMessage): string | undefined => {
  const h = req.headers['x-wx-openid'];
  const v = Array.isArray(h) ? h[0] : h;
  return v && OPENID.test(v) ? v : undefined;
};

const bad = (res: http.ServerResponse, message: string) => json(res, 400, { ok: false, code: 'BAD_REQUEST', message });

/** Answers the request if it is one of these routes; false otherwise. */
export async function handleConsentRoutes(runtime: LocalRuntime, req: http.IncomingMessage, res: http.ServerResponse, p: string): Promise<boolean> {
  const wx = runtime.wxSubscriptions;
  if (p === '/local/wx/settings' && req.method === 'POST') {
    // The messages page's switches (a form post): the user flips them in WeChat's settings page.
    const form = new URLSearchParams(await readBody(req));
    const openid = form.get('openid') ?? '';
    if (!OPENID.test(openid)) return (bad(res, '缺少用户'), true);
    const on = form.get('on') === '1';
    if (form.has('mainSwitch')) wx.setMainSwitch(openid, form.get('mainSwitch') === '1');
    else if (!wx.setItem(openid, form.get('templateId') ?? '', on, runtime.clock.now())) return (bad(res, '该模板不在设置页中'), true);
    res.writeHead(303, { location: `/local/messages#${encodeURIComponent(openid)}` });
    res.end();
    return true;
  }
  if (!p.startsWith('/api/local/wx/')) return false;
  const openid = openidOf(req);
  if (!openid) return (json(res, 401, { ok: false, code: 'LOGIN_REQUIRED', message: '请先选择身份' }), true);
  if (p === '/api/local/wx/settings' && req.method === 'GET') return (json(res, 200, { ok: true, data: wx.settings(openid) }), true);
  if (req.method !== 'POST') return (json(res, 405, { ok: false, code: 'BAD_REQUEST', message: '请使用 POST' }), true);
  let body: Record<string, unknown>;
  try {
    body = JSON.parse((await readBody(req)) || '{}') as Record<string, unknown>;
  } catch {
    return (bad(res, '请求体应为 JSON'), true);
  }
  if (p === '/api/local/wx/settings') {
    if (typeof body.mainSwitch === 'boolean') wx.setMainSwitch(openid, body.mainSwitch);
    else if (typeof body.templateId !== 'string' || typeof body.on !== 'boolean' || !wx.setItem(openid, body.templateId, body.on, runtime.clock.now())) {
      return (bad(res, '应为 {"mainSwitch":false} 或 {"templateId":"…","on":false}（设置页中已有的模板）'), true);
    }
    return (json(res, 200, { ok: true, data: wx.settings(openid) }), true);
  }
  if (p === '/api/local/wx/subscribe') {
    const ids = body.tmplIds as string[];
    if (body.check === true) {
      const refused = wx.check(openid, ids);
      if (refused) return (json(res, 200, refused), true);
      const byId = new Map(Object.values(TEMPLATES).map((t) => [t.templateId, t]));
      return (json(res, 200, { ok: true, data: { templates: ids.map((id) => ({ templateId: id, title: byId.get(id)!.title, longTerm: byId.get(id)!.longTerm })) } }), true);
    }
    if (body.answer !== 'accept' && body.answer !== 'reject') return (bad(res, 'answer 应为 accept 或 reject'), true);
    const r = wx.request(openid, ids, body.answer, runtime.clock.now(), body.always === true);
    return (json(res, 200, r.ok ? { ok: true, data: { results: r.results } } : r), true);
  }
  return (json(res, 404, { ok: false, code: 'NOT_FOUND', message: '接口不存在' }), true);
}
