/** The `outbox` collection: messages waiting to be sent, and their states. Every read and write of it goes through this module. */
import { dbOf, findAll, findById, type DbCommand } from '../platform/db';
import { isDuplicateKey } from '../platform/db-errors';
import type { Ports } from '../platform/ports';

import type { OutboxDoc } from './outbox/outbox-doc';

/** Reads answer outbox documents, or the narrower shape a caller names (the sender's claimed entries). */
type Entry = { _id: string };

/**
 * The fields of `set` as an update writes them, an object value whole (`_.set`): the client
 * would send it as one path per key (`lastError.code`), which the cloud refuses where the field
 * holds null, as `lastError` does until an attempt fails.
 */
const whole = (_: DbCommand, set: object): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(set).map(([k, v]) => [k, v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype ? _.set(v) : v]),
  );

/** Writes an entry unless one with its id (its key) is there; true when written now. */
export async function addOutboxEntryOnce(ports: Ports, entry: Entry): Promise<boolean> {
  try {
    await dbOf(ports).collection('outbox').add({ data: entry });
    return true;
  } catch (e) {
    if (!isDuplicateKey(e)) throw e;
    return false;
  }
}

/** The ids among `ids` (at most 100) that have an entry. */
export async function outboxIdsAmong(ports: Ports, ids: readonly string[]): Promise<string[]> {
  const db = dbOf(ports);
  const found = await db.collection<Entry>('outbox').where({ _id: db.command.in(ids) }).field({ _id: true }).limit(100).get();
  return found.data.map((e) => e._id);
}

/**
 * Moves one entry to `to` from one of the states `from` it was read in, on its version as
 * read, recording the move in its history; false when someone else moved it first.
 */
export async function moveOutboxEntryAsRead(
  ports: Ports,
  entry: { _id: string; version: number },
  from: readonly string[],
  to: string,
  set: object,
  note: string | undefined,
  now: Date,
): Promise<boolean> {
  const _ = dbOf(ports).command;
  const res = await dbOf(ports)
    .collection('outbox')
    .where({ _id: entry._id, version: entry.version, state: from.length === 1 ? from[0] : _.in([...from]) })
    .update({
      data: {
        ...whole(_, set),
        state: to,
        version: entry.version + 1,
        updatedAt: now,
        history: _.push([{ at: now, state: to, ...(note ? { note } : {}) }]),
      },
    });
  return res.stats.updated === 1;
}

/**
 * Claims for one sender (`claimId`) those of `ids` still in a `sendable` state and due by
 * `now`, in one conditional update (→ sending, an attempt counted); answers the entries it
 * claimed, as written.
 */
export async function claimDueOutboxEntries<T extends Entry = OutboxDoc>(
  ports: Ports,
  ids: readonly string[],
  sendable: readonly string[],
  claimId: string,
  now: Date,
): Promise<T[]> {
  const db = dbOf(ports);
  const _ = db.command;
  await db
    .collection('outbox')
    .where({ _id: _.in([...ids]), state: _.in([...sendable]), nextAttemptAt: _.lte(now) })
    .update({
      data: {
        state: 'sending',
        claim: claimId,
        sendingSince: now,
        attempts: _.inc(1),
        version: _.inc(1),
        updatedAt: now,
        history: _.push([{ at: now, state: 'sending', note: '发送' }]),
      },
    });
  const mine = await db.collection<T>('outbox').where({ _id: _.in([...ids]), claim: claimId, state: 'sending' }).limit(ids.length).get();
  return mine.data;
}

/** Moves claimed entries (of one claim) on from `sending` together, in one write. */
export async function settleClaimedOutboxEntries(
  ports: Ports,
  ids: readonly string[],
  claimId: string | undefined,
  to: string,
  set: object,
  note: string | undefined,
  now: Date,
): Promise<void> {
  const db = dbOf(ports);
  const _ = db.command;
  await db
    .collection('outbox')
    .where({ _id: _.in(ids), claim: claimId, state: 'sending' })
    .update({
      data: { ...whole(_, set), state: to, version: _.inc(1), updatedAt: now, history: _.push([{ at: now, state: to, ...(note ? { note } : {}) }]) },
    });
}

/** Up to `limit` entries in a `sendable` state due by `now` (only among `ids` when given), the longest due first. */
export async function dueOutboxEntries<T extends Entry = OutboxDoc>(
  ports: Ports,
  sendable: readonly string[],
  now: Date,
  ids: readonly string[] | undefined,
  limit: number,
): Promise<T[]> {
  const db = dbOf(ports);
  const _ = db.command;
  const query = {
    state: _.in([...sendable]),
    nextAttemptAt: _.lte(now),
    ...(ids ? { _id: _.in([...ids]) } : {}),
  };
  const page = await db.collection<T>('outbox').where(query).orderBy('nextAttemptAt', 'asc').limit(limit).get();
  return page.data;
}

/** Up to 100 entries in `sending` since before `cutoff` (their sender stopped). */
export async function staleSendingOutboxEntries<T extends Entry = OutboxDoc>(ports: Ports, cutoff: Date): Promise<T[]> {
  const db = dbOf(ports);
  const page = await db.collection<T>('outbox').where({ state: 'sending', sendingSince: db.command.lt(cutoff) }).limit(100).get();
  return page.data;
}

/** Up to `limit` entries in one of `problemStates` staff were not told about yet. */
export async function unalertedOutboxProblems<T extends Entry = OutboxDoc>(ports: Ports, problemStates: readonly string[], limit: number): Promise<T[]> {
  const db = dbOf(ports);
  const page = await db
    .collection<T>('outbox')
    .where({ state: db.command.in([...problemStates]), alerted: false })
    .limit(limit)
    .get();
  return page.data;
}

/** Marks that staff were told about the entry (on its version as read). */
export async function markOutboxEntryAlerted(ports: Ports, id: string, version: number): Promise<void> {
  await dbOf(ports).collection('outbox').where({ _id: id, version }).update({ data: { alerted: true } });
}

/** A page of a user's entries skipped for want of a credit, newest first, and how many there are. */
export async function skippedOutboxPage<T extends Entry = OutboxDoc>(ports: Ports, openid: string, offset: number, limit: number): Promise<{ items: T[]; total: number }> {
  const where = dbOf(ports).collection<T>('outbox').where({ openid, state: 'skipped' });
  const [page, count] = await Promise.all([where.orderBy('createdAt', 'desc').skip(offset).limit(limit).get(), where.count()]);
  return { items: page.data, total: count.total };
}

/** A page of the entries of these stations (in one state, if given), last changed first, and how many there are. */
export async function stationsOutboxPage<T extends Entry = OutboxDoc>(
  ports: Ports,
  stationCodes: readonly string[],
  state: string | undefined,
  offset: number,
  limit: number,
): Promise<{ items: T[]; total: number }> {
  const db = dbOf(ports);
  const where = db.collection<T>('outbox').where({ stationCode: db.command.in(stationCodes), ...(state ? { state } : {}) });
  const [page, count] = await Promise.all([where.orderBy('updatedAt', 'desc').skip(offset).limit(limit).get(), where.count()]);
  return { items: page.data, total: count.total };
}

/** Removes every message addressed to the resident `openid` (erasing their data). */
export async function removeResidentOutboxOf(ports: Ports, openid: string): Promise<void> {
  await dbOf(ports).collection('outbox').where({ openid, audience: 'resident' }).remove();
}
