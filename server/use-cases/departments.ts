/**
 * The department directory (分级分类) staff keep for their region: level × categories, with
 * contacts. Staff may edit departments of any region on their stations' paths (their
 * township, county, city …); deputies forwarding an opinion read the same collection.
 */
import { createHash } from 'node:crypto';
import type { Payload } from '../../core/contract';
import { AppError } from '../../core/errors';
import { LEVEL_LABELS } from '../../core/vocabulary';
import type { Actor } from '../actor';
import { findAll, findById } from '../db';
import type { DepartmentDoc, StationDoc } from '../model';
import type { Ports } from '../ports';
import { regionsOnPath } from '../repos/regions';

type DepartmentRecord = DepartmentDoc;

async function myRegionCodes(ports: Ports, actor: Actor): Promise<string[]> {
  const stations = await findAll<StationDoc>(ports.db, 'stations', { _id: ports.db.command.in(actor.staffStationCodes) });
  return [...new Set(stations.flatMap((s) => s.regionPath))];
}

const view = (d: DepartmentRecord, regionName: string) => ({
  id: d._id,
  regionCode: d.regionCode,
  regionName,
  level: d.level,
  levelLabel: LEVEL_LABELS[d.level],
  categories: d.categories,
  name: d.name,
  contact: d.contact,
});

export async function listDepartments(ports: Ports, actor: Actor) {
  const codes = await myRegionCodes(ports, actor);
  const regions = await regionsOnPath(ports, codes);
  const items = await findAll<DepartmentRecord>(ports.db, 'departments', { regionCode: ports.db.command.in(codes) });
  return {
    items: items
      .sort((a, b) => a.regionCode.localeCompare(b.regionCode) || a.name.localeCompare(b.name))
      .map((d) => view(d, regions.find((r) => r._id === d.regionCode)?.name ?? '')),
    regions: regions.map((r) => ({ code: r._id, name: r.name })),
  };
}

export async function saveDepartment(ports: Ports, actor: Actor, p: Payload<'staff', 'saveDepartment'>) {
  const codes = await myRegionCodes(ports, actor);
  if (!codes.includes(p.regionCode)) throw new AppError('OUT_OF_REGION', '只能维护您负责的联络站所在地区的部门');
  if (p.id) {
    const existing = await findById<DepartmentRecord>(ports.db, 'departments', p.id);
    if (!existing) throw new AppError('NOT_FOUND', '没有找到这个部门');
    if (!codes.includes(existing.regionCode)) throw new AppError('OUT_OF_REGION', '只能维护您负责的联络站所在地区的部门');
  }
  const id = p.id ?? `dept-${createHash('sha256').update(`${p.regionCode}\n${p.name}`).digest('hex').slice(0, 16)}`;
  const data = { regionCode: p.regionCode, level: p.level, categories: [...new Set(p.categories)], name: p.name, contact: p.contact };
  await ports.db.collection('departments').doc(id).set({ data });
  const [region] = await regionsOnPath(ports, [p.regionCode]);
  return view({ _id: id, ...data }, region?.name ?? '');
}

export async function removeDepartment(ports: Ports, actor: Actor, id: string) {
  const existing = await findById<DepartmentRecord>(ports.db, 'departments', id);
  if (!existing) throw new AppError('NOT_FOUND', '没有找到这个部门');
  if (!(await myRegionCodes(ports, actor)).includes(existing.regionCode)) throw new AppError('OUT_OF_REGION');
  await ports.db.collection('departments').doc(id).remove();
  return { id };
}
