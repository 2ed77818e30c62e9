/** The `deputies` collection: the deputies, their stations, profile, photo, leaves and bound openid. Every read and write of it goes through this module. */
import type { Leave } from '../../core/reception-schedule';
import { dbOf, findAll, findById, idsAfter } from '../platform/db';
import type { DeputyDoc } from '../model';
import type { Ports } from '../platform/ports';

/** Records when the deputy was last given an opinion (routing spreads the work). */
export async function markAssigned(ports: Ports, deputyId: string, at: Date): Promise<void> {
  await dbOf(ports).collection('deputies').doc(deputyId).update({ data: { lastAssignedAt: at.getTime() } });
}

/** One deputy as stored (whatever its status or roster batch), or undefined. */
export const getDeputy = (ports: Ports, id: string) => findById<DeputyDoc>(dbOf(ports), 'deputies', id);

/**
 * Binds `openid` to the deputy if its openid is still `asRead` (absent: still unbound), recording
 * the binding's identity event in the same write; answers whether it landed.
 */
export async function bindDeputyOpenid(
  ports: Ports,
  deputyId: string,
  asRead: string | undefined,
  openid: string,
  event?: import('../model').DeputyBindingEvent,
): Promise<boolean> {
  const db = dbOf(ports);
  const res = await db
    .collection('deputies')
    .where({ _id: deputyId, openid: asRead ?? null })
    .update({ data: { openid, ...(event ? { bindings: db.command.push([event]) } : {}) } });
  return res.stats.updated === 1;
}

/** What a deputy edits of their profile (without the photo); no office phone removes it. */
export interface DeputyProfileFields {
  bio: string;
  specialties: string[];
  contactPreference: DeputyDoc['contactPreference'];
  officePhone?: string;
  profileUpdatedAt: Date;
}

/** Writes the deputy's profile fields. */
export async function saveDeputyProfileFields(ports: Ports, deputyId: string, f: DeputyProfileFields): Promise<void> {
  const db = dbOf(ports);
  const _ = db.command;
  await db.collection('deputies').doc(deputyId).update({
    data: {
      bio: f.bio,
      specialties: f.specialties,
      contactPreference: f.contactPreference,
      officePhone: f.officePhone ?? _.remove(),
      profileUpdatedAt: f.profileUpdatedAt,
    },
  });
}

/** Puts the deputy's new photo under its image check (`traceId`), pending. */
export async function setDeputyPhotoPending(ports: Ports, deputyId: string, fileId: string, traceId: string): Promise<void> {
  await dbOf(ports).collection('deputies').doc(deputyId).update({ data: { photoCheck: { fileId, traceId, state: 'pending' } } });
}

/**
 * Settles the deputy's photo check `traceId` if it is still in `state`: publishes its photo, or
 * stores the check as given (review, refused); answers whether it landed.
 */
export async function settleDeputyPhotoCheck(
  ports: Ports,
  deputyId: string,
  traceId: string,
  state: 'pending' | 'review',
  outcome: { publish: string } | { photoCheck: NonNullable<DeputyDoc['photoCheck']> },
): Promise<boolean> {
  const db = dbOf(ports);
  const _ = db.command;
  const data = 'publish' in outcome ? { photo: outcome.publish, photoCheck: _.remove() } : { photoCheck: outcome.photoCheck };
  const res = await db.collection('deputies').where({ _id: deputyId, 'photoCheck.traceId': traceId, 'photoCheck.state': state }).update({ data });
  return res.stats.updated === 1;
}

/** Writes the deputy's leaves if they are still `asRead` (absent: still absent); answers whether it landed. */
export async function writeDeputyLeavesAsRead(ports: Ports, deputyId: string, asRead: readonly Leave[] | undefined, leaves: Leave[]): Promise<boolean> {
  const db = dbOf(ports);
  const res = await db
    .collection('deputies')
    .where({ leaves: asRead ? [...asRead] : db.command.exists(false), _id: deputyId })
    .update({ data: { leaves } });
  return res.stats.updated === 1;
}

/** The deputies with these ids as stored (whatever their roster batch), in no particular order. */
export async function storedDeputiesByIds(ports: Ports, ids: readonly string[]): Promise<import('../model').DeputyDoc[]> {
  const db = dbOf(ports);
  return findAll<import('../model').DeputyDoc>(db, 'deputies', { _id: db.command.in([...ids]) });
}

/** Every deputy as stored whose own list names the station (whatever their roster batch). */
export const deputiesNamingStation = (ports: Ports, stationCode: string) =>
  findAll<import('../model').DeputyDoc>(dbOf(ports), 'deputies', { stationCodes: stationCode });

/** Deputies in office (`active`) whose home region is one of these, as stored. */
export async function activeDeputiesHomedIn(ports: Ports, homeRegionCodes: readonly string[]): Promise<import('../model').DeputyDoc[]> {
  const db = dbOf(ports);
  return findAll<import('../model').DeputyDoc>(db, 'deputies', { homeRegionCode: db.command.in([...homeRegionCodes]), status: 'active' });
}

/** Adds the station to the deputy's own list (one `$addToSet`). */
export async function addStationOfDeputy(ports: Ports, deputyId: string, stationCode: string): Promise<void> {
  const db = dbOf(ports);
  await db.collection('deputies').doc(deputyId).update({ data: { stationCodes: db.command.addToSet(stationCode) } });
}

/** Takes the station out of the deputy's own list (one `$pull`). */
export async function removeStationOfDeputy(ports: Ports, deputyId: string, stationCode: string): Promise<void> {
  const db = dbOf(ports);
  await db.collection('deputies').doc(deputyId).update({ data: { stationCodes: db.command.pull(stationCode) } });
}

/** The next `pageSize` deputy ids after `after` ('' from the first), in ascending order (a daily repair pass's page). */
export const deputyIdsAfter = (ports: Ports, after: string, pageSize: number): Promise<string[]> => idsAfter(dbOf(ports), 'deputies', after, pageSize);

/** Deputies in office (`active`) whose home region is one of these, as stored, read by pages up to `max`. */
export async function activeDeputiesHomedInUpTo(ports: Ports, homeRegionCodes: readonly string[], max: number): Promise<import('../model').DeputyDoc[]> {
  const db = dbOf(ports);
  return findAll<import('../model').DeputyDoc>(db, 'deputies', { homeRegionCode: db.command.in([...homeRegionCodes]), status: 'active' }, max);
}

/** Inserts a deputy from a roster import (its id is fixed); throws the duplicate-key error if it is there already. */
export async function addImportedDeputy(ports: Ports, doc: import('../model').DeputyDoc): Promise<void> {
  await dbOf(ports).collection('deputies').add({ data: doc });
}

/** Up to `limit` deputies in office (`active`) whose term ended before `today` (YYYY-MM-DD, Beijing). */
export async function activeDeputiesWithTermEndedBefore(ports: Ports, today: string, limit: number): Promise<import('../model').DeputyDoc[]> {
  const db = dbOf(ports);
  const res = await db.collection<import('../model').DeputyDoc>('deputies').where({ status: 'active', termEnd: db.command.lt(today) }).limit(limit).get();
  return res.data;
}

/** Makes the deputy inactive because their term ended, if still active; answers how many were updated (0 or 1). */
export async function endTermOfActiveDeputy(ports: Ports, deputyId: string, at: Date): Promise<number> {
  const res = await dbOf(ports)
    .collection('deputies')
    .where({ _id: deputyId, status: 'active' })
    .update({ data: { status: 'inactive', inactiveSince: at, inactiveReason: 'term_ended' } });
  return res.stats.updated;
}

/** Inactive deputies whose term ended before `today` (YYYY-MM-DD, Beijing), read by pages up to `max`. */
export async function inactiveDeputiesWithTermEndedBefore(ports: Ports, today: string, max: number): Promise<import('../model').DeputyDoc[]> {
  const db = dbOf(ports);
  return findAll<import('../model').DeputyDoc>(db, 'deputies', { status: 'inactive', termEnd: db.command.lt(today) }, max);
}

/** Moves the deputy's open load by `by` (`_.inc`; 0 leaves it) and, for a deputy just given an opinion, records when (round-robin ties), in one update. */
export async function addToDeputyOpenLoad(ports: Ports, deputyId: string, by: number, lastAssignedAt?: number): Promise<void> {
  const db = dbOf(ports);
  const data = {
    ...(by ? { openCount: db.command.inc(by) } : {}),
    ...(lastAssignedAt !== undefined ? { lastAssignedAt } : {}),
  };
  await db.collection('deputies').doc(deputyId).update({ data });
}

/** Sets the deputy's open load to a recounted value. */
export async function setDeputyOpenLoad(ports: Ports, deputyId: string, openCount: number): Promise<void> {
  await dbOf(ports).collection('deputies').doc(deputyId).update({ data: { openCount } });
}

/** Makes the deputies a roster batch imported visible (one update over the batch: `importBatch` is indexed). */
export async function revealBatchDeputies(ports: Ports, batchId: string): Promise<void> {
  const db = dbOf(ports);
  await db.collection('deputies').where({ importBatch: batchId, pendingBatch: batchId }).update({ data: { pendingBatch: db.command.remove() } });
}

/** Deputies of any status whose home region is one of these, as stored, read by pages up to `max` (served by (homeRegionCode, status)). */
export async function deputiesHomedInUpTo(ports: Ports, homeRegionCodes: readonly string[], max: number): Promise<DeputyDoc[]> {
  const db = dbOf(ports);
  return findAll<DeputyDoc>(db, 'deputies', { homeRegionCode: db.command.in([...homeRegionCodes]) }, max);
}

/** Deputies holding any of these 代表证号 (roster import keys), as stored. */
export async function deputiesWithRosterIds(ports: Ports, rosterIds: readonly string[]): Promise<DeputyDoc[]> {
  if (rosterIds.length === 0) return [];
  const db = dbOf(ports);
  return findAll<DeputyDoc>(db, 'deputies', { rosterId: db.command.in([...rosterIds]) }, rosterIds.length * 5);
}

/** What a roster batch writes on a deputy it updates: the changed fields, and back in office (`resume`). */
export interface RosterDeputyUpdate {
  set: Partial<Pick<DeputyDoc, 'name' | 'level' | 'homeRegionCode' | 'specialties' | 'term' | 'termEnd' | 'officePhone' | 'rosterId'>>;
  resume: boolean;
}

/**
 * Applies a roster batch's update to the deputy in one write, unless this batch wrote it
 * already (`lastRosterBatch`): a finishing run again writes nothing twice. Answers whether it landed.
 */
export async function applyRosterUpdate(ports: Ports, deputyId: string, batchId: string, u: RosterDeputyUpdate, at: Date): Promise<boolean> {
  const db = dbOf(ports);
  const _ = db.command;
  const res = await db
    .collection('deputies')
    .where({ _id: deputyId, lastRosterBatch: _.neq(batchId) })
    .update({
      data: {
        ...u.set,
        ...(u.resume ? { status: 'active', inactiveSince: _.remove(), inactiveReason: _.remove() } : {}),
        lastRosterBatch: batchId,
        rosterUpdatedAt: at,
      },
    });
  return res.stats.updated === 1;
}
