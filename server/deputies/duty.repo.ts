/** The `activities` and `attendance` collections: a deputy's duty record: activities and reception-day check-ins. Every read and write of it goes through this module. */
import { dbOf, findAll, findById } from '../platform/db';
import { isDuplicateKey } from '../platform/db-errors';
import type { Ports } from '../platform/ports';
import type { ActivityDoc, ActivityEdit, AttendanceDoc } from '../model';

/** The deputy's check-ins on `date` (YYYY-MM-DD) and after, at most `max`. */
export const attendanceOfDeputySince = (ports: Ports, deputyId: string, date: string, max: number) =>
  findAll<AttendanceDoc>(dbOf(ports), 'attendance', { deputyId, date: dbOf(ports).command.gte(date) }, max);

/** The deputy's activities on `date` (YYYY-MM-DD) and after, at most `max`. */
export const activitiesOfDeputySince = (ports: Ports, deputyId: string, date: string, max: number) =>
  findAll<ActivityDoc>(dbOf(ports), 'activities', { deputyId, date: dbOf(ports).command.gte(date) }, max);

/** Every activity of the deputy (at most 10,000). */
export const activitiesOfDeputy = (ports: Ports, deputyId: string) => findAll<ActivityDoc>(dbOf(ports), 'activities', { deputyId }, 10_000);

/** Records a check-in; answers false when it was already recorded (its id is the session's). */
export async function addAttendanceOnce(ports: Ports, doc: AttendanceDoc): Promise<boolean> {
  try {
    await dbOf(ports).collection('attendance').add({ data: doc });
    return true;
  } catch (e) {
    if (!isDuplicateKey(e)) throw e;
    return false;
  }
}

/** Records an activity unless one with its id is there (a repeat is a no-op). */
export async function addActivityOnce(ports: Ports, doc: ActivityDoc): Promise<void> {
  try {
    await dbOf(ports).collection('activities').add({ data: doc });
  } catch (e) {
    if (!isDuplicateKey(e)) throw e;
  }
}

/** Records an activity; when one with its id landed first, answers that one instead. */
export async function addActivityOrLanded(ports: Ports, doc: ActivityDoc): Promise<ActivityDoc> {
  try {
    await dbOf(ports).collection('activities').add({ data: doc });
  } catch (e) {
    if (!isDuplicateKey(e)) throw e;
    const landed = await findById<ActivityDoc>(dbOf(ports), 'activities', doc._id);
    if (!landed) throw e;
    return landed;
  }
  return doc;
}

/**
 * Writes a correction or a withdrawal of the deputy's activity on the condition that it is
 * still at `version` (absent counts as 0), moving it to the next version; `previous` is pushed
 * onto its history. True when written: of two writers on the same version, one wins.
 */
export async function changeActivityAsRead(
  ports: Ports,
  id: string,
  deputyId: string,
  version: number,
  change: Partial<Pick<ActivityDoc, 'kind' | 'date' | 'place' | 'people' | 'summary' | 'photos' | 'withdrawn'>> & { updatedAt: Date },
  previous?: ActivityEdit,
): Promise<boolean> {
  const db = dbOf(ports);
  const _ = db.command;
  const data: Record<string, unknown> = { ...change, version: version + 1 };
  if (change.photos) data.photos = _.set([...change.photos]);
  if (change.withdrawn) data.withdrawn = _.set(change.withdrawn);
  if (previous) data.edits = _.push([previous]);
  const res = await db
    .collection('activities')
    .where({ _id: id, deputyId, version: version === 0 ? _.exists(false) : version })
    .update({ data });
  return res.stats.updated === 1;
}

/** One activity, or undefined. */
export const getActivity = (ports: Ports, id: string) => findById<ActivityDoc>(dbOf(ports), 'activities', id);

/** A page of the deputy's activities, latest first, and how many there are. */
export async function activitiesPage(ports: Ports, deputyId: string, offset: number, limit: number): Promise<{ items: ActivityDoc[]; total: number }> {
  const q = () => dbOf(ports).collection<ActivityDoc>('activities').where({ deputyId });
  const [page, count] = await Promise.all([q().orderBy('date', 'desc').orderBy('createdAt', 'desc').skip(offset).limit(limit).get(), q().count()]);
  return { items: page.data, total: count.total };
}

/** Check-ins at these stations on or after `date` (YYYY-MM-DD), read by pages up to `max`. */
export async function attendanceOfStationsSince(ports: Ports, stationCodes: readonly string[], date: string, max: number): Promise<import('../model').AttendanceDoc[]> {
  const db = dbOf(ports);
  return findAll<import('../model').AttendanceDoc>(db, 'attendance', { stationCode: db.command.in(stationCodes), date: db.command.gte(date) }, max);
}

/** Activities of these deputies on or after `date` (YYYY-MM-DD), read by pages up to `max`. */
export async function activitiesOfDeputiesSince(ports: Ports, deputyIds: readonly string[], date: string, max: number): Promise<import('../model').ActivityDoc[]> {
  const db = dbOf(ports);
  return findAll<import('../model').ActivityDoc>(db, 'activities', { deputyId: db.command.in(deputyIds), date: db.command.gte(date) }, max);
}

/** The next `size` activities after id `after` ('' from the first), in id order: a page of a pass over all (the rebuild). */
export async function activitiesPageAfterId(ports: Ports, after: string, size: number): Promise<ActivityDoc[]> {
  const db = dbOf(ports);
  const res = await db.collection<ActivityDoc>('activities').where(after ? { _id: db.command.gt(after) } : {}).orderBy('_id', 'asc').limit(size).get();
  return res.data;
}

/** The next `size` check-ins after id `after` ('' from the first), in id order: a page of a pass over all (the rebuild). */
export async function attendancePageAfterId(ports: Ports, after: string, size: number): Promise<AttendanceDoc[]> {
  const db = dbOf(ports);
  const res = await db.collection<AttendanceDoc>('attendance').where(after ? { _id: db.command.gt(after) } : {}).orderBy('_id', 'asc').limit(size).get();
  return res.data;
}
