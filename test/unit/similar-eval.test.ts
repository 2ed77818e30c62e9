/**
 * The product's similar-opinion method on the repository's labelled set (test/similar/eval-set.jsonl,
 * issue 25): the scores `npm run similar:eval` prints and `npm run bench` reports stay at the
 * issue's targets — hit@3 ≥ 0.95, group precision ≥ 0.7 at recall ≥ 0.6, hard-negative false
 * matches ≤ 0.2. A change to the dictionary, the keys or the weights that loses them fails here.
 * (The other sets — holdout-set.jsonl, developed on too, and third-set.jsonl and fourth-set.jsonl,
 * held out — are scored by the same command and reported by `npm run bench`, not asserted: they
 * show how the method does on words it was not tuned on; decision 0036 has their figures.)
 * Every set keeps the shape the issue asks of one.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { demoKnowledge } from '../../scripts/similar/demo-knowledge';
import { evaluateSimilar, parseLabelled } from '../../scripts/similar/evaluate';

const read = (name: string) => parseLabelled(readFileSync(path.resolve(__dirname, '../similar', name), 'utf8'));

test('the repository set meets the targets', () => {
  const { knowledge, countyOf } = demoKnowledge();
  const items = read('eval-set.jsonl');
  expect(items.length).toBeGreaterThanOrEqual(300);
  const s = evaluateSimilar(items, knowledge, countyOf);
  expect(s.groups).toBeGreaterThanOrEqual(50);
  expect(s.similar_hit_at_3).toBeGreaterThanOrEqual(0.95);
  expect(s.cluster_pairwise_precision).toBeGreaterThanOrEqual(0.7);
  expect(s.cluster_pairwise_recall).toBeGreaterThanOrEqual(0.6);
  expect(s.hard_negative_false_match).toBeLessThanOrEqual(0.2);
  // Confident suggestions only: not always three.
  expect(s.suggestions_per_opinion).toBeLessThan(3);
});

test.each(['eval-set.jsonl', 'holdout-set.jsonl', 'third-set.jsonl', 'fourth-set.jsonl'])('%s has the shape of a labelled set: 300+ opinions, 50+ groups of 2–9, singletons, hard negatives of both kinds', (name) => {
  const items = read(name) as (ReturnType<typeof read>[number] & { hn_kind?: string })[];
  expect(items.length).toBeGreaterThanOrEqual(300);
  expect(new Set(items.map((o) => o.id)).size).toBe(items.length);
  const size = new Map<string, number>();
  for (const o of items) size.set(String(o.cluster), (size.get(String(o.cluster)) ?? 0) + 1);
  expect([...size.values()].filter((n) => n >= 2 && n <= 9).length).toBeGreaterThanOrEqual(50);
  expect([...size.values()].filter((n) => n > 9)).toEqual([]);
  expect([...size.values()].filter((n) => n === 1).length).toBeGreaterThanOrEqual(60);
  const negatives = items.filter((o) => o.hard_negative_of);
  // Each points at a group of the set that is not its own.
  expect(negatives.filter((o) => !size.has(String(o.hard_negative_of)) || o.hard_negative_of === o.cluster).map((o) => o.id)).toEqual([]);
  expect(negatives.filter((o) => o.hn_kind === 'place').length).toBeGreaterThanOrEqual(25);
  expect(negatives.filter((o) => o.hn_kind === 'problem').length).toBeGreaterThanOrEqual(25);
});

test('a labelled line without an id, a station or a text is refused', () => {
  expect(() => parseLabelled('{"id":"a","text":"电梯坏了"}')).toThrow(/line 1/);
});
