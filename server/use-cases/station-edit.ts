/** Staff edit their stations: name and address, map position, deputies, schedule, leaves. */
import type { z } from 'zod';
import type { Payload } from '../../core/contract';
import type { StaffStation } from '../../core/contract/actions/staff';
import { beijingParts } from '../../core/beijing-time';
import { AppError } from '../../core/errors';
import { isOnLeave, type Leave, type Schedule } from '../../core/reception-schedule';
import { scheduleProblems } from '../../core/schedule-rules';
import { LEVEL_LABELS } from '../../core/vocabulary';
import type { Actor } from '../actor';
import type { StationDoc } from '../model';
import type { Ports } from '../ports';
import { deputiesByIds } from '../repos/deputies';
import { getRegion } from '../repos/regions';
import { requireStation } from '../repos/stations';
import { requireMyStation } from './station-scope';

export async function staffStationView(ports: Ports, station: StationDoc): Promise<z.infer<typeof StaffStation>> {
  const [deputies, region] = await Promise.all([deputiesByIds(ports, station.deputyIds), getRegion(ports, station.regionCode)]);
  const today = beijingParts(ports.clock.now()).date;
  return {
    code: station._id,
    name: station.name,
    address: station.address,
    ...(station.location ? { location: station.location } : {}),
    regionCode: station.regionCode,
    regionName: region?.name ?? '',
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
    })),
    schedule: station.schedule,
    ...(station.qrFileId ? { qrCode: { fileId: station.qrFileId, url: await ports.storage.urlOf(station.qrFileId) } } : {}),
  };
}

async function editable(ports: Ports, actor: Actor, code: string): Promise<StationDoc> {
  const station = await requireMyStation(ports, actor, code);
  if (station.status === 'retired') throw new AppError('STATION_RETIRED', '这个联络站已撤并,不能再修改');
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
  await ports.db.collection('stations').doc(p.code).update({ data });
  return staffStationView(ports, await requireStation(ports, p.code));
}

export async function setSchedule(ports: Ports, actor: Actor, code: string, schedule: Schedule) {
  const station = await editable(ports, actor, code);
  const problems = scheduleProblems(schedule, station.deputyIds);
  if (problems.length) throw new AppError('SCHEDULE_INVALID', `接待安排有误:${problems.slice(0, 3).join(';')}`);
  // The whole schedule is one field: replaced in one update, never half-written.
  await ports.db.collection('stations').doc(code).update({ data: { schedule, updatedAt: ports.clock.now() } });
  return staffStationView(ports, await requireStation(ports, code));
}

export async function setLeaves(ports: Ports, actor: Actor, code: string, deputyId: string, leaves: Leave[]) {
  const station = await editable(ports, actor, code);
  if (!station.deputyIds.includes(deputyId)) throw new AppError('DEPUTY_NOT_FOUND', '这位代表不属于本联络站');
  const bad = leaves.find((l) => l.to < l.from);
  if (bad) throw new AppError('SCHEDULE_INVALID', `请假结束日期 ${bad.to} 早于开始日期 ${bad.from}`);
  const [deputy] = await deputiesByIds(ports, [deputyId]);
  if (!deputy) throw new AppError('DEPUTY_NOT_FOUND');
  await ports.db.collection('deputies').doc(deputyId).update({ data: { leaves } });
  return staffStationView(ports, station);
}
