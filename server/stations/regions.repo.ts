/** The `regions` collection: the administrative regions, each with its path from the top. Every read of it goes through this module. */
import { dbOf, findAll, findById } from '../platform/db';
import type { RegionDoc } from '../model';
import type { Ports } from '../platform/ports';

/** The regions of `path` that exist, in the order of the path (none asked: no query). */
export async function regionsOnPath(ports: Ports, path: readonly string[]): Promise<RegionDoc[]> {
  if (path.length === 0) return [];
  const db = dbOf(ports);
  const found = await findAll<RegionDoc>(db, 'regions', { _id: db.command.in([...path]) });
  return path.map((code) => found.find((r) => r._id === code)).filter((r): r is RegionDoc => Boolean(r));
}

/** `湖南省长沙市岳麓区望月湖街道` */
export function fullName(regions: readonly RegionDoc[]): string {
  return regions.map((r) => r.name).join('');
}

/** One region, or undefined. */
export const getRegion = (ports: Ports, code: string) => findById<RegionDoc>(dbOf(ports), 'regions', code);

/** The regions with these codes that exist, in no particular order (queried even when none are asked). */
export async function regionsByCodes(ports: Ports, codes: readonly string[]): Promise<RegionDoc[]> {
  const db = dbOf(ports);
  return findAll<RegionDoc>(db, 'regions', { _id: db.command.in([...codes]) });
}

/** `code` and every region below it (a region's path lists itself), in no particular order. */
export const regionsUnder = (ports: Ports, code: string) => findAll<RegionDoc>(dbOf(ports), 'regions', { path: code });

/** The regions directly below any of `parentCodes`. */
export async function regionsWithParentIn(ports: Ports, parentCodes: readonly string[]): Promise<RegionDoc[]> {
  const db = dbOf(ports);
  return findAll<RegionDoc>(db, 'regions', { parentCode: db.command.in([...parentCodes]) });
}

/** `code` and every region below it (a region's path lists itself), in no particular order, up to `max`. */
export const regionsUnderUpTo = (ports: Ports, code: string, max: number) =>
  findAll<import('../model').RegionDoc>(dbOf(ports), 'regions', { path: code }, max);

/** The regions with any of these names (names repeat across the country), in no particular order. */
export async function regionsByNames(ports: Ports, names: readonly string[]): Promise<import('../model').RegionDoc[]> {
  const db = dbOf(ports);
  return findAll<import('../model').RegionDoc>(db, 'regions', { name: db.command.in([...names]) });
}

/**
 * Counts concept links on a county's region (`similarLinks`, decision 0036): each key moves by
 * `by` for each time it is listed, in one update, the region changing atomically. False when the
 * region does not exist.
 */
export async function countSimilarLinks(ports: Ports, county: string, keys: readonly string[], by: 1 | -1): Promise<boolean> {
  if (!keys.length) return true;
  const db = dbOf(ports);
  const _ = db.command;
  const times = new Map<string, number>();
  for (const k of keys) times.set(k, (times.get(k) ?? 0) + 1);
  const links: Record<string, unknown> = {};
  for (const [k, n] of times) links[k] = _.inc(by * n);
  const res = await db.collection('regions').doc(county).update({ data: { similarLinks: links } });
  return res.stats.updated === 1;
}
