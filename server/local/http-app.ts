/**
 * The local run's HTTP face: the cloud functions at POST /api/functions/<name> (same
 * body as callFunction's `data`, same answer), their catalogue, the demo personas, and
 * the H5 app from the same origin. Identity comes in X-WX-OPENID, as WeChat's cloud
 * hosting passes it.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { z } from 'zod';
import { CONTRACT, FUNCTION_NAMES, type FunctionName } from '../../core/contract';
import { ERRORS, type ErrorCode } from '../../core/errors';
import { MAX_UPLOAD_BYTES } from '../../emulator/local-storage';
import { CONTENT_TYPES, type GeneratedKind } from '../platform/generated-files';
import type { LocalRuntime } from './runtime';
import { findUpload } from '../users/uploads.repo';
import { contentTypeOf } from '../users/uploads';
import { avatarSvg } from './avatar';
import { DEMO_DEPUTIES, DEMO_PERSONAS } from './demo-data';
import { handleConsentRoutes } from './consent-routes';
import { handleNotificationRoutes } from './notification-routes';
import { handleLinkRoutes } from './link-routes';
import { storeUpload } from './store-upload';

export const MAX_BODY_BYTES = 256 * 1024;
const OPENID = /^[A-Za-z0-9_-]{1,64}$/;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

function send(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(text);
}

const refuse = (res: http.ServerResponse, status: number, code: ErrorCode, message: string = ERRORS[code]) =>
  send(res, status, { ok: false, code, message });

function readBody(req: http.IncomingMessage): Promise<string | 'too_large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      // Past the limit, keep draining (so the client reads our answer) but keep nothing;
      // far past it, hang up.
      if (size > 16 * MAX_BODY_BYTES) req.destroy();
      else if (size <= MAX_BODY_BYTES) chunks.push(c);
    });
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? 'too_large' : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function readBytes(req: http.IncomingMessage, max: number): Promise<Buffer | 'too_large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > 4 * max) req.destroy();
      else if (size <= max) chunks.push(c);
    });
    req.on('end', () => resolve(size > max ? 'too_large' : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** Every function and action with who may call it and the JSON Schema of its payload. */
export function catalogue() {
  return FUNCTION_NAMES.map((fn) => ({
    name: fn,
    actions: Object.entries(CONTRACT[fn]).map(([action, spec]) => ({
      action,
      access: spec.access,
      summary: spec.summary,
      payload: z.toJSONSchema(spec.input, { io: 'input', unrepresentable: 'any' }),
    })),
  }));
}

export function createHttpApp(runtime: LocalRuntime, opts: { staticDir?: string } = {}) {
  const catalogueJson = catalogue();

  async function callFunction(req: http.IncomingMessage, res: http.ServerResponse, name: string) {
    if (!(FUNCTION_NAMES as string[]).includes(name)) {
      return refuse(res, 404, 'UNKNOWN_FUNCTION', `请求的服务不存在：${name.slice(0, 40)}`);
    }
    const header = req.headers['x-wx-openid'];
    const openid = Array.isArray(header) ? header[0] : header;
    if (openid !== undefined && openid !== '' && !OPENID.test(openid)) {
      return refuse(res, 400, 'BAD_REQUEST', '身份标识格式不正确');
    }
    const body = await readBody(req);
    if (body === 'too_large') return refuse(res, 413, 'BAD_REQUEST', '请求内容过大');
    let event: unknown;
    try {
      event = JSON.parse(body);
    } catch {
      return refuse(res, 400, 'BAD_REQUEST', '请求内容不是有效的 JSON');
    }
    const answer = await runtime.call(name as FunctionName, event, openid || undefined);
    send(res, 200, answer);
  }

  /**
   * The local stand-in for wx.cloud.uploadFile followed by user.registerUpload: a whole JPEG or
   * PNG (or with `?kind=file` a document for an import), ≤ 2 MB, from an identified caller,
   * recorded as theirs (decision 0015).
   */
  async function upload(req: http.IncomingMessage, res: http.ServerResponse) {
    const header = req.headers['x-wx-openid'];
    const openid = Array.isArray(header) ? header[0] : header;
    if (!openid || !OPENID.test(openid)) return refuse(res, 401, 'LOGIN_REQUIRED');
    const body = await readBytes(req, MAX_UPLOAD_BYTES);
    // `?kind=file`: a document for an import (a roster); the function that reads it checks its content.
    const asFile = new URL(req.url ?? '/', 'http://local').searchParams.get('kind') === 'file';
    if (body === 'too_large') return refuse(res, 413, 'BAD_REQUEST', asFile ? '文件不能超过 2 MB' : '图片不能超过 2 MB');
    if (body.length === 0) return refuse(res, 400, 'BAD_REQUEST', asFile ? '文件是空的' : '图片是空的');
    const answer = await storeUpload(runtime, openid, body, asFile ? 'file' : 'image');
    send(res, answer.ok ? 200 : answer.code === 'IMAGE_INVALID' ? 415 : 400, answer);
  }

  /** Tells the content-security stand-in which image verdicts to give next (tests, demos). */
  async function setMediaVerdicts(req: http.IncomingMessage, res: http.ServerResponse) {
    const body = await readBody(req);
    try {
      const { verdicts } = JSON.parse(body === 'too_large' ? '' : body) as { verdicts?: unknown };
      if (!Array.isArray(verdicts) || !verdicts.every((v) => v === 'pass' || v === 'review' || v === 'risky')) throw new Error();
      runtime.contentSecurity.setNextMediaVerdicts(verdicts);
      send(res, 200, { ok: true, data: { verdicts } });
    } catch {
      refuse(res, 400, 'BAD_REQUEST', '应为 {"verdicts":["pass"|"review"|"risky", …]}');
    }
  }

  function serveStatic(res: http.ServerResponse, urlPath: string): boolean {
    if (!opts.staticDir || !existsSync(opts.staticDir)) return false;
    const root = path.resolve(opts.staticDir);
    const rel = decodeURIComponent(urlPath === '/' ? '/index.html' : urlPath);
    const file = path.resolve(root, `.${rel}`);
    if (!file.startsWith(root + path.sep)) return false;
    const target = existsSync(file) && statSync(file).isFile() ? file : path.join(root, 'index.html');
    if (!existsSync(target)) return false;
    res.writeHead(200, {
      'content-type': MIME[path.extname(target)] ?? 'application/octet-stream',
      'cache-control': target.endsWith('index.html') ? 'no-cache' : 'public, max-age=3600',
    });
    createReadStream(target).pipe(res);
    return true;
  }

  const handler = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://local');
    const p = url.pathname;
    try {
      const fnMatch = /^\/api\/functions\/([^/]+)$/.exec(p);
      if (fnMatch) {
        if (req.method !== 'POST') return refuse(res, 405, 'BAD_REQUEST', '请使用 POST 调用云函数');
        return await callFunction(req, res, fnMatch[1]);
      }
      if (p === '/api/functions' && req.method === 'GET') return send(res, 200, { ok: true, data: { functions: catalogueJson } });
      if (p === '/api/personas' && req.method === 'GET') return send(res, 200, { ok: true, data: { personas: DEMO_PERSONAS } });
      if (p === '/api/health') return send(res, 200, { ok: true, data: { collections: runtime.store.collections() } });
      if (await handleNotificationRoutes(runtime, req, res, p)) return;
      if (await handleConsentRoutes(runtime, req, res, p)) return;
      if (handleLinkRoutes(runtime, req, res, p)) return;
      const avatar = /^\/api\/avatars\/([A-Za-z0-9_-]+)\.svg$/.exec(p);
      if (avatar) {
        const d = DEMO_DEPUTIES.find((x) => x._id === avatar[1]);
        res.writeHead(d ? 200 : 404, { 'content-type': 'image/svg+xml' });
        return res.end(avatarSvg(d?.name ?? '?'));
      }
      if (p === '/api/storage/upload') {
        if (req.method !== 'POST') return refuse(res, 405, 'BAD_REQUEST', '请使用 POST 上传');
        return await upload(req, res);
      }
      // Uploads: only images, as the type their record holds (checked when registered), never sniffed.
      const stored = /^\/api\/storage\/(uploads\/[0-9]{8}\/[a-f0-9]{24}\.(jpg|png|bin))$/.exec(p);
      if (stored && req.method === 'GET') {
        const fileId = `local://${stored[1]}`;
        const type = contentTypeOf(await findUpload(runtime.ports, fileId));
        const bytes = type ? runtime.files.read(fileId) : undefined;
        if (!type || !bytes) return refuse(res, 404, 'NOT_FOUND', '文件不存在');
        res.writeHead(200, { 'content-type': type, 'x-content-type-options': 'nosniff', 'cache-control': 'private, max-age=3600' });
        return res.end(bytes);
      }
      // Files the functions generated (QR codes, posters, slips, xlsx exports): documents download with
      // their name. Their type is the one the function chose for the path it wrote (png, jpg, pdf or
      // xlsx), never sniffed. Like a temporary URL in the cloud, the path (its random part) is the key.
      const generated = /^\/api\/storage\/(generated\/[A-Za-z0-9_./-]{1,200}\.(png|jpg|pdf|xlsx))$/.exec(p);
      if (generated && req.method === 'GET' && !generated[1].includes('..')) {
        const bytes = runtime.files.read(`local://${generated[1]}`);
        if (!bytes) return refuse(res, 404, 'NOT_FOUND', '文件不存在');
        const ext = generated[2] as 'png' | 'jpg' | GeneratedKind;
        const type = { png: 'image/png', jpg: 'image/jpeg', ...CONTENT_TYPES }[ext];
        const name = url.searchParams.get('name');
        res.writeHead(200, {
          'content-type': type,
          'x-content-type-options': 'nosniff',
          'cache-control': 'private, max-age=60',
          ...(name && ext in CONTENT_TYPES ? { 'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(name.slice(0, 80))}` } : {}),
        });
        return res.end(bytes);
      }
      if (p === '/api/local/media-verdicts' && req.method === 'POST') return await setMediaVerdicts(req, res);
      if (p.startsWith('/api/')) return refuse(res, 404, 'NOT_FOUND', '接口不存在');
      if ((req.method === 'GET' || req.method === 'HEAD') && serveStatic(res, p)) return;
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('H5 应用尚未构建：请运行 npm start');
    } catch (e) {
      runtime.ports.log.error('http handler failed', { error: String(e) });
      if (!res.headersSent) refuse(res, 500, 'INTERNAL');
      else res.end();
    }
  };

  return http.createServer((req, res) => void handler(req, res));
}
