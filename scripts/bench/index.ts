/**
 * `npm run bench`: throughput figures, printed and merged into test-results/bench.json.
 *   routing_per_s       routing decisions per second (core/route-opinion.ts, pure)
 *   inbox_page_ms       one deputy inbox page (20 items + tab counts) with 100,000 opinions stored
 *   outbox_drain_per_s  messages per second through the outbox sender and the local
 *                       subscribeMessage stand-in (in-memory store, the genuine SDK client)
 *   poster_batch_50_ms  documents.regionPosters for 50 stations (font, QR stand-in, pdfkit)
 *   poster_batch_50_kb  the size of that 50-page PDF
 * Add more figures as functions in this folder and list them in FIGURES.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { benchOutboxDrain } from './outbox-drain';
import { benchRouting } from './routing';
import { benchPosters } from './posters';
import { benchInbox } from './inbox';
import { benchSubmit } from './submit';

type Figure = () => Promise<Record<string, number>>;
const FIGURES: Figure[] = [benchRouting, benchOutboxDrain, benchSubmit, benchInbox, benchPosters];

async function main() {
  const out = path.resolve(__dirname, '../../test-results/bench.json');
  const results: Record<string, number> = {};
  for (const figure of FIGURES) Object.assign(results, await figure());
  for (const [k, v] of Object.entries(results)) console.log(`${k.padEnd(24)} ${v < 100 ? v.toFixed(1) : Math.round(v).toLocaleString('en')}`);
  mkdirSync(path.dirname(out), { recursive: true });
  const previous = existsSync(out) ? (JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown>) : {};
  const numbers = Object.fromEntries(Object.entries({ ...previous, ...results }).filter(([, v]) => typeof v === 'number'));
  writeFileSync(out, `${JSON.stringify(numbers, null, 2)}\n`);
  console.log(`written: ${path.relative(process.cwd(), out)}`);
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
