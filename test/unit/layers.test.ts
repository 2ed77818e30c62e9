/**
 * The layer check (`npm run check:layers`, .dependency-cruiser.cjs) can fail: run over
 * test/fixtures/layers, a tree that breaks each rule once, it names every rule at the file
 * that breaks it, and exits non-zero.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
const fixture = path.join(root, 'test/fixtures/layers');
const RULES = [
  'core-pure',
  'app-no-server',
  'emulator-through-ports',
  'db-only-in-repos',
  'sdk-only-in-roots',
  'repos-are-leaves',
  'platform-below-features',
  'features-below-roots',
  'no-circular',
  'not-to-unresolvable',
  'not-to-test',
];

/** Every fixture file that says `// breaks <rule>`, by rule. */
function marked(): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = path.join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (p.endsWith('.ts')) {
        const rule = /^\/\/ breaks ([\w-]+)/.exec(readFileSync(p, 'utf8'))?.[1];
        if (rule) out.set(rule, path.relative(fixture, p));
      }
    }
  };
  walk(fixture);
  return out;
}

test('every layer rule fails on the fixture that breaks it, and the check exits non-zero', () => {
  const res = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs'), '--config', path.join(root, '.dependency-cruiser.cjs'), 'core', 'server', 'src', 'emulator'],
    { cwd: fixture, encoding: 'utf8' },
  );
  expect(res.status).not.toBe(0);
  // The check's own report, as `npm run check:layers` prints it: `error <rule>: <from> → <to>`.
  const found = new Map<string, string[]>();
  for (const [, rule, from] of res.stdout.matchAll(/^\s*error ([\w-]+): (\S+)/gm)) found.set(rule, [...(found.get(rule) ?? []), from]);
  // The configuration has exactly these rules, and the fixture breaks each of them.
  const configured = (require(path.join(root, '.dependency-cruiser.cjs')) as { forbidden: { name: string }[] }).forbidden.map((r) => r.name);
  expect([...configured].sort()).toEqual([...RULES].sort());
  expect([...marked().keys()].sort()).toEqual([...RULES].sort());
  for (const [rule, file] of marked()) expect({ rule, from: found.get(rule) }).toEqual({ rule, from: expect.arrayContaining([file]) });
});
