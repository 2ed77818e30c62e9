#!/usr/bin/env node
/**
 * `npm test`: every level, in order — no timed waits in the tests, the layer rules, types, unit, handlers,
 * HTTP, components, the weapp build checked by WeChat's compiler, and the browser walk. Prints a summary with timings;
 * exits non-zero if any step failed. `npm test -- --quick` skips the builds and the browser.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const scripts = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).scripts;
const quick = process.argv.includes('--quick');

const steps = [
  ['no timed waits in tests', 'npm', ['run', '--silent', 'check:waits'], 'check:waits'],
  ['layers', 'npm', ['run', '--silent', 'check:layers'], 'check:layers'],
  ['types', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']],
  ['unit · handlers · http', 'npx', ['jest', '--selectProjects', 'unit', 'handlers', 'http']],
  ['components', 'npm', ['run', '--silent', 'test:components'], 'test:components'],
  ['weapp build', 'npm', ['run', '--silent', 'build:weapp'], 'build:weapp', true],
  ['weapp check (WeChat compiler)', 'npm', ['run', '--silent', 'check:weapp'], 'check:weapp', true],
  ['browser (Chromium)', 'npm', ['run', '--silent', 'test:browser'], 'test:browser', true],
];

const results = [];
for (const [name, cmd, args, needs, slow] of steps) {
  if (needs && !scripts[needs]) {
    results.push([name, 'missing', 0]);
    continue;
  }
  if (quick && slow) {
    results.push([name, 'skipped', 0]);
    continue;
  }
  console.log(`\n▶ ${name}`);
  const t0 = Date.now();
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, CI: process.env.CI ?? '1' } });
  results.push([name, r.status === 0 ? 'passed' : 'FAILED', (Date.now() - t0) / 1000]);
}

console.log('\nSummary');
for (const [name, status, s] of results) console.log(`  ${status.padEnd(8)} ${name}${s ? `  (${s.toFixed(1)} s)` : ''}`);
const failed = results.filter(([, st]) => st === 'FAILED' || st === 'missing');
process.exit(failed.length ? 1 : 0);
