/**
 * Which deputies a station lists. Deputies of any of the five levels may be attached, but
 * only from the region the person acts for (core/region-scope.ts): an admin's region, or for
 * staff the county (or higher) region of the station. The station and each deputy's
 * `stationCodes` are kept in step.
 */
import type { z } from 'zod';
import type { AttachableDeputy } from '../../core/contract/actions/station-deputies';
import { AppError } from '../../core/errors';
import type { Schedule } from '../../core/reception-schedule';
import { deputyWithinScope } from '../../core/region-scope';
import { LEVEL_LABELS, LEVELS } from '../../core/vocabulary';
import type { DeputyDoc, RegionDoc, StationDoc } from '../model';
import { compareAndSet } from '../platform/cas';
import type { Ports } from '../platform/ports';
import {
  activeDeputiesHomedIn,
  addStationOfDeputy,
  deputiesNamingStation,
  removeStationOfDeputy,
  storedDeputiesByIds,
} from '../deputies/deputies.repo';
import { deputiesByIds } from '../deputies/visible';
import type { Actor } from '../users/actor';
import { getRegion, regionsOnPath, regionsUnder, regionsWithParentIn } from './regions.repo';
import { getStation, writeStationDeputiesAsRead } from './stations.repo';
import { visibleDeputies } from '../roster/rosterbatches.repo';
import { asReadPolicy } from '../platform/as-read';
import { requireMyStation } from './scope';

/** The region staff act for when editing a station: its county-level region, or the station's own if higher. */
export const staffScopePath = (station: StationDoc): string[] => station.regionPath.slice(0, Math.min(3, station.regionPath.length));

/**
 * Sets a station's deputies to `deputyIds`. What the editor added and removed — compared
 * with `base`, the list their page showed (or, without it, the station as read now) — is
 * applied to the station's list as it is now, on the condition that the list is still as
 * read: a concurrent edit, roster finish, or attach made after the page loaded is kept.
 * Removing deputies is also conditional on the sessions read, so a schedule saved at the
 * same moment cannot keep one of them on duty. Then the deputies' own lists follow.
 */
export async function setStationDeputies(
  ports: Ports,
  station: StationDoc,
  deputyIds: readonly string[],
  scopePath: readonly string[],
  base: readonly string[] = station.deputyIds,
): Promise<void> {
  const ids = [...new Set(deputyIds)];
  const deputies = await deputiesByIds(ports, ids);
  const missing = ids.filter((id) => !deputies.some((d) => d._id === id));
  if (missing.length) throw new AppError('DEPUTY_NOT_FOUND', `没有找到这些代表：${missing.join('、').slice(0, 60)}`);
  const homes = await regionsOnPath(ports, [...new Set(deputies.map((d) => d.homeRegionCode))]);
  const outside: DeputyDoc[] = [];
  for (const d of deputies) {
    const home = homes.find((r) => r._id === d.homeRegionCode);
    if (!home || !deputyWithinScope(home.path, home.kind === 'military', scopePath)) outside.push(d);
  }
  if (outside.length) {
    throw new AppError('OUT_OF_REGION', `以下代表不属于您管辖的地区，不能设为本站代表：${outside.map((d) => d.name).join('、')}`);
  }
  const added = ids.filter((id) => !base.includes(id));
  // Deputies of a roster still activating are not shown to the editor: leaving them out is not removing them.
  const hidden = await hiddenDeputyIds(ports, base.filter((id) => !ids.includes(id)));
  const removed = base.filter((id) => !ids.includes(id) && !hidden.has(id));

  const now = ports.clock.now();
  await compareAndSet<StationDoc | undefined, { asRead: { deputyIds: string[]; schedule?: Schedule }; next: string[] }, void>(
    {
      read: (round) => (round === 0 ? Promise.resolve(station) : getStation(ports, station._id)),
      decide: (fresh) => {
        if (!fresh) throw new AppError('STATION_NOT_FOUND');
        const dropped = fresh.deputyIds.filter((id) => removed.includes(id));
        const next = [...fresh.deputyIds.filter((id) => !dropped.includes(id)), ...added.filter((id) => !fresh.deputyIds.includes(id))];
        if (next.length === fresh.deputyIds.length && dropped.length === 0) return { done: undefined };
        // Sessions may only list attached deputies.
        const { weekly, dated } = fresh.schedule;
        if ([...weekly, ...dated].some((s) => s.deputyIds.some((id) => dropped.includes(id)))) {
          throw new AppError('SCHEDULE_INVALID', '要移除的代表还在接待安排中，请先修改接待安排');
        }
        return { change: { asRead: { deputyIds: fresh.deputyIds, ...(dropped.length ? { schedule: fresh.schedule } : {}) }, next } };
      },
      write: async (_fresh, { asRead, next }) =>
        (await writeStationDeputiesAsRead(ports, station._id, asRead, next, now)) ? { value: undefined } : undefined,
    },
    asReadPolicy(`stations/${station._id}`, '联络站的代表名单刚刚被其他人修改，请刷新后重试'),
  );
  await syncDeputyLists(ports, station._id);
}

/** Of `ids`, the deputies of a roster batch not yet active (repos/roster-visibility.ts). */
async function hiddenDeputyIds(ports: Ports, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const stored = await storedDeputiesByIds(ports, ids);
  const visible = new Set((await visibleDeputies(ports, stored)).map((d) => d._id));
  return new Set(stored.filter((d) => !visible.has(d._id)).map((d) => d._id));
}

/**
 * Makes the deputies' own `stationCodes` agree with the station's list as it is now, which is
 * authoritative (routing reads it): those listed gain the code, visible deputies no longer
 * listed lose it. Each write is one exact `$addToSet`/`$pull`, so running this again is
 * harmless: a request stopped after the station write, sent again, completes it (as does
 * any later save of the station's deputies, and the scheduler's daily repair).
 */
export async function syncDeputyLists(ports: Ports, code: string): Promise<void> {
  const listed = (await getStation(ports, code))?.deputyIds ?? [];
  const stored = listed.length ? await storedDeputiesByIds(ports, listed) : [];
  for (const d of stored) {
    if (!d.stationCodes.includes(code)) await addStationOfDeputy(ports, d._id, code);
  }
  // A deputy of a roster still activating is the roster finish's to attach.
  const naming = await visibleDeputies(ports, await deputiesNamingStation(ports, code));
  for (const d of naming) {
    if (!listed.includes(d._id)) await removeStationOfDeputy(ports, d._id, code);
  }
}

/** `$in` lists are kept short: one query per this many codes. */
const IN_CHUNK = 100;

/**
 * The home regions a deputy within `scopePath` can have: the scope and everything below it,
 * the regions above it, and military nodes under those (the rule of deputyWithinScope).
 */
async function homeRegionsInScope(ports: Ports, scopePath: readonly string[]): Promise<RegionDoc[]> {
  const scopeCode = scopePath[scopePath.length - 1];
  const [below, above, military] = await Promise.all([
    regionsUnder(ports, scopeCode),
    regionsOnPath(ports, scopePath),
    regionsWithParentIn(ports, scopePath),
  ]);
  const all = new Map<string, RegionDoc>();
  for (const r of [...below, ...above, ...military.filter((m) => m.kind === 'military')]) all.set(r._id, r);
  return [...all.values()];
}

/**
 * Deputies in office who may be attached to `station` by someone acting for `scopePath`, and
 * those attached now (even one attached earlier from outside, so it can be detached).
 * Attached first, then by level (national first) and name.
 */
export async function attachableDeputies(
  ports: Ports,
  station: StationDoc,
  scopePath: readonly string[],
): Promise<z.infer<typeof AttachableDeputy>[]> {
  const regions = await homeRegionsInScope(ports, scopePath);
  const codes = regions.map((r) => r._id);
  const found: DeputyDoc[] = [];
  for (let i = 0; i < codes.length; i += IN_CHUNK) {
    found.push(...(await activeDeputiesHomedIn(ports, codes.slice(i, i + IN_CHUNK))));
  }
  const attached = await deputiesByIds(ports, station.deputyIds);
  const byId = new Map<string, DeputyDoc>([...found, ...attached].map((d) => [d._id, d]));
  const homes = new Map(regions.map((r) => [r._id, r]));
  for (const r of await regionsOnPath(ports, attached.map((d) => d.homeRegionCode).filter((c) => !homes.has(c)))) homes.set(r._id, r);
  return [...byId.values()]
    .map((d) => {
      const home = homes.get(d.homeRegionCode);
      return {
        id: d._id,
        name: d.name,
        level: d.level,
        levelLabel: `${LEVEL_LABELS[d.level]}人大代表`,
        homeRegionName: home?.name ?? '',
        attached: station.deputyIds.includes(d._id),
        bound: Boolean(d.openid),
        withinScope: Boolean(home && deputyWithinScope(home.path, home.kind === 'military', scopePath)),
      };
    })
    .filter((d) => d.attached || d.withinScope)
    .sort(
      (a, b) =>
        Number(b.attached) - Number(a.attached) ||
        LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level) ||
        a.name.localeCompare(b.name, 'zh-Hans-CN'),
    );
}

/** The deputies staff may attach to one of their stations, and the name of the region they act for. */
export async function myAttachableDeputies(ports: Ports, actor: Actor, code: string) {
  const station = await requireMyStation(ports, actor, code);
  const scopePath = staffScopePath(station);
  const [items, scope] = await Promise.all([attachableDeputies(ports, station, scopePath), getRegion(ports, scopePath[scopePath.length - 1])]);
  return { items, scopeName: scope?.name ?? '' };
}
