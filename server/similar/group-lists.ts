/**
 * 汇总整理 (issue 25, decision 0036): the groups of similar cases a desk may merge — staff in
 * their stations, the office in its region and below — with two or more cases open to merging
 * in the caller's scope, active in the period (a case received or a 附议 made in it), of a
 * category or station when asked; biggest first (by cases open to merging), in keyset pages.
 *
 * Requests: the caller (read by the dispatcher), the office's region when not read with it, a
 * page of groups (served by the scope's index: stations, township or the county's path, then
 * `openCount`), their open cases in one read (each checked as it is now: a group whose cases
 * were taken meanwhile drops out of the page), the stations' and counties' names in one read
 * each. A page whose groups all dropped out reads the next, up to PAGE_READS times; the answer's
 * cursor continues from the last group read, so nothing is skipped in silence. An office at a
 * county or below also sees what merges taught its county (`learned`: the county's region, read
 * with the page when the office's own region is not the county).
 */
import type { z } from 'zod';
import type { GroupCase, GroupItem, LearnedLink } from '../../core/contract/actions/similar-groups';
import { conceptOf } from '../../core/similar/profile';
import { countyOfPath } from '../../core/search-keys';
import type { RegionDoc } from '../model';
import { MERGE_MAX } from '../../core/merged-cases';
import { STATUS_LABELS } from '../../core/opinion-status';
import type { Actor } from '../users/actor';
import type { Ports } from '../platform/ports';
import { groupMemberRows, type GroupMemberRow } from '../opinions/opinions.similar.repo';
import { getRegion, regionsByCodes } from '../stations/regions.repo';
import { stationNamesByCodes } from '../stations/stations.repo';
import { daysOf, deskScope, excerptOf, inPeriod, periodView, samplesOf, startOf, type PeriodAsked } from './group-views';
import { openEntryOf, parseOpenEntry } from './open-entries';
import type { SimGroupDoc } from './simgroup-doc';
import { openGroupsPage } from './simgroups.repo';

/** Pages of groups read at most to fill one answer. */
const PAGE_READS = 3;

export interface GroupsAsked extends PeriodAsked {
  category?: string;
  stationCode?: string;
  cursor?: string;
  limit: number;
}

const caseOf = (r: GroupMemberRow): z.infer<typeof GroupCase> => ({
  id: r._id,
  trackingNo: r.trackingNo,
  excerpt: excerptOf(r.text),
  stationCode: r.stationCode,
  stationName: r.stationName,
  ...(r.place ? { place: r.place } : {}),
  status: r.status,
  statusLabel: STATUS_LABELS[r.status],
  createdAt: new Date(r.createdAt).toISOString(),
  secondCount: r.secondCount ?? 0,
});

/** What merges taught the county of an office at a county or below (none above: an office of many counties). */
async function learnedOf(ports: Ports, region: RegionDoc | undefined): Promise<z.infer<typeof LearnedLink>[] | undefined> {
  const county = region ? countyOfPath(region.path) : undefined;
  if (!region || !county) return undefined;
  const doc = region._id === county ? region : await getRegion(ports, county);
  return Object.entries(doc?.similarLinks ?? {})
    .filter(([, n]) => n > 0)
    .map(([key, merges]) => ({ labels: key.split('~').map((id) => conceptOf(id)?.label ?? id), merges }))
    .filter((l) => l.labels.length === 2)
    .sort((a, b) => b.merges - a.merges || (a.labels.join() < b.labels.join() ? -1 : 1));
}

export async function listGroups(ports: Ports, actor: Actor, desk: 'staff' | 'admin', p: GroupsAsked) {
  const where = await deskScope(ports, actor, desk, p.stationCode);
  const learning = desk === 'admin' ? learnedOf(ports, where.region) : Promise.resolve(undefined);
  // Awaited at the end; a failure of the page's own reads first must not leave it unhandled.
  learning.catch(() => undefined);
  const days = daysOf(ports.clock.now(), p);
  const activeSince = startOf(days);

  // Groups with two or more open cases in scope, active in the period, read page by page until the answer is full.
  const found: { g: SimGroupDoc; ids: string[]; more: number }[] = [];
  let cursor = p.cursor;
  let nextCursor: string | undefined;
  for (let reads = 0; reads < PAGE_READS; reads++) {
    const page = await openGroupsPage(ports, where.scope, { activeSince, ...(p.category ? { category: p.category } : {}) }, p.limit - found.length, cursor);
    for (const g of page.items) {
      const inScope = g.open.filter(where.covers).map((e) => parseOpenEntry(e).id);
      const counted = inPeriod(g, days);
      if (inScope.length < 2 || counted.cases + counted.seconds === 0) continue;
      found.push({ g, ids: inScope.slice(0, MERGE_MAX), more: Math.max(0, inScope.length - MERGE_MAX) });
    }
    nextCursor = page.nextCursor;
    if (!page.nextCursor || found.length >= p.limit) break;
    cursor = page.nextCursor;
  }

  // Their open cases as they are now (one read), and the samples, the stations' and the counties' names.
  const rows = await groupMemberRows(ports, found.flatMap((f) => f.ids));
  const byId = new Map(rows.map((r) => [r._id, r]));
  const stationCodes = [...new Set(found.flatMap((f) => f.g.stationCodes))];
  const above = where.region && where.region.path.length < 3;
  const [names, samples, counties] = await Promise.all([
    stationNamesByCodes(ports, stationCodes),
    samplesOf(
      ports,
      found.map((f) => f.g),
      rows,
    ),
    above ? regionsByCodes(ports, [...new Set(found.map((f) => f.g.countyCode))]).then((rs) => new Map(rs.map((r) => [r._id, r.name]))) : Promise.resolve(new Map<string, string>()),
  ]);

  const items: z.infer<typeof GroupItem>[] = [];
  for (const { g, ids, more } of found) {
    const open = ids
      .map((id) => byId.get(id))
      .filter((r): r is GroupMemberRow => Boolean(r && r.simGroup === g._id && openEntryOf(r) && where.covers(openEntryOf(r)!)))
      .sort((a, b) => new Date(a.createdAt).getTime() - new Date(b.createdAt).getTime() || (a._id < b._id ? -1 : 1));
    // Taken meanwhile (merged, answered, closed): the pass will follow; the group is not offered with fewer than two.
    if (open.length < 2) continue;
    const counted = inPeriod(g, days);
    const county = counties.get(g.countyCode);
    const sample = samples.get(g._id);
    items.push({
      id: g._id,
      label: g.label,
      category: g.category,
      ...(county ? { countyName: county } : {}),
      stations: g.stationCodes.map((code) => ({ code, name: names.get(code) ?? code })),
      cases: counted.cases,
      seconds: counted.seconds,
      caseCount: g.caseCount,
      secondCount: g.secondCount,
      ...(sample ? { sample } : {}),
      openCases: open.map(caseOf),
      moreOpen: more,
    });
  }
  const learned = await learning;
  return { period: periodView(days), items, ...(learned ? { learned } : {}), ...(nextCursor ? { nextCursor } : {}) };
}
