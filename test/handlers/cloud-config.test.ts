/**
 * In the cloud a function that is not configured serves nobody and says so (decision 0021):
 * without the templates' real ids a function that sends messages answers CONFIG_MISSING (and
 * logs what is missing) instead of failing every send later; a placeholder id is refused the
 * same way; an unknown app version too. Configured, it serves.
 */
import { TEMPLATE_KEYS } from '../../core/notification-rules';
import { configProblems } from '../../server/cloud/config-check';
import { startLocal, type Local } from '../support/local';

let mockContext: Record<string, string | undefined> = {};
jest.mock('wx-server-sdk', () => {
  const real = jest.requireActual('wx-server-sdk');
  const sdk = real.default ?? real;
  return {
    __esModule: true,
    default: new Proxy(sdk, { get: (target, key) => (key === 'getWXContext' ? () => mockContext : Reflect.get(target, key)) }),
  };
});
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { cloudMain } = require('../../server/cloud/entry') as typeof import('../../server/cloud/entry');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { opinionHandlers } = require('../../server/functions/opinion') as typeof import('../../server/functions/opinion');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { stationHandlers } = require('../../server/functions/station') as typeof import('../../server/functions/station');

const IDS = Object.fromEntries(TEMPLATE_KEYS.map((k) => [`WX_TMPL_${k.toUpperCase()}`, `Fake${k.replace(/_/g, '')}TemplateId0123456789abcdef`]));
const saved = { ...process.env };
let t: Local;
beforeEach(async () => {
  t = await startLocal();
  mockContext = { SOURCE: 'wx_client', OPENID: 'o-config-test' };
  for (const k of Object.keys(process.env)) if (k.startsWith('WX_TMPL_') || k === 'WX_ENV_VERSION') delete process.env[k];
});
afterEach(() => {
  t.close();
  process.env = { ...saved };
});

test('a function that sends messages, without the templates’ ids, answers CONFIG_MISSING and logs what is missing', async () => {
  const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  const answer = await cloudMain('opinion', opinionHandlers)({ action: 'mine', payload: { offset: 0, limit: 10 } });
  expect(answer).toEqual({ ok: false, code: 'CONFIG_MISSING', message: '服务配置不完整，暂时无法使用，请联系管理员' });
  expect(logged.mock.calls.map((c) => String(c[0])).join('\n')).toContain('WX_TMPL_OPINION_NEW is not set');
  logged.mockRestore();
});

test('configured, the same function serves; a function that sends nothing needs no template ids', async () => {
  Object.assign(process.env, IDS);
  const answer = (await cloudMain('opinion', opinionHandlers)({ action: 'mine', payload: { offset: 0, limit: 10 } })) as { ok: boolean };
  expect(answer.ok).toBe(true);
  for (const k of Object.keys(IDS)) delete process.env[k];
  const station = (await cloudMain('station', stationHandlers)({ action: 'get', payload: { code: 'WYH01' } })) as { ok: boolean };
  expect(station.ok).toBe(true);
});

test('placeholders and an unknown app version are problems too', () => {
  expect(configProblems('opinion', { ...IDS, WX_TMPL_OPINION_NEW: 'LOCAL_TMPL_OPINION_NEW' })).toEqual(['WX_TMPL_OPINION_NEW is a local placeholder']);
  expect(configProblems('station', { WX_ENV_VERSION: 'beta' })).toEqual(['WX_ENV_VERSION is "beta", not one of release, trial, develop']);
  expect(configProblems('station', {})).toEqual([]);
  expect(configProblems('scheduler', IDS)).toEqual([]);
});
