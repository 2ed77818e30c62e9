/**
 * The `deputystats` collection: the per-deputy oversight rows (core/stats/deputy-rows.ts,
 * decision 0033) — one per deputy and period, and one membership row per deputy. Every read
 * and write of it goes through this module.
 */
import { dbOf, findAll, idsAfter } from '../platform/db';
import type { Ports } from '../platform/ports';
import { keysetPage, type KeysetPage, type ListOrder } from '../platform/keyset';
import { MEMBER, type RowField } from '../../core/stats/deputy-rows';

/** A row as stored. */
export type DeputyRowDoc = {
  _id: string;
  deputyId: string;
  /** `YYYY-MM`, `YYYY-Qn`, `YYYY`, or `member`. */
  period: string;
  level: string;
  scope: string[];
  /** Membership rows: the periods the deputy has rows for (a period not named here has nothing). */
  periods?: string[];
  /** The satisfaction rate in per mille for sorting, −1 while none is rated. */
  sr?: number;
  /** Writes so far (a recomputed rate is written only on the row as read). */
  w?: number;
} & Partial<Record<RowField, number>>;

/** Ids known to exist, per database client (rows are removed only by a rebuild, which forgets them). */
const known = new WeakMap<object, Set<string>>();
export function knownRowIds(ports: Ports): Set<string> {
  const db = dbOf(ports);
  let set = known.get(db);
  if (!set) known.set(db, (set = new Set()));
  return set;
}
export const forgetKnownRowIds = (ports: Ports) => void known.delete(dbOf(ports));

/** Which of these row ids exist (ids only, one query). */
export async function existingRowIdsAmong(ports: Ports, ids: readonly string[]): Promise<string[]> {
  const db = dbOf(ports);
  const res = await db.collection<{ _id: string }>('deputystats').where({ _id: db.command.in([...ids]) }).field({ _id: true }).limit(ids.length).get();
  return res.data.map((d) => d._id);
}

/** Creates a row (a duplicate key when it exists: someone created it meanwhile). */
export async function addRow(ports: Ports, doc: DeputyRowDoc): Promise<void> {
  await dbOf(ports).collection('deputystats').add({ data: doc });
}

/**
 * Adds `add` to the figures of rows `ids`, lists them under `scope` (added to the set) and
 * counts the write: one update, each row changing atomically on its own. Answers how many moved.
 */
export async function incrementRows(ports: Ports, ids: readonly string[], add: Partial<Record<RowField, number>>, scope: readonly string[]): Promise<number> {
  const db = dbOf(ports);
  const _ = db.command;
  const data: Record<string, unknown> = { w: _.inc(1) };
  for (const [k, n] of Object.entries(add)) data[k] = _.inc(n);
  if (scope.length) data.scope = _.addToSet({ $each: [...scope] });
  const res = await db.collection('deputystats').where({ _id: _.in([...ids]) }).update({ data });
  return res.stats.updated;
}

/** Rows by id (one query). */
export async function rowsByIds(ports: Ports, ids: readonly string[]): Promise<DeputyRowDoc[]> {
  if (ids.length === 0) return [];
  const db = dbOf(ports);
  const res = await db.collection<DeputyRowDoc>('deputystats').where({ _id: db.command.in([...ids]) }).limit(ids.length).get();
  return res.data;
}

/** Sets a row's satisfaction rate, on the condition that no write moved it since it was read; true when written. */
export async function setRateAsRead(ports: Ports, id: string, w: number | undefined, sr: number): Promise<boolean> {
  const db = dbOf(ports);
  const res = await db
    .collection('deputystats')
    .where({ _id: id, w: w ?? db.command.exists(false) })
    .update({ data: { sr } });
  return res.stats.updated === 1;
}

/** Notes on a deputy's membership row that they have rows for these periods, and where they are listed. */
export async function noteMemberPeriods(ports: Ports, id: string, periods: readonly string[], scope: readonly string[]): Promise<number> {
  const db = dbOf(ports);
  const _ = db.command;
  const data: Record<string, unknown> = { periods: _.addToSet({ $each: [...periods] }), w: _.inc(1) };
  if (scope.length) data.scope = _.addToSet({ $each: [...scope] });
  const res = await db.collection('deputystats').where({ _id: id }).update({ data });
  return res.stats.updated;
}

/** Replaces a membership row's level and scope, on the condition that no write moved it since it was read; true when written. */
export async function setMemberScopeAsRead(ports: Ports, id: string, w: number | undefined, level: string, scope: readonly string[]): Promise<boolean> {
  const db = dbOf(ports);
  const _ = db.command;
  const res = await db
    .collection('deputystats')
    .where({ _id: id, w: w ?? _.exists(false) })
    .update({ data: { level, scope: _.set([...scope]), w: _.inc(1) } });
  return res.stats.updated === 1;
}

/** Replaces a row whole (the rebuild), creating it if missing. */
export async function replaceRow(ports: Ports, doc: DeputyRowDoc): Promise<void> {
  const { _id, ...data } = doc;
  await dbOf(ports).collection('deputystats').doc(_id).set({ data });
}

/**
 * A page of the rows of one period after row id `after` (absent: from the first), in id order:
 * a row's id starts with its period (`<period>~<deputy>`), so the range is the primary key's.
 */
export async function rowsOfPeriodPage(ports: Ports, period: string, after: string | undefined, limit: number): Promise<DeputyRowDoc[]> {
  const db = dbOf(ports);
  const _ = db.command;
  const res = await db
    .collection<DeputyRowDoc>('deputystats')
    .where(_.and([{ _id: _.gt(after ?? `${period}~`) }, { _id: _.lt(`${period}~\u007f`) }]) as object)
    .orderBy('_id', 'asc')
    .limit(limit)
    .get();
  return res.data;
}

/** Every row of these deputies (a term is some 90: months, quarters, years and the membership), read in id order by pages of 500. */
export async function rowsOfDeputies(ports: Ports, deputyIds: readonly string[]): Promise<DeputyRowDoc[]> {
  if (deputyIds.length === 0) return [];
  const db = dbOf(ports);
  const _ = db.command;
  const out: DeputyRowDoc[] = [];
  for (let last: string | undefined; ; ) {
    const where = { deputyId: _.in([...deputyIds]), ...(last ? { _id: _.gt(last) } : {}) };
    const page = await db.collection<DeputyRowDoc>('deputystats').where(where).orderBy('_id', 'asc').limit(500).get();
    out.push(...page.data);
    if (page.data.length < 500) return out;
    last = page.data[page.data.length - 1]._id;
  }
}

/**
 * Moves a row's figures by `add`, sets `set` (its rate), lists it under `scope` too and counts
 * the write, on the condition that no write moved it since it was read at `w`; true when written.
 */
export async function correctRowAsRead(
  ports: Ports,
  id: string,
  w: number | undefined,
  add: Partial<Record<RowField, number>>,
  set: { sr?: number },
  scope: readonly string[],
): Promise<boolean> {
  const db = dbOf(ports);
  const _ = db.command;
  const data: Record<string, unknown> = { ...set, w: _.inc(1) };
  for (const [k, n] of Object.entries(add)) data[k] = _.inc(n);
  if (scope.length) data.scope = _.addToSet({ $each: [...scope] });
  const res = await db
    .collection('deputystats')
    .where({ _id: id, w: w ?? _.exists(false) })
    .update({ data });
  return res.stats.updated === 1;
}

/** Removes a row (the rebuild: nothing supports it). */
export async function removeRow(ports: Ports, id: string): Promise<void> {
  await dbOf(ports).collection('deputystats').doc(id).remove();
}

/** The next `pageSize` row ids after `after` (a pass over the whole collection). */
export const rowIdsAfter = (ports: Ports, after: string, pageSize: number) => idsAfter(dbOf(ports), 'deputystats', after, pageSize);

/** Whether the deputy has any row listed under `token` (a period's work, or the membership). */
export async function deputyListedUnder(ports: Ports, deputyId: string, token: string): Promise<boolean> {
  const res = await dbOf(ports).collection('deputystats').where({ deputyId, scope: token }).field({ _id: true }).limit(1).get();
  return res.data.length > 0;
}

/** The table's order by `field` (a stored figure, or `sr`), then deputy, one direction. */
export const tableOrder = (field: string, direction: 'asc' | 'desc'): ListOrder => ({
  tag: `dt:${field}:${direction}`,
  keys: [
    { field, kind: 'number' },
    { field: 'deputyId', kind: 'string' },
  ],
  direction,
});

/** A page of the rows of `period` listed under `token`, in `order` (index: scope, period, field, deputyId). */
export function rowsPage(ports: Ports, token: string, period: string, order: ListOrder, limit: number, cursor?: string): Promise<KeysetPage<DeputyRowDoc>> {
  return keysetPage<DeputyRowDoc & Record<string, unknown>>(dbOf(ports), 'deputystats', { scope: token, period }, order, limit, cursor);
}

/** Deputies listed under `token` with no row in any of `periods`, by deputy (index: scope, period, deputyId). */
export const NOTHING_ORDER: ListOrder = { tag: 'dt0', keys: [{ field: 'deputyId', kind: 'string' }], direction: 'asc' };

export function membersWithoutPage(ports: Ports, token: string, periods: readonly string[], limit: number, cursor?: string): Promise<KeysetPage<DeputyRowDoc>> {
  const db = dbOf(ports);
  return keysetPage<DeputyRowDoc & Record<string, unknown>>(db, 'deputystats', { scope: token, period: MEMBER, periods: db.command.nin([...periods]) }, NOTHING_ORDER, limit, cursor);
}

/** Every row of these periods listed under `token` (a custom period's months), at most `max` (LIST_TOO_LONG beyond). */
export function rowsOfPeriods(ports: Ports, token: string, periods: readonly string[], max: number): Promise<DeputyRowDoc[]> {
  const db = dbOf(ports);
  return findAll<DeputyRowDoc>(db, 'deputystats', { scope: token, period: db.command.in([...periods]) }, max);
}

/** Every row of a deputy (at most 2,000: a term of months, quarters and years). */
export const rowsOfDeputy = (ports: Ports, deputyId: string) => findAll<DeputyRowDoc>(dbOf(ports), 'deputystats', { deputyId }, 2000);
