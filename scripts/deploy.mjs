#!/usr/bin/env node
/**
 * `npm run deploy`: uploads the cloud functions and the mini-program with miniprogram-ci.
 *
 *   WX_APPID             the mini-program's AppID
 *   WX_CLOUD_ENV         the cloud environment id the functions go to and the app calls
 *   WX_PRIVATE_KEY_PATH  the code-upload key (微信公众平台 → 开发管理 → 开发设置 → 小程序代码上传;
 *                        this machine's IP must be on that page's whitelist)
 *   WX_VERSION, WX_DESC  optional: version and note of the upload (default: package.json
 *                        version, and the git commit)
 *
 * Steps: build the weapp with TARO_APP_CLOUD_ENV=WX_CLOUD_ENV → the offline WeChat check →
 * bundle the functions when a bundle is missing → upload every function (before the app, so a
 * new app never meets old functions) → upload the mini-program. Stops at the first failure.
 * `--skip-build` uploads what is already in dist/weapp and cloudfunctions/.
 */
import { execSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { requireTool } from './wechat-check/tools.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FUNCTIONS = ['user', 'station', 'opinion', 'deputy', 'setup'];
const skipBuild = process.argv.includes('--skip-build');

const REQUIRED = {
  WX_APPID: "the mini-program's AppID (not touristappid)",
  WX_CLOUD_ENV: 'the WeChat cloud environment id',
  WX_PRIVATE_KEY_PATH: 'the path of the code-upload private key file',
};

function stop(message) {
  console.error(message);
  process.exit(1);
}

function run(what, cmd, args, env = {}) {
  console.log(`\n▶ ${what}`);
  const res = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (res.status !== 0) stop(`✖ ${what} failed; nothing was uploaded after this step.`);
}

function settings() {
  const missing = Object.keys(REQUIRED).filter((k) => !process.env[k]);
  if (missing.length > 0) {
    stop(
      `Cannot deploy: missing ${missing.join(', ')}.\n` +
        missing.map((k) => `  ${k}: ${REQUIRED[k]}`).join('\n') +
        '\nSet them in the environment (never commit them), e.g.\n' +
        '  WX_APPID=… WX_CLOUD_ENV=… WX_PRIVATE_KEY_PATH=/path/to/private.key npm run deploy',
    );
  }
  const { WX_APPID: appid, WX_CLOUD_ENV: env, WX_PRIVATE_KEY_PATH: keyPath } = process.env;
  if (appid === 'touristappid') stop('WX_APPID is the dummy touristappid: give the real AppID.');
  if (!fs.existsSync(keyPath)) stop(`WX_PRIVATE_KEY_PATH points at ${keyPath}, which does not exist.`);
  return { appid, env, keyPath: path.resolve(keyPath) };
}

function describeCommit() {
  try {
    return execSync('git rev-parse --short HEAD', { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown commit';
  }
}

async function main() {
  const { appid, env, keyPath } = settings();
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const version = process.env.WX_VERSION ?? pkg.version;
  const desc = process.env.WX_DESC ?? `deploy ${describeCommit()}`;

  if (!skipBuild) {
    run('weapp build', 'npm', ['run', '--silent', 'build:weapp'], { TARO_APP_CLOUD_ENV: env });
    run('WeChat check', 'npm', ['run', '--silent', 'check:weapp']);
    const unbundled = FUNCTIONS.filter((n) => !fs.existsSync(path.join(root, 'cloudfunctions', n, 'index.js')));
    if (unbundled.length > 0) run(`bundle functions (${unbundled.join(', ')})`, 'npm', ['run', '--silent', 'build:functions']);
  }
  for (const name of FUNCTIONS) {
    if (!fs.existsSync(path.join(root, 'cloudfunctions', name, 'index.js'))) {
      stop(`cloudfunctions/${name}/index.js is missing: run npm run build:functions.`);
    }
  }

  const ci = requireTool('miniprogram-ci');
  const project = new ci.Project({
    appid,
    type: 'miniProgram',
    projectPath: path.join(root, 'dist', 'weapp'),
    privateKeyPath: keyPath,
    ignores: ['node_modules/**/*'],
  });

  for (const name of FUNCTIONS) {
    console.log(`\n▶ upload cloud function ${name} → ${env}`);
    const result = await ci.cloud.uploadFunction({
      project,
      env,
      name,
      path: path.join(root, 'cloudfunctions', name),
      remoteNpmInstall: true, // the cloud installs each function's package.json dependencies
    });
    console.log(`  ${result.filesCount} files, ${(result.packSize / 1024).toFixed(1)} KB`);
  }

  console.log(`\n▶ upload mini-program ${version} (${desc})`);
  const projectSetting = JSON.parse(fs.readFileSync(path.join(root, 'project.config.json'), 'utf8')).setting ?? {};
  const result = await ci.upload({ project, version, desc, robot: 1, setting: projectSetting });
  for (const sub of result.subPackageInfo ?? []) {
    console.log(`  ${sub.name.padEnd(24)} ${(sub.size / 1024).toFixed(1)} KB`);
  }
  console.log('\n✔ uploaded. Set it as the trial version in 微信公众平台 → 版本管理 before submitting for review.');
}

main()
  .then(() => process.exit(0)) // miniprogram-ci leaves a child process behind
  .catch((e) => {
    console.error(`\n✖ deploy failed: ${e && e.message ? e.message : e}`);
    process.exit(1);
  });
