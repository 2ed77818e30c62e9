/** The `departments` collection: the departments an opinion can be forwarded to. Every read and write of it goes through this module. */
import { dbOf, findAll, findById } from '../platform/db';
import type { Ports } from '../platform/ports';
import type { DepartmentDoc } from '../model';

/** A department by id, if any. */
export const getDepartment = (ports: Ports, id: string) => findById<DepartmentDoc>(dbOf(ports), 'departments', id);

/** The departments of these regions (up to 1000). */
export async function departmentsOfRegions(ports: Ports, regionCodes: readonly string[]): Promise<DepartmentDoc[]> {
  const db = dbOf(ports);
  return findAll<DepartmentDoc>(db, 'departments', { regionCode: db.command.in([...regionCodes]) });
}

/** The departments of these regions an opinion may be forwarded to, of one level and/or serving one category (up to 500). */
export async function forwardableDepartments(
  ports: Ports,
  regionCodes: readonly string[],
  filter: { level?: DepartmentDoc['level']; category?: string },
): Promise<DepartmentDoc[]> {
  const db = dbOf(ports);
  const query: Record<string, unknown> = { regionCode: db.command.in([...regionCodes]) };
  if (filter.level) query.level = filter.level;
  // An array field equal to a scalar matches the documents whose array contains it.
  if (filter.category) query.categories = filter.category;
  return findAll<DepartmentDoc>(db, 'departments', query, 500);
}

/** Writes the department whole under `id` (created or replaced). */
export async function putDepartment(ports: Ports, id: string, data: Omit<DepartmentDoc, '_id'>): Promise<void> {
  await dbOf(ports).collection('departments').doc(id).set({ data });
}

/** Removes the department. */
export async function deleteDepartment(ports: Ports, id: string): Promise<void> {
  await dbOf(ports).collection('departments').doc(id).remove();
}
