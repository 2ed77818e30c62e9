/**
 * The mini-program's main package (src/app.ts and the pages listed in app.config.ts `pages`)
 * carries no zod and so no schemas: they would take it over its budget (weapp_main_kb ≤ 500,
 * scripts/check-weapp.mjs). Its pages read the contract's limits (core/contract/limits.ts) and
 * the functions apply the schemas. This follows every value import from those entries as the
 * weapp build resolves it (`x.weapp.ts` before `x.ts`); type-only imports are erased.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
const src = path.join(root, 'src');

/** The main package's pages, as app.config.ts lists them (before subPackages). */
export function mainPages(config = readFileSync(path.join(src, 'app.config.ts'), 'utf8')): string[] {
  const list = /\bpages:\s*\[([^\]]*)\]/.exec(config);
  if (!list) throw new Error('app.config.ts has no pages list');
  return [...list[1].matchAll(/'([^']+)'/g)].map((m) => m[1]);
}

const EXTENSIONS = ['.weapp.ts', '.weapp.tsx', '.ts', '.tsx', '/index.weapp.ts', '/index.ts', '/index.tsx'];

function resolve(from: string, specifier: string): string | undefined {
  const base = specifier.startsWith('@core/') ? path.join(root, 'core', specifier.slice(6)) : path.resolve(path.dirname(from), specifier);
  for (const ext of EXTENSIONS) if (existsSync(base + ext)) return base + ext;
  return existsSync(base) && /\.tsx?$/.test(base) ? base : undefined;
}

/** Value imports and re-exports of a module (not `import type` / `export type`). */
export function valueImports(source: string): string[] {
  const found: string[] = [];
  const statement = /^\s*(import|export)\s+(type\s+)?([^'";]*?)\s*(?:from\s+)?['"]([^'"]+)['"]/gm;
  for (const m of source.matchAll(statement)) {
    const [, keyword, typeOnly, clause, specifier] = m;
    if (typeOnly) continue;
    if (keyword === 'export' && !/^(\*|\{)/.test(clause.trim())) continue;
    found.push(specifier);
  }
  return found;
}

/** Every module reached from the entries; for each, the chain it was reached by. */
function reach(entries: string[]): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const queue: [string, string[]][] = entries.map((file) => [file, [path.relative(root, file)]]);
  while (queue.length > 0) {
    const [file, chain] = queue.shift()!;
    if (seen.has(file)) continue;
    seen.set(file, chain);
    if (!/\.tsx?$/.test(file)) continue;
    for (const specifier of valueImports(readFileSync(file, 'utf8'))) {
      if (specifier.startsWith('.') || specifier.startsWith('@core/')) {
        const target = resolve(file, specifier);
        if (target) queue.push([target, [...chain, path.relative(root, target)]]);
        else if (!/\.(css|png|svg)$/.test(specifier)) throw new Error(`${path.relative(root, file)}: cannot resolve ${specifier}`);
      } else {
        seen.set(`npm:${specifier}`, [...chain, specifier]);
      }
    }
  }
  return seen;
}

describe('the main package', () => {
  const entries = [path.join(src, 'app.ts'), ...mainPages().map((p) => resolve(path.join(src, 'x'), `./${p}`)!)];
  const reached = reach(entries);

  it('is the app and the tab-bar pages, scan → station → write, and the opinion page', () => {
    expect(mainPages()).toEqual(['pages/station/index', 'pages/write/index', 'pages/mine/index', 'pages/me/index', 'pages/opinion/index']);
    expect(reached.has(path.join(src, 'pages/write/index.tsx'))).toBe(true);
  });

  it('imports no zod: no schema, no contract but its limits', () => {
    const zod = [...reached].filter(([key]) => key === 'npm:zod' || key.startsWith('npm:zod/'));
    expect(zod.map(([, chain]) => chain.join(' → '))).toEqual([]);
  });

  it('follows value imports and skips type-only ones', () => {
    const source = [
      "import type { z } from 'zod';",
      "import { type Answer, call } from '../api/client';",
      "import { MAX_PHOTOS } from '@core/contract/limits';",
      "export * from './limits';",
      "export type { X } from './x';",
      "export { y } from './y';",
      "import './app.css';",
    ].join('\n');
    expect(valueImports(source)).toEqual(['../api/client', '@core/contract/limits', './limits', './y', './app.css']);
  });
});
