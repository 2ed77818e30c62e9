/**
 * The province the province bench measures on (`npm run bench -- --province`, province.ts):
 * seeded deterministically (one seeded PRNG) into a store file, as province.ts's header
 * describes: the region tree, 5,000 stations, 130,000 deputies, the users, 1,000,000 opinions
 * and their statistics counters, written straight into the store's table with the indexes
 * dropped; the runtime's start builds them again.
 */
import Database from 'better-sqlite3';
import { EJSON } from 'bson';
import path from 'node:path';
import { beijingDate, fromBeijing } from '../../core/beijing-time';
import { dueAfter } from '../../core/deadlines';
import { OPEN_STATUSES, type Status } from '../../core/opinion-status';
import { aggregate } from '../../core/stats/counter-cells';
import { factsOf, type StatsFacts } from '../../core/stats/opinion-facts';
import { formatTrackingNumber, trackingCounterKey } from '../../core/tracking-number';
import { LEVEL_LABELS, type Level } from '../../core/vocabulary';
import { MovableClock } from '../../emulator/clock';
import { suspendElementIndexes, type Doc } from '../../emulator/sqlite-store';
import { DURATION_EDGES_HOURS } from '../../server/config/stats';
import { deadlineSettingsFor } from '../../server/config/deadlines';
import { CALENDAR } from '../../server/config/holidays';
import { counterMeta, nestCells } from '../../server/dashboard/keep';
import { DEMO_DEPUTIES, DEMO_PERSONAS, DEMO_REGIONS } from '../../server/local/demo-data';
import { createRuntime } from '../../server/local/runtime';
import { seedIfEmpty } from '../../server/local/seed';
import type { OpinionDoc, StationDoc } from '../../server/model';
import type { Logger } from '../../server/platform/ports';
import { agreeOnBehalf } from '../../test/support/local';
import { OPINIONS, DAY, prng, SPECIALTIES, buildTree, buildPeople, type Rng, type Seeded } from './province-world';
export { CHANGSHA, DEPUTY_ID, PHOTO, PROVINCE_ADMIN, STATION } from './province-world';

// ---------------------------------------------------------------------------------------------
// Opinions

/** Status mixes by age (days since received): old cases are mostly done, recent ones open. */
const MIXES: { maxAgeDays: number; mix: [Status, number][] }[] = [
  { maxAgeDays: 7, mix: [['triage', 0.05], ['assigned', 0.3], ['accepted', 0.3], ['replied', 0.12], ['need_info', 0.03], ['resolved', 0.1], ['closed', 0.04], ['withdrawn', 0.04], ['rejected', 0.02]] },
  { maxAgeDays: 30, mix: [['triage', 0.01], ['assigned', 0.04], ['accepted', 0.2], ['replied', 0.18], ['need_info', 0.03], ['resolved', 0.22], ['closed', 0.25], ['withdrawn', 0.04], ['rejected', 0.03]] },
  { maxAgeDays: 90, mix: [['assigned', 0.01], ['accepted', 0.05], ['replied', 0.08], ['need_info', 0.01], ['resolved', 0.15], ['closed', 0.62], ['withdrawn', 0.05], ['rejected', 0.03]] },
  { maxAgeDays: Infinity, mix: [['accepted', 0.01], ['replied', 0.02], ['resolved', 0.05], ['closed', 0.84], ['withdrawn', 0.05], ['rejected', 0.03]] },
];
const LEVEL_WEIGHT: Record<Level, number> = { township: 1, county: 2.5, city: 3, provincial: 3, national: 3 };
const REPLY = '已联系相关部门了解情况,正在协调处理,处理进展会及时告知您。';
const TEXTS = ['小区电梯经常故障,物业维修不及时。', '路口红绿灯时间太短,老人过马路不安全。', '村里的灌溉渠堵塞,影响春耕用水。', '学校门口早晚高峰拥堵,希望增设护学岗。', '社区卫生服务中心缺少儿科医生。', '菜市场周边占道经营,环境脏乱。'];

/** Seeded opinions are the relay's work done: notified, statistics and open load recorded. */
type Stored = OpinionDoc & { openLoadOf: string; statsRev: number; statsFacts: StatsFacts; statsAt: Date };

function opinionWriter(r: Rng, seeded: Seeded, now: Date) {
  const weights = seeded.active.map((a) => a.weight);
  const cumulative: number[] = [];
  weights.reduce((sum, w, i) => (cumulative[i] = sum + w), 0);
  const totalWeight = cumulative[cumulative.length - 1];
  const pickStation = () => {
    const x = r.rand() * totalWeight;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return seeded.active[lo].station;
  };
  const pickDeputy = (ids: string[]) => {
    const ws = ids.map((id) => LEVEL_WEIGHT[seeded.deputyById.get(id)!.level]);
    let x = r.rand() * ws.reduce((a, b) => a + b, 0);
    for (let i = 0; i < ids.length; i++) if ((x -= ws[i]) < 0) return seeded.deputyById.get(ids[i])!;
    return seeded.deputyById.get(ids[ids.length - 1])!;
  };
  // Deadlines in working days, computed once per Beijing day.
  const dueCache = new Map<string, Date>();
  const due = (at: Date, n: number) => {
    const key = `${beijingDate(at)}|${n}`;
    let d = dueCache.get(key);
    if (!d) dueCache.set(key, (d = dueAfter(CALENDAR, at, n)));
    return d;
  };
  const settings = deadlineSettingsFor([]);
  const today = beijingDate(now);
  const end = fromBeijing(today); // seeded up to the start of the bench's day (its tracking numbers stay free)
  const start = end.getTime() - 365 * DAY;
  const sequences = new Map<string, number>();
  const openLoad = new Map<string, number>();
  const after = (t: Date, maxDays: number) => new Date(Math.min(now.getTime() - 60_000, t.getTime() + (0.05 + r.rand() * maxDays) * DAY));

  function opinion(i: number): Stored {
    const createdAt = new Date(start + Math.floor(((i + r.rand()) * (end.getTime() - start)) / OPINIONS));
    const ageDays = (now.getTime() - createdAt.getTime()) / DAY;
    const mix = MIXES.find((m) => ageDays <= m.maxAgeDays)!.mix;
    let x = r.rand();
    const status = mix.find(([, p]) => (x -= p) < 0)?.[0] ?? 'closed';
    const station = pickStation();
    const category = r.rand() < 0.3 ? '住房物业' : r.pick(SPECIALTIES);
    const openid = `hn-res-${r.int(400_000).toString(36)}`;
    const seqKey = trackingCounterKey(station.regionCode, createdAt);
    const seq = (sequences.get(seqKey) ?? 0) + 1;
    sequences.set(seqKey, seq);
    const assigned = status !== 'triage' && !(status === 'withdrawn' && r.rand() < 0.4) && station.deputyIds.length > 0;
    const deputy = assigned ? pickDeputy(station.deputyIds) : undefined;
    const doc: Partial<Stored> & Record<string, unknown> = {
      _id: `hn${i.toString(36).padStart(6, '0')}`,
      trackingNo: formatTrackingNumber(station.regionCode, createdAt, seq),
      openid,
      requestId: `hn-req-${i.toString(36)}`,
      channel: r.rand() < 0.85 ? 'qr' : r.pick(['walk_in', 'phone', 'letter', 'visit'] as const),
      stationCode: station._id,
      stationName: station.name,
      regionCode: station.regionCode,
      regionPath: station.regionPath,
      category,
      scope: r.rand() < 0.8 ? 'community' : 'township',
      text: r.pick(TEXTS),
      anonymous: r.rand() < 0.1,
      allowContact: r.rand() < 0.5,
      consentPublish: r.rand() < 0.3,
      status,
      flagged: false,
      routing: deputy ? { rule: 'specialty', reason: '按专长分派', notes: [] } : { rule: 'triage', reason: '交工作人员分派', notes: [] },
      replies: [],
      timeline: [{ at: createdAt, actor: { role: 'resident' }, action: 'submit', to: 'submitted' }],
      chaseCount: r.rand() < 0.05 ? 1 : 0,
      reopenCount: 0,
      notifyPending: false,
      photos: [],
      version: 1,
      createdAt,
    };
    const timeline = doc.timeline!;
    let t = createdAt;
    const event = (action: string, from: Status, to: Status, at: Date, actor: object) => {
      timeline.push({ at, actor, action, from, to } as never);
      doc.version = (doc.version ?? 1) + 1;
      t = at;
    };
    if (!deputy) {
      if (status === 'triage' || status === 'withdrawn') {
        event('route', 'submitted', 'triage', createdAt, { role: 'system' });
        doc.triage = { kind: 'staff' };
        if (status === 'withdrawn') event('withdraw', 'triage', 'withdrawn', after(t, 3), { role: 'resident' });
      }
    } else {
      const actor = { role: 'deputy', id: deputy._id, name: deputy.name };
      event('route', 'submitted', 'assigned', createdAt, { role: 'system' });
      Object.assign(doc, { assigneeDeputyId: deputy._id, assigneeName: deputy.name, assigneeLevelLabel: LEVEL_LABELS[deputy.level], assignedAt: createdAt });
      const acceptDue = due(createdAt, settings.acceptWorkingDays);
      doc.acceptDueAt = acceptDue;
      if (status === 'withdrawn') event('withdraw', 'assigned', 'withdrawn', after(t, 2), { role: 'resident' });
      else if (status === 'rejected') event('reject', 'assigned', 'rejected', after(t, 3), actor);
      else if (status !== 'assigned') {
        const acceptedAt = after(t, r.rand() < 0.9 ? 3 : 8);
        event('accept', 'assigned', 'accepted', acceptedAt, actor);
        const resultDue = due(acceptedAt, settings.resultWorkingDays);
        Object.assign(doc, { acceptedAt, firstResponseAt: acceptedAt, resultDueAt: resultDue });
        if (status === 'need_info') {
          const at = after(t, 5);
          event('need_info', 'accepted', 'need_info', at, actor);
          Object.assign(doc, { needInfoFrom: 'accepted', resultPausedAt: at, resultRemainingDays: 5 });
        }
        if (status === 'replied' || status === 'resolved' || status === 'closed') {
          const at = after(t, 10);
          doc.replies!.push({ at, deputyId: deputy._id, byName: deputy.name, text: REPLY, countsAsResponse: true });
          event('reply', 'accepted', 'replied', at, actor);
        }
        if (status === 'resolved' || status === 'closed') {
          const resolvedAt = after(t, 15);
          event('resolve', 'replied', 'resolved', resolvedAt, actor);
          Object.assign(doc, { resolvedAt, resultKind: r.pick(['solved', 'solved', 'partly', 'explained'] as const), resultText: '已协调有关部门处理完毕。' });
          if (status === 'closed') {
            const at = after(t, 7);
            if (r.rand() < 0.6) {
              doc.ratings = [{ at, result: r.pick(['satisfied', 'satisfied', 'basic', 'unsatisfied']), attitude: 'satisfied' }];
              event('rate', 'resolved', 'closed', at, { role: 'resident' });
            } else event('close', 'resolved', 'closed', at, { role: 'system' });
          }
        }
      }
    }
    // The deadline running now, and the scheduler's overdue mark where it has passed.
    const running = status === 'assigned' ? ['accept', doc.acceptDueAt] : status === 'accepted' || status === 'replied' ? ['result', doc.resultDueAt] : undefined;
    if (running) {
      const at = running[1] as Date;
      Object.assign(doc, { nextDueAt: at, nextDueKind: running[0], overdue: at < now, overdueSince: at < now ? at : null, dueAlertLevel: at < now ? 2 : 0 });
    } else Object.assign(doc, { nextDueAt: null, nextDueKind: null });
    const holder = deputy && OPEN_STATUSES.includes(status) ? deputy._id : '';
    if (holder) openLoad.set(holder, (openLoad.get(holder) ?? 0) + 1);
    doc.openLoadOf = holder;
    doc.updatedAt = t;
    doc.notifiedEvents = timeline.length;
    const facts = factsOf(doc as unknown as OpinionDoc, null, DURATION_EDGES_HOURS);
    doc.statsRev = 1;
    doc.statsFacts = facts;
    doc.statsAt = t;
    return doc as Stored;
  }
  return { opinion, sequences, openLoad };
}

// ---------------------------------------------------------------------------------------------
// Seeding

/** A date as the store's encoding (relaxed extended JSON) writes it: zero milliseconds left out. */
const isoOf = (d: Date) => (d.getUTCMilliseconds() !== 0 ? d.toISOString() : `${d.toISOString().slice(0, -5)}Z`);
function rowText(this: Record<string, unknown>, key: string, value: unknown): unknown {
  const raw = this[key];
  return raw instanceof Date ? { $date: isoOf(raw) } : value === undefined ? null : value;
}

/**
 * Rows straight into the store's own table through prepared statements, in transactions of
 * the caller's choosing (as dashboard.ts writes its opinions), on a connection of its own
 * tuned for a bulk load (no journal, no sync, a large cache; put back to WAL when closed).
 * The expression indexes of the collections written, and their element indexes, are dropped
 * first: the runtime that opens the file next builds them again (SqliteStore.useIndexes), once,
 * in order. Each
 * collection's rows are checked against the store's own encoding (EJSON, relaxed) on a sample.
 */
export class BulkWriter {
  private readonly db: Database.Database;
  private readonly insertRow: Database.Statement;
  private readonly updateRow: Database.Statement;
  private readonly written = new Map<string, number>();

  constructor(file: string, collections: string[]) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = DELETE');
    this.db.pragma('synchronous = OFF');
    this.db.pragma('cache_size = -262144');
    for (const coll of collections) {
      const rows = this.db.prepare("SELECT name FROM sqlite_master WHERE type = 'index'").all() as { name: string }[];
      for (const { name } of rows) if (name.startsWith(`ix_${coll}_`)) this.db.exec(`DROP INDEX ${name}`);
    }
    // The element indexes (regionPath, searchKeys…) too: rebuilt in sorted order by the runtime that opens the file next.
    suspendElementIndexes(this.db, collections);
    this.insertRow = this.db.prepare('INSERT INTO docs (coll, id, doc) VALUES (?, ?, ?)');
    this.updateRow = this.db.prepare('UPDATE docs SET doc = ? WHERE coll = ? AND id = ?');
  }

  /** The row text of `doc`; `plain` for documents holding no date (counters), which JSON writes as the store does. */
  private text(coll: string, doc: Doc, plain: boolean): string {
    const text = plain ? JSON.stringify(doc) : JSON.stringify(doc, rowText);
    const n = (this.written.get(coll) ?? 0) + 1;
    this.written.set(coll, n);
    if (n % 5_000 === 1 && text !== EJSON.stringify(doc, { relaxed: true })) throw new Error(`${coll} ${doc._id}: the row would differ from what the store writes`);
    return text;
  }

  insert(coll: string, doc: Doc, plain = false): void {
    this.insertRow.run(coll, doc._id, this.text(coll, doc, plain));
  }

  replace(coll: string, doc: Doc): void {
    this.updateRow.run(this.text(coll, doc, false), coll, doc._id);
  }

  all(coll: string): Doc[] {
    return (this.db.prepare('SELECT doc FROM docs WHERE coll = ?').all(coll) as { doc: string }[]).map((r) => EJSON.parse(r.doc, { relaxed: true }) as Doc);
  }

  atomically(fn: () => void): void {
    this.db.transaction(fn)();
  }

  close(): void {
    this.db.pragma('journal_mode = WAL');
    this.db.close();
  }
}

const seconds = (from: number) => ((Date.now() - from) / 1000).toFixed(1);

export async function seedProvince(dir: string, now: Date, log: Logger): Promise<{ seeded: Seeded; stages: string[]; seedS: number }> {
  const started = Date.now();
  const stages: string[] = [];
  const r = prng(19);
  const clock = new MovableClock();
  clock.set(now);
  // Every collection the runtime expects, the demo data and its personas, as startLocal makes them.
  const rt = createRuntime({ dataDir: dir, clock, log });
  try {
    const init = await rt.callAsPlatform('setup', { action: 'init' });
    if (!init.ok) throw new Error(`setup.init refused: ${init.message}`);
    await seedIfEmpty(rt.ports);
    for (const p of DEMO_PERSONAS) await agreeOnBehalf(rt, p.openid);
  } finally {
    rt.close();
  }
  const db = new BulkWriter(path.join(dir, 'cloud.db'), ['opinions', 'deputies', 'stats', 'stations', 'users', 'regions', 'counters']);
  try {
    let t0 = Date.now();
    const tree = buildTree(r);
    const demoStations = db.all('stations') as unknown as StationDoc[];
    const seeded = buildPeople(r, tree, now, demoStations);
    db.atomically(() => {
      for (const x of tree.regions) db.insert('regions', x as unknown as Doc);
      for (const s of seeded.stations) db.insert('stations', s as unknown as Doc);
      for (const u of seeded.users) db.insert('users', u as unknown as Doc);
    });
    stages.push(
      `regions ${(tree.regions.length + DEMO_REGIONS.length).toLocaleString('en')} (${tree.cities.length} cities, ${tree.counties.length} counties, ${tree.townships.length} townships), ` +
        `stations ${(seeded.stations.length + demoStations.length).toLocaleString('en')}, users ${seeded.users.length.toLocaleString('en')} (+ the demo's): ${seconds(t0)} s`,
    );

    // Opinions in time order: each month's facts are aggregated once the month is written
    // (every counter document belongs to one month, so the months' sums are the whole sums).
    t0 = Date.now();
    const writer = opinionWriter(r, seeded, now);
    let month = '';
    let facts: StatsFacts[] = [];
    let counters = 0;
    let aggregateMs = 0;
    const flush = () => {
      const a0 = Date.now();
      const totals = aggregate(facts);
      for (const [id, cells] of totals) db.insert('stats', { _id: id, ...counterMeta(id), ...nestCells(cells) }, true);
      counters += totals.size;
      aggregateMs += Date.now() - a0;
      facts = [];
    };
    const BATCH = 50_000;
    for (let from = 0; from < OPINIONS; from += BATCH) {
      db.atomically(() => {
        for (let i = from; i < Math.min(OPINIONS, from + BATCH); i++) {
          const doc = writer.opinion(i);
          if (doc.statsFacts.place.m !== month) {
            if (facts.length) flush();
            month = doc.statsFacts.place.m;
          }
          facts.push(doc.statsFacts);
          db.insert('opinions', doc as unknown as Doc);
        }
      });
    }
    db.atomically(flush);
    stages.push(
      `opinions ${OPINIONS.toLocaleString('en')}: ${((Date.now() - t0 - aggregateMs) / 1000).toFixed(1)} s; their ${counters.toLocaleString('en')} counter documents (aggregate, month by month, and write): ${(aggregateMs / 1000).toFixed(1)} s`,
    );

    t0 = Date.now();
    db.atomically(() => {
      for (const [key, n] of writer.sequences) db.insert('counters', { _id: key, n });
      // Every deputy with the open load the seeded opinions give it, as the relay leaves it.
      for (const d of seeded.deputies) db.insert('deputies', { ...d, openCount: writer.openLoad.get(d._id) ?? 0 } as unknown as Doc);
      for (const demo of db.all('deputies').filter((d) => DEMO_DEPUTIES.some((x) => x._id === d._id))) {
        db.replace('deputies', { ...demo, openCount: writer.openLoad.get(demo._id) ?? 0 });
      }
    });
    stages.push(`deputies ${(seeded.deputies.length + DEMO_DEPUTIES.length).toLocaleString('en')} (with their open load), tracking-number counters ${writer.sequences.size.toLocaleString('en')}: ${seconds(t0)} s`);
    return { seeded, stages, seedS: (Date.now() - started) / 1000 };
  } finally {
    db.close();
  }
}
