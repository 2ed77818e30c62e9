/**
 * Local-run routes for notifications and time: the messages page, and the movable clock
 * (so a demo or a test can jump to a deadline and let the scheduler act).
 *   GET  /local/messages            the messages page (HTML)
 *   GET  /api/local/clock           {now}
 *   POST /api/local/clock           {"at": ISO} or {"advanceMs": n} → {now}
 */
import type http from 'node:http';
import type { LocalRuntime } from './runtime';
import { renderMessagesPage } from './messages-page';

const MAX_ADVANCE_MS = 400 * 24 * 3600_000;

function json(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

function readSmallBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.on('data', (c: Buffer) => {
      body += c.toString('utf8');
      if (body.length > 4096) req.destroy();
    });
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}

/** Answers the request if it is one of these routes; false otherwise. */
export async function handleNotificationRoutes(runtime: LocalRuntime, req: http.IncomingMessage, res: http.ServerResponse, p: string): Promise<boolean> {
  if (p === '/local/messages' && (req.method === 'GET' || req.method === 'HEAD')) {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(renderMessagesPage(runtime));
    return true;
  }
  if (p !== '/api/local/clock') return false;
  if (req.method === 'GET') {
    json(res, 200, { ok: true, data: { now: runtime.clock.now().toISOString() } });
    return true;
  }
  if (req.method !== 'POST') {
    json(res, 405, { ok: false, code: 'BAD_REQUEST', message: '请使用 GET 或 POST' });
    return true;
  }
  try {
    const body = JSON.parse(await readSmallBody(req)) as { at?: unknown; advanceMs?: unknown };
    if (typeof body.at === 'string' && !Number.isNaN(Date.parse(body.at))) runtime.clock.set(new Date(body.at));
    else if (typeof body.advanceMs === 'number' && Number.isFinite(body.advanceMs) && Math.abs(body.advanceMs) <= MAX_ADVANCE_MS) {
      runtime.clock.advance(body.advanceMs);
    } else throw new Error('bad body');
    json(res, 200, { ok: true, data: { now: runtime.clock.now().toISOString() } });
  } catch {
    json(res, 400, { ok: false, code: 'BAD_REQUEST', message: '应为 {"at":"2026-12-01T09:00:00+08:00"} 或 {"advanceMs":86400000}' });
  }
  return true;
}
