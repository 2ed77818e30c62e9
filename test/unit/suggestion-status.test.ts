import { readFileSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../core/errors';
import {
  SUGGESTION_ACTIONS,
  SUGGESTION_ACTION_LABELS,
  SUGGESTION_ACTION_TO,
  SUGGESTION_MOVERS,
  SUGGESTION_STATUSES,
  SUGGESTION_STATUS_LABELS,
  SUGGESTION_TRANSITIONS,
  assertSuggestionMove,
  checkSuggestionMove,
  isSuggestionMoveAllowed,
  suggestionCan,
  suggestionStatusOf,
  type SuggestionMover,
  type SuggestionStatus,
} from '../../core/suggestion-status';

/** Issue 23's four steps (提交 → 交办 → 答复 → 代表满意度), written out independently of the code: [from, to, by]. */
const ISSUE_TABLE: [SuggestionStatus, SuggestionStatus, SuggestionMover[]][] = [
  ['submitted', 'assigned', ['office']], // the office assigns it to a department with a due date
  ['assigned', 'answered', ['office', 'deputy']], // the department's answer, recorded by either
  ['answered', 'rated', ['deputy']], // the deputy rates the answer
];

const key = (from: SuggestionStatus, to: SuggestionStatus, by: SuggestionMover) => `${from} → ${to} by ${by}`;
const EXPECTED = new Set(ISSUE_TABLE.flatMap(([f, t, bys]) => bys.map((b) => key(f, t, b))));
const ALL_TRIPLES = SUGGESTION_STATUSES.flatMap((from) => SUGGESTION_STATUSES.flatMap((to) => SUGGESTION_MOVERS.map((by) => [from, to, by] as const)));

/** The table as docs/domain.md writes it ("Suggestion transitions"), read into triples. */
function documentedTriples(): Set<string> {
  const md = readFileSync(path.join(__dirname, '../../docs/domain.md'), 'utf8');
  const start = md.indexOf('### Suggestion transitions');
  expect(start).toBeGreaterThan(0);
  const section = md.slice(start, md.indexOf('\n#', start + 1));
  const rows = section.split('\n').filter((l) => /^\| [a-z_, ]+ \| /.test(l) && !l.startsWith('| from'));
  expect(rows.length).toBeGreaterThan(0);
  return new Set(
    rows.flatMap((row) => {
      const [from, to, by] = row.split('|').slice(1, 4).map((c) => c.trim());
      const movers = by.split('; ') as SuggestionMover[];
      return from.split(', ').flatMap((f) => to.split(', ').flatMap((t) => movers.map((m) => key(f as SuggestionStatus, t as SuggestionStatus, m))));
    }),
  );
}

describe('suggestion statuses', () => {
  it('are the four steps of issue 23, each with its Chinese label', () => {
    expect(SUGGESTION_STATUS_LABELS).toEqual({ submitted: '已提交', assigned: '已交办', answered: '已答复', rated: '已评价' });
    expect([...SUGGESTION_STATUSES].sort()).toEqual(Object.keys(SUGGESTION_STATUS_LABELS).sort());
  });

  it('every action has a Chinese label and moves to a status of the table', () => {
    expect(Object.keys(SUGGESTION_ACTION_LABELS).sort()).toEqual([...SUGGESTION_ACTIONS].sort());
    for (const label of Object.values(SUGGESTION_ACTION_LABELS)) expect(label).toMatch(/^[\u4e00-\u9fff]+$/);
    expect(SUGGESTION_ACTION_TO).toEqual({ assign: 'assigned', answer: 'answered', rate: 'rated' });
  });

  it('a suggestion stored before it had a status reads as submitted', () => {
    expect(suggestionStatusOf({})).toBe('submitted');
    expect(suggestionStatusOf({ status: 'answered' })).toBe('answered');
  });
});

describe('the suggestion transition table', () => {
  it('has a row for every status and no unknown targets or movers', () => {
    expect(Object.keys(SUGGESTION_TRANSITIONS).sort()).toEqual([...SUGGESTION_STATUSES].sort());
    for (const edges of Object.values(SUGGESTION_TRANSITIONS)) {
      for (const edge of edges) {
        for (const to of edge.to) expect(SUGGESTION_STATUSES).toContain(to);
        for (const by of edge.by) expect(SUGGESTION_MOVERS).toContain(by);
      }
    }
  });

  it(`equals the issue's steps for all ${ALL_TRIPLES.length} (from, to, mover) triples`, () => {
    expect(ALL_TRIPLES).toHaveLength(4 * 4 * 2);
    const wrong = ALL_TRIPLES.filter(([f, t, b]) => isSuggestionMoveAllowed(f, t, b) !== EXPECTED.has(key(f, t, b))).map(([f, t, b]) => key(f, t, b));
    expect(wrong).toEqual([]);
    expect(ALL_TRIPLES.filter(([f, t, b]) => isSuggestionMoveAllowed(f, t, b))).toHaveLength(EXPECTED.size);
  });

  it('is the table docs/domain.md writes out', () => {
    expect([...documentedTriples()].sort()).toEqual([...EXPECTED].sort());
  });

  it('goes one way only: no step back, none skipped, none into itself, rated is final', () => {
    const order = SUGGESTION_STATUSES;
    for (const [f, t, b] of ALL_TRIPLES) {
      if (isSuggestionMoveAllowed(f, t, b)) expect(order.indexOf(t)).toBe(order.indexOf(f) + 1);
    }
    expect(SUGGESTION_TRANSITIONS.rated).toEqual([]);
  });

  it('only the office assigns, only the deputy rates', () => {
    for (const s of SUGGESTION_STATUSES) {
      expect(isSuggestionMoveAllowed(s, 'assigned', 'deputy')).toBe(false);
      expect(isSuggestionMoveAllowed(s, 'rated', 'office')).toBe(false);
    }
  });
});

describe('checkSuggestionMove and assertSuggestionMove', () => {
  it('agree with the table on every triple, and name why a move is refused', () => {
    for (const [f, t, b] of ALL_TRIPLES) {
      const check = checkSuggestionMove(f, t, b);
      expect(check.ok).toBe(isSuggestionMoveAllowed(f, t, b));
      if (!check.ok) {
        const anyone = SUGGESTION_MOVERS.some((m) => isSuggestionMoveAllowed(f, t, m));
        expect(check.reason).toBe(anyone ? 'not_your_move' : 'not_in_table');
      }
    }
  });

  it('throws TRANSITION_NOT_ALLOWED with where the suggestion stands, and nothing for an allowed move', () => {
    expect(() => assertSuggestionMove('submitted', 'assigned', 'office')).not.toThrow();
    const refusals = ALL_TRIPLES.filter(([f, t, b]) => !isSuggestionMoveAllowed(f, t, b));
    for (const [f, t, b] of refusals) {
      let thrown: unknown;
      try {
        assertSuggestionMove(f, t, b);
      } catch (e) {
        thrown = e;
      }
      expect(thrown).toBeInstanceOf(AppError);
      expect((thrown as AppError).code).toBe('TRANSITION_NOT_ALLOWED');
      expect((thrown as AppError).userMessage).toMatch(/[\u4e00-\u9fff]/);
    }
    const said = (run: () => void) => {
      try {
        run();
      } catch (e) {
        return (e as AppError).userMessage;
      }
      return undefined;
    };
    expect(said(() => assertSuggestionMove('answered', 'answered', 'office'))).toBe('这件建议已经登记了答复');
    expect(said(() => assertSuggestionMove('rated', 'rated', 'deputy'))).toBe('这件建议的答复已经评价过了');
    expect(said(() => assertSuggestionMove('submitted', 'answered', 'deputy'))).toBe('这件建议还没有交办，不能登记答复或评价');
  });

  it('says what each side may do in each status', () => {
    expect(suggestionCan('submitted', 'office')).toEqual({ assign: true, answer: false, rate: false });
    expect(suggestionCan('assigned', 'office')).toEqual({ assign: false, answer: true, rate: false });
    expect(suggestionCan('assigned', 'deputy')).toEqual({ assign: false, answer: true, rate: false });
    expect(suggestionCan('answered', 'deputy')).toEqual({ assign: false, answer: false, rate: true });
    expect(suggestionCan('answered', 'office')).toEqual({ assign: false, answer: false, rate: false });
    for (const by of SUGGESTION_MOVERS) expect(suggestionCan('rated', by)).toEqual({ assign: false, answer: false, rate: false });
  });
});
