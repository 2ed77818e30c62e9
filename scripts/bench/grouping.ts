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
import { countyOfPath } from '../../core/search-keys';
import type { Status } from '../../core/opinion-status';
import { MovableClock } from '../../emulator/clock';
import type { Doc } from '../../emulator/sqlite-store';
import { createRuntime } from '../../server/local/runtime';
import { seedIfEmpty } from '../../server/local/seed';
import { DEMO_REGIONS, demoStations } from '../../server/local/demo-data';
import type { OpinionDoc } from '../../server/model';
import { namesFor, similarFieldsOf } from '../../server/similar/knowledge';
import { GROUPING, runGrouping } from '../../server/similar/grouping';
import { searchFieldsOf } from '../../server/opinions/search-fields';
import { BulkWriter } from './province-seed';
import { findingsLogger } from './province';
import { prng } from './province-world';

const OPINIONS = Number(process.env.BENCH_GROUPING_OPINIONS ?? 3_000);

const THINGS = ['电梯', '楼道灯', '路灯', '下水道', '垃圾站', '菜市场', '公交站台', '停车位', '人行道', '自来水', '燃气管道', '绿化带', '健身器材', '排水沟', '充电桩', '消防通道'];
const PROBLEMS = ['坏了好久', '经常故障', '堵塞严重', '无人管理', '噪音扰民', '异味很重', '积水严重', '年久失修', '被占用', '漏水', '不亮了', '乱停乱放'];
const WISHES = ['希望尽快维修。', '请相关部门处理。', '建议加强管理。', '请代表帮忙反映。'];
const STATUSES: Status[] = ['triage', 'assigned', 'assigned', 'accepted', 'accepted', 'replied', 'resolved', 'closed'];

export async function benchGrouping(): Promise<Record<string, number>> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-grouping-'));
  const now = fromBeijing('2026-12-05', '10:00');
  try {
    const clock = new MovableClock();
    clock.set(now);
    let rt = createRuntime({ dataDir: dir, clock, indexCheck: 'off' });
    try {
      const init = await rt.callAsPlatform('setup', { action: 'init' });
      if (!init.ok) throw new Error(`setup.init refused: ${init.message}`);
      await seedIfEmpty(rt.ports);
    } finally {
      rt.close();
    }
    const stations = demoStations(now).filter((s) => s.status === 'active');
    const places = DEMO_REGIONS.flatMap((x) => x.places ?? []);
    const names = new Map(stations.map((s) => [s._id, namesFor(s, DEMO_REGIONS.filter((x) => s.regionPath.includes(x._id)))]));
    const r = prng(2525);
    const db = new BulkWriter(path.join(dir, 'cloud.db'), ['opinions']);
    const month = 30 * 86_400_000;
    const start = now.getTime() - month - 60_000;
    try {
      db.atomically(() => {
        for (let i = 0; i < OPINIONS; i++) {
          const station = stations[r.int(stations.length)]!;
          const place = r.rand() < 0.7 ? `${places[Math.min(places.length - 1, Math.floor(places.length * r.rand() * r.rand()))]}${r.rand() < 0.4 ? `${1 + r.int(12)}栋` : ''}` : '我们小区';
          const text = `${place}${THINGS[Math.floor(THINGS.length * r.rand() * r.rand())]}${PROBLEMS[r.int(PROBLEMS.length)]}，${WISHES[r.int(WISHES.length)]}`;
          const createdAt = new Date(start + Math.floor((i * month) / OPINIONS));
          const doc = {
            _id: `gp${i.toString(36).padStart(5, '0')}`,
            trackingNo: `GP${i}`,
            openid: `gp-res-${r.int(20_000).toString(36)}`,
            requestId: `gp-req-${i.toString(36)}`,
            channel: 'qr',
            stationCode: station._id,
            stationName: station.name,
            regionCode: station.regionCode,
            regionPath: station.regionPath,
            countyCode: countyOfPath(station.regionPath),
            category: '城乡建设',
            scope: 'community',
            text,
            anonymous: false,
            allowContact: false,
            consentPublish: r.rand() < 0.5,
            status: STATUSES[r.int(STATUSES.length)]!,
            flagged: false,
            replies: [],
            timeline: [{ at: createdAt, actor: { role: 'resident' }, action: 'submit', to: 'submitted' }],
            chaseCount: 0,
            reopenCount: 0,
            notifyPending: false,
            notifiedEvents: 1,
            photos: [],
            version: 2,
            createdAt,
            updatedAt: createdAt,
          } as unknown as OpinionDoc;
          Object.assign(doc, searchFieldsOf(doc), similarFieldsOf(doc, names.get(station._id)!));
          db.insert('opinions', doc as unknown as Doc);
        }
      });
    } finally {
      db.close();
    }
    const log = findingsLogger();
    rt = createRuntime({ dataDir: dir, clock, log, indexCheck: 'warn' });
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
