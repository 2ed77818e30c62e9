/**
 * `npm run deploy`: builds the cloud functions from the current tree, prints the deploy plan
 * (scripts/deploy/plan.ts), refuses an environment it would not work in (preflight.ts), then
 * uploads every function and the mini-program with miniprogram-ci (decision 0021).
 *
 *   npm run deploy -- --dry-run     no credentials: the plan and the preflight, nothing uploaded;
 *                                   exits 1 when anything is refused, naming each reason
 *   npm run deploy -- --skip-build  uses the bundles and dist/weapp as they are (refused if older than the code)
 *
 * Environment (never committed): WX_CLOUD_ENV, WX_ENV_VERSION (release | trial | develop),
 * WX_TMPL_<KEY> for every subscription template; for the upload also WX_APPID and
 * WX_PRIVATE_KEY_PATH; WX_VERSION and WX_DESC optionally name the upload.
 */
import { execSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FUNCTION_NAMES } from '../../core/contract';
import { buildFunction } from '../build-functions';
import { deployPlan, printPlan, type Env } from './plan';
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

async function upload(env: Env): Promise<void> {
  const { WX_APPID: appid, WX_CLOUD_ENV: envId, WX_PRIVATE_KEY_PATH: keyPath } = env as Record<string, string>;
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
  run('weapp build', 'npm', ['run', '--silent', 'build:weapp'], { TARO_APP_CLOUD_ENV: envId });
  run('WeChat check', 'npm', ['run', '--silent', 'check:weapp']);
  // WeChat's own tools live in their own package (scripts/wechat-check/tools.mjs).
  const { requireTool } = await import('../wechat-check/tools.mjs');
  const ci = requireTool('miniprogram-ci');
  const project = new ci.Project({ appid, type: 'miniProgram', projectPath: path.join(root, 'dist', 'weapp'), privateKeyPath: path.resolve(keyPath), ignores: ['node_modules/**/*'] });
  // Functions before the app, so a new app never meets old functions.
  for (const name of FUNCTION_NAMES) {
    console.log(`\n▶ upload cloud function ${name} → ${envId}`);
    const result = await ci.cloud.uploadFunction({ project, env: envId, name, path: path.join(root, 'cloudfunctions', name), remoteNpmInstall: true });
    console.log(`  ${result.filesCount} files, ${(result.packSize / 1024).toFixed(1)} KB`);
  }
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
  printPlan(deployPlan(env));
  const refused: Refusal[] = [...checkEnvironment(env), ...checkBundles(), ...(dryRun ? [] : checkCredentials(env))];
  if (refused.length > 0) {
    console.error(`\n✖ preflight refused (${refused.length}):`);
    for (const r of refused) console.error(`  ${r.code}  ${r.message}`);
    return 1;
  }
  console.log('\n✔ preflight passed');
  if (dryRun) return 0;
  await upload(env);
  console.log('\n✔ uploaded. Do the checklist above once per environment; set the upload as the trial version in 微信公众平台 → 版本管理.');
  return 0;
}

main()
  .then((code) => process.exit(code)) // miniprogram-ci leaves a child process behind
  .catch((e: unknown) => {
    console.error(`\n✖ deploy failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
