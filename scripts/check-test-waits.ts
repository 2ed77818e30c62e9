/**
 * `npm run check:waits` (and the first step of `npm test`): fails when a test waits on time
 * or asserts a duration (scripts/lib/timed-waits.ts says what counts and why).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { findTimedWaits, RULE_HELP, type TimedWait } from './lib/timed-waits';

const root = path.resolve(__dirname, '..');
const SKIP = new Set(['node_modules', 'fixtures']);

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return SKIP.has(e.name) ? [] : testFiles(p);
    return /\.(ts|tsx|mjs|js)$/.test(e.name) ? [p] : [];
  });
}

const files = testFiles(path.join(root, 'test'));
const found: TimedWait[] = files.flatMap((f) => findTimedWaits(path.relative(root, f).split(path.sep).join('/'), readFileSync(f, 'utf8')));
for (const w of found) console.log(`${w.file}:${w.line}: ${RULE_HELP[w.rule]}\n    ${w.text}`);
console.log(found.length ? `\n✖ ${found.length} timed wait(s) in tests` : `✔ no timed waits in ${files.length} test files`);
process.exit(found.length ? 1 : 0);
