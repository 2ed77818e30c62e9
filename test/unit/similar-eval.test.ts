/**
 * The product's similar-opinion method on the repository's labelled set (test/similar/eval-set.jsonl,
 * issue 25): the scores `npm run similar:eval` prints and `npm run bench` reports stay at the
 * issue's targets — hit@3 ≥ 0.95, group precision ≥ 0.7 at recall ≥ 0.6, hard-negative false
 * matches ≤ 0.2. A change to the dictionary, the keys or the weights that loses them fails here.
 * (The second set, holdout-set.jsonl, is scored by the same command and reported, not asserted:
 * it was written apart to show how the method does on words it was not tuned on.)
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

test('a labelled line without an id, a station or a text is refused', () => {
  expect(() => parseLabelled('{"id":"a","text":"电梯坏了"}')).toThrow(/line 1/);
});
