/**
 * 热点问题 (issue 25, decision 0036): the groups of similar opinions with the most cases plus
 * 附议 in a period, for a region — a county's groups; across counties for a city or province
 * (each named with its county); the groups touching its township for a township office. On the
 * dashboard, in the campaign's 活动总结 and in the weekly 汇总报告.
 *
 * A group's figures in a period come from its day cells (cases by the day received, 附议 by the
 * day made): a 附议 is not a received opinion, and a 汇总件 is never in a group (its sources
 * are). Groups are read heaviest of all time first, served by (regionPath | townshipCodes,
 * weight, _id), only those active since the period began; since no group weighs more in a
 * period than in all time, the read stops once the next group cannot outweigh the last of those
 * kept — usually one page. It stops anyway after SCAN_MAX groups, and says so (`complete`).
 */
import type { z } from 'zod';
import type { HotTopic } from '../../core/contract/actions/similar-groups';
import type { Actor } from '../users/actor';
import type { RegionDoc } from '../model';
import type { Ports } from '../platform/ports';
import { regionsByCodes } from '../stations/regions.repo';
import { stationNamesByCodes } from '../stations/stations.repo';
import { daysOf, inPeriod, officeRegion, periodView, placesOf, regionScope, samplesOf, startOf, type Days, type PeriodAsked } from './group-views';
import type { SimGroupDoc } from './simgroup-doc';
import { heavyGroupsPage } from './simgroups.repo';

/** Groups read per request, and at most in all. */
const SCAN_PAGE = 50;
export const SCAN_MAX = 1000;

export interface HotTopics {
  items: z.infer<typeof HotTopic>[];
  scanned: number;
  complete: boolean;
}

/** The `limit` hot topics of a region over the days from–to. */
export async function hotTopicsOf(ports: Ports, region: RegionDoc, days: Pick<Days, 'from' | 'to'>, limit: number): Promise<HotTopics> {
  const scope = regionScope(region);
  const since = startOf(days);
  const kept: { g: SimGroupDoc; cases: number; seconds: number; total: number }[] = [];
  let scanned = 0;
  let cursor: string | undefined;
  let complete = false;
  const worst = () => (kept.length >= limit ? kept[limit - 1]!.total : 0);
  for (;;) {
    if (scanned >= SCAN_MAX) break;
    const page = await heavyGroupsPage(ports, scope, since, Math.min(SCAN_PAGE, SCAN_MAX - scanned), cursor);
    scanned += page.items.length;
    let settled = false;
    for (const g of page.items) {
      // Heaviest first: once a group's all-time weight is below the last kept's period weight, none further down can enter.
      if (kept.length >= limit && g.weight < worst()) {
        settled = true;
        break;
      }
      const { cases, seconds } = inPeriod(g, days);
      const total = cases + seconds;
      if (total < 2) continue;
      kept.push({ g, cases, seconds, total });
      kept.sort((a, b) => b.total - a.total || b.cases - a.cases || (a.g._id < b.g._id ? -1 : 1));
      if (kept.length > limit) kept.length = limit;
    }
    if (settled || !page.nextCursor) {
      complete = true;
      break;
    }
    cursor = page.nextCursor;
  }

  const groups = kept.map((k) => k.g);
  const above = region.path.length < 3;
  const [names, samples, counties] = await Promise.all([
    stationNamesByCodes(ports, [...new Set(groups.flatMap((g) => g.stationCodes))]),
    samplesOf(ports, groups),
    above && groups.length ? regionsByCodes(ports, [...new Set(groups.map((g) => g.countyCode))]).then((rs) => new Map(rs.map((r) => [r._id, r.name]))) : Promise.resolve(new Map<string, string>()),
  ]);
  const items = kept.map(({ g, cases, seconds, total }) => {
    const county = counties.get(g.countyCode);
    const sample = samples.get(g._id);
    return {
      id: g._id,
      label: g.label,
      category: g.category,
      ...(county ? { countyName: county } : {}),
      places: placesOf(g.stationCodes, names),
      cases,
      seconds,
      total,
      ...(sample ? { sample } : {}),
    };
  });
  return { items, scanned, complete };
}

/** admin.hotTopics: the office's region (or one below it), this week, this month or the days asked. */
export async function hotTopics(ports: Ports, actor: Actor, p: PeriodAsked & { regionCode?: string; limit: number }) {
  const region = await officeRegion(ports, actor, p.regionCode);
  const days = daysOf(ports.clock.now(), p);
  const found = await hotTopicsOf(ports, region, days, p.limit);
  return { period: periodView(days), region: { code: region._id, name: region.name }, ...found };
}
