/** Staff edit their stations: name and address, map position, deputies, schedule, leaves. */
import { isDeepStrictEqual } from 'node:util';
import type { z } from 'zod';
import type { Payload } from '../../core/contract';
import type { StaffStation } from '../../core/contract/actions/staff';
import { beijingParts } from '../../core/beijing-time';
import { AppError } from '../../core/errors';
import { byLeaveStart, isOnLeave, leaveKey, type Leave, type Schedule } from '../../core/reception-schedule';
import { scheduleProblems } from '../../core/schedule-rules';
import { LEVEL_LABELS } from '../../core/vocabulary';
import type { Actor } from '../users/actor';
import type { DeputyDoc, StationDoc } from '../model';
import { compareAndSet } from '../platform/cas';
import type { Ports } from '../platform/ports';
import { getDeputy, writeDeputyLeavesAsRead } from '../deputies/deputies.repo';
import { deputiesByIds } from '../deputies/visible';
import { getRegion } from './regions.repo';
import { getStation, requireStation, saveStationDetails, stationsByCodes, writeStationScheduleAsRead } from './stations.repo';
import { asReadPolicy } from '../platform/as-read';
import { setStationDeputies, staffScopePath } from './deputies';
import { requireMyStation } from './scope';
import { reachViewsOf, type ReachViewOf } from '../notifications/reach-view';

type StationView = z.infer<typeof StaffStation>;

function stationView(station: StationDoc, deputies: DeputyDoc[], regionName: string, today: string, reach: (openid?: string) => ReachViewOf): Omit<StationView, 'qrCode'> {
  return {
    code: station._id,
    name: station.name,
    address: station.address,
    ...(station.location ? { location: station.location } : {}),
    regionCode: station.regionCode,
    regionName,
    retired: station.status === 'retired',
    deputies: deputies.map((d) => ({
      id: d._id,
      name: d.name,
      level: d.level,
      levelLabel: `${LEVEL_LABELS[d.level]}人大代表`,
      bound: Boolean(d.openid),
      active: d.status === 'active',
      onLeaveToday: isOnLeave(d.leaves, today),
      leaves: d.leaves.map((l) => ({ from: l.from, to: l.to, ...(l.reason ? { reason: l.reason } : {}) })),
      reach: reach(d.openid),
    })),
    schedule: station.schedule,
  };
}

/**
 * Stations as the staff desk shows them. Each station's deputies and region are read side by
 * side; whether their deputies can be reached is one more request for all of them (per 100).
 */
export async function staffStationViews(ports: Ports, stations: readonly StationDoc[]): Promise<StationView[]> {
  const parts = await Promise.all(stations.map((s) => Promise.all([deputiesByIds(ports, s.deputyIds), getRegion(ports, s.regionCode)])));
  const reach = await reachViewsOf(ports, 'deputy', parts.flatMap(([deputies]) => deputies.map((d) => d.openid)));
  const today = beijingParts(ports.clock.now()).date;
  return Promise.all(
    stations.map(async (station, i) => {
      const [deputies, region] = parts[i]!;
      return {
        ...stationView(station, deputies, region?.name ?? '', today, reach),
        ...(station.qrFileId ? { qrCode: { fileId: station.qrFileId, url: await ports.storage.urlOf(station.qrFileId) } } : {}),
      };
    }),
  );
}

export async function staffStationView(ports: Ports, station: StationDoc): Promise<StationView> {
  return (await staffStationViews(ports, [station]))[0]!;
}

/** The caller's stations, in the order they were given. */
export async function myStations(ports: Ports, actor: Actor) {
  const stations = await stationsByCodes(ports, actor.staffStationCodes);
  stations.sort((a, b) => actor.staffStationCodes.indexOf(a._id) - actor.staffStationCodes.indexOf(b._id));
  return { items: await staffStationViews(ports, stations) };
}

async function editable(ports: Ports, actor: Actor, code: string): Promise<StationDoc> {
  const station = await requireMyStation(ports, actor, code);
  if (station.status === 'retired') throw new AppError('STATION_RETIRED', '这个联络站已撤并，不能再修改');
  return station;
}

export async function updateStation(ports: Ports, actor: Actor, p: Payload<'staff', 'updateStation'>) {
  await editable(ports, actor, p.code);
  const data = {
    ...(p.name ? { name: p.name } : {}),
    ...(p.address ? { address: p.address } : {}),
    ...(p.location ? { location: p.location } : {}),
    updatedAt: ports.clock.now(),
  };
  await saveStationDetails(ports, p.code, data);
  return staffStationView(ports, await requireStation(ports, p.code));
}

/** Staff set their station's deputies, from the county (or higher) region of the station (./deputies.ts). */
export async function setMyStationDeputies(ports: Ports, actor: Actor, p: Payload<'staff', 'setDeputies'>) {
  const station = await editable(ports, actor, p.code);
  await setStationDeputies(ports, station, p.deputyIds, staffScopePath(station), p.base);
  return staffStationView(ports, await requireStation(ports, p.code));
}

export async function setSchedule(ports: Ports, actor: Actor, code: string, schedule: Schedule) {
  const station = await editable(ports, actor, code);
  // The whole schedule is one field, replaced in one update (never half-written; of two
  // saves the later wins, as in any form), on the condition that the deputies it was checked
  // against are still the station's: a detach at the same moment is seen on the next round.
  await compareAndSet<StationDoc | undefined, { deputyIds: string[]; at: Date }, void>(
    {
      read: (round) => (round === 0 ? Promise.resolve(station) : getStation(ports, code)),
      decide: (fresh) => {
        if (!fresh) throw new AppError('STATION_NOT_FOUND');
        const problems = scheduleProblems(schedule, fresh.deputyIds);
        if (problems.length) throw new AppError('SCHEDULE_INVALID', `接待安排有误：${problems.slice(0, 3).join('；')}`);
        if (isDeepStrictEqual(fresh.schedule, schedule)) return { done: undefined };
        return { change: { deputyIds: fresh.deputyIds, at: ports.clock.now() } };
      },
      write: async (_fresh, { deputyIds, at }) =>
        (await writeStationScheduleAsRead(ports, code, deputyIds, schedule, at)) ? { value: undefined } : undefined,
    },
    asReadPolicy(`stations/${code}`, '联络站的代表名单刚刚被其他人修改，请刷新后重试'),
  );
  return staffStationView(ports, await requireStation(ports, code));
}

/**
 * Staff replace a deputy's leaves from the station page. What they added and removed —
 * compared with `base`, the leaves the page showed (or, without it, those read now) — is
 * applied to the list as it is now, on the condition that it is still as read: a leave the
 * deputy adds at the same moment, or added after the page loaded, stays.
 */
export async function setLeaves(ports: Ports, actor: Actor, code: string, deputyId: string, leaves: Leave[], base?: Leave[]) {
  const station = await editable(ports, actor, code);
  if (!station.deputyIds.includes(deputyId)) throw new AppError('DEPUTY_NOT_FOUND', '这位代表不属于本联络站');
  const bad = leaves.find((l) => l.to < l.from);
  if (bad) throw new AppError('SCHEDULE_INVALID', `请假结束日期 ${bad.to} 早于开始日期 ${bad.from}`);
  const [deputy] = await deputiesByIds(ports, [deputyId]);
  if (!deputy) throw new AppError('DEPUTY_NOT_FOUND');
  const before = new Set((base ?? deputy.leaves ?? []).map(leaveKey));
  const wanted = new Set(leaves.map(leaveKey));
  const added = leaves.filter((l) => !before.has(leaveKey(l)));
  const removed = new Set([...before].filter((k) => !wanted.has(k)));
  await compareAndSet<DeputyDoc | undefined, { asRead: Leave[] | undefined; next: Leave[] }, void>(
    {
      read: (round) => (round === 0 ? Promise.resolve(deputy) : getDeputy(ports, deputyId)),
      decide: (fresh) => {
        if (!fresh) throw new AppError('DEPUTY_NOT_FOUND');
        const current = fresh.leaves ?? [];
        const next = current.filter((l) => !removed.has(leaveKey(l)));
        for (const l of added) if (!next.some((k) => leaveKey(k) === leaveKey(l))) next.push(l);
        next.sort(byLeaveStart);
        if (isDeepStrictEqual(next, current)) return { done: undefined };
        return { change: { asRead: fresh.leaves, next } };
      },
      write: async (_fresh, { asRead, next }) =>
        (await writeDeputyLeavesAsRead(ports, deputyId, asRead, next)) ? { value: undefined } : undefined,
    },
    asReadPolicy(`deputies/${deputyId}`, '请假记录刚刚被修改，请刷新后重试'),
  );
  return staffStationView(ports, station);
}
