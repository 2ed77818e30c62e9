/**
 * WeChat's server API as the scripts use it (deploy, smoke, backup): an access token from the
 * AppID and AppSecret (`cgi-bin/stable_token`, kept until shortly before it expires), the
 * `setup` function invoked in a cloud environment (`tcb/invokecloudfunction`: the body is the
 * event, `resp_data` the function's answer as text; such a call carries no user, SOURCE
 * `wx_http`), and the account's subscription templates (`wxaapi/newtmpl/gettemplate`).
 */
import type { Envelope } from '../../core/contract';

const API = 'https://api.weixin.qq.com';

export interface ServerApiConfig {
  appid: string;
  secret: string;
}

export function accessTokens(cfg: ServerApiConfig): () => Promise<string> {
  let token: { value: string; until: number } | undefined;
  return async () => {
    if (token && Date.now() < token.until) return token.value;
    const res = await fetch(`${API}/cgi-bin/stable_token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ grant_type: 'client_credential', appid: cfg.appid, secret: cfg.secret }),
    });
    const body = (await res.json()) as { access_token?: string; expires_in?: number; errcode?: number; errmsg?: string };
    if (!body.access_token) throw new Error(`no access token: ${body.errcode} ${body.errmsg}`);
    token = { value: body.access_token, until: Date.now() + ((body.expires_in ?? 7200) - 300) * 1000 };
    return token.value;
  };
}

/** The `setup` function of the environment `env`, called as WeChat's server API calls it. */
export function cloudSetup(cfg: ServerApiConfig & { env: string }): (event: object) => Promise<Envelope<unknown>> {
  const token = accessTokens(cfg);
  return async (event) => {
    const url = `${API}/tcb/invokecloudfunction?access_token=${encodeURIComponent(await token())}&env=${encodeURIComponent(cfg.env)}&name=setup`;
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(event) });
    const body = (await res.json()) as { errcode: number; errmsg: string; resp_data?: string };
    if (body.errcode !== 0 || body.resp_data === undefined) throw new Error(`invokecloudfunction: ${body.errcode} ${body.errmsg}`);
    return JSON.parse(body.resp_data) as Envelope<unknown>;
  };
}

/** A subscription template as the account holds it: its id, title, content (`名称:{{thing1.DATA}}…`) and kind (2 one-time, 3 long-term). */
export interface AccountTemplate {
  priTmplId: string;
  title: string;
  content: string;
  type: number;
}

export async function accountTemplates(cfg: ServerApiConfig): Promise<AccountTemplate[]> {
  const res = await fetch(`${API}/wxaapi/newtmpl/gettemplate?access_token=${encodeURIComponent(await accessTokens(cfg)())}`);
  const body = (await res.json()) as { errcode: number; errmsg: string; data?: AccountTemplate[] };
  if (body.errcode !== 0) throw new Error(`gettemplate: ${body.errcode} ${body.errmsg}`);
  return body.data ?? [];
}
