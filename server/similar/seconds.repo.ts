/**
 * The `seconds` collection (附议, decision 0036): one document per resident who joined another
 * resident's case, `_id = <opinionId>:<openid>`, so joining twice is one document. The case's
 * count (`secondCount`) is set from these documents (server/similar/second.ts; the write is in
 * opinions.repo.ts). Every read and write of the collection goes through this module.
 *
 * A document's `state` says whether its count is written: `joining` (inserted, the count may not
 * say it yet), `joined`, `leaving` (to be removed once the count no longer says it). A function
 * stopped between the two writes leaves `joining` or `leaving`; the scheduler settles them.
 */
import { dbOf, findAll, findById } from '../platform/db';
import { isDuplicateKey } from '../platform/db-errors';
import { keysetPage, type KeysetPage, type ListOrder } from '../platform/keyset';
import type { Ports } from '../platform/ports';

export type SecondState = 'joining' | 'joined' | 'leaving';

/** The states a 附议 counts in: joined, or joining (its count being written). */
export const COUNTED_STATES: readonly SecondState[] = ['joining', 'joined'];

export interface SecondDoc {
  /** `<opinionId>:<openid>`: one per resident and case. */
  _id: string;
  opinionId: string;
  /** The resident who joined (personal data: erased with their data). */
  openid: string;
  /** The form's request id (one tap); the key is the resident and the case. */
  requestId: string;
  /** Where the case is, for lists and statistics of a region (never counted as a received opinion). */
  stationCode: string;
  countyCode?: string;
  regionPath: string[];
  state: SecondState;
  createdAt: Date;
  updatedAt: Date;
}

export const secondIdOf = (opinionId: string, openid: string): string => `${opinionId}:${openid}`;

/** The resident's 附议 of the case, if any. */
export const getSecond = (ports: Ports, id: string) => findById<SecondDoc>(dbOf(ports), 'seconds', id);

/** Inserts a new 附议; false when one with its id is there already. */
export async function insertSecond(ports: Ports, doc: SecondDoc): Promise<boolean> {
  try {
    await dbOf(ports).collection('seconds').add({ data: doc });
    return true;
  } catch (e) {
    if (isDuplicateKey(e)) return false;
    throw e;
  }
}

/** Moves a 附议 from one of `from` to `to`; false when it is not in one of them (or gone). */
export async function moveSecond(ports: Ports, id: string, from: readonly SecondState[], to: SecondState, at: Date): Promise<boolean> {
  const db = dbOf(ports);
  const res = await db
    .collection('seconds')
    .where({ _id: id, state: from.length === 1 ? from[0] : db.command.in([...from]) })
    .update({ data: { state: to, updatedAt: at } });
  return res.stats.updated === 1;
}

/** Removes a 附议 that is leaving (never one joined again meanwhile). */
export async function removeLeftSecond(ports: Ports, id: string): Promise<void> {
  await dbOf(ports).collection('seconds').where({ _id: id, state: 'leaving' }).remove();
}

/** How many residents the case counts as joined (served by opinionId, _id). */
export async function countSecondsOf(ports: Ports, opinionId: string): Promise<number> {
  const db = dbOf(ports);
  const res = await db
    .collection('seconds')
    .where({ opinionId, state: db.command.in([...COUNTED_STATES]) })
    .count();
  return res.total;
}

/** A page of the case's joined residents after `after` (an id; '' from the first), by id. */
export async function secondersPage(ports: Ports, opinionId: string, after: string, limit: number): Promise<SecondDoc[]> {
  const db = dbOf(ports);
  const _ = db.command;
  const res = await db
    .collection<SecondDoc>('seconds')
    .where({ opinionId, ...(after ? { _id: _.gt(after) } : {}), state: _.in([...COUNTED_STATES]) })
    .orderBy('_id', 'asc')
    .limit(limit)
    .get();
  return res.data;
}

/** The resident's list: newest 附议 first. */
const MY_SECONDS: ListOrder = {
  tag: 'seconds',
  keys: [
    { field: 'createdAt', kind: 'date' },
    { field: '_id', kind: 'string' },
  ],
  direction: 'desc',
};

/** A page of the cases the resident joined, newest first, after `cursor`; the first page with how many there are. */
export async function mySecondsPage(ports: Ports, openid: string, limit: number, cursor?: string): Promise<KeysetPage<SecondDoc> & { total?: number }> {
  const db = dbOf(ports);
  const where = { openid, state: db.command.in([...COUNTED_STATES]) };
  const [page, count] = await Promise.all([
    keysetPage<SecondDoc & Record<string, unknown>>(db, 'seconds', where, MY_SECONDS, limit, cursor),
    cursor ? undefined : db.collection('seconds').where(where).count(),
  ]);
  return { ...page, ...(count ? { total: count.total } : {}) };
}

/** Every 附议 of the resident, whatever its state (the export and the erasure of their data). */
export const secondsOfResident = (ports: Ports, openid: string) => findAll<SecondDoc>(dbOf(ports), 'seconds', { openid }, 10_000);

/** 附议 joined or left before `before` whose count may not be written (a function stopped): the scheduler settles them. */
export async function unsettledSeconds(ports: Ports, before: Date, limit: number): Promise<SecondDoc[]> {
  const db = dbOf(ports);
  const _ = db.command;
  const res = await db
    .collection<SecondDoc>('seconds')
    .where({ state: _.in(['joining', 'leaving']), updatedAt: _.lt(before) })
    .orderBy('updatedAt', 'asc')
    .limit(limit)
    .get();
  return res.data;
}
