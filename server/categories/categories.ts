/**
 * Categories as data the region office keeps (decision 0035): the provincial defaults, which
 * every region has, and those the office adds for its region and everything below it — each
 * with a hint for residents, the department of the directory it goes to by default, and
 * whether the form shows it first. An added category is never deleted: retired, it stays on
 * the opinions that carry it and is offered for nothing new. A name is taken once on a path:
 * nobody adds a default, a name a region above has, or one a region below already added.
 *
 * Every entry point checks a category against the station's region's list: submit and staff
 * entry (the list joined to the station in the same request: stations.repo.ts), department
 * saves, deputies' specialties and roster rows.
 */
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import type { Payload } from '../../core/contract';
import type { AddedCategoryRow } from '../../core/contract/actions/admin-categories';
import { categoryNameProblem, hasCategory, regionCategories, type RegionCategory } from '../../core/categories';
import { AppError } from '../../core/errors';
import { LEVEL_LABELS } from '../../core/vocabulary';
import type { Actor } from '../users/actor';
import type { CategoryDoc, RegionDoc } from '../model';
import type { Ports } from '../platform/ports';
import { departmentsOfRegions, getDepartment } from '../opinions/departments.repo';
import { regionsOnPath } from '../stations/regions.repo';
import { adminRegion } from '../stations/scope';
import { stationsByCodes } from '../stations/stations.repo';
import { categoriesNamed, categoriesOfRegions, getCategory, putCategory, retireCategoryDoc } from './categories.repo';

/** The categories of the region whose path is `path` (one request; none for an empty path). */
export async function categoriesOnPath(ports: Ports, path: readonly string[]): Promise<RegionCategory[]> {
  return regionCategories(path, await categoriesOfRegions(ports, path));
}

/** The categories of any of these regions (one request): each that holds somewhere among them; the defaults when none is given. */
export async function categoriesOnPaths(ports: Ports, paths: readonly (readonly string[])[]): Promise<RegionCategory[]> {
  const added = await categoriesOfRegions(ports, [...new Set(paths.flat())]);
  const byName = new Map<string, RegionCategory>();
  for (const path of paths.length ? paths : [[]]) for (const c of regionCategories(path, added)) if (!byName.has(c.name)) byName.set(c.name, c);
  return [...byName.values()];
}

/** The categories of these stations' regions (two requests): what a deputy of theirs may name as specialties. */
export async function categoriesOfStations(ports: Ports, stationCodes: readonly string[]): Promise<RegionCategory[]> {
  const stations = stationCodes.length ? await stationsByCodes(ports, stationCodes) : [];
  return categoriesOnPaths(ports, stations.map((s) => s.regionPath));
}

/** Refuses a category that is not one of `list` (the region's categories), naming it and `where`. */
export function assertCategory(list: readonly RegionCategory[], name: string, where = '本地区'): void {
  if (!hasCategory(list, name)) throw new AppError('CATEGORY_UNKNOWN', `“${name}”不是${where}的意见类别，请重新选择`);
}

const iso = (d: Date | string) => new Date(d).toISOString();

function addedRow(c: CategoryDoc, regionName: string): z.infer<typeof AddedCategoryRow> {
  return {
    id: c._id,
    name: c.name,
    hint: c.hint,
    common: c.common,
    regionCode: c.regionCode,
    regionName,
    ...(c.departmentId ? { departmentId: c.departmentId, departmentName: c.departmentName ?? '' } : {}),
    status: c.status,
    addedAt: iso(c.addedAt),
    ...(c.retiredAt ? { retiredAt: iso(c.retiredAt) } : {}),
  };
}

const nameOf = (regions: readonly RegionDoc[], code: string) => regions.find((r) => r._id === code)?.name ?? '';

/**
 * 意见类别 as the region office sees it: the defaults (read only), what the regions above added
 * (read only), its own (active and retired), and the directory of its region and those above
 * (the departments a category of its own may go to). Three requests at once.
 */
export async function adminCategories(ports: Ports, actor: Actor) {
  const region = await adminRegion(ports, actor);
  const [added, departments, regions] = await Promise.all([
    categoriesOfRegions(ports, region.path),
    departmentsOfRegions(ports, region.path),
    regionsOnPath(ports, region.path),
  ]);
  const list = regionCategories(region.path, added);
  const byDepth = (a: CategoryDoc, b: CategoryDoc) => region.path.indexOf(a.regionCode) - region.path.indexOf(b.regionCode) || a.name.localeCompare(b.name, 'zh');
  return {
    region: { code: region._id, name: region.name },
    defaults: list.filter((c) => !c.regionCode).map((c) => ({ name: c.name, common: c.common, staffOnly: c.staffOnly })),
    above: added
      .filter((c) => c.regionCode !== region._id && c.status === 'active' && hasCategory(list, c.name))
      .sort(byDepth)
      .map((c) => addedRow(c, nameOf(regions, c.regionCode))),
    own: added
      .filter((c) => c.regionCode === region._id)
      .sort((a, b) => (a.status === b.status ? 0 : a.status === 'active' ? -1 : 1) || a.name.localeCompare(b.name, 'zh'))
      .map((c) => addedRow(c, region.name)),
    departments: departments
      .sort((a, b) => region.path.indexOf(a.regionCode) - region.path.indexOf(b.regionCode) || a.name.localeCompare(b.name, 'zh'))
      .map((d) => ({ id: d._id, name: d.name, regionName: nameOf(regions, d.regionCode), levelLabel: LEVEL_LABELS[d.level] })),
  };
}

/** A category's id: one per region and name, so adding a retired name again brings it back. */
export const categoryId = (regionCode: string, name: string) => `cat-${regionCode}-${createHash('sha256').update(name).digest('hex').slice(0, 16)}`;

/** The office adds a category for its region and everything below it. */
export async function addCategory(ports: Ports, actor: Actor, p: Payload<'admin', 'addCategory'>) {
  const region = await adminRegion(ports, actor);
  const problem = categoryNameProblem(p.name);
  if (problem) throw new AppError('CATEGORY_NAME_TAKEN', problem);
  const [same, department] = await Promise.all([categoriesNamed(ports, p.name), p.departmentId ? getDepartment(ports, p.departmentId) : undefined]);
  const taken = same.filter((c) => c.status === 'active');
  if (taken.some((c) => region.path.includes(c.regionCode))) {
    throw new AppError('CATEGORY_NAME_TAKEN', `本地区或上级地区已有“${p.name}”类别，无需再添加`);
  }
  if (taken.some((c) => c.regionPath.includes(region._id))) {
    throw new AppError('CATEGORY_NAME_TAKEN', `下级地区已添加“${p.name}”类别，请换一个名称，或请该地区先停用`);
  }
  // The department serves every station below: one of the region's own directory or a region above.
  if (p.departmentId && (!department || !region.path.includes(department.regionCode))) throw new AppError('DEPARTMENT_NOT_FOUND');
  const now = ports.clock.now();
  const id = categoryId(region._id, p.name);
  const doc: CategoryDoc = {
    _id: id,
    name: p.name,
    hint: p.hint,
    common: p.common,
    regionCode: region._id,
    regionPath: region.path,
    ...(department ? { departmentId: department._id, departmentName: department.name } : {}),
    status: 'active',
    addedAt: now,
    updatedAt: now,
  };
  await putCategory(ports, doc);
  return addedRow(doc, region.name);
}

/** The office retires a category it added: old opinions keep it, nothing new is filed under it. */
export async function retireCategory(ports: Ports, actor: Actor, id: string) {
  const region = await adminRegion(ports, actor);
  const doc = await getCategory(ports, id);
  if (!doc) throw new AppError('NOT_FOUND', '没有找到这个意见类别');
  if (doc.regionCode !== region._id) throw new AppError('OUT_OF_REGION', '只能停用本地区添加的意见类别');
  if (doc.status === 'retired') return addedRow(doc, region.name);
  const now = ports.clock.now();
  await retireCategoryDoc(ports, id, now);
  return addedRow({ ...doc, status: 'retired', retiredAt: now, updatedAt: now }, region.name);
}

/**
 * The department the office chose for an added category `name` on a case's `path`, if any
 * (forward.ts offers it for that category): the one added highest on the path, an active one
 * before a retired one (a case filed before the retirement is still forwarded). Undefined for
 * a default.
 */
export function namedDepartmentOf(added: readonly CategoryDoc[], path: readonly string[], name: string): string | undefined {
  const depth = (c: CategoryDoc) => path.indexOf(c.regionCode);
  const rank = (c: CategoryDoc) => (c.status === 'active' ? 0 : 1);
  const found = added.filter((c) => c.name === name && depth(c) >= 0).sort((a, b) => rank(a) - rank(b) || depth(a) - depth(b));
  return found[0]?.departmentId;
}
