/**
 * The region dashboard from the statistics counters: one counter document per month of the
 * period (the region's, or the station's when a station is chosen) — never the opinions.
 */
import type { z } from 'zod';
import type { BreakdownRow, DashboardAnswer } from '../../core/contract/actions/admin-dashboard';
import { addDays } from '../../core/beijing-time';
import { counterId, levelKey } from '../../core/stats/counter-cells';
import { figuresOf, lessMetrics, mergeMetrics, responseRate } from '../../core/stats/figures';
import { ownLevelLabel } from '../../core/region-labels';
import type { Metrics } from '../../core/stats/opinion-facts';
import { CHANNEL_LABELS, LEVEL_LABELS, type Channel, type Level } from '../../core/vocabulary';
import type { Actor } from '../users/actor';
import { DASHBOARD, DURATION_EDGES_HOURS } from '../config/stats';
import type { RegionDoc } from '../model';
import type { Ports } from '../platform/ports';
import { dashboardScope, type DashboardFilters, type DashboardScope } from './scope';
import { regionsWithParentIn } from '../stations/regions.repo';
import { stationNamesByCodes } from '../stations/stations.repo';
import { countersByIds, type StoredCounter } from './stats.repo';

type Answer = z.infer<typeof DashboardAnswer>;
type Row = z.infer<typeof BreakdownRow>;

const NO_DEPUTY = '未分派代表';

export async function dashboard(ports: Ports, actor: Actor, p: DashboardFilters): Promise<Answer> {
  const scope = await dashboardScope(ports, actor, p);
  // The counters and the regions one level down (their names), read side by side; then the
  // names of the stations the counters break down into (a county's, none above it).
  const [docs, regionNames] = await Promise.all([
    readCounters(ports, scope),
    regionsWithParentIn(ports, [scope.region._id]).then((rs) => new Map(rs.map((r) => [r._id, r.name]))),
  ]);
  const stationNames = await stationNamesIn(ports, scope, docs);
  const level = scope.level;
  const monthCells = scope.months.map((month) => ({ month, cell: mergeMetrics(docs.filter((d) => d.month === month).map((d) => sub(d, ['a']))) }));
  const all = mergeMetrics(monthCells.map((m) => m.cell));
  const totals = figuresOf(all, DURATION_EDGES_HOURS);
  const before = addDays(scope.today, -DASHBOARD.rateExcludeRecentDays);

  const byLevel = level
    ? [row(level, levelLabel(level), all)]
    : breakdown(docs, 'l', levelLabel);
  const byStation = scope.station ? [row(scope.station._id, scope.station.name, all)] : breakdown(docs, 's', (k) => stationNames.get(k) ?? k);
  const byRegion = scope.station ? [] : regionRows(docs, scope.region, regionNames);
  // Channels are counted per region only (not per station or level).
  const byChannel = scope.station || level ? [] : breakdown(docs, 'ch', (k) => CHANNEL_LABELS[k as Channel] ?? k);

  return {
    period: { from: scope.from, to: scope.to },
    scope: {
      regionCode: scope.region._id,
      regionName: scope.region.name,
      ...(scope.station ? { stationCode: scope.station._id, stationName: scope.station.name } : {}),
      ...(level ? { level, levelLabel: LEVEL_LABELS[level] } : {}),
    },
    totals,
    responseRate: { ...responseRate(monthCells, before), excludedDays: DASHBOARD.rateExcludeRecentDays },
    trend: monthCells.map(({ month, cell }) => {
      const f = figuresOf(cell, DURATION_EDGES_HOURS);
      return { month, received: f.received, accepted: f.accepted, acceptedOnTime: f.acceptedOnTime, resolved: f.resolved, overdue: f.overdue, chased: f.chased, reopened: f.reopened };
    }),
    byCategory: breakdown(docs, 'c', (k) => k).sort((a, b) => b.received - a.received),
    byLevel,
    byStation: byStation.sort((a, b) => b.received - a.received),
    byRegion: byRegion.sort((a, b) => b.received - a.received),
    byChannel,
    countersRead: docs.length,
  };
}

const levelLabel = (k: string) => (k === 'none' ? NO_DEPUTY : `${LEVEL_LABELS[k as Level]}人大代表`);

/** The period's counter documents of the view (region or station, one level or all): one query by id. */
export async function readCounters(ports: Ports, scope: DashboardScope): Promise<StoredCounter[]> {
  const key = scope.station ? scope.station._id : scope.region._id;
  const kind = scope.station ? (scope.level ? 'sl' : 's') : scope.level ? 'rl' : 'r';
  const ids = scope.months.map((m) => counterId(kind, scope.level ? levelKey(key, scope.level) : key, m));
  return countersByIds(ports, ids);
}

/** The cell at `path` of a counter document (nested as stored). */
function sub(doc: Record<string, unknown>, path: readonly string[]): Metrics | undefined {
  let at: unknown = doc;
  for (const p of path) at = at && typeof at === 'object' ? (at as Record<string, unknown>)[p] : undefined;
  return at as Metrics | undefined;
}

const totalsOf = (docs: StoredCounter[], cell: (d: StoredCounter) => Metrics | undefined) => mergeMetrics(docs.map(cell));

/** The keys under a breakdown cell that counted anything (a cell a reconcile moved to zero is no row). */
function keysOf(docs: StoredCounter[], cell: string): string[] {
  const counted = (m: unknown) => Object.values((m as Metrics | undefined) ?? {}).some((n) => n !== 0);
  return [...new Set(docs.flatMap((d) => Object.entries((sub(d, [cell]) as object | undefined) ?? {}).filter(([, m]) => counted(m)).map(([k]) => k)))];
}

/** Rows for every key under a breakdown cell (e.g. `c` → one row per category), summed over the months. */
function breakdown(docs: StoredCounter[], cell: string, label: (key: string) => string): Row[] {
  return keysOf(docs, cell).map((k) => row(k, label(k), totalsOf(docs, (d) => sub(d, [cell, k]))));
}

/**
 * One row per region one level down, and one for the region's own stations (a county's
 * station not in any township: "区本级"), so the rows add up to the totals. The own row is
 * the region's cell less its subregions' cells, document by document (each document changes
 * at once, so it never reads half an update). A region with none below has no rows.
 */
function regionRows(docs: StoredCounter[], region: RegionDoc, below: Map<string, string>): Row[] {
  if (below.size === 0) return [];
  const rows = breakdown(docs, 'g', (k) => below.get(k) ?? k).filter((r) => below.has(r.key));
  const own = mergeMetrics(docs.map((d) => lessMetrics(sub(d, ['g', region._id]), [...below.keys()].map((k) => sub(d, ['g', k])))));
  return Object.keys(own).length ? [...rows, row(region._id, ownLevelLabel(region), own)] : rows;
}

function row(key: string, label: string, cell: Metrics): Row {
  const f = figuresOf(cell, DURATION_EDGES_HOURS);
  return {
    key,
    label,
    received: f.received,
    accepted: f.accepted,
    acceptedOnTime: f.acceptedOnTime,
    resolved: f.resolved,
    overdue: f.overdue,
    satisfactionRate: f.satisfaction.rate,
  };
}

/** The names of the view's stations: the chosen one, or those the counters break down into. */
async function stationNamesIn(ports: Ports, scope: DashboardScope, docs: StoredCounter[]): Promise<Map<string, string>> {
  if (scope.station) return new Map([[scope.station._id, scope.station.name]]);
  return stationNamesByCodes(ports, keysOf(docs, 's'));
}
