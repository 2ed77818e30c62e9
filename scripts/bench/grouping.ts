/**
 * The grouping pass (issue 25, decision 0036):
 *
 *   grouping_ms_per_1000  placing a county's month of opinions into groups, as the scheduler's
 *                         tick runs the pass (runs of its own time budget until it caught up):
 *                         the wall time per 1,000 opinions placed
 *   rt_group_place        its database round trips per opinion placed, everything counted (the
 *                         pages read, each county's stations and regions, the job's progress)
 *   grouping_ticks        how many ticks of the pass's budget the month took
 *
 * The month (BENCH_GROUPING_OPINIONS, default 3,000 so that the bench stays near a minute; 10,000
 * is the busiest county's month the issue names, ~4 minutes here, where the local store's reads
 * of a key's matches grow with the month) is that of the demo county's stations, each opinion written as submit writes it (its similarity
 * keys from server/similar/knowledge.ts), with texts composed from places of the county's
 * dictionary, building numbers, things and problems whose frequencies fall off by rank, so that
 * groups form as they would. Measured through the runtime and the genuine SDK client with the
 * index check in `warn` mode (a query no declared index serves is printed).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fromBeijing } from '../../core/beijing-time';
import type { Status } from '../../core/opinion-status';
import type { Doc } from '../../emulator/sqlite-store';
import { createRuntime } from '../../server/local/runtime';
import { GROUPING, runGrouping } from '../../server/similar/grouping';
import { countyOpinions, demoCountyStore } from './county-opinions';
import { BulkWriter } from './province-seed';
import { findingsLogger } from './province';
import { prng } from './province-world';

const OPINIONS = Number(process.env.BENCH_GROUPING_OPINIONS ?? 3_000);

const STATUSES: Status[] = ['triage', 'assigned', 'assigned', 'accepted', 'accepted', 'replied', 'resolved', 'closed'];

export async function benchGrouping(): Promise<Record<string, number>> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-grouping-'));
  const now = fromBeijing('2026-12-05', '10:00');
  try {
    const clock = await demoCountyStore(dir, now);
    const write = countyOpinions(now, prng(2525), { prefix: 'gp', placeShare: 0.7, buildings: 12, things: 16, residents: 20_000, status: (r) => STATUSES[r.int(STATUSES.length)]! });
    const db = new BulkWriter(path.join(dir, 'cloud.db'), ['opinions']);
    const month = 30 * 86_400_000;
    const start = now.getTime() - month - 60_000;
    try {
      db.atomically(() => {
        for (let i = 0; i < OPINIONS; i++) db.insert('opinions', write(i, new Date(start + Math.floor((i * month) / OPINIONS))) as unknown as Doc);
      });
    } finally {
      db.close();
    }
    const log = findingsLogger();
    const rt = createRuntime({ dataDir: dir, clock, log, indexCheck: 'warn' });
    try {
      let placed = 0;
      let ticks = 0;
      const before = rt.dbRequests();
      const started = Date.now();
      for (;;) {
        const report = await runGrouping(rt.ports);
        ticks++;
        placed += report.started + report.joined;
        if (!report.more || ticks > 200) break;
      }
      const ms = Date.now() - started;
      const requests = rt.dbRequests() - before;
      const groups = rt.store.scan('simgroups', []) as unknown as { caseCount: number }[];
      console.log(
        `grouping bench: ${placed.toLocaleString('en')} of ${OPINIONS.toLocaleString('en')} opinions placed in ${(ms / 1000).toFixed(1)} s over ${ticks} tick(s) of ${GROUPING.budgetMs / 1000} s, ` +
          `${groups.length.toLocaleString('en')} groups (${groups.filter((g) => g.caseCount >= 2).length.toLocaleString('en')} of two or more), ${requests.toLocaleString('en')} round trips`,
      );
      if (log.findings.size) console.log(`grouping bench: queries no declared index serves:\n  ${[...log.findings].join('\n  ')}`);
      if (placed !== OPINIONS) throw new Error(`grouping bench: ${placed} of ${OPINIONS} opinions placed`);
      return {
        grouping_ms_per_1000: Math.round((ms / placed) * 1000),
        rt_group_place: Math.round((requests / placed) * 100) / 100,
        grouping_ticks: ticks,
      };
    } finally {
      rt.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
