/**
 * The deploy description is the code's (decision 0021): every function, collection, index and
 * trigger the code has is in the plan with the runtime the bundles are built for, and
 * `npm run deploy -- --dry-run` prints it with no credentials, passing with well-formed ids and
 * refusing, reason by reason, with nothing set.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FUNCTION_NAMES } from '../../core/contract';
import { TEMPLATE_KEYS } from '../../core/notification-rules';
import { BUNDLE_TARGET, CLOUD_RUNTIME } from '../../server/functions/configs';
import indexes from '../../server/platform/indexes.json';
import { inputsDigest } from '../../scripts/build-functions';
import { deployPlan, templateVar } from '../../scripts/deploy/plan';

/** The scheduler's one timer (WeChat allows one a function): every minute (server/functions/configs.ts). */
const SCHEDULER_TRIGGERS = [{ name: 'tick', type: 'timer', config: '0 * * * * * *' }];

jest.setTimeout(180_000);
const root = path.resolve(__dirname, '../..');
const plan = deployPlan({});

test('every cloud function in the repository is planned, with the runtime its bundle is built for', () => {
  const dirs = readdirSync(path.join(root, 'cloudfunctions')).filter((d) => statSync(path.join(root, 'cloudfunctions', d)).isDirectory());
  expect(plan.functions.map((f) => f.name).sort()).toEqual([...dirs].sort());
  expect(plan.functions.map((f) => f.name).sort()).toEqual([...FUNCTION_NAMES].sort());
  const major = (s: string) => Number(/(\d+)/.exec(s)?.[1]);
  expect(major(CLOUD_RUNTIME)).toBeGreaterThanOrEqual(18);
  expect(major(BUNDLE_TARGET)).toBe(major(CLOUD_RUNTIME));
  for (const f of plan.functions) {
    expect(f.runtime).toBe(CLOUD_RUNTIME);
    // The config.json the upload carries says the same timeout, openapi permissions and triggers.
    const cfg = JSON.parse(readFileSync(path.join(root, 'cloudfunctions', f.name, 'config.json'), 'utf8')) as {
      timeout: number;
      permissions: { openapi: string[] };
      triggers?: unknown[];
    };
    expect({ name: f.name, timeout: cfg.timeout, openapi: cfg.permissions.openapi, triggers: cfg.triggers ?? [] }).toEqual({
      name: f.name,
      timeout: f.timeout,
      openapi: f.openapi,
      triggers: f.triggers,
    });
    if (f.openapi.includes('subscribeMessage.send')) expect(f.variables).toEqual(expect.arrayContaining(TEMPLATE_KEYS.map(templateVar)));
  }
  expect(plan.functions.find((f) => f.name === 'scheduler')?.triggers).toEqual(SCHEDULER_TRIGGERS);
});

test('every collection the repositories use is planned, with every index declared for it, closed to clients', () => {
  const named = new Set<string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = path.join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (p.endsWith('.repo.ts')) for (const m of readFileSync(p, 'utf8').matchAll(/\.collection(?:<[^>]*>)?\(\s*'(\w+)'|\b(?:find(?:ById|All)|idsAfter)(?:<[^>]*>)?\(\s*[\w.()]+\s*,\s*'(\w+)'/g)) named.add(m[1] ?? m[2]);
    }
  };
  walk(path.join(root, 'server'));
  expect(plan.collections.map((c) => c.name).sort()).toEqual([...named].sort());
  const declared = indexes.collections as Record<string, { fields: string[]; unique?: boolean }[]>;
  for (const c of plan.collections) {
    expect(c.permission).toBe('ADMINONLY');
    expect(c.indexes).toEqual(declared[c.name] ?? []);
  }
  expect(Object.keys(declared).filter((name) => !plan.collections.some((c) => c.name === name))).toEqual([]);
});

const dryRun = (env: Record<string, string>, ...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/deploy/index.ts', '--dry-run', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env } as unknown as NodeJS.ProcessEnv,
  });

test('the dry run needs no credentials: with well-formed ids it prints the whole plan and passes', () => {
  const fake = Object.fromEntries(TEMPLATE_KEYS.map((k) => [templateVar(k), `Fake${k.replace(/_/g, '')}TemplateId0123456789abcdef`]));
  const res = dryRun({ WX_CLOUD_ENV: 'test-env-0a1b2c', ...fake });
  expect(res.stderr).not.toContain('✖');
  expect(res.status).toBe(0);
  for (const f of plan.functions) expect(res.stdout).toMatch(new RegExp(`\\b${f.name} +${CLOUD_RUNTIME} +timeout +${f.timeout} s`));
  expect(res.stdout).toContain('trigger tick: timer "0 * * * * * *"');
  for (const c of plan.collections) expect(res.stdout).toMatch(new RegExp(`\\n  ${c.name} +${c.indexes.length} index`));
  expect(res.stdout).toContain('✔ preflight passed');
});

test('with nothing set the dry run refuses and names each reason; a placeholder id is refused too', () => {
  const res = dryRun({}, '--skip-build');
  expect(res.status).toBe(1);
  expect(res.stderr).toContain('ENV_ID_MISSING');
  for (const k of TEMPLATE_KEYS) expect(res.stderr).toMatch(new RegExp(`TEMPLATE_ID_MISSING +${templateVar(k)} is not set`));
  const placeholder = dryRun({ WX_CLOUD_ENV: 'test-env-0a1b2c', [templateVar('opinion_new')]: 'LOCAL_TMPL_OPINION_NEW', WX_ENV_VERSION: 'beta' }, '--skip-build');
  expect(placeholder.status).toBe(1);
  expect(placeholder.stderr).toContain('TEMPLATE_ID_PLACEHOLDER  WX_TMPL_OPINION_NEW');
  expect(placeholder.stderr).toContain('ENV_VERSION_INVALID');
  expect(placeholder.stderr).not.toContain('ENV_ID_MISSING');
});

test('a bundle is stale once a file it was built from changes or goes: its digest no longer matches', () => {
  const dir = path.join(root, 'test-results', `stale-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const file = path.relative(root, path.join(dir, 'input.ts'));
  writeFileSync(path.join(root, file), 'export const a = 1;\n');
  const built = inputsDigest([file]);
  expect(inputsDigest([file])).toBe(built);
  writeFileSync(path.join(root, file), 'export const a = 2;\n');
  expect(inputsDigest([file])).not.toBe(built);
  rmSync(dir, { recursive: true, force: true });
  expect(inputsDigest([file])).not.toBe(built);
});
