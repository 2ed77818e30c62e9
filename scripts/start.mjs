#!/usr/bin/env node
/**
 * `npm start`: builds the H5 app when its sources are newer than the last build, then
 * starts the local run (API + H5 from one origin). Data lives in .data/ (DATA_DIR).
 */
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const built = path.join(root, 'dist/h5/index.html');

function newest(dir) {
  let t = 0;
  if (!existsSync(dir)) return t;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

const sources = Math.max(...['src', 'core', 'config'].map((d) => newest(path.join(root, d))));
if (process.env.SKIP_H5_BUILD !== '1' && (!existsSync(built) || statSync(built).mtimeMs < sources)) {
  console.log('Building the H5 app (about 20–40 s)…');
  const r = spawnSync('npm', ['run', '--silent', 'build:h5'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error('The H5 build failed; see above.');
    process.exit(r.status ?? 1);
  }
}

const server = spawn(process.execPath, ['--import', 'tsx', 'server/local/main.ts'], {
  cwd: root,
  stdio: 'inherit',
  env: process.env,
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.kill(sig));
server.on('exit', (code) => process.exit(code ?? 0));
