/** The `showcase` collection: published stories (履职风采). Every read and write of it goes through this module. */
import { dbOf, findAll, findById } from '../platform/db';
import type { Ports } from '../platform/ports';

export interface ShowcaseDoc {
  _id: string; // the opinion id: internal, never answered
  /** The id the public sees: random, made at the first approval and kept. */
  publicId?: string;
  stationCode: string;
  stationName: string;
  regionPath: string[];
  category: string;
  title: string;
  summary: string;
  result: string;
  resolvedAt: Date;
  approvedAt: Date;
  approvedBy: string;
}

/** The showcase entry of an opinion, or undefined. */
export const getShowcaseEntry = (ports: Ports, opinionId: string) => findById<ShowcaseDoc>(dbOf(ports), 'showcase', opinionId);

/** Writes the entry under its opinion's id, replacing one approved before. */
export async function saveShowcaseEntry(ports: Ports, entry: ShowcaseDoc): Promise<void> {
  const { _id, ...data } = entry;
  await dbOf(ports).collection('showcase').doc(_id).set({ data });
}

/** Takes an opinion's entry off the showcase. */
export async function removeShowcaseEntry(ports: Ports, opinionId: string): Promise<void> {
  await dbOf(ports).collection('showcase').doc(opinionId).remove();
}

/** A page of the public list, newest approval first, of one station or one region (or all), and how many there are. */
export async function showcasePage(
  ports: Ports,
  filter: { stationCode?: string; regionCode?: string },
  offset: number,
  limit: number,
): Promise<{ items: ShowcaseDoc[]; total: number }> {
  const where: Record<string, unknown> = {};
  if (filter.stationCode) where.stationCode = filter.stationCode;
  if (filter.regionCode) where.regionPath = filter.regionCode;
  const q = dbOf(ports).collection<ShowcaseDoc>('showcase').where(where);
  const [page, count] = await Promise.all([q.orderBy('approvedAt', 'desc').skip(offset).limit(limit).get(), q.count()]);
  return { items: page.data, total: count.total };
}

/** The latest 100 entries of a region (and the regions below it), newest approval first. */
export async function latestShowcaseOfRegion(ports: Ports, regionCode: string): Promise<ShowcaseDoc[]> {
  const res = await dbOf(ports).collection<ShowcaseDoc>('showcase').where({ regionPath: regionCode }).orderBy('approvedAt', 'desc').limit(100).get();
  return res.data;
}

/** Takes the entries of these opinions off the showcase (by 100 per write). */
export async function removeShowcaseEntriesOf(ports: Ports, opinionIds: readonly string[]): Promise<void> {
  const db = dbOf(ports);
  for (let i = 0; i < opinionIds.length; i += 100) {
    await db.collection('showcase').where({ _id: db.command.in(opinionIds.slice(i, i + 100)) }).remove();
  }
}
