/**
 * `npm run bench`: throughput figures, printed and merged into test-results/bench.json.
 *   rt_<action>         database round trips of one action (round-trips.ts), and
 *   submit_p50_ms_rtt10, accept_p50_ms_rtt10  the wait with 10 ms a request, 50 ms an open API call
 *   routing_per_s       routing decisions per second (core/route-opinion.ts, pure)
 *   inbox_page_ms       one deputy inbox page (20 items + tab counts) with 100,000 opinions stored
 *   outbox_drain_per_s  messages per second through the outbox sender and the local
 *                       subscribeMessage stand-in (in-memory store, the genuine SDK client)
 *   poster_batch_50_ms  documents.regionPosters for 50 stations (font, QR stand-in, pdfkit)
 *   poster_batch_50_kb  the size of that 50-page PDF
 *   dashboard_counters_ms  the county dashboard (12 months) from the counters of 1,000,000 opinions
 *   dashboard_scan_ms   the same figures by a full scan of those 1,000,000 stored opinions (and the speed-up)
 *   deputy_table_ms, rt_deputy_table  the county's per-deputy table (this year, first page) from the
 *                       per-deputy rows of those opinions, and its database round trips
 *   h5_first_render_ms  the H5 station page shown in a fresh Chromium context (h5-first-render.ts)
 *   similar_hit_at_3, cluster_pairwise_precision/_recall, hard_negative_false_match, similar_lookup_ms,
 *                       rt_similar  similar opinions: the labelled set's scores, the lookup at 100,000 stored (similar.ts);
 *                       the same scores `_held_out`: the mean of the two sets never tuned on
 *   grouping_ms_per_1000, rt_group_place, grouping_ticks  the grouping pass placing a county's month of
 *                       opinions into groups, tick by tick: time per 1,000 placed, round trips per placement (grouping.ts)
 *   search_p50_ms, rt_search  查找意见 over 1,000,000 opinions at staff, county-office and deputy
 *                       scope: the median time and the most round trips (search.ts; `--search` only)
 *   weapp_main_kb, weapp_max_sub_kb, weapp_sub_<name>_kb, function_bundle_max_kb, documents_bundle_kb  (sizes.ts)
 * Each figure is printed beside its target (TARGETS); a missed target is marked, not fatal.
 * Add more figures as functions in this folder and list them in FIGURES.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { benchOutboxDrain } from './outbox-drain';
import { benchRouting } from './routing';
import { benchPosters } from './posters';
import { benchInbox } from './inbox';
import { benchSubmit } from './submit';
import { benchDashboard } from './dashboard';
import { benchH5FirstRender } from './h5-first-render';
import { benchSizes } from './sizes';
import { benchRoundTrips } from './round-trips';
import { benchProvince } from './province';
import { benchSearch } from './search';
import { benchSimilar } from './similar';
import { benchGrouping } from './grouping';

type Figure = () => Promise<Record<string, number>>;
// 查找意见 at 1,000,000 opinions (search_p50_ms, rt_search) is part of the whole run: a few minutes more, most of it seeding.
const ALL: Figure[] = [benchRoundTrips, benchRouting, benchOutboxDrain, benchSubmit, benchInbox, benchPosters, benchDashboard, benchSearch, benchSimilar, benchGrouping, benchSizes, benchH5FirstRender];
/**
 * `npm run bench -- --province`: only the province-scale figures (province.ts), on their own data;
 * `npm run bench -- --sizes`: only the package and bundle sizes (sizes.ts);
 * `npm run bench -- --search`: only 查找意见 over 1,000,000 opinions (search.ts, 3–8 minutes, most of it seeding; also in the whole run);
 * `npm run bench -- --similar`: only similar opinions (similar.ts: the labelled set's scores, the lookup at 100,000 stored);
 * `npm run bench -- --grouping`: only the grouping pass (grouping.ts: a county's month placed tick by tick, about a minute).
 */
const FIGURES: Figure[] = process.argv.includes('--province')
  ? [benchProvince]
  : process.argv.includes('--sizes')
    ? [benchSizes]
    : process.argv.includes('--search')
      ? [benchSearch]
      : process.argv.includes('--similar')
        ? [benchSimilar]
        : process.argv.includes('--grouping')
          ? [benchGrouping]
          : ALL;

/** What each figure should be on a 2-core machine (issue 10). */
const TARGETS: Record<string, ['≤' | '≥', number]> = {
  // What transfers to the cloud (issue 19): round trips, and the wait with 10 ms a request.
  rt_submit: ['≤', 8],
  rt_accept: ['≤', 5],
  rt_reply: ['≤', 5],
  rt_inbox: ['≤', 3],
  rt_station_get: ['≤', 2],
  rt_detail: ['≤', 2],
  rt_dashboard: ['≤', 4],
  submit_p50_ms_rtt10: ['≤', 150],
  accept_p50_ms_rtt10: ['≤', 80],
  // The same at province scale (npm run bench -- --province), and its dashboard.
  province_rt_submit: ['≤', 8],
  province_rt_accept: ['≤', 5],
  province_rt_reply: ['≤', 5],
  province_rt_inbox: ['≤', 3],
  province_rt_station_get: ['≤', 2],
  province_rt_detail: ['≤', 2],
  province_rt_dashboard: ['≤', 4],
  province_submit_p50_ms_rtt10: ['≤', 150],
  province_accept_p50_ms_rtt10: ['≤', 80],
  province_dashboard_ms: ['≤', 50],
  province_nearest_rt: ['≤', 2],
  // 查找意见 over 1,000,000 opinions (npm run bench -- --search; decision 0032).
  search_p50_ms: ['≤', 50],
  rt_search: ['≤', 3],
  // Similar opinions (issue 25, decision 0036): the labelled set's scores and the lookup while writing.
  similar_hit_at_3: ['≥', 0.95],
  cluster_pairwise_precision: ['≥', 0.7],
  cluster_pairwise_recall: ['≥', 0.6],
  hard_negative_false_match: ['≤', 0.2],
  similar_lookup_ms: ['≤', 30],
  rt_similar: ['≤', 3],
  // The grouping pass (decision 0036): three round trips a placement (candidates, group, opinion) and the shared reads;
  // 40 ms a placement locally lets a tick's 10-s budget place 250 opinions, more than a province's five minutes bring.
  rt_group_place: ['≤', 3.5],
  grouping_ms_per_1000: ['≤', 40_000],
  new_case_notify_delay_s: ['≤', 60],
  submit_p50_ms: ['≤', 15],
  submit_p99_ms: ['≤', 60],
  inbox_page_ms: ['≤', 10],
  dashboard_counters_ms: ['≤', 50],
  dashboard_speedup: ['≥', 100],
  deputy_table_ms: ['≤', 50],
  rt_deputy_table: ['≤', 4],
  routing_per_s: ['≥', 50_000],
  outbox_drain_per_s: ['≥', 500],
  h5_first_render_ms: ['≤', 1_500],
  // The budgets of scripts/lib/weapp-packages.mjs (BUDGET), which check:weapp enforces.
  weapp_main_kb: ['≤', 500],
  weapp_max_sub_kb: ['≤', 1_024],
  function_bundle_max_kb: ['≤', 1_024],
  documents_bundle_kb: ['≤', 5_120],
};

function verdict(key: string, v: number): string {
  // Each subpackage (weapp_sub_deputy_kb …) has the budget of the largest.
  const t = TARGETS[key] ?? (/^weapp_sub_\w+_kb$/.test(key) ? TARGETS.weapp_max_sub_kb : undefined);
  if (!t) return '';
  const met = t[0] === '≤' ? v <= t[1] : v >= t[1];
  return `  target ${t[0]} ${t[1].toLocaleString('en')}${met ? '' : '  ✗ missed'}`;
}

async function main() {
  const out = path.resolve(__dirname, '../../test-results/bench.json');
  const results: Record<string, number> = {};
  for (const figure of FIGURES) Object.assign(results, await figure());
  const width = Math.max(24, ...Object.keys(results).map((k) => k.length));
  for (const [k, v] of Object.entries(results)) {
    // Shares (0 to 1, such as the similar-opinion scores) with three decimals.
    const shown = v < 1 && v > 0 ? v.toFixed(3) : v < 100 ? v.toFixed(1) : Math.round(v).toLocaleString('en');
    console.log(`${k.padEnd(width)} ${shown.padStart(10)}${verdict(k, v)}`);
  }
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
