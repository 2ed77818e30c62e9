/** The `users` collection: who a WeChat user is here: roles, stations, privacy agreement. Every read and write of it goes through this module. */
import { dbOf, findAll, findById } from '../platform/db';
import { isDuplicateKey } from '../platform/db-errors';
import type { Ports } from '../platform/ports';
import type { DeputyDoc, RegionDoc, UserDoc } from '../model';

/** The user's document (roles, privacy agreement), or undefined: a resident and nothing more. */
export const getUser = (ports: Ports, openid: string) => findById<UserDoc>(dbOf(ports), 'users', openid);

/**
 * The user's document with the deputy record and the admin region it names joined in, in one
 * request (an aggregate with two `$lookup` stages): who is calling, for every signed-in call.
 * Undefined when there is no document.
 */
export async function getUserWithDeputy(
  ports: Ports,
  openid: string,
): Promise<{ user: UserDoc; deputy?: DeputyDoc; adminRegion?: RegionDoc } | undefined> {
  const res = await dbOf(ports)
    .collection('users')
    .aggregate()
    .match({ _id: openid })
    .lookup({ from: 'deputies', localField: 'deputyId', foreignField: '_id', as: 'deputyFound' })
    .lookup({ from: 'regions', localField: 'adminRegionCode', foreignField: '_id', as: 'adminRegionFound' })
    .limit(1)
    .end();
  const row = res.list[0] as unknown as (UserDoc & { deputyFound?: DeputyDoc[]; adminRegionFound?: RegionDoc[] }) | undefined;
  if (!row) return undefined;
  const { deputyFound, adminRegionFound, ...user } = row;
  return {
    user,
    ...(user.deputyId && deputyFound?.[0] ? { deputy: deputyFound[0] } : {}),
    ...(user.adminRegionCode && adminRegionFound?.[0] ? { adminRegion: adminRegionFound[0] } : {}),
  };
}

/** The staff of a station (at most 100). An array field equal to a scalar matches documents whose array contains it. */
export async function staffOfStation(ports: Ports, stationCode: string): Promise<UserDoc[]> {
  const res = await dbOf(ports).collection<UserDoc>('users').where({ staffStationCodes: stationCode }).limit(100).get();
  return res.data;
}

/** The admins of any of these regions (at most 100). */
export async function adminsOfRegions(ports: Ports, regionCodes: readonly string[]): Promise<UserDoc[]> {
  const db = dbOf(ports);
  const res = await db.collection<UserDoc>('users').where({ adminRegionCode: db.command.in([...regionCodes]) }).limit(100).get();
  return res.data;
}

/** Sets fields of the user's document, creating it when there is none (two at once: the second updates). */
async function upsertUser(ports: Ports, openid: string, data: Partial<Omit<UserDoc, '_id'>>): Promise<void> {
  const users = dbOf(ports).collection('users');
  const res = await users.where({ _id: openid }).update({ data });
  if (res.stats.updated === 0) {
    try {
      await users.add({ data: { _id: openid, ...data } });
    } catch (e) {
      if (!isDuplicateKey(e)) throw e;
      await users.where({ _id: openid }).update({ data });
    }
  }
}

/** Gives the user the deputy role of `deputyId` (the deputy's openid is bound separately). */
export const linkUserToDeputy = (ports: Ports, openid: string, deputyId: string) => upsertUser(ports, openid, { deputyId });

/** Takes the deputy role of `deputyId` from the user, if they still hold it (a re-binding revoked their account). */
export async function unlinkUserFromDeputy(ports: Ports, openid: string, deputyId: string): Promise<void> {
  const db = dbOf(ports);
  await db.collection('users').where({ _id: openid, deputyId }).update({ data: { deputyId: db.command.remove() } });
}

/** Records the user's agreement to the privacy notice `version`; their roles are left untouched. */
export const recordPrivacyAgreement = (ports: Ports, openid: string, agreedAt: Date, version: string) =>
  upsertUser(ports, openid, { privacyAgreedAt: agreedAt, privacyVersion: version });

/** Starts an erase on the user's document: writes its unlinkable id unless an erase already wrote one. */
export async function markUserErasing(ports: Ports, openid: string, erasedId: string): Promise<void> {
  const db = dbOf(ports);
  await db.collection('users').where({ _id: openid, erasing: db.command.exists(false) }).update({ data: { erasing: erasedId } });
}

/** Starts an erase for someone without a user document: creates it with the erase's id (created meanwhile: left as it is). */
export async function addErasingUser(ports: Ports, openid: string, erasedId: string): Promise<void> {
  try {
    await dbOf(ports).collection('users').add({ data: { _id: openid, erasing: erasedId } });
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
  }
}

/** Ends an erase for someone who holds an office: their roles stay; the privacy agreement, their SMS phone and the erase mark go. */
export async function clearResidentOfUser(ports: Ports, openid: string): Promise<void> {
  const db = dbOf(ports);
  const _ = db.command;
  await db
    .collection('users')
    .where({ _id: openid })
    .update({ data: { privacyAgreedAt: _.remove(), privacyVersion: _.remove(), smsPhone: _.remove(), erasing: _.remove() } });
}

/** Sets (or, with null, removes) the user's own phone for SMS reminders; the document is created when there is none. */
export async function setUserSmsPhone(ports: Ports, openid: string, phone: string | null): Promise<void> {
  if (phone !== null) return upsertUser(ports, openid, { smsPhone: phone });
  const db = dbOf(ports);
  await db.collection('users').where({ _id: openid }).update({ data: { smsPhone: db.command.remove() } });
}

/** The SMS phones of these users (at most 100 openids), by openid; users without one are left out. One request. */
export async function smsPhonesOf(ports: Ports, openids: readonly string[]): Promise<Map<string, string>> {
  if (openids.length === 0) return new Map();
  const db = dbOf(ports);
  const res = await db
    .collection<Pick<UserDoc, '_id' | 'smsPhone'>>('users')
    .where({ _id: db.command.in([...openids]) })
    .field({ _id: true, smsPhone: true })
    .limit(100)
    .get();
  return new Map(res.data.flatMap((u) => (u.smsPhone ? [[u._id, u.smsPhone] as const] : [])));
}

/** Ends an erase for a resident: their document goes. */
export async function removeUser(ports: Ports, openid: string): Promise<void> {
  await dbOf(ports).collection('users').where({ _id: openid }).remove();
}

/** Whether anyone is staff of the station (a count; an array field equal to a scalar matches arrays containing it). */
export async function stationHasStaffUser(ports: Ports, stationCode: string): Promise<boolean> {
  const res = await dbOf(ports).collection('users').where({ staffStationCodes: stationCode }).count();
  return res.total > 0;
}

/** Every admin of any of these regions (paged, up to 1000). */
export async function adminsAlongPath(ports: Ports, regionCodes: readonly string[]): Promise<import('../model').UserDoc[]> {
  const db = dbOf(ports);
  return findAll<import('../model').UserDoc>(db, 'users', { adminRegionCode: db.command.in([...regionCodes]) });
}

/** Every staff member of any of these stations (paged, up to 1000). */
export async function staffOfStations(ports: Ports, stationCodes: readonly string[]): Promise<import('../model').UserDoc[]> {
  const db = dbOf(ports);
  return findAll<import('../model').UserDoc>(db, 'users', { staffStationCodes: db.command.in([...stationCodes]) });
}

/** Creates the user's document as staff of one station; throws the duplicate-key error if it exists already. */
export async function addStaffUser(ports: Ports, openid: string, stationCode: string): Promise<void> {
  await dbOf(ports).collection('users').add({ data: { _id: openid, staffStationCodes: [stationCode] } });
}

/** Adds the station to the user's staff stations (one `$addToSet`; a missing list is created). */
export async function addStaffStationOfUser(ports: Ports, openid: string, stationCode: string): Promise<void> {
  const db = dbOf(ports);
  await db.collection('users').doc(openid).update({ data: { staffStationCodes: db.command.addToSet(stationCode) } });
}

/** Takes the station out of the user's staff stations (one `$pull`). */
export async function removeStaffStationOfUser(ports: Ports, openid: string, stationCode: string): Promise<void> {
  const db = dbOf(ports);
  await db.collection('users').doc(openid).update({ data: { staffStationCodes: db.command.pull(stationCode) } });
}

/** The admins of any of these regions, read by pages up to `max`. */
export async function adminsOfRegionsUpTo(ports: Ports, regionCodes: readonly string[], max: number): Promise<import('../model').UserDoc[]> {
  const db = dbOf(ports);
  return findAll<import('../model').UserDoc>(db, 'users', { adminRegionCode: db.command.in(regionCodes) }, max);
}

/**
 * Staff of at least one station, at most 1000 (one get). Any code sorts after '': a range the
 * multikey index on staffStationCodes serves (`exists` would read every user).
 */
export async function usersWithStaffStations(ports: Ports): Promise<import('../model').UserDoc[]> {
  const db = dbOf(ports);
  const res = await db.collection<import('../model').UserDoc>('users').where({ staffStationCodes: db.command.gt('') }).limit(1000).get();
  return res.data;
}

/** Region admins (a non-empty adminRegionCode: a range its index serves), at most 1000 (one get). */
export async function usersWithAdminRegion(ports: Ports): Promise<import('../model').UserDoc[]> {
  const db = dbOf(ports);
  const res = await db.collection<import('../model').UserDoc>('users').where({ adminRegionCode: db.command.gt('') }).limit(1000).get();
  return res.data;
}

/** Every staff member of any of these stations, read by pages up to `max`. */
export async function staffOfStationsUpTo(ports: Ports, stationCodes: readonly string[], max: number): Promise<import('../model').UserDoc[]> {
  const db = dbOf(ports);
  return findAll<import('../model').UserDoc>(db, 'users', { staffStationCodes: db.command.in([...stationCodes]) }, max);
}

/** Creates the user's document as staff of these stations; throws the duplicate-key error if it exists already. */
export async function addUserAsStaffOf(ports: Ports, openid: string, stationCodes: readonly string[]): Promise<void> {
  await dbOf(ports).collection('users').add({ data: { _id: openid, staffStationCodes: [...stationCodes] } });
}

/** Writes the user's staff stations if they are still `asRead` (absent: still absent); answers whether it landed. */
export async function writeStaffStationsAsRead(ports: Ports, openid: string, asRead: string[] | undefined, stationCodes: string[]): Promise<boolean> {
  const db = dbOf(ports);
  const res = await db
    .collection('users')
    .where({ _id: openid, staffStationCodes: asRead ?? db.command.exists(false) })
    .update({ data: { staffStationCodes: stationCodes } });
  return res.stats.updated === 1;
}

/**
 * Region admins with the depth of their region (its path's length: 1 for a province), at most
 * 1000, in one request (the admins by the adminRegionCode index, their regions joined in):
 * who the deployment's top office is (server/users/top-office.ts).
 */
export async function adminsWithRegionDepth(ports: Ports): Promise<{ openid: string; regionCode: string; depth: number }[]> {
  const db = dbOf(ports);
  const res = await db
    .collection('users')
    .aggregate()
    .match({ adminRegionCode: db.command.gt('') })
    .lookup({ from: 'regions', localField: 'adminRegionCode', foreignField: '_id', as: 'adminRegionFound' })
    .limit(1000)
    .end();
  type Row = UserDoc & { adminRegionFound?: RegionDoc[] };
  return (res.list as unknown as Row[]).flatMap((u) => {
    const region = u.adminRegionFound?.[0];
    return region && u.adminRegionCode ? [{ openid: u._id, regionCode: u.adminRegionCode, depth: region.path.length }] : [];
  });
}
