/**
 * `npm run bench`: throughput figures, printed and merged into test-results/bench.json.
 *   routing_per_s       routing decisions per second (core/route-opinion.ts, pure)
 *   outbox_drain_per_s  messages per second through the outbox sender and the local
 *                       subscribeMessage stand-in (in-memory store, the genuine SDK client)
 * Add more figures as functions in this folder and list them in FIGURES.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { benchOutboxDrain } from './outbox-drain';
import { benchRouting } from './routing';

type Figure = () => Promise<Record<string, number>>;
const FIGURES: Figure[] = [benchRouting, benchOutboxDrain];

async function main() {
  const out = path.resolve(__dirname, '../../test-results/bench.json');
  const results: Record<string, number> = {};
  for (const figure of FIGURES) Object.assign(results, await figure());
  for (const [k, v] of Object.entries(results)) console.log(`${k.padEnd(24)} ${Math.round(v).toLocaleString('en')}`);
  mkdirSync(path.dirname(out), { recursive: true });
  const previous = existsSync(out) ? (JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown>) : {};
  writeFileSync(out, `${JSON.stringify({ ...previous, ...results, measured_at: new Date().toISOString() }, null, 2)}\n`);
  console.log(`written: ${path.relative(process.cwd(), out)}`);
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
