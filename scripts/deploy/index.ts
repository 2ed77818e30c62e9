/**
 * `npm run deploy`: builds the cloud functions from the current tree, prints the deploy plan
 * (scripts/deploy/plan.ts), refuses an environment it would not work in (preflight.ts), makes
 * the cloud environment match the plan — functions with their runtime, configuration, code and
 * trigger, collections, indexes and permissions, storage — through the management API
 * (apply.ts; only differences, so a second run changes nothing), creates missing collections and
 * runs the data migrations (decision 0022) and the smoke check through WeChat's server API, then
 * uploads the mini-program with miniprogram-ci (decision 0021).
 *
 *   npm run deploy -- --dry-run     no credentials: the plan and the preflight, nothing uploaded;
 *                                   exits 1 when anything is refused, naming each reason
 *   npm run deploy -- --skip-build  uses the bundles and dist/weapp as they are (refused if older than the code)
 *
 * Environment (never committed): WX_CLOUD_ENV, WX_ENV_VERSION (release | trial | develop),
 * WX_TMPL_<KEY> for every subscription template; for the deploy itself also WX_APPID,
 * WX_PRIVATE_KEY_PATH (the app's upload), TENCENTCLOUD_SECRETID and TENCENTCLOUD_SECRETKEY (the
 * management API; TENCENTCLOUD_REGION if not ap-shanghai), WX_APPSECRET (WeChat's server API:
 * collections, migrations and the smoke check after the functions); WX_VERSION and WX_DESC
 * optionally name the upload.
 */
import { execSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FUNCTION_NAMES } from '../../core/contract';
import type { Envelope } from '../../core/contract';
import { BUILD_STAMP, buildFunction, type BuildStamp } from '../build-functions';
import { accountTemplates, cloudSetup } from '../lib/server-api';
import { loadTemplates } from '../../server/config/templates';
import { compareTemplates } from './templates-check';
import { runSmoke } from '../smoke';
import { actionsFor, applyActions, functionSpecs } from './apply';
import { managerNodeAdmin } from './manager-node-admin';
import { deployPlan, printPlan, type DeployPlan, type Env } from './plan';
import { checkBundles, checkCredentials, checkEnvironment, type Refusal } from './preflight';

const root = path.resolve(__dirname, '../..');

function run(what: string, cmd: string, args: string[], env: Env = {}): void {
  console.log(`\n▶ ${what}`);
  const res = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (res.status !== 0) throw new Error(`${what} failed; nothing was uploaded after this step`);
}

const commit = () => {
  try {
    return execSync('git rev-parse --short HEAD', { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown commit';
  }
};

/** The functions, their configuration and trigger, collections, indexes and permissions: made to match the plan. */
async function applyToCloud(plan: DeployPlan, env: Env): Promise<void> {
  const admin = managerNodeAdmin({ envId: env.WX_CLOUD_ENV!, secretId: env.TENCENTCLOUD_SECRETID!, secretKey: env.TENCENTCLOUD_SECRETKEY!, region: env.TENCENTCLOUD_REGION });
  const digestOf = (fn: string) => (JSON.parse(readFileSync(path.join(root, 'cloudfunctions', fn, BUILD_STAMP), 'utf8')) as BuildStamp).digest;
  const actions = await actionsFor(plan, functionSpecs(plan, env, digestOf, root), admin);
  console.log(`\n▶ cloud environment ${env.WX_CLOUD_ENV}: ${actions.length === 0 ? 'already as planned' : `${actions.length} change${actions.length === 1 ? '' : 's'}`}`);
  await applyActions(admin, actions);
}

/** Creates missing collections, then runs the data migrations until every one is done (each call works about 2.5 s). */
async function initAndMigrate(setup: (event: object) => Promise<Envelope<unknown>>): Promise<void> {
  console.log('\n▶ collections and data migrations (setup.init, setup.migrate)');
  const init = await setup({ action: 'init', payload: {} });
  if (!init.ok) throw new Error(`setup.init refused: ${init.code} ${init.message}`);
  for (let call = 1; ; call++) {
    const answer = await setup({ action: 'migrate', payload: {} });
    if (!answer.ok) throw new Error(`setup.migrate refused: ${answer.code} ${answer.message}`);
    const r = answer.data as { finished: boolean; ran: { id: string; state: string; changed: number }[] };
    for (const m of r.ran) console.log(`  ${m.id}: ${m.state}, ${m.changed} changed so far`);
    if (r.finished) return;
    if (call >= 500) throw new Error('setup.migrate did not finish after 500 calls: run npm run deploy again to go on');
  }
}

/** The mini-program, built for this environment, checked by WeChat's compiler, uploaded with miniprogram-ci. */
async function uploadApp(env: Env): Promise<void> {
  const { WX_APPID: appid, WX_CLOUD_ENV: envId, WX_PRIVATE_KEY_PATH: keyPath } = env as Record<string, string>;
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
  run('weapp build', 'npm', ['run', '--silent', 'build:weapp'], { TARO_APP_CLOUD_ENV: envId });
  run('WeChat check', 'npm', ['run', '--silent', 'check:weapp']);
  // WeChat's own tools live in their own package (scripts/wechat-check/tools.mjs).
  const { requireTool } = await import('../wechat-check/tools.mjs');
  const ci = requireTool('miniprogram-ci');
  const project = new ci.Project({ appid, type: 'miniProgram', projectPath: path.join(root, 'dist', 'weapp'), privateKeyPath: path.resolve(keyPath), ignores: ['node_modules/**/*'] });
  const version = env.WX_VERSION ?? pkg.version;
  const desc = env.WX_DESC ?? `deploy ${commit()}`;
  console.log(`\n▶ upload mini-program ${version} (${desc})`);
  const setting = (JSON.parse(readFileSync(path.join(root, 'project.config.json'), 'utf8')) as { setting?: object }).setting ?? {};
  await ci.upload({ project, version, desc, robot: 1, setting });
}

async function main(): Promise<number> {
  const dryRun = process.argv.includes('--dry-run');
  const env: Env = process.env;
  if (!process.argv.includes('--skip-build')) {
    console.log('▶ bundle every function from the current tree');
    for (const fn of FUNCTION_NAMES) {
      const { kb } = await buildFunction(fn);
      console.log(`  cloudfunctions/${fn}/index.js  ${kb} KB`);
    }
  }
  console.log(`\n${dryRun ? 'Deploy plan (dry run: nothing is uploaded)' : 'Deploy plan'}\n`);
  const plan = deployPlan(env);
  printPlan(plan);
  const refused: Refusal[] = [...checkEnvironment(env), ...checkBundles(), ...(dryRun ? [] : checkCredentials(env))];
  if (refused.length > 0) {
    console.error(`\n✖ preflight refused (${refused.length}):`);
    for (const r of refused) console.error(`  ${r.code}  ${r.message}`);
    return 1;
  }
  if (!dryRun) {
    // The declared templates against the account's own: an id, its fields and its kind.
    const differ = compareTemplates(Object.values(loadTemplates(env)), await accountTemplates({ appid: env.WX_APPID!, secret: env.WX_APPSECRET! }));
    if (differ.length > 0) {
      console.error(`\n✖ the subscription templates differ from the account's (${differ.length}):`);
      for (const r of differ) console.error(`  ${r.code}  ${r.message}`);
      return 1;
    }
  }
  console.log('\n✔ preflight passed');
  if (dryRun) return 0;
  // The functions first, so a new app never meets old functions; then the data moves forward
  // and the smoke check shows the deployed functions answering from the cloud.
  await applyToCloud(plan, env);
  const setup = cloudSetup({ appid: env.WX_APPID!, secret: env.WX_APPSECRET!, env: env.WX_CLOUD_ENV! });
  await initAndMigrate(setup);
  const smoke = await runSmoke((_fn, event) => setup(event));
  for (const line of smoke.lines) console.log(`  ${line}`);
  if (!smoke.ok) throw new Error('the smoke check found a problem: the mini-program was not uploaded');
  await uploadApp(env);
  console.log('\n✔ deployed. Do the checklist above once per environment; set the upload as the trial version in 微信公众平台 → 版本管理.');
  return 0;
}

main()
  .then((code) => process.exit(code)) // miniprogram-ci leaves a child process behind
  .catch((e: unknown) => {
    console.error(`\n✖ deploy failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
