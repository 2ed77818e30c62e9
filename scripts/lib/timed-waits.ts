/**
 * Finds tests that wait on time instead of a state, or assert a duration. A test that sleeps
 * passes on an idle machine and fails on a busy one; a test that asserts "took under 5 s"
 * measures the machine, not the code. Waits belong on states (an element on the page on
 * screen, an API answer, a stored document, an event); timings belong in `npm run bench`.
 *
 * What counts, in any file under test/ (fixtures aside):
 *  - `waitForTimeout(…)` (Playwright's sleep);
 *  - a sleep: a promise resolved by a timer (`new Promise((r) => setTimeout(r, n))`,
 *    `setTimeout(resolve, n)`), `timers/promises`, `setInterval`, `.sleep(n)` with n ≠ 0;
 *  - in jest tests (not the browser walks): an `expect(…)` whose value comes from the wall
 *    clock: `Date.now()`, `performance.now()`, `process.hrtime`, `new Date()`, or a variable
 *    computed from one of them.
 * A timer that only bounds a wait on a state (`setTimeout(() => reject(…), ms)`) is not a sleep.
 */

export interface TimedWait {
  file: string;
  line: number;
  rule: 'wait-for-timeout' | 'sleep' | 'wall-clock-assertion';
  text: string;
}

const CLOCK = /\bDate\.now\(\)|\bperformance\.now\(\)|\bprocess\.hrtime\b|\bnew Date\(\s*\)/;

const LINE_RULES: { rule: TimedWait['rule']; pattern: RegExp }[] = [
  { rule: 'wait-for-timeout', pattern: /\bwaitForTimeout\s*\(/ },
  // A promise whose resolver a timer calls: new Promise((r) => setTimeout(r, 500)).
  { rule: 'sleep', pattern: /new Promise\s*(?:<[^>]*>)?\s*\(\s*\(?\s*(\w+)\s*\)?\s*=>\s*\{?\s*setTimeout\s*\(\s*\1\b/ },
  { rule: 'sleep', pattern: /\bsetTimeout\s*\(\s*(?:r|res|resolve|done|next)\s*,/ },
  { rule: 'sleep', pattern: /['"](?:node:)?timers\/promises['"]/ },
  { rule: 'sleep', pattern: /\bsetInterval\s*\(/ },
  { rule: 'sleep', pattern: /\.sleep\s*\(\s*(?!0\s*\))[^)\s]/ },
];

/** The text between the parenthesis at `open` and its match (strings and comments are not special-cased: tests are plain). */
function balanced(text: string, open: number): string {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return text.slice(open + 1, i);
  }
  return text.slice(open + 1);
}

/** Names assigned from the wall clock, directly or through other such names. */
function clockNames(text: string): Set<string> {
  const names = new Set<string>();
  const assignments = [...text.matchAll(/(?:\b(?:const|let|var)\s+)?\b([A-Za-z_$][\w$]*)\s*=(?![=>])\s*([^;\n]+)/g)].map((m) => ({
    name: m[1],
    value: m[2],
  }));
  for (let grew = true; grew; ) {
    grew = false;
    for (const { name, value } of assignments) {
      if (names.has(name)) continue;
      if (CLOCK.test(value) || [...names].some((n) => new RegExp(`\\b${n.replace(/\$/g, '\\$')}\\b`).test(value))) {
        names.add(name);
        grew = true;
      }
    }
  }
  return names;
}

/**
 * `s` with the contents of its string literals blanked (newlines kept, so lines still count):
 * a clock named in a string, or an id built with one, is not a clock read for an assertion.
 */
const blankStrings = (s: string) =>
  s.replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, (lit) => lit[0] + lit.slice(1, -1).replace(/[^\n]/g, ' ') + lit[0]);

const lineOf = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** Every timed wait in one file; `file` is its path from the repository root (it decides which rules apply). */
export function findTimedWaits(file: string, text: string): TimedWait[] {
  const found: TimedWait[] = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    const code = line.replace(/\/\/.*$/, '');
    for (const { rule, pattern } of LINE_RULES) {
      if (pattern.test(code)) {
        found.push({ file, line: i + 1, rule, text: line.trim() });
        break;
      }
    }
  });
  if (!file.startsWith('test/browser/')) {
    const code = blankStrings(text);
    const names = clockNames(code);
    const usesClock = (s: string) => CLOCK.test(s) || [...names].some((n) => new RegExp(`\\b${n.replace(/\$/g, '\\$')}\\b`).test(s));
    for (const m of code.matchAll(/\bexpect\s*\(/g)) {
      const open = m.index! + m[0].length - 1;
      if (usesClock(balanced(code, open))) {
        const line = lineOf(text, m.index!);
        found.push({ file, line, rule: 'wall-clock-assertion', text: lines[line - 1].trim() });
      }
    }
  }
  return found.sort((a, b) => a.line - b.line);
}

export const RULE_HELP: Record<TimedWait['rule'], string> = {
  'wait-for-timeout': 'waits on time: wait for a state instead (an element on screen, an API answer)',
  sleep: 'sleeps: wait for the state itself (an event, a promise, untilAnswer in test/browser/support.mjs)',
  'wall-clock-assertion': 'asserts a duration: timings belong in `npm run bench`; assert the state (work not done, calls made)',
};
