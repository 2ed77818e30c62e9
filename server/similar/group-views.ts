/**
 * What the groups list, the hot topics and the reports share (decision 0036): the period asked
 * for as Beijing days, a group's figures in a period from its day cells, the scope a desk
 * looks in, and the words shown for a group (a redacted excerpt of one case, its places).
 */
import type { z } from 'zod';
import { addDays, beijingDate, fromBeijing, weekdayOf } from '../../core/beijing-time';
import { GROUP_PERIOD_LABELS, type GroupPeriod, type PeriodView } from '../../core/contract/actions/similar-groups';
import { AppError } from '../../core/errors';
import { redact } from '../../core/redact';
import { withinRegion } from '../../core/region-scope';
import type { Actor } from '../users/actor';
import type { RegionDoc } from '../model';
import type { Ports } from '../platform/ports';
import { groupMemberRows, type GroupMemberRow } from '../opinions/opinions.similar.repo';
import { adminRegion, regionAskedBy } from '../stations/scope';
import { getStation } from '../stations/stations.repo';
import type { SimGroupDoc } from './simgroup-doc';
import type { GroupScope } from './simgroups.repo';
import { parseOpenEntry } from './open-entries';

export interface PeriodAsked {
  period: GroupPeriod;
  from?: string;
  to?: string;
}

/** The days of a period: Monday (or the 1st) to today, or the days asked. */
export interface Days {
  period: GroupPeriod;
  from: string;
  to: string;
}

/** The Monday of the week `day` is in (Beijing days). */
export const mondayOf = (day: string): string => addDays(day, -((weekdayOf(day) + 6) % 7));

export function daysOf(now: Date, p: PeriodAsked): Days {
  const today = beijingDate(now);
  if (p.period === 'custom' && p.from && p.to) return { period: 'custom', from: p.from, to: p.to };
  if (p.period === 'week') return { period: 'week', from: mondayOf(today), to: today };
  return { period: 'month', from: `${today.slice(0, 7)}-01`, to: today };
}

export const periodView = (d: Days): z.infer<typeof PeriodView> => ({
  period: d.period,
  from: d.from,
  to: d.to,
  label: d.period === 'custom' ? `${d.from} 至 ${d.to}` : `${GROUP_PERIOD_LABELS[d.period]}（${d.from} 至 ${d.to}）`,
});

/** The moment a period starts (Beijing midnight of its first day). */
export const startOf = (d: Pick<Days, 'from'>): Date => fromBeijing(d.from);

/** A group's cases and 附议 in the days from–to, from its day cells. */
export function inPeriod(g: Pick<SimGroupDoc, 'days'>, d: Pick<Days, 'from' | 'to'>): { cases: number; seconds: number } {
  let cases = 0;
  let seconds = 0;
  for (const [day, cell] of Object.entries(g.days ?? {})) {
    if (day < d.from || day > d.to) continue;
    cases += cell.cases ?? 0;
    seconds += cell.seconds ?? 0;
  }
  return { cases, seconds };
}

/** Where a desk looks, and whether an open member (`<id>|<station>|<township>`) is in it. */
export interface DeskScope {
  scope: GroupScope;
  covers: (entry: string) => boolean;
  /** The office's region, for an admin (to name counties above a county). */
  region?: RegionDoc;
}

function coversOf(scope: GroupScope): (entry: string) => boolean {
  if (scope.kind === 'stations') return (e) => scope.stationCodes.includes(parseOpenEntry(e).stationCode);
  if (scope.kind === 'township') return (e) => parseOpenEntry(e).township === scope.code;
  // A group never leaves its county: every member of a group on the region's path is in it.
  return () => true;
}

/** The scope of a region: a township office looks at the groups touching its township, the offices above by the county's path. */
export const regionScope = (region: RegionDoc): GroupScope =>
  region.path.length >= 4 ? { kind: 'township', code: region.path[3]! } : { kind: 'region', code: region._id };

/** Staff: their stations (or the one asked, if theirs); the office: its region and below (or a station in it). */
export async function deskScope(ports: Ports, actor: Actor, desk: 'staff' | 'admin', stationCode?: string): Promise<DeskScope> {
  if (desk === 'staff') {
    const codes = actor.staffStationCodes;
    if (!codes.length) throw new AppError('NOT_YOUR_STATION');
    if (stationCode && !codes.includes(stationCode)) throw new AppError('NOT_YOUR_STATION', '这个联络站不是您负责的', `${actor.openid} asked groups of ${stationCode}`);
    const scope: GroupScope = { kind: 'stations', stationCodes: stationCode ? [stationCode] : codes };
    return { scope, covers: coversOf(scope) };
  }
  const region = await adminRegion(ports, actor);
  if (stationCode) {
    const station = await getStation(ports, stationCode);
    if (!station || !withinRegion(station.regionPath, region._id)) throw new AppError('OUT_OF_REGION', '这个联络站不在您管辖的地区', `${actor.openid} asked groups of ${stationCode}`);
    const scope: GroupScope = { kind: 'stations', stationCodes: [stationCode] };
    return { scope, covers: coversOf(scope), region };
  }
  const scope = regionScope(region);
  return { scope, covers: coversOf(scope), region };
}

/** The office's region, or the one below it asked for (OUT_OF_REGION otherwise). */
export async function officeRegion(ports: Ports, actor: Actor, regionCode?: string): Promise<RegionDoc> {
  return regionAskedBy(ports, actor, await adminRegion(ports, actor), regionCode);
}

const EXCERPT_CHARS = 60;

/** A case's words as a list shows them to staff or the office: redacted, cut to a line or two. */
export function excerptOf(text: string): string {
  const chars = Array.from(redact(text).replace(/\s+/g, ' ').trim());
  return chars.length > EXCERPT_CHARS ? `${chars.slice(0, EXCERPT_CHARS).join('')}…` : chars.join('');
}

/** The case a group's sample is read from: the first whose resident consented to publication, else its first. */
export const sampleIdOf = (g: Pick<SimGroupDoc, '_id' | 'consented'>): string => g.consented?.[0] ?? g._id;

/** The samples of groups (one read): a redacted excerpt of each one's sample case, none for an erased one. */
export async function samplesOf(ports: Ports, groups: readonly Pick<SimGroupDoc, '_id' | 'consented'>[], rows: readonly GroupMemberRow[] = []): Promise<Map<string, string>> {
  const have = new Map(rows.map((r) => [r._id, r]));
  const missing = groups.map(sampleIdOf).filter((id) => !have.has(id));
  for (const r of missing.length ? await groupMemberRows(ports, missing) : []) have.set(r._id, r);
  const out = new Map<string, string>();
  for (const g of groups) {
    const row = have.get(sampleIdOf(g));
    if (row && !row.erasedAt && row.text) out.set(g._id, excerptOf(row.text));
  }
  return out;
}

/** Names of a group's stations: at most three, then how many in all. */
export function placesOf(codes: readonly string[], names: ReadonlyMap<string, string>): string {
  const named = codes.map((c) => names.get(c) ?? c);
  return named.length > 3 ? `${named.slice(0, 3).join('、')}等${named.length}个联络站` : named.join('、');
}
