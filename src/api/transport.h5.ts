import { currentOpenid } from './local-personas';
import type { Transport } from './transport-types';

const API_BASE = process.env.TARO_APP_API_BASE ?? '';

/**
 * H5 (local run): the local HTTP API runs the same handlers. It cannot know who is calling, so
 * the chosen demo persona travels in `X-WX-OPENID`; no header means an anonymous visitor.
 */
export const send: Transport = async (name, body) => {
  const openid = await currentOpenid();
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (openid) headers['X-WX-OPENID'] = openid;
  const res = await fetch(`${API_BASE}/api/functions/${encodeURIComponent(name)}`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ action: body.action, payload: body.payload }),
  });
  return res.json();
};
