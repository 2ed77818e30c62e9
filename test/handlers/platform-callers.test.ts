/**
 * Entry points only WeChat itself may call (issue 16, item 5): `setup.init` through WeChat's
 * server API, `security.mediaVerdict` as the platform's push for a check this system started.
 * Who is calling is read from the platform's context (getWXContext: OPENID, SOURCE), here
 * through the real cloud entry over the local database; the local run's public HTTP face is
 * a client like the mini-program and reaches neither.
 */
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRuntime } from '../../server/local/runtime';
import { createHttpApp } from '../../server/local/http-app';
import { RESIDENT, startLocal, type Local } from '../support/local';
import { holdVerdicts } from '../support/held-verdicts';
import { TEMPLATE_KEYS } from '../../core/notification-rules';

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da636460f85f0f0002870180eb47ba920000000049454e44ae426082', 'hex');

/** The context WeChat gives the entry (getWXContext), set per call; the rest of the SDK is real (the local database runs on it). */
let mockContext: Record<string, string | undefined> = {};
jest.mock('wx-server-sdk', () => {
  const real = jest.requireActual('wx-server-sdk');
  const sdk = real.default ?? real;
  return {
    __esModule: true,
    default: new Proxy(sdk, { get: (target, key) => (key === 'getWXContext' ? () => mockContext : Reflect.get(target, key)) }),
  };
});

// Imported after the mock is in place.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { cloudMain } = require('../../server/cloud/entry') as typeof import('../../server/cloud/entry');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { setupHandlers } = require('../../server/functions/setup') as typeof import('../../server/functions/setup');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { securityHandlers, adaptMediaCheckPush } = require('../../server/functions/security') as typeof import('../../server/functions/security');

jest.setTimeout(30_000);

// The security function sends messages: in the cloud it serves only with the templates' real ids (decision 0021).
const savedEnv = { ...process.env };
beforeAll(() => {
  for (const k of TEMPLATE_KEYS) process.env[`WX_TMPL_${k.toUpperCase()}`] = `Fake${k.replace(/_/g, '')}TemplateId0123456789abcdef`;
});
afterAll(() => {
  process.env = savedEnv;
});

let t: Local;
let traces: string[];
beforeEach(async () => {
  t = await startLocal();
  traces = holdVerdicts(t); // verdicts arrive when the test delivers them
});
afterEach(() => t.close());

const setupMain = () => cloudMain('setup', setupHandlers);
const securityMain = () => cloudMain('security', securityHandlers, adaptMediaCheckPush);
const push = (traceId: string) => ({ ToUserName: 'gh_test', FromUserName: 'sys', Event: 'wxa_media_check', trace_id: traceId, result: { suggest: 'pass', label: 100 } });

/** A resident's opinion with a photo, held until its verdict: the one stored check is trace-1. */
async function heldWithPhoto() {
  const fileId = await t.upload(PNG, RESIDENT);
  const r = await t.submit({ text: '小区井盖破损，夜间容易绊倒行人。', photos: [fileId] });
  expect(r.status).toBe('held');
  return r.id;
}

describe('setup.init: only WeChat’s server API (SOURCE wx_http, no OPENID)', () => {
  test.each([
    ['a user in the mini-program', { SOURCE: 'wx_client', OPENID: 'o-someone' }],
    ['the mini-program without a user', { SOURCE: 'wx_client' }],
    ['the developer tools', { SOURCE: 'wx_devtools', OPENID: 'o-someone' }],
    ['a function called from the mini-program', { SOURCE: 'wx_client,scf', OPENID: 'o-someone' }],
    ['the server API claiming a user', { SOURCE: 'wx_http', OPENID: 'o-someone' }],
    ['a push', { SOURCE: 'wx_unknown' }],
    ['no source at all', {}],
  ])('refuses %s, and creates nothing', async (_who, ctx) => {
    // A new environment: no collection yet.
    const bare = createRuntime({ dataDir: ':memory:', indexCheck: 'fail' });
    mockContext = ctx;
    try {
      const answer = await setupMain()({ action: 'init', payload: {} });
      expect(answer).toMatchObject({ ok: false, code: 'PLATFORM_ONLY' });
      expect(bare.store.collections()).toEqual([]);
    } finally {
      bare.close();
    }
  });

  test('answers the server API', async () => {
    mockContext = { SOURCE: 'wx_http', ENV: 'test-env' };
    const answer = (await setupMain()({ action: 'init', payload: {} })) as { ok: boolean; data: { existing: string[] } };
    expect(answer.ok).toBe(true);
    expect(answer.data.existing).toContain('opinions');
  });
});

describe('security.mediaVerdict: only the platform’s push for a stored check, one refusal for everything else', () => {
  test.each([
    ['a user in the mini-program', { SOURCE: 'wx_client', OPENID: RESIDENT }],
    ['the mini-program without a user', { SOURCE: 'wx_client' }],
    ['the developer tools', { SOURCE: 'wx_devtools' }],
    ['a function called from the mini-program', { SOURCE: 'wx_client,scf' }],
    ['a non-client source that carries an OPENID', { SOURCE: 'wx_unknown', OPENID: RESIDENT }],
    ['no source at all', {}],
  ])('refuses %s for a real trace id, changing nothing', async (_who, ctx) => {
    const id = await heldWithPhoto();
    mockContext = ctx;
    const before = await t.snapshot();
    const answer = await securityMain()(push('trace-1'));
    expect(answer).toEqual({ ok: false, code: 'PLATFORM_ONLY', message: expect.any(String) });
    expect(await t.snapshot()).toBe(before);
    expect((await t.ok('opinion', 'detail', { id }, RESIDENT)).status).toBe('held');
  });

  test('a trace id this system never started is refused with the same answer', async () => {
    await heldWithPhoto();
    mockContext = { SOURCE: 'wx_client', OPENID: RESIDENT };
    const asClient = await securityMain()(push('trace-1'));
    mockContext = { SOURCE: 'wx_unknown' };
    const before = await t.snapshot();
    const forged = await securityMain()(push('forged-trace'));
    expect(forged).toEqual(asClient);
    expect(await t.snapshot()).toBe(before);
  });

  test('the platform’s push for a stored check is applied (the local run delivers it the same way)', async () => {
    const id = await heldWithPhoto();
    const answer = await t.callAsPlatform('security', { action: 'mediaVerdict', payload: { traceId: 'trace-1', suggest: 'pass', label: 100 } }, 'wx_unknown');
    expect(answer).toEqual({ ok: true, data: { opinionId: id, released: true } });
    expect((await t.ok('opinion', 'detail', { id }, RESIDENT)).status).not.toBe('held');
  });
});

describe('the local run: its public HTTP face is a client', () => {
  async function post(server: http.Server, fn: string, body: unknown, openid?: string) {
    const { port } = server.address() as AddressInfo;
    const res = await fetch(`http://127.0.0.1:${port}/api/functions/${fn}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(openid ? { 'x-wx-openid': openid } : {}) },
      body: JSON.stringify(body),
    });
    return (await res.json()) as { ok: boolean; code?: string };
  }

  test('POST /api/functions/setup and /api/functions/security are refused, anonymous or not', async () => {
    await heldWithPhoto();
    const server = createHttpApp(t);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const before = await t.snapshot();
      for (const openid of [undefined, RESIDENT]) {
        expect(await post(server, 'setup', { action: 'init', payload: {} }, openid)).toMatchObject({ ok: false, code: 'PLATFORM_ONLY' });
        const verdict = { action: 'mediaVerdict', payload: { traceId: 'trace-1', suggest: 'pass', label: 100 } };
        expect(await post(server, 'security', verdict, openid)).toMatchObject({ ok: false, code: 'PLATFORM_ONLY' });
      }
      expect(await t.snapshot()).toBe(before);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
