/**
 * `npm run similar:eval -- FILE.jsonl`: runs the product's similar-opinion method on a labelled
 * set (JSON lines: id, stationCode, category, text, cluster, optional hard_negative_of) and
 * prints its scores, one `key value` per line (issue 25, decision 0036).
 */
import { readFileSync } from 'node:fs';
import { demoKnowledge } from './demo-knowledge';
import { evaluateSimilar, parseLabelled } from './evaluate';

const file = process.argv.slice(2).find((a) => !a.startsWith('-'));
if (!file) {
  console.error('usage: npm run similar:eval -- FILE.jsonl');
  process.exit(2);
}
const items = parseLabelled(readFileSync(file, 'utf8'));
const { knowledge, countyOf } = demoKnowledge();
const scores = evaluateSimilar(items, knowledge, countyOf);
for (const [k, v] of Object.entries(scores)) console.log(`${k} ${v}`);
