/**
 * The `categories` collection: the categories region offices added to the provincial defaults.
 * Every read and write of it goes through this module (the station's reads join it to the
 * station: server/stations/stations.repo.ts).
 */
import { dbOf, findAll, findById } from '../platform/db';
import type { Ports } from '../platform/ports';
import type { CategoryDoc } from '../model';

/** A region has few categories of its own; a path of five regions far fewer than this. */
const PATH_MAX = 500;

/** The categories these regions added, active and retired, in no particular order (none asked: no query). */
export async function categoriesOfRegions(ports: Ports, regionCodes: readonly string[]): Promise<CategoryDoc[]> {
  if (regionCodes.length === 0) return [];
  const db = dbOf(ports);
  return findAll<CategoryDoc>(db, 'categories', { regionCode: db.command.in([...regionCodes]) }, PATH_MAX);
}

/** Every category of this name, wherever it was added (names repeat only across regions side by side). */
export const categoriesNamed = (ports: Ports, name: string) => findAll<CategoryDoc>(dbOf(ports), 'categories', { name }, PATH_MAX);

/** One category by id, or undefined. */
export const getCategory = (ports: Ports, id: string) => findById<CategoryDoc>(dbOf(ports), 'categories', id);

/** Writes the category whole under its id (added, or added again after it was retired). */
export async function putCategory(ports: Ports, doc: CategoryDoc): Promise<void> {
  const { _id, ...data } = doc;
  await dbOf(ports).collection('categories').doc(_id).set({ data });
}

/** Retires the category: kept on the opinions that carry it, offered for nothing new. */
export async function retireCategoryDoc(ports: Ports, id: string, at: Date): Promise<void> {
  await dbOf(ports).collection('categories').doc(id).update({ data: { status: 'retired', retiredAt: at, updatedAt: at } });
}
