/** The `showcase` collection: published stories (履职风采). Every read and write of it goes through this module. */
import { dbOf, findAll, findById } from '../platform/db';
import type { Ports } from '../platform/ports';
import { keysetPage, type KeysetPage, type ListOrder } from '../platform/keyset';

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

/** The public list's order: newest approval first, by id (descending) among entries approved at the same moment. */
const SHOWCASE_LIST: ListOrder = {
  tag: 'showcase',
  keys: [
    { field: 'approvedAt', kind: 'date' },
    { field: '_id', kind: 'string' },
  ],
  direction: 'desc',
};

/**
 * A page of the public list after `cursor`, newest approval first, of one station or one region
 * and below (or every entry), served by (stationCode | regionPath | —, approvedAt, _id); on the
 * first page also how many there are (a count sent with it).
 */
export async function showcasePage(
  ports: Ports,
  filter: { stationCode?: string; regionCode?: string },
  now: Date,
  limit: number,
  cursor?: string,
): Promise<KeysetPage<ShowcaseDoc> & { total?: number }> {
  const db = dbOf(ports);
  const scope: Record<string, unknown> | undefined = filter.stationCode
    ? { stationCode: filter.stationCode, ...(filter.regionCode ? { regionPath: filter.regionCode } : {}) }
    : filter.regionCode
      ? { regionPath: filter.regionCode }
      : undefined;
  // Every entry: the first page reads (approvedAt, _id) from the newest approval; later ones from the cursor.
  const where = scope ?? (cursor ? {} : { approvedAt: db.command.lte(now) });
  const [page, count] = await Promise.all([
    keysetPage<ShowcaseDoc & Record<string, unknown>>(db, 'showcase', where, SHOWCASE_LIST, limit, cursor),
    cursor ? undefined : db.collection('showcase').where(where).count(),
  ]);
  return { ...page, ...(count ? { total: count.total } : {}) };
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
