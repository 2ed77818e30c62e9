/**
 * The grouping pass (decision 0036, "Groups"): places opinions into groups of similar opinions
 * as the product forms them — one after another in the order they came in, each joining the
 * group its candidates are most like (`chooseGroup`, core/similar) or starting its own — and
 * follows which members can still be merged. Run by the scheduler's tick (server/scheduler/
 * tick.ts) within a time budget, resumable from the cursors it keeps in one `jobs` document.
 *
 * Placing one opinion (round trips: `rt_group_place` in the bench):
 *  1. one indexed read of its candidates: the newest opinions of its county received before it
 *     that hold one of its lookup keys (`lookupKeysOf`), at most GROUPING.candidates, of which
 *     those placed already count (each profiled with its own station's knowledge);
 *  2. one write of the group: a new group (`_id` = the opinion's id), or one atomic update of
 *     the group it joins, guarded by the group's member list;
 *  3. one conditional write of `simGroup` on the opinion (only while it has none).
 * The page of opinions to place (GROUPING.page a read) and each county's stations and regions
 * (two reads, once a run) are shared by many. Run again after a cut, a placement adds nothing
 * twice: the group lists its members, and the same candidates choose the same group (only
 * opinions received earlier are candidates). The first opinion a run places is looked up among
 * the groups' members first, in case the run before was cut between steps 2 and 3 after an
 * earlier opinion was placed late.
 *
 * Following members: a second walk reads the opinions changed since its cursor (`updatedAt`),
 * and for those placed, brings their group's `open` list (members `mergeRefusal` says nothing
 * against) to what they are now, by a write conditional on the group's version.
 *
 * A 汇总件 (`mergedSources`) is never placed and never counted: its sources are, each in its
 * own group. An erased opinion has no similarity keys and is not placed; one erased after it
 * was placed stays counted (a count, not the resident's words; the sample excerpt is read live).
 */
import { beijingDate } from '../../core/beijing-time';
import { countyOfPath } from '../../core/search-keys';
import { chooseGroup, knownNames, lookupKeysOf, type Placed, type SimilarProfile } from '../../core/similar';
import { conceptOf } from '../../core/similar/profile';
import type { OpinionDoc, RegionDoc, StationDoc } from '../model';
import type { Ports } from '../platform/ports';
import { getOpinion } from '../opinions/opinions.repo';
import { earlierOpinionsBySimKeys, opinionsChangedAfter, recordSimGroup, unplacedOpinionsAfter, type GroupingRow, type WalkPoint } from '../opinions/opinions.similar.repo';
import { readJob, saveJob } from '../scheduler/jobs.repo';
import { regionsByCodes } from '../stations/regions.repo';
import { stationsInRegion } from '../stations/stations.repo';
import { learnedLinksFor, namesFor, profileOfOpinion } from './knowledge';
import { NO_LINKS, type LearnedLinks } from '../../core/similar/learned';
import type { SimGroupDoc } from './simgroup-doc';
import { addGroup, addGroupSeconds, groupListing, groupsByIds, joinGroup, setGroupOpen } from './simgroups.repo';
import { openEntryOf, parseOpenEntry, townshipOf } from './open-entries';

export const GROUPING = {
  /** A tick starts no new placement after this long (the tick's function has 60 s in all). */
  budgetMs: 10_000,
  /** Opinions to place read per request. */
  page: 50,
  /** Changed opinions read per request. */
  changedPage: 100,
  /** Candidates read per opinion: the newest of the county sharing a key. */
  candidates: 60,
  /** A write younger than this may still be on its way: it waits for the next tick. */
  settleMs: 10_000,
  /** At most this many stations of a county are read for their names. */
  countyStations: 5000,
} as const;

const JOB_ID = 'similar-grouping';

/** The pass's progress: where each walk stopped, and the Beijing day the placement walk last started over. */
interface GroupingJob {
  _id: string;
  placed?: { at: Date; id: string };
  changed?: { at: Date; id: string };
  sweptDay?: string;
}

export interface GroupingReport {
  /** Opinions placed: in a new group, or joining one. */
  started: number;
  joined: number;
  /** Opinions read but not placed: a 汇总件, erased, or without similarity keys. */
  skipped: number;
  /** Groups whose open members were brought up to date. */
  followed: number;
  /** Whether the budget ran out before the walks caught up. */
  more: boolean;
}

/**
 * What staff read for a group: where — the longest name of the region's dictionary the first
 * opinion names (with its building when its words say so: 望月湖小区3栋), else its station — and
 * what: up to two of its problems, else its category. Place words read only by their suffix are
 * left out: they may be half a sentence.
 */
export function groupLabel(p: SimilarProfile, o: Pick<OpinionDoc, 'stationName' | 'category' | 'text' | 'place'>, names: readonly string[]): string {
  const problems = p.concepts
    .map((id) => conceptOf(id)?.label)
    .filter((l): l is string => Boolean(l))
    .slice(0, 2);
  const what = problems.length ? problems.join('、') : o.category;
  const words = `${o.place ?? ''}\n${o.text}`.toLowerCase();
  const named = names
    .filter((n) => n.length >= 2 && words.includes(n))
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))[0];
  const unit = named && p.reach === 'unit' ? p.units.find((u) => words.includes(`${named}${u}`)) : undefined;
  const where = p.general ? '全区' : named ? `${named}${unit ?? ''}` : o.stationName;
  return `${where} · ${what}`;
}

/** The names each station of a county is profiled with (its own name and its regions' places) and the county's learned links, read once a run per county. */
class CountyNames {
  private readonly counties = new Map<string, Promise<Map<string, string[]>>>();
  private readonly fallback = new Map<string, string[]>();
  private readonly learned = new Map<string, LearnedLinks>();
  constructor(private readonly ports: Ports) {}

  private load(county: string): Promise<Map<string, string[]>> {
    let loaded = this.counties.get(county);
    if (!loaded) {
      loaded = (async () => {
        const stations: StationDoc[] = await stationsInRegion(this.ports, county, GROUPING.countyStations);
        const codes = [...new Set([county, ...stations.flatMap((s) => s.regionPath)])];
        const regions: RegionDoc[] = await regionsByCodes(this.ports, codes);
        const byCode = new Map(regions.map((r) => [r._id, r]));
        // A station no longer listed (or not found): the places of the county and the regions above it.
        const above = new Set(byCode.get(county)?.path ?? [county]);
        this.fallback.set(county, knownNames({ stations: new Map(), places: regions.filter((r) => above.has(r._id)).flatMap((r) => r.places ?? []) }));
        this.learned.set(county, learnedLinksFor(regions.filter((r) => above.has(r._id))));
        return new Map(stations.map((s) => [s._id, namesFor(s, s.regionPath.map((c) => byCode.get(c)).filter((r): r is RegionDoc => Boolean(r)))]));
      })();
      this.counties.set(county, loaded);
    }
    return loaded;
  }

  async at(county: string, stationCode: string): Promise<string[]> {
    const names = await this.load(county);
    return names.get(stationCode) ?? this.fallback.get(county) ?? [];
  }

  /** What staff's merges taught the county. */
  async links(county: string): Promise<LearnedLinks> {
    await this.load(county);
    return this.learned.get(county) ?? NO_LINKS;
  }
}

/**
 * Profiles read in a run, by opinion id: an opinion is a candidate of many placed after it (the
 * newest of its county sharing a key), and profiling it again each time is most of the work.
 * The oldest are forgotten beyond PROFILES_KEPT.
 */
class Profiles {
  private readonly kept = new Map<string, SimilarProfile>();
  get(id: string): SimilarProfile | undefined {
    return this.kept.get(id);
  }
  set(id: string, p: SimilarProfile): SimilarProfile {
    this.kept.set(id, p);
    if (this.kept.size > PROFILES_KEPT) this.kept.delete(this.kept.keys().next().value!);
    return p;
  }
}
const PROFILES_KEPT = 3000;

/** Why an opinion is not placed, or undefined when it is to be. */
function notPlaced(o: GroupingRow): string | undefined {
  if (Array.isArray(o.mergedSources)) return 'merged parent';
  if (o.erasedAt) return 'erased';
  if (!o.simKeys?.length) return 'no keys';
  if (!(o.countyCode ?? countyOfPath(o.regionPath))) return 'no county';
  return undefined;
}

function newGroup(o: GroupingRow, county: string, p: SimilarProfile, names: readonly string[], now: Date): SimGroupDoc {
  const createdAt = new Date(o.createdAt);
  const seconds = o.secondCount ?? 0;
  const day = beijingDate(createdAt);
  const today = beijingDate(now);
  const days: SimGroupDoc['days'] = { [day]: { cases: 1 } };
  if (seconds) days[today] = { ...days[today], seconds: seconds + (days[today]?.seconds ?? 0) };
  const township = townshipOf(o.regionPath);
  const open = openEntryOf(o);
  return {
    _id: o._id,
    countyCode: county,
    regionPath: o.regionPath.slice(0, 3),
    townshipCodes: township ? [township] : [],
    stationCodes: [o.stationCode],
    category: o.category,
    label: groupLabel(p, o, names),
    concepts: p.concepts,
    members: [o._id],
    open: open ? [open] : [],
    openCount: open ? 1 : 0,
    consented: o.consentPublish ? [o._id] : [],
    firstAt: createdAt,
    lastAt: createdAt,
    caseCount: 1,
    secondCount: seconds,
    weight: 1 + seconds,
    days,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
}

/** Places one opinion; answers what it did. */
async function place(ports: Ports, o: GroupingRow, names: CountyNames, profiles: Profiles, checkListed: boolean): Promise<'started' | 'joined' | 'skipped'> {
  if (notPlaced(o)) return 'skipped';
  if (checkListed) {
    const listed = await groupListing(ports, o._id);
    if (listed) {
      await recordSimGroup(ports, o._id, listed._id);
      return listed._id === o._id ? 'started' : 'joined';
    }
  }
  const county = (o.countyCode ?? countyOfPath(o.regionPath))!;
  const known = await names.at(county, o.stationCode);
  const links = await names.links(county);
  const profile = profiles.set(o._id, profileOfOpinion(o, known, links));
  const rows = await earlierOpinionsBySimKeys(ports, county, lookupKeysOf(profile), { at: new Date(o.createdAt), id: o._id }, GROUPING.candidates);
  const candidates: Placed[] = [];
  for (const r of rows) {
    if (!r.simGroup || Array.isArray(r.mergedSources) || r.erasedAt) continue;
    const candidate = profiles.get(r._id) ?? profiles.set(r._id, profileOfOpinion(r, await names.at(county, r.stationCode), links));
    candidates.push({ id: r._id, group: r.simGroup, profile: candidate });
  }
  const now = ports.clock.now();
  let group = chooseGroup(profile, candidates) ?? o._id;
  if (group !== o._id) {
    const createdAt = new Date(o.createdAt);
    const joined = await joinGroup(ports, group, {
      id: o._id,
      createdAt,
      day: beijingDate(createdAt),
      stationCode: o.stationCode,
      township: townshipOf(o.regionPath),
      openEntry: openEntryOf(o),
      consented: Boolean(o.consentPublish),
      seconds: o.secondCount ?? 0,
      today: beijingDate(now),
      at: now,
    });
    // Not added: listed already (a run cut short), or the group is gone — then the opinion starts its own.
    if (!joined && (await groupsByIds(ports, [group])).length === 0) group = o._id;
  }
  if (group === o._id) await addGroup(ports, newGroup(o, county, profile, known, now));
  await recordSimGroup(ports, o._id, group);
  return group === o._id ? 'started' : 'joined';
}

/** Brings the open lists of the groups of `rows` (changed opinions) to what those opinions are now. */
async function follow(ports: Ports, rows: readonly GroupingRow[]): Promise<number> {
  const placed = rows.filter((r) => r.simGroup);
  if (!placed.length) return 0;
  const byGroup = new Map<string, GroupingRow[]>();
  for (const r of placed) byGroup.set(r.simGroup!, [...(byGroup.get(r.simGroup!) ?? []), r]);
  let groups = await groupsByIds(ports, [...byGroup.keys()]);
  let followed = 0;
  for (let attempt = 0; attempt < 3 && groups.length; attempt++) {
    const lost: string[] = [];
    for (const g of groups) {
      const members = byGroup.get(g._id) ?? [];
      const mine = new Set(members.map((m) => m._id));
      const kept = g.open.filter((e) => !mine.has(parseOpenEntry(e).id));
      const wanted = [...kept, ...members.map((m) => openEntryOf(m)).filter((e): e is string => Boolean(e))];
      if (wanted.length === g.open.length && wanted.every((e) => g.open.includes(e))) continue;
      if (await setGroupOpen(ports, g._id, g.version, wanted, ports.clock.now())) followed++;
      else lost.push(g._id);
    }
    // Written meanwhile (a placement, a 附议): read again and decide again.
    groups = lost.length ? await groupsByIds(ports, lost) : [];
  }
  return followed;
}

/**
 * One run of the pass: places the opinions not placed yet, oldest first, then follows the
 * opinions changed since the last run, until both walks caught up or `budgetMs` ran out.
 * Once a Beijing day, when the placement walk has caught up, it starts over from the first
 * opinion not placed (those whose similarity keys came later, by the backfill, are placed then).
 */
export async function runGrouping(ports: Ports, opts: { budgetMs?: number; timer?: () => number } = {}): Promise<GroupingReport> {
  const budget = opts.budgetMs ?? GROUPING.budgetMs;
  const timer = opts.timer ?? Date.now;
  const started = timer();
  const over = () => timer() - started > budget;
  const now = ports.clock.now();
  const today = beijingDate(now);
  const settled = new Date(now.getTime() - GROUPING.settleMs);
  const job: GroupingJob = (await readJob<GroupingJob>(ports, JOB_ID)) ?? { _id: JOB_ID };
  const report: GroupingReport = { started: 0, joined: 0, skipped: 0, followed: 0, more: false };
  const names = new CountyNames(ports);
  const profiles = new Profiles();

  let placedAt: WalkPoint | undefined = job.placed ? { at: new Date(job.placed.at), id: job.placed.id } : undefined;
  let caughtUp = false;
  let first = true;
  walk: for (;;) {
    const page = await unplacedOpinionsAfter(ports, placedAt, settled, GROUPING.page);
    for (const o of page) {
      if (over()) break walk;
      const did = await place(ports, o, names, profiles, first);
      first = first && did === 'skipped';
      report[did]++;
      placedAt = { at: new Date(o.createdAt), id: o._id };
    }
    if (page.length < GROUPING.page) {
      caughtUp = true;
      break;
    }
  }

  // Changes since the last run; a first run follows changes from now on (a placement reads the opinion as it is).
  let changedAt: WalkPoint = job.changed ? { at: new Date(job.changed.at), id: job.changed.id } : { at: settled, id: '' };
  let followedAll = false;
  while (caughtUp && !over()) {
    const page = await opinionsChangedAfter(ports, changedAt, settled, GROUPING.changedPage);
    report.followed += await follow(ports, page);
    const last = page[page.length - 1];
    if (last) changedAt = { at: new Date(last.updatedAt), id: last._id };
    if (page.length < GROUPING.changedPage) {
      followedAll = true;
      break;
    }
  }
  report.more = !caughtUp || !followedAll;

  const sweep = caughtUp && job.sweptDay !== today;
  const next: Record<string, unknown> = {
    ...(sweep ? {} : placedAt ? { placed: placedAt } : {}),
    changed: changedAt,
    sweptDay: sweep ? today : job.sweptDay,
  };
  await saveJob(ports, JOB_ID, Object.fromEntries(Object.entries(next).filter(([, v]) => v !== undefined)));
  if (report.started || report.joined || report.followed) ports.log.info('similar grouping', { ...report });
  return report;
}

/**
 * Counts 附议 on an opinion in its group: `delta` is how far the opinion's own `secondCount`
 * just moved (+1 a 附议 made, -1 one withdrawn; the difference when a count is set from N to M),
 * added to the group's `secondCount` and to today's cell (Beijing), in one atomic update of the
 * group. For `opinion.second` / `opinion.unsecond` and whatever else sets the count: call it once,
 * after the count write landed (never for a retry or a reconcile that moved nothing). An opinion
 * not placed yet is re-read once; if still not placed, nothing is written: the pass counts its
 * `secondCount` when it places it. (A 附议 made in the moment between the pass reading an
 * opinion and placing it — a fraction of a second, for an opinion placed within minutes of
 * coming in — is not counted in the group; the opinion's own count is right.) Answers whether a
 * group was moved.
 */
export async function noteSecond(ports: Ports, opinion: Pick<OpinionDoc, '_id'> & Partial<Pick<OpinionDoc, 'simGroup'>>, delta: number): Promise<boolean> {
  if (!delta) return false;
  const group = opinion.simGroup ?? (await getOpinion(ports, opinion._id))?.simGroup;
  if (!group) return false;
  const now = ports.clock.now();
  return addGroupSeconds(ports, group, delta, beijingDate(now), now);
}
