/**
 * `npm run bench -- --search` (issue 23, decision 0032): 查找意见 over 1,000,000 opinions.
 *
 *   search_p50_ms   the median of every timed search below (no added latency), target ≤ 50
 *   rt_search       the most database round trips any of them took (the caller, the page, the
 *                   phone search's record), target ≤ 3
 *   search_p50_ms_staff / _county / _deputy   the median at each scope
 *
 * The province of province-world.ts (湖南省: 14 cities, 122 counties, 1,900 townships, 5,000
 * stations; the demo's stations and personas among them; one seeded PRNG), and 1,000,000
 * opinions received over the 12 months before the bench's day, each written as submit writes
 * it for search — its search keys and county from server/opinions/search-fields.ts — with a
 * text composed from a vocabulary of places, things and problems whose frequencies fall off by
 * rank (the first thing, 小区电梯, is in about a fifth of all opinions; the rarest in a few
 * hundredths of a percent), a phone on two in three, and a deputy of the station on most.
 * The rows go in through province-seed.ts's bulk writer (indexes dropped, element index
 * triggers dropped); the runtime that opens the file builds both again (timed and printed).
 *
 * Measured through the runtime, the dispatcher and the genuine SDK client, as the callers the
 * product has: staff of 望月湖 and 岳麓总站 (demo-staff-wyh, two busy stations), the office of
 * 岳麓区 (a county, about 8,000 cases), and 李红梅 (d-county-1, the cases she holds). Each
 * scope asks: a tracking number of its own, a phone's last four digits (not the deputy), a
 * common two-character word (电梯), a rarer one (充电), a 4–6 character phrase, and that phrase
 * with a status and a date range; 3 rounds each after one to warm up. The index check runs in
 * `warn` mode: a query no declared index serves is printed (and would fail the handler tests).
 *
 * BENCH_SEARCH_OPINIONS=n seeds fewer opinions (for trying the script out only);
 * BENCH_SEARCH_DIR=path keeps the seeded store there, and a later run with the same path
 * measures on it without seeding again (for working on the planner).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beijingDate, fromBeijing, addDays } from '../../core/beijing-time';
import type { Status } from '../../core/opinion-status';
import { formatTrackingNumber, trackingCounterKey } from '../../core/tracking-number';
import { LEVEL_LABELS } from '../../core/vocabulary';
import { MovableClock } from '../../emulator/clock';
import type { Doc } from '../../emulator/sqlite-store';
import { createRuntime } from '../../server/local/runtime';
import { seedIfEmpty } from '../../server/local/seed';
import { DEMO_PERSONAS } from '../../server/local/demo-data';
import type { OpinionDoc, StationDoc } from '../../server/model';
import { searchFieldsOf } from '../../server/opinions/search-fields';
import { agreeOnBehalf } from '../../test/support/local';
import { BulkWriter } from './province-seed';
import { findingsLogger } from './province';
import { buildPeople, buildTree, DAY, prng, SPECIALTIES, type Rng } from './province-world';

const OPINIONS = Number(process.env.BENCH_SEARCH_OPINIONS ?? 1_000_000);
const STAFF = 'demo-staff-wyh';
const OFFICE = 'demo-admin-yuelu';
const DEPUTY = 'demo-deputy-county';
const DEPUTY_ID = 'd-county-1';

// ---------------------------------------------------------------------------------------------
// Texts

const THINGS = [
  '小区电梯', '楼道灯', '路口红绿灯', '下水道', '垃圾站', '学校门口', '菜市场', '公交站台', '停车位', '人行道',
  '路灯', '自来水管', '燃气管道', '小区绿化', '健身器材', '排水沟', '村道', '灌溉渠', '农贸市场', '社区卫生服务中心',
  '老年食堂', '幼儿园', '公共厕所', '河道', '广场', '外卖电动车', '共享单车', '充电桩', '违章建筑', '防盗门',
  '消防通道', '化粪池', '桥梁护栏', '快递柜', '二次供水', '物业公司', '篮球场', '图书室', '斑马线', '减速带',
];
const PROBLEMS = [
  '经常故障', '维修不及时', '堵塞严重', '长期损坏', '无人管理', '存在安全隐患', '噪音扰民', '异味很重', '积水严重', '年久失修',
  '时间太短', '乱停乱放', '收费不合理', '夜间照明不足', '排队时间太长', '占道经营', '缺少专业人员', '设施老化', '被占用', '漏水',
];
const WISHES = ['希望尽快维修。', '请相关部门处理。', '建议加强管理。', '希望早日改造。', '请尽快协调解决。', '希望增设护学岗。', '希望增加班次。', '请代表帮忙反映。'];
const MORE = ['老人上下楼很不方便。', '孩子上学很危险。', '已经反映过多次。', '周边居民意见很大。', '雨天尤其严重。', '晚上出行不安全。'];

/** A weight by rank (1 / rank): the first of a list is far commoner than the last. */
function zipf(r: Rng, n: number): () => number {
  const cumulative: number[] = [];
  let sum = 0;
  for (let i = 0; i < n; i++) cumulative.push((sum += 1 / (i + 1)));
  return () => {
    const x = r.rand() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

// ---------------------------------------------------------------------------------------------
// Opinions

const MIX: [Status, number][] = [
  ['triage', 0.02], ['assigned', 0.06], ['accepted', 0.12], ['replied', 0.08], ['need_info', 0.02],
  ['resolved', 0.1], ['closed', 0.52], ['withdrawn', 0.05], ['rejected', 0.03],
];

function opinionWriter(r: Rng, seeded: ReturnType<typeof buildPeople>, now: Date) {
  const weights = seeded.active.map((a) => a.weight);
  const cumulative: number[] = [];
  weights.reduce((sum, w, i) => (cumulative[i] = sum + w), 0);
  const total = cumulative[cumulative.length - 1]!;
  const pickStation = () => {
    const x = r.rand() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return seeded.active[lo]!.station;
  };
  const thing = zipf(r, THINGS.length);
  const problem = zipf(r, PROBLEMS.length);
  const end = fromBeijing(beijingDate(now)).getTime();
  const start = end - 365 * DAY;
  const sequences = new Map<string, number>();

  return (i: number): Doc => {
    const createdAt = new Date(start + Math.floor(((i + r.rand()) * (end - start)) / OPINIONS));
    const station = pickStation();
    let x = r.rand();
    const status = MIX.find(([, p]) => (x -= p) < 0)?.[0] ?? 'closed';
    const deputyIds = station.deputyIds.filter((id) => seeded.deputyById.has(id));
    const deputy = status !== 'triage' && deputyIds.length ? seeded.deputyById.get(r.pick(deputyIds))! : undefined;
    const where = r.rand() < 0.5 ? `${1 + r.int(30)}栋` : '';
    const text = `${where}${THINGS[thing()]}${PROBLEMS[problem()]}，${r.pick(WISHES)}${r.rand() < 0.3 ? r.pick(MORE) : ''}`;
    const seqKey = trackingCounterKey(station.regionCode, createdAt);
    const seq = (sequences.get(seqKey) ?? 0) + 1;
    sequences.set(seqKey, seq);
    const phone = r.rand() < 0.66 ? `1${3 + r.int(6)}${String(r.int(1e9)).padStart(9, '0')}` : undefined;
    const doc: Partial<OpinionDoc> & Record<string, unknown> = {
      _id: `sr${i.toString(36).padStart(6, '0')}`,
      trackingNo: formatTrackingNumber(station.regionCode, createdAt, seq),
      openid: `sr-res-${r.int(400_000).toString(36)}`,
      requestId: `sr-req-${i.toString(36)}`,
      channel: 'qr',
      stationCode: station._id,
      stationName: station.name,
      regionCode: station.regionCode,
      regionPath: station.regionPath,
      category: r.rand() < 0.3 ? '住房物业' : r.pick(SPECIALTIES),
      scope: 'community',
      text,
      anonymous: false,
      ...(phone ? { phone } : {}),
      allowContact: Boolean(phone),
      consentPublish: false,
      status,
      ...(deputy ? { assigneeDeputyId: deputy._id, assigneeName: deputy.name, assigneeLevelLabel: LEVEL_LABELS[deputy.level] } : {}),
      flagged: false,
      routing: deputy ? { rule: 'specialty', reason: '按专长分派', notes: [] } : { rule: 'triage', reason: '交工作人员分派', notes: [] },
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
    };
    Object.assign(doc, searchFieldsOf(doc as OpinionDoc));
    return doc as Doc;
  };
}

/** The province and its opinions, in a store file in `dir`; answers what each stage took. */
async function seed(dir: string, now: Date): Promise<string[]> {
  const stages: string[] = [];
  const clock = new MovableClock();
  clock.set(now);
  const rt = createRuntime({ dataDir: dir, clock, indexCheck: 'off' });
  try {
    const init = await rt.callAsPlatform('setup', { action: 'init' });
    if (!init.ok) throw new Error(`setup.init refused: ${init.message}`);
    await seedIfEmpty(rt.ports);
    for (const p of DEMO_PERSONAS) await agreeOnBehalf(rt, p.openid);
  } finally {
    rt.close();
  }
  const r = prng(23);
  const db = new BulkWriter(path.join(dir, 'cloud.db'), ['opinions', 'stations', 'users', 'regions']);
  try {
    let t0 = Date.now();
    const tree = buildTree(r);
    const seeded = buildPeople(r, tree, now, db.all('stations') as unknown as StationDoc[]);
    db.atomically(() => {
      for (const x of tree.regions) db.insert('regions', x as unknown as Doc);
      for (const s of seeded.stations) db.insert('stations', s as unknown as Doc);
      for (const u of seeded.users) db.insert('users', u as unknown as Doc);
    });
    stages.push(`regions, ${seeded.stations.length.toLocaleString('en')} stations, users: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    t0 = Date.now();
    const opinion = opinionWriter(r, seeded, now);
    let keys = 0;
    for (let from = 0; from < OPINIONS; from += 50_000) {
      db.atomically(() => {
        for (let i = from; i < Math.min(OPINIONS, from + 50_000); i++) {
          const doc = opinion(i);
          keys += (doc.searchKeys as string[] | undefined)?.length ?? 0;
          db.insert('opinions', doc);
        }
      });
    }
    stages.push(`opinions ${OPINIONS.toLocaleString('en')} (${(keys / OPINIONS).toFixed(1)} search keys each): ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  } finally {
    db.close();
  }
  return stages;
}

// ---------------------------------------------------------------------------------------------
// Measuring

interface Ask {
  scope: 'staff' | 'county' | 'deputy';
  kind: string;
  desk: 'staff' | 'admin' | 'deputy';
  openid: string;
  payload: Record<string, unknown>;
}

/** A tracking number and a phone of a case each caller can see, read straight from the store file. */
function samples(file: string) {
  const raw = new Database(file, { readonly: true });
  const one = (where: string, ...params: unknown[]) =>
    raw.prepare(`SELECT json_extract(doc, '$.trackingNo') t, json_extract(doc, '$.phone') p FROM docs WHERE coll = 'opinions' AND ${where} AND json_extract(doc, '$.phone') IS NOT NULL LIMIT 1`).get(...params) as { t: string; p: string };
  try {
    return {
      staff: one("json_extract(doc, '$.stationCode') = ?", 'WYH01'),
      county: one("json_extract(doc, '$.countyCode') = ?", '430104'),
      deputy: one("json_extract(doc, '$.assigneeDeputyId') = ?", DEPUTY_ID),
      elements: (raw.prepare('SELECT COUNT(*) n FROM elements').get() as { n: number }).n,
    };
  } finally {
    raw.close();
  }
}

function asks(s: ReturnType<typeof samples>, now: Date): Ask[] {
  const today = beijingDate(now);
  const recent = { status: ['accepted', 'replied', 'resolved', 'closed'], from: addDays(today, -90), to: today };
  const scopes = [
    { scope: 'staff', desk: 'staff', openid: STAFF, sample: s.staff },
    { scope: 'county', desk: 'admin', openid: OFFICE, sample: s.county },
    { scope: 'deputy', desk: 'deputy', openid: DEPUTY, sample: s.deputy },
  ] as const;
  return scopes.flatMap(({ scope, desk, openid, sample }) => [
    { scope, desk, openid, kind: 'tracking number', payload: { trackingNo: sample.t } },
    ...(desk === 'deputy' ? [] : [{ scope, desk, openid, kind: 'phone suffix', payload: { phone: sample.p.slice(-4) } }]),
    { scope, desk, openid, kind: '2-char word', payload: { text: '电梯' } },
    { scope, desk, openid, kind: 'rarer word', payload: { text: '充电' } },
    { scope, desk, openid, kind: 'phrase', payload: { text: '电梯经常故障' } },
    { scope, desk, openid, kind: 'phrase + status + days', payload: { text: '下水道堵塞', ...recent } },
  ]);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function benchSearch(): Promise<Record<string, number>> {
  const kept = process.env.BENCH_SEARCH_DIR;
  const dir = kept ?? mkdtempSync(path.join(os.tmpdir(), 'bench-search-'));
  const now = fromBeijing('2026-12-05', '10:00');
  try {
    const t0 = Date.now();
    const reuse = kept !== undefined && existsSync(path.join(kept, 'cloud.db'));
    if (kept) mkdirSync(kept, { recursive: true });
    const stages = reuse ? [`the store seeded before in ${kept}`] : await seed(dir, now);
    const log = findingsLogger();
    const clock = new MovableClock();
    clock.set(now);
    const opened = Date.now();
    const rt = createRuntime({ dataDir: dir, clock, log, indexCheck: 'warn' });
    stages.push(`the runtime's start (indexes and element indexes built): ${((Date.now() - opened) / 1000).toFixed(1)} s`);
    try {
      const file = path.join(dir, 'cloud.db');
      const s = samples(file);
      stages.push(`store file ${(statSync(file).size / 1e9).toFixed(2)} GB, ${s.elements.toLocaleString('en')} element rows; seeding in all ${((Date.now() - t0) / 1000).toFixed(0)} s`);
      for (const line of stages) console.log(`search bench: ${line}`);

      const all: number[] = [];
      const byScope: Record<string, number[]> = { staff: [], county: [], deputy: [] };
      let rtMax = 0;
      for (const ask of asks(s, now)) {
        const times: number[] = [];
        let rts = 0;
        let found = 0;
        let more = false;
        for (let round = 0; round < 4; round++) {
          const before = rt.dbRequests();
          const started = process.hrtime.bigint();
          const res = await rt.call(ask.desk, { action: 'search', payload: ask.payload }, ask.openid);
          const ms = Number(process.hrtime.bigint() - started) / 1e6;
          if (!res.ok) throw new Error(`${ask.scope} ${ask.kind}: refused ${res.code} ${res.message}`);
          rts = rt.dbRequests() - before;
          const data = res.data as { items: unknown[]; nextCursor?: string };
          found = data.items.length;
          more = Boolean(data.nextCursor);
          if (round > 0) times.push(ms);
        }
        all.push(...times);
        byScope[ask.scope]!.push(...times);
        rtMax = Math.max(rtMax, rts);
        console.log(`search ${ask.scope.padEnd(6)} ${ask.kind.padEnd(24)} ${median(times).toFixed(1).padStart(7)} ms  ${rts} round trips  ${found}${more ? '+' : ''} found`);
      }
      if (log.findings.size) console.log(`search bench: queries no declared index serves:\n  ${[...log.findings].join('\n  ')}`);
      return {
        search_p50_ms: median(all),
        rt_search: rtMax,
        search_p50_ms_staff: median(byScope.staff!),
        search_p50_ms_county: median(byScope.county!),
        search_p50_ms_deputy: median(byScope.deputy!),
      };
    } finally {
      rt.close();
    }
  } finally {
    if (!kept) rmSync(dir, { recursive: true, force: true });
  }
}
