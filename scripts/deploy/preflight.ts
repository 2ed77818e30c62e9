/**
 * What the deploy refuses before it touches anything (decision 0021): an environment it would
 * not work in. Each refusal has a stable code and says what to do; `--dry-run` prints them all.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { FUNCTION_NAMES } from '../../core/contract';
import { TEMPLATE_KEYS } from '../../core/notification-rules';
import { loadTemplates } from '../../server/config/templates';
import { ASSETS, BUILD_STAMP, BUNDLE_BUDGET_KB, inputsDigest, type BuildStamp } from '../build-functions';
import { ENV_VERSIONS } from '../../server/config/app-version';
import { templateVar, type Env } from './plan';

export interface Refusal {
  code:
    | 'ENV_ID_MISSING'
    | 'ENV_VERSION_INVALID'
    | 'TEMPLATE_ID_MISSING'
    | 'TEMPLATE_ID_PLACEHOLDER'
    | 'TEMPLATE_INVALID'
    | 'BUNDLE_MISSING'
    | 'BUNDLE_STALE'
    | 'BUNDLE_OVER_BUDGET'
    | 'CREDENTIAL_MISSING'
    | 'TEMPLATE_NOT_IN_ACCOUNT'
    | 'TEMPLATE_FIELDS_DIFFER'
    | 'TEMPLATE_KIND_DIFFERS';
  message: string;
}

const root = path.resolve(__dirname, '../..');
/** A template id as WeChat issues them (43 characters of [A-Za-z0-9_-]); the local run's are `LOCAL_TMPL_…`. */
const TEMPLATE_ID = /^[A-Za-z0-9_-]{20,64}$/;

/** The environment: an environment id, a known app version, a real id for every template, field lists that fit. */
export function checkEnvironment(env: Env): Refusal[] {
  const out: Refusal[] = [];
  if (!env.WX_CLOUD_ENV) out.push({ code: 'ENV_ID_MISSING', message: 'WX_CLOUD_ENV is not set: the cloud environment id (云开发控制台 → 设置 → 环境 ID)' });
  const version = env.WX_ENV_VERSION ?? 'release';
  if (!(ENV_VERSIONS as readonly string[]).includes(version)) {
    out.push({ code: 'ENV_VERSION_INVALID', message: `WX_ENV_VERSION is "${version}": one of ${ENV_VERSIONS.join(', ')}` });
  }
  for (const key of TEMPLATE_KEYS) {
    const name = templateVar(key);
    const id = env[name];
    if (!id) out.push({ code: 'TEMPLATE_ID_MISSING', message: `${name} is not set: the id of the "${key}" template (订阅消息 → 我的模板)` });
    else if (id.startsWith('LOCAL_') || !TEMPLATE_ID.test(id)) {
      out.push({ code: 'TEMPLATE_ID_PLACEHOLDER', message: `${name} is "${id.slice(0, 24)}", not a WeChat template id` });
    }
  }
  try {
    loadTemplates(env);
  } catch (e) {
    out.push({ code: 'TEMPLATE_INVALID', message: `the template config does not fit WeChat's field rules: ${String((e as Error).message).slice(0, 300)}` });
  }
  return out;
}

/** The bundles: each built, from the files as they are now, within its budget. */
export function checkBundles(): Refusal[] {
  const out: Refusal[] = [];
  for (const fn of FUNCTION_NAMES) {
    const dir = path.join(root, 'cloudfunctions', fn);
    const stampFile = path.join(dir, BUILD_STAMP);
    if (!existsSync(path.join(dir, 'index.js')) || !existsSync(stampFile)) {
      out.push({ code: 'BUNDLE_MISSING', message: `cloudfunctions/${fn} has no bundle: npm run build:functions` });
      continue;
    }
    const stamp = JSON.parse(readFileSync(stampFile, 'utf8')) as BuildStamp;
    if (inputsDigest(stamp.inputs) !== stamp.digest) {
      out.push({ code: 'BUNDLE_STALE', message: `cloudfunctions/${fn}/index.js was built before the code changed: npm run build:functions` });
    }
    const files = ['index.js', ...(ASSETS[fn] ?? []).map((f) => path.basename(f))];
    const kb = files.reduce((sum, f) => sum + (existsSync(path.join(dir, f)) ? statSync(path.join(dir, f)).size : 0), 0) / 1024;
    if (kb > BUNDLE_BUDGET_KB[fn]) {
      out.push({ code: 'BUNDLE_OVER_BUDGET', message: `cloudfunctions/${fn} is ${kb.toFixed(0)} KB, over its budget of ${BUNDLE_BUDGET_KB[fn]} KB` });
    }
  }
  return out;
}

/** What the real upload needs beyond the environment (never committed; see README "Deploying to WeChat Cloud"). */
export const CREDENTIALS: Record<string, string> = {
  WX_APPID: "the mini-program's AppID (not touristappid)",
  WX_PRIVATE_KEY_PATH: 'the code-upload key file (微信公众平台 → 开发管理 → 开发设置 → 小程序代码上传; whitelist this IP)',
  TENCENTCLOUD_SECRETID: "the management API key's SecretId (Tencent Cloud console, logged in with the mini-program: 访问管理 → API密钥)",
  TENCENTCLOUD_SECRETKEY: "the management API key's SecretKey",
  WX_APPSECRET: "the AppSecret, for WeChat's server API (collections, migrations, the smoke check; 微信公众平台 → 开发管理 → 开发设置)",
};

export function checkCredentials(env: Env): Refusal[] {
  const out: Refusal[] = [];
  for (const [name, what] of Object.entries(CREDENTIALS)) {
    if (!env[name] || (name === 'WX_APPID' && env[name] === 'touristappid')) out.push({ code: 'CREDENTIAL_MISSING', message: `${name} is not set: ${what}` });
  }
  if (env.WX_PRIVATE_KEY_PATH && !existsSync(env.WX_PRIVATE_KEY_PATH)) {
    out.push({ code: 'CREDENTIAL_MISSING', message: `WX_PRIVATE_KEY_PATH points at ${env.WX_PRIVATE_KEY_PATH}, which does not exist` });
  }
  return out;
}
