/**
 * The local run's URL Links (emulator/openapi/sms.ts): what tapping the link in an SMS does.
 *   GET /local/link/<id>   302 to the H5 app's page the link opens (/#/<path>?<query>),
 *                          or 404 when the link is unknown or has expired (WeChat's link stops
 *                          opening the mini-program then).
 */
import type http from 'node:http';
import { LocalSms } from '../../emulator/openapi/sms';
import type { LocalRuntime } from './runtime';

/** Answers the request if it is this route; false otherwise. */
export function handleLinkRoutes(runtime: LocalRuntime, req: http.IncomingMessage, res: http.ServerResponse, p: string): boolean {
  const m = /^\/local\/link\/([^/]+)$/.exec(p);
  if (!m || (req.method !== 'GET' && req.method !== 'HEAD')) return false;
  const link = runtime.sms.resolveLink(m[1], runtime.clock.now());
  if (!link) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
    res.end('链接不存在或已失效');
    return true;
  }
  res.writeHead(302, { location: LocalSms.h5PathOf(link), 'cache-control': 'no-store' });
  res.end();
  return true;
}
