/**
 * WeChat's own tools (miniprogram-ci, miniprogram-compiler) live in this separate package:
 * miniprogram-ci pins an old @babel/core that would break babel-jest in the root tree.
 * `requireTool` installs the package on first use and loads from it.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const toolsDir = path.dirname(fileURLToPath(import.meta.url));

export function ensureTools() {
  const marker = path.join(toolsDir, 'node_modules', 'miniprogram-ci', 'package.json');
  if (fs.existsSync(marker)) return;
  console.log('Installing WeChat tools into scripts/wechat-check (first run)…');
  const res = spawnSync('npm', ['install', '--prefix', toolsDir, '--no-audit', '--no-fund'], { stdio: 'inherit' });
  if (res.status !== 0 || !fs.existsSync(marker)) {
    console.error('Could not install the WeChat tools (npm install --prefix scripts/wechat-check).');
    process.exit(1);
  }
}

const load = createRequire(path.join(toolsDir, 'package.json'));

export function requireTool(name) {
  ensureTools();
  return load(name);
}

/** wcc (WXML) and wcsc (WXSS), made runnable (they ship without the run bit). */
export function compilerBinaries() {
  ensureTools();
  const dir = path.join(toolsDir, 'node_modules', 'miniprogram-compiler', 'bin', 'linux');
  const bins = { wcc: path.join(dir, 'wcc'), wcsc: path.join(dir, 'wcsc') };
  for (const bin of Object.values(bins)) fs.chmodSync(bin, 0o755);
  return bins;
}
