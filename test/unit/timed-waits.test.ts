/** The check that keeps timed waits out of the tests (scripts/lib/timed-waits.ts) finds them, and only them. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { findTimedWaits } from '../../scripts/lib/timed-waits';

const fixture = (name: string) => readFileSync(path.join(__dirname, '../fixtures/timed-waits', name), 'utf8');
/** The lines a fixture marks `// BAD: <rule>`, as the check should report them. */
const marked = (text: string) =>
  text
    .split('\n')
    .map((line, i) => ({ line: i + 1, rule: /\/\/ BAD: ([\w-]+)/.exec(line)?.[1] }))
    .filter((m): m is { line: number; rule: string } => Boolean(m.rule));

test('a browser walk that sleeps or waits for a timeout fails the check, line by line', () => {
  const text = fixture('walk.mjs.txt');
  const found = findTimedWaits('test/browser/walk.mjs', text).map(({ line, rule }) => ({ line, rule }));
  expect(marked(text).length).toBe(5);
  expect(found).toEqual(marked(text));
});

test('a jest test that asserts a duration or sleeps fails the check, line by line', () => {
  const text = fixture('jest.test.ts.txt');
  const found = findTimedWaits('test/handlers/example.test.ts', text).map(({ line, rule }) => ({ line, rule }));
  expect(marked(text).length).toBe(5);
  expect(found).toEqual(marked(text));
});

test('wall-clock assertions count in jest tests only: a walk may log how long a step took', () => {
  const text = 'const t0 = Date.now();\nexpect(Date.now() - t0).toBeLessThan(5000);\n';
  expect(findTimedWaits('test/browser/walk.mjs', text)).toEqual([]);
  expect(findTimedWaits('test/unit/x.test.ts', text)).toEqual([{ file: 'test/unit/x.test.ts', line: 2, rule: 'wall-clock-assertion', text: 'expect(Date.now() - t0).toBeLessThan(5000);' }]);
});
