/**
 * The department directory (分级分类): per region, departments by level × categories, with
 * contacts. Deputies forwarding an opinion read the departments of its station's region and
 * the regions above it (forward-opinion.ts). Who keeps which part (decision 0016):
 * - staff keep the departments of the region each of their stations is in (a township
 *   station: its township's; a county's 总站: the county's) and read the regions above, as
 *   their deputies do — never changing what deputies of other stations forward to;
 * - a region admin keeps their region and everything below it.
 * A department's level is its region's (`DEPARTMENT_LEVEL_OF_REGION`).
 */
import { createHash } from 'node:crypto';
import type { Payload } from '../../core/contract';
import { AppError } from '../../core/errors';
import { DEPARTMENT_LEVEL_OF_REGION } from '../../core/region-scope';
import { LEVEL_LABELS } from '../../core/vocabulary';
import type { Actor } from '../users/actor';
import type { DepartmentDoc, RegionDoc } from '../model';
import type { Ports } from '../platform/ports';
import { regionsOnPath } from '../stations/regions.repo';
import { stationsByCodes } from '../stations/stations.repo';
import { deleteDepartment, departmentsOfRegions, getDepartment, putDepartment } from './departments.repo';
import { regionsBelow } from '../stations/admin';
import { adminRegion } from '../stations/scope';
import { assertCategory, categoriesOnPath } from '../categories/categories';

/** What a caller sees of the directory, and the regions whose departments they keep. */
interface DirectoryScope {
  readable: RegionDoc[];
  writable: RegionDoc[];
  refusal: string;
}

async function staffScope(ports: Ports, actor: Actor): Promise<DirectoryScope> {
  const stations = await stationsByCodes(ports, actor.staffStationCodes);
  const readable = await regionsOnPath(ports, [...new Set(stations.flatMap((s) => s.regionPath))]);
  const own = new Set(stations.map((s) => s.regionCode));
  return { readable, writable: readable.filter((r) => own.has(r._id)), refusal: '只能维护您负责的联络站所在地区的部门' };
}

async function adminScope(ports: Ports, actor: Actor): Promise<DirectoryScope> {
  const below = await regionsBelow(ports, await adminRegion(ports, actor));
  return { readable: below, writable: below, refusal: '只能维护您管辖的地区及下级地区的部门' };
}

const scopeOf = (ports: Ports, actor: Actor, as: 'staff' | 'admin') => (as === 'staff' ? staffScope(ports, actor) : adminScope(ports, actor));

const view = (d: DepartmentDoc, regionName: string) => ({
  id: d._id,
  regionCode: d.regionCode,
  regionName,
  level: d.level,
  levelLabel: LEVEL_LABELS[d.level],
  categories: d.categories,
  name: d.name,
  contact: d.contact,
});

const regionItem = (r: RegionDoc) => ({ code: r._id, name: r.name, level: DEPARTMENT_LEVEL_OF_REGION[r.kind] });

export async function listDepartments(ports: Ports, actor: Actor, as: 'staff' | 'admin') {
  const scope = await scopeOf(ports, actor, as);
  const codes = scope.readable.map((r) => r._id);
  const items = codes.length ? await departmentsOfRegions(ports, codes) : [];
  return {
    items: items
      .sort((a, b) => a.regionCode.localeCompare(b.regionCode) || a.name.localeCompare(b.name))
      .map((d) => view(d, scope.readable.find((r) => r._id === d.regionCode)?.name ?? '')),
    regions: scope.writable.map(regionItem),
  };
}

/** The region of `regionCode` if the caller keeps its departments; refused otherwise. */
function keptRegion(scope: DirectoryScope, regionCode: string): RegionDoc {
  const region = scope.writable.find((r) => r._id === regionCode);
  if (!region) throw new AppError('OUT_OF_REGION', scope.refusal);
  return region;
}

export async function saveDepartment(ports: Ports, actor: Actor, as: 'staff' | 'admin', p: Payload<'staff', 'saveDepartment'>) {
  const scope = await scopeOf(ports, actor, as);
  const region = keptRegion(scope, p.regionCode);
  const level = DEPARTMENT_LEVEL_OF_REGION[region.kind];
  if (p.level !== level) {
    throw new AppError('DEPARTMENT_LEVEL_MISMATCH', `${region.name}的部门应为${LEVEL_LABELS[level]}级，请改选级别`);
  }
  const [existing, categories] = await Promise.all([p.id ? getDepartment(ports, p.id) : undefined, categoriesOnPath(ports, region.path)]);
  if (p.id) {
    if (!existing) throw new AppError('NOT_FOUND', '没有找到这个部门');
    keptRegion(scope, existing.regionCode);
  }
  // The categories of the department's region: the defaults and those added on its path (one it
  // already serves may stay, retired since or not).
  for (const c of p.categories) if (!existing?.categories.includes(c)) assertCategory(categories, c, region.name);
  const id = p.id ?? `dept-${createHash('sha256').update(`${p.regionCode}\n${p.name}`).digest('hex').slice(0, 16)}`;
  const data = { regionCode: p.regionCode, level: p.level, categories: [...new Set(p.categories)], name: p.name, contact: p.contact };
  await putDepartment(ports, id, data);
  return view({ _id: id, ...data }, region.name);
}

export async function removeDepartment(ports: Ports, actor: Actor, as: 'staff' | 'admin', id: string) {
  const existing = await getDepartment(ports, id);
  if (!existing) throw new AppError('NOT_FOUND', '没有找到这个部门');
  keptRegion(await scopeOf(ports, actor, as), existing.regionCode);
  await deleteDepartment(ports, id);
  return { id };
}
