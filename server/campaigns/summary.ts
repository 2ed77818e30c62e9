/**
 * Gathers one region's campaign summary (活动总结) and counts it with core/campaign-summary.ts.
 * While the campaign runs the period is cut at today, so the same call shows its progress.
 * Read by the admin function (app, xlsx) and the documents function (PDF), which does not
 * carry exceljs.
 *
 * Opinions are never read: their figures are the statistics counters' day cells (decision
 * 0012) of the region and of each region one level down, month by month — a few documents by
 * id. Whether a deputy accepted a case received in the period is their own counters' day
 * cells. The region's check-ins and its deputies' activities are read as before (a campaign's
 * worth of a region: thousands at most), withdrawn activities left out.
 */
import { beijingDate, fromBeijing, addDays } from '../../core/beijing-time';
import { activityKindRows, campaignNumbers, campaignRows, partsLabel, regionRows, sumDays, type CampaignNumbers, type SummaryPart } from '../../core/campaign-summary';
import { counterId } from '../../core/stats/counter-cells';
import { lessMetrics, mergeMetrics } from '../../core/stats/figures';
import { monthsBetween } from '../../core/stats/months';
import type { Metrics } from '../../core/stats/opinion-facts';
import { ownLevelLabel } from '../../core/region-labels';
import type { Level } from '../../core/vocabulary';
import type { Actor } from '../users/actor';
import type { RegionDoc, StationDoc } from '../model';
import type { Ports } from '../platform/ports';
import { deputiesByIds } from '../deputies/visible';
import { activitiesOfDeputiesSince, attendanceOfStationsSince } from '../deputies/duty.repo';
import { countersByIds, type StoredCounter } from '../dashboard/stats.repo';
import { regionsWithParentIn } from '../stations/regions.repo';
import { stationsInRegion } from '../stations/stations.repo';
import { latestShowcaseOfRegion } from './showcase.repo';
import { campaignAndRegion, campaignView } from './campaigns';
import { hotTopicsOf, type HotTopics } from '../similar/hot-topics';

export const TYPICAL_CASES = 5;
/** 热点问题 in a summary (decision 0036). */
export const CAMPAIGN_HOT_TOPICS = 5;
/** Counter documents read by id per query. */
const IDS_PER_QUERY = 100;

export interface CampaignSummary extends CampaignNumbers {
  campaign: ReturnType<typeof campaignView>;
  region: { code: string; name: string };
  counted: { from: string; to: string };
  /** What the rows of `byRegion` are (乡镇（街道）of a county). */
  partsLabel: string;
  cases: { title: string; summary: string; result: string; stationName: string; resolvedOn: string }[];
  /** The groups of similar opinions with the most cases plus 附议 in the counted days. */
  hotTopics: HotTopics['items'];
  rows: [string, number | string][];
  kindRows: [string, number][];
  regionRows: (string | number)[][];
}

/** Counter documents by id, a query per hundred. */
async function counters(ports: Ports, ids: readonly string[]): Promise<StoredCounter[]> {
  const out: StoredCounter[] = [];
  for (let i = 0; i < ids.length; i += IDS_PER_QUERY) out.push(...(await countersByIds(ports, ids.slice(i, i + IDS_PER_QUERY))));
  return out;
}

/** The day cells of `key`'s counters (kind `r` region, `d` deputy) over the counted days, summed. */
function daysOf(docs: readonly StoredCounter[], kind: 'r' | 'd', key: string, months: readonly string[], from: string, to: string): Metrics {
  const byId = new Map(docs.map((d) => [d._id, d]));
  return mergeMetrics(months.map((m) => sumDays(byId.get(counterId(kind, key, m))?.y as Record<string, Metrics> | undefined, m, from, to)));
}

/** The row a station's work counts in: the region one level down it lies in, else the region's own. */
const partOfStation = (region: RegionDoc, below: readonly RegionDoc[], s: StationDoc | undefined) =>
  below.find((r) => s?.regionPath.includes(r._id))?._id ?? region._id;

export async function gatherCampaignSummary(ports: Ports, actor: Actor, id: string, regionCode: string): Promise<CampaignSummary> {
  const { campaign, region } = await campaignAndRegion(ports, actor, id, regionCode);
  const today = beijingDate(ports.clock.now());
  const view = campaignView(campaign, today);
  const counted = { from: campaign.from, to: campaign.to < today ? campaign.to : today };
  const start = fromBeijing(counted.from);
  const end = fromBeijing(addDays(counted.to, 1));
  const some = counted.from <= counted.to;
  const months = some ? monthsBetween(counted.from.slice(0, 7), counted.to.slice(0, 7)) : [];
  const [stations, below] = await Promise.all([
    stationsInRegion(ports, region._id, 5000),
    regionsWithParentIn(ports, [region._id]).then((rs) => rs.sort((a, b) => a._id.localeCompare(b._id))),
  ]);
  const codes = stations.map((s) => s._id);
  const stationOf = new Map(stations.map((s) => [s._id, s]));

  const [regionDocs, attendance] = await Promise.all([
    counters(ports, months.flatMap((m) => [region, ...below].map((r) => counterId('r', r._id, m)))),
    codes.length && some ? attendanceOfStationsSince(ports, codes, counted.from, 20_000).then((a) => a.filter((x) => x.date <= counted.to)) : Promise.resolve([]),
  ]);
  const whole = daysOf(regionDocs, 'r', region._id, months, counted.from, counted.to);
  const partsBelow = below.map((r): SummaryPart => ({ code: r._id, name: r.name, opinions: daysOf(regionDocs, 'r', r._id, months, counted.from, counted.to) }));
  const own = lessMetrics(whole, partsBelow.map((p) => p.opinions));

  // Deputies of the region: attached to its stations, or who checked in there.
  const attachedIds = [...new Set(stations.flatMap((s) => s.deputyIds))];
  const candidateIds = [...new Set([...attachedIds, ...attendance.map((a) => a.deputyId)])];
  const [deputies, deputyDocs, activities] = await Promise.all([
    deputiesByIds(ports, candidateIds),
    counters(ports, months.flatMap((m) => candidateIds.map((d) => counterId('d', d, m)))),
    attachedIds.length && some
      ? activitiesOfDeputiesSince(ports, attachedIds, counted.from, 20_000).then((a) => a.filter((x) => x.date <= counted.to && !x.withdrawn))
      : Promise.resolve([]),
  ]);
  const accepting = candidateIds.filter((d) => (daysOf(deputyDocs, 'd', d, months, counted.from, counted.to).acc ?? 0) > 0);
  // A deputy's activities count where their first station in the region is.
  const deputyOf = new Map(deputies.map((d) => [d._id, d]));
  const homeStation = (deputyId: string) =>
    stationOf.get(deputyOf.get(deputyId)?.stationCodes.find((c) => stationOf.has(c)) ?? '') ?? stations.find((s) => s.deputyIds.includes(deputyId));
  const ownRow = stations.some((s) => partOfStation(region, below, s) === region._id) || Object.keys(own).length > 0;
  const parts: SummaryPart[] = below.length ? [...partsBelow, ...(ownRow ? [{ code: region._id, name: ownLevelLabel(region), own: true, opinions: own }] : [])] : [];

  const numbers = campaignNumbers({
    levels: campaign.levels,
    opinions: whole,
    parts,
    attendance: attendance.map((a) => ({ ...a, part: partOfStation(region, below, stationOf.get(a.stationCode)) })),
    activities: activities.map((a) => ({ deputyId: a.deputyId, kind: a.kind, part: partOfStation(region, below, homeStation(a.deputyId)) })),
    accepting,
    deputyLevels: new Map<string, Level>(deputies.map((d) => [d._id, d.level])),
  });
  const [showcase, hot] = await Promise.all([
    latestShowcaseOfRegion(ports, region._id),
    some ? hotTopicsOf(ports, region, counted, CAMPAIGN_HOT_TOPICS) : Promise.resolve<HotTopics>({ items: [], scanned: 0, complete: true }),
  ]);
  const cases = showcase
    .filter((c) => new Date(c.resolvedAt) >= start && new Date(c.resolvedAt) < end)
    .slice(0, TYPICAL_CASES)
    .map((c) => ({ title: c.title, summary: c.summary, result: c.result, stationName: c.stationName, resolvedOn: beijingDate(new Date(c.resolvedAt)) }));
  return {
    ...numbers,
    campaign: view,
    region: { code: region._id, name: region.name },
    counted,
    partsLabel: partsLabel(region.kind),
    cases,
    hotTopics: hot.items,
    rows: campaignRows(numbers),
    kindRows: activityKindRows(numbers),
    regionRows: regionRows(numbers),
  };
}

/** The answer of admin.campaignProgress (the rows are for files only). */
export function summaryView(s: CampaignSummary) {
  const { rows: _rows, kindRows: _kinds, regionRows: _regions, ...view } = s;
  return view;
}
