/** The `stats` collection: the dashboard's counter cells. Every read and write of it goes through this module. */
import { dbOf, findAll, findById } from '../platform/db';
import type { Ports } from '../platform/ports';

/** A counter document as stored: its cells nested under their names, beside `kind`, `key`, `month` and the write count `w`. */
export type StoredCounter = { _id: string; month: string } & Record<string, unknown>;

/** The counter documents with these ids that exist (one query). */
export async function countersByIds(ports: Ports, ids: readonly string[]): Promise<StoredCounter[]> {
  const db = dbOf(ports);
  const res = await db.collection<StoredCounter>('stats').where({ _id: db.command.in(ids) }).limit(ids.length).get();
  return res.data;
}

/** A page (`offset`, `size`) in id order of one month's counter documents. */
export async function countersOfMonthPage(ports: Ports, month: string, offset: number, size: number): Promise<StoredCounter[]> {
  const page = await dbOf(ports).collection<StoredCounter>('stats').where({ month }).orderBy('_id', 'asc').skip(offset).limit(size).get();
  return page.data;
}

/** Every counter id, read in id order by pages of 500 (ids only). */
export async function allCounterIds(ports: Ports): Promise<string[]> {
  const db = dbOf(ports);
  const _ = db.command;
  const ids: string[] = [];
  let last = '';
  for (;;) {
    const page = await db
      .collection<{ _id: string }>('stats')
      .where(last ? { _id: _.gt(last) } : {})
      .orderBy('_id', 'asc')
      .field({ _id: true })
      .limit(500)
      .get();
    ids.push(...page.data.map((d) => d._id));
    if (page.data.length < 500) break;
    last = page.data[page.data.length - 1]._id;
  }
  return ids;
}

/** Replaces a counter document whole (the rebuild), creating it if missing. */
export async function replaceCounter(ports: Ports, id: string, data: Record<string, unknown>): Promise<void> {
  await dbOf(ports).collection('stats').doc(id).set({ data });
}

/** Removes a counter document (the rebuild: no opinion supports it). */
export async function removeCounter(ports: Ports, id: string): Promise<void> {
  await dbOf(ports).collection('stats').doc(id).remove();
}

/** Creates a counter document (a duplicate key when it exists: someone created it meanwhile). */
export async function addCounter(ports: Ports, doc: { _id: string } & Record<string, unknown>): Promise<void> {
  await dbOf(ports).collection('stats').add({ data: doc });
}

/**
 * Moves a counter by `nested` (its cells nested as stored, every number an amount to add) and
 * counts the write in `w`, on the condition that `w` is still as read (`undefined`: none
 * yet); true when it moved.
 */
export async function correctCounterAsRead(ports: Ports, id: string, w: number | undefined, nested: Record<string, unknown>): Promise<boolean> {
  const db = dbOf(ports);
  const _ = db.command;
  const increments = (o: Record<string, unknown>): Record<string, unknown> =>
    Object.fromEntries(
      Object.entries(o).map(([k, v]) => [k, typeof v === 'number' ? _.inc(v) : v && typeof v === 'object' ? increments(v as Record<string, unknown>) : v]),
    );
  const res = await db
    .collection('stats')
    .where({ _id: id, w: w ?? _.exists(false) })
    .update({ data: { ...increments(nested), w: _.inc(1) } });
  return res.stats.updated === 1;
}

/** Counter ids known to exist, per database client (counters are removed only by a rebuild, which forgets them). */
const countersKnownToExist = new WeakMap<object, Set<string>>();

/** The ids known to exist for this database client (a set the keeper adds to). */
export function knownCounterIds(ports: Ports): Set<string> {
  const db = dbOf(ports);
  let set = countersKnownToExist.get(db);
  if (!set) countersKnownToExist.set(db, (set = new Set()));
  return set;
}

/** Forgets the ids known to exist (a rebuild removes counters). */
export function forgetKnownCounterIds(ports: Ports): void {
  countersKnownToExist.delete(dbOf(ports));
}

/** Which of these counter ids exist (ids only, one query). */
export async function existingCounterIdsAmong(ports: Ports, ids: readonly string[]): Promise<string[]> {
  const db = dbOf(ports);
  const found = await db.collection<{ _id: string }>('stats').where({ _id: db.command.in([...ids]) }).field({ _id: true }).limit(ids.length).get();
  return found.data.map((d) => d._id);
}

/**
 * Adds `nested` (cells nested as stored, every number an amount) to each of the counters `ids`
 * and counts the write in `w`: one update, each document changing atomically on its own.
 * Answers how many counters were updated.
 */
export async function incrementCountersBy(ports: Ports, ids: readonly string[], nested: Record<string, unknown>): Promise<number> {
  const db = dbOf(ports);
  const _ = db.command;
  const increments = (o: Record<string, unknown>): Record<string, unknown> =>
    Object.fromEntries(
      Object.entries(o).map(([k, v]) => [k, typeof v === 'number' ? _.inc(v) : v && typeof v === 'object' ? increments(v as Record<string, unknown>) : v]),
    );
  const res = await db.collection('stats').where({ _id: _.in([...ids]) }).update({ data: { ...increments(nested), w: _.inc(1) } });
  return res.stats.updated;
}

/** The earliest month any counter is kept for (`YYYY-MM`), or undefined when there are none. */
export async function earliestCounterMonth(ports: Ports): Promise<string | undefined> {
  const res = await dbOf(ports).collection<{ _id: string; month: string }>('stats').orderBy('month', 'asc').field({ month: true }).limit(1).get();
  return res.data[0]?.month;
}
