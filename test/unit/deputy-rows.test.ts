/** The per-deputy oversight rows, pure (core/stats/deputy-rows.ts, decision 0033). */
import { buildRows, periodsOfMonth, rowChangesOf, satisfactionPerMille, tablePeriodOf } from '../../core/stats/deputy-rows';
import { monthsBetween } from '../../core/stats/months';
import type { StatsFacts } from '../../core/stats/opinion-facts';

const facts = (dep: string | null, v: Record<string, number>, m = '2026-05', r = ['430000', '430100', '430104', '430104007']): StatsFacts => ({
  place: { m, d: '03', r, s: 'WYH01', c: '住房物业', ch: 'qr', l: dep ? 'county' : 'none', dep },
  v,
});

test('a month counts in its month, quarter and year', () => {
  expect(periodsOfMonth('2026-05')).toEqual(['2026-05', '2026-Q2', '2026']);
  expect(periodsOfMonth('2026-12')).toEqual(['2026-12', '2026-Q4', '2026']);
  expect(periodsOfMonth('2026-01')).toEqual(['2026-01', '2026-Q1', '2026']);
});

test('a month, a calendar quarter and a calendar year have rows of their own; other runs are summed', () => {
  const of = (from: string, to: string) => tablePeriodOf(from, to, monthsBetween(from, to));
  expect(of('2026-05', '2026-05')).toMatchObject({ kind: 'month', period: '2026-05' });
  expect(of('2026-04', '2026-06')).toMatchObject({ kind: 'quarter', period: '2026-Q2' });
  expect(of('2026-01', '2026-12')).toMatchObject({ kind: 'year', period: '2026' });
  expect(of('2026-05', '2026-07')).toMatchObject({ kind: 'custom', months: ['2026-05', '2026-06', '2026-07'] });
  expect(of('2025-10', '2026-12')).toMatchObject({ kind: 'custom' });
});

test('the satisfaction rate: 满意 and 基本满意 of the rated, per mille; −1 (below any rate) while none is rated', () => {
  expect(satisfactionPerMille({ rt: 3, st_satisfied: 1, st_basic: 1, st_unsatisfied: 1 })).toBe(667);
  expect(satisfactionPerMille({ rt: 0 })).toBe(-1);
  expect(satisfactionPerMille({})).toBe(-1);
});

test('facts move the holder’s rows; a hand-over moves them to the new holder; a move no row shows is nothing', () => {
  const held = facts('d1', { n: 1, acc: 1, aot: 1, rsp: 1 });
  expect(rowChangesOf(null, held)).toEqual([
    { deputyId: 'd1', month: '2026-05', add: { n: 1, acc: 1, aot: 1 }, scope: expect.arrayContaining(['430104', '430104|county', '430104007']) },
  ]);
  const handed = facts('d2', { n: 1, acc: 1, aot: 1, rsp: 1 });
  expect(rowChangesOf(held, handed).map((c) => [c.deputyId, c.add])).toEqual([
    ['d1', { n: -1, acc: -1, aot: -1 }],
    ['d2', { n: 1, acc: 1, aot: 1 }],
  ]);
  // Only a metric the rows do not show (a response) changed: no row moves.
  expect(rowChangesOf(facts('d1', { n: 1 }), facts('d1', { n: 1, rsp: 1 }))).toEqual([]);
  // Not held by a deputy: no row.
  expect(rowChangesOf(null, facts(null, { n: 1 }))).toEqual([]);
});

test('rows from scratch: months into quarters and years, listed where the deputy is and where the work was; every deputy has a membership row', () => {
  const deputies = new Map([
    ['d1', { level: 'county', scope: ['430104', '430104|county'] }],
    ['d2', { level: 'township', scope: ['430104010', '430104010|township'] }],
  ]);
  const changes = [
    ...rowChangesOf(null, facts('d1', { n: 1, rt: 1, st_satisfied: 1 }, '2026-04')),
    ...rowChangesOf(null, facts('d1', { n: 1, rt: 1, st_unsatisfied: 1 }, '2026-05')),
    { deputyId: 'd1', month: '2026-05', add: { act: 1 }, scope: [] },
    { deputyId: 'gone', month: '2026-05', add: { act: 1 }, scope: [] },
  ];
  const rows = buildRows(changes, deputies);
  expect(rows.get('2026-Q2~d1')).toMatchObject({ n: 2, rt: 2, st_satisfied: 1, st_unsatisfied: 1, act: 1, sr: 500, level: 'county' });
  expect(rows.get('2026-04~d1')).toMatchObject({ n: 1, act: 0, sr: 1000 });
  expect(rows.get('2026~d1')!.scope).toEqual(expect.arrayContaining(['430104', '430104007', '430104007|county']));
  expect(rows.get('member~d1')).toMatchObject({ periods: expect.arrayContaining(['2026-04', '2026-05', '2026-Q2', '2026']), scope: ['430104', '430104|county'] });
  expect(rows.get('member~d2')).toMatchObject({ periods: [], n: 0, sr: -1 });
  expect([...rows.keys()].some((k) => k.endsWith('~gone'))).toBe(false);
});
