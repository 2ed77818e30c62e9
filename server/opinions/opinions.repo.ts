/**
 * The `opinions` collection: every read and write of it goes through this module. A change is
 * one conditional update on the version that was read (`writeOpinionChange`); what the change
 * is, and the retry when the race was lost, are decided in server/opinions/change-opinion.ts.
 * What follows a write (open load, notifications, statistics) is the after-write step
 * (server/opinions/after-write.ts), which records its progress with `markAfterWrite`. Then the
 * queries: by resident, by deputy, by station and region, for the scheduler's jobs, the export,
 * the statistics and erasure.
 */
import { AppError } from '../../core/errors';
import type { Status } from '../../core/opinion-status';
import type { StatsFacts } from '../../core/stats/opinion-facts';
import { dbOf, findAll, findById } from '../platform/db';
import { cursorAfter, keysetPage, type KeysetPage, type ListOrder } from '../platform/keyset';
import type { OpinionDoc, OpinionEvent, ReplyEntry } from '../model';
import type { Ports } from '../platform/ports';

/** The opinion as stored now, or undefined. */
export const getOpinion = (ports: Ports, id: string) => findById<OpinionDoc>(dbOf(ports), 'opinions', id);

/**
 * The opinion with its assignee's record and the regions on its station's path, in one
 * request (`$lookup` stages): what names the deputy for the resident (岳麓区人大代表); and the
 * suggestion it fed, if any (decision 0034: the resident sees where it stands).
 */
export async function opinionWithAssignee(
  ports: Ports,
  id: string,
): Promise<
  { doc: OpinionDoc; assignee?: import('../model').DeputyDoc; regions: import('../model').RegionDoc[]; suggestion?: import('../model').SuggestionDoc } | undefined
> {
  const res = await dbOf(ports)
    .collection('opinions')
    .aggregate()
    .match({ _id: id })
    .lookup({ from: 'deputies', localField: 'assigneeDeputyId', foreignField: '_id', as: 'assigneeDocs' })
    .lookup({ from: 'regions', localField: 'regionPath', foreignField: '_id', as: 'pathRegions' })
    .lookup({ from: 'suggestions', localField: 'suggestionId', foreignField: '_id', as: 'suggestionDocs' })
    .limit(1)
    .end();
  type Row = OpinionDoc & {
    assigneeDocs: import('../model').DeputyDoc[];
    pathRegions: import('../model').RegionDoc[];
    suggestionDocs?: import('../model').SuggestionDoc[];
  };
  const row = res.list[0] as unknown as Row | undefined;
  if (!row) return undefined;
  const { assigneeDocs, pathRegions, suggestionDocs, ...doc } = row;
  const assignee = assigneeDocs.find((d) => d._id === doc.assigneeDeputyId);
  const suggestion = doc.suggestionId ? suggestionDocs?.find((s) => s._id === doc.suggestionId) : undefined;
  return { doc, ...(assignee ? { assignee } : {}), regions: pathRegions, ...(suggestion ? { suggestion } : {}) };
}

/** The opinion as stored now; OPINION_NOT_FOUND when there is none. */
export async function requireOpinion(ports: Ports, id: string): Promise<OpinionDoc> {
  const doc = await getOpinion(ports, id);
  if (!doc) throw new AppError('OPINION_NOT_FOUND');
  return doc;
}

/** One change as the write sends it: the fields set, the fields removed, the event and reply appended. */
export interface OpinionWrite {
  set: Record<string, unknown>;
  unset?: readonly string[];
  event: OpinionEvent;
  reply?: ReplyEntry;
}

/**
 * Writes one change on the condition that the opinion is still at `version` (the one the
 * change was decided on): the fields, the removals and the appended event (and reply) land
 * together or not at all. True when it landed; false when someone wrote in between.
 */
export async function writeOpinionChange(ports: Ports, id: string, version: number, change: OpinionWrite): Promise<boolean> {
  const db = dbOf(ports);
  const _ = db.command;
  const data: Record<string, unknown> = {
    ...change.set,
    ...Object.fromEntries((change.unset ?? []).map((field) => [field, _.remove()])),
    timeline: _.push([change.event]),
    ...(change.reply ? { replies: _.push([change.reply]) } : {}),
  };
  const res = await db.collection('opinions').where({ _id: id, version }).update({ data });
  return res.stats.updated === 1;
}

/**
 * What the after-write step records once it has done its work on one version of an opinion
 * (decisions 0005, 0012): the events relayed, and with them the claims of what it counted —
 * the statistics facts (`statsRev`) and the deputy whose open load counts the opinion
 * (`openLoadOf`, '' for none). Each claim holds only if nobody moved it since it was read.
 */
export interface AfterWriteMark {
  /** The version worked on; the mark does not bump it, so a person's write never retries because of it. */
  version: number;
  notifiedEvents: number;
  stats?: { rev: number | undefined; facts: StatsFacts; at: Date };
  load?: { asRead: string | undefined; holder: string };
}

/**
 * Records the after-write step's work on the condition that the opinion is still at the
 * version worked on and its claims are as read; true when this caller won.
 */
export async function markAfterWrite(ports: Ports, id: string, mark: AfterWriteMark): Promise<boolean> {
  const db = dbOf(ports);
  const _ = db.command;
  const { stats, load } = mark;
  const res = await db
    .collection('opinions')
    .where({
      _id: id,
      version: mark.version,
      ...(stats ? { statsRev: stats.rev ?? _.exists(false) } : {}),
      ...(load ? { openLoadOf: load.asRead ?? _.exists(false) } : {}),
    })
    .update({
      data: {
        notifiedEvents: mark.notifiedEvents,
        notifyPending: false,
        ...(stats ? { statsRev: (stats.rev ?? 0) + 1, statsFacts: _.set(stats.facts), statsAt: stats.at } : {}),
        ...(load ? { openLoadOf: load.holder } : {}),
      },
    });
  return res.stats.updated === 1;
}

/** Inserts a new opinion; a duplicate key (the same request landed first) is the caller's to handle. */
export async function insertOpinion(ports: Ports, doc: OpinionDoc): Promise<void> {
  await dbOf(ports).collection('opinions').add({ data: doc });
}

// —— queries ——

/** The opinion with this tracking number (the number a resident brings to the desk), if any. */
export async function opinionByTrackingNo(ports: Ports, trackingNo: string): Promise<OpinionDoc | undefined> {
  const found = await dbOf(ports).collection<OpinionDoc>('opinions').where({ trackingNo }).limit(1).get();
  return found.data[0];
}

/** The resident's opinions created since `since`, oldest first (at most 100). */
export async function residentOpinionsSince(ports: Ports, openid: string, since: Date): Promise<OpinionDoc[]> {
  const db = dbOf(ports);
  const recent = await db
    .collection<OpinionDoc>('opinions')
    .where({ openid, createdAt: db.command.gte(since) })
    .orderBy('createdAt', 'asc')
    .limit(100)
    .get();
  return recent.data;
}

/** One page of the resident's own opinions, newest first, with how many they have in all. */
export async function residentOpinionsPage(
  ports: Ports,
  openid: string,
  offset: number,
  limit: number,
): Promise<{ docs: OpinionDoc[]; total: number }> {
  const where = dbOf(ports).collection<OpinionDoc>('opinions').where({ openid });
  const [page, count] = await Promise.all([where.orderBy('createdAt', 'desc').skip(offset).limit(limit).get(), where.count()]);
  return { docs: page.data, total: count.total };
}

/** What an admin's export of opinions selects: created in [from, to) in these regions, optionally narrowed. */
export interface OpinionExportSelection {
  regionCodes: readonly string[];
  from: Date;
  to: Date;
  stationCode?: string;
  assigneeLevelLabel?: string;
  category?: string;
  status?: Status;
}

function exportWhere(ports: Ports, s: OpinionExportSelection) {
  const _ = dbOf(ports).command;
  return {
    regionCode: _.in([...s.regionCodes]),
    createdAt: _.and(_.gte(s.from), _.lt(s.to)),
    ...(s.stationCode ? { stationCode: s.stationCode } : {}),
    ...(s.assigneeLevelLabel ? { assigneeLevelLabel: s.assigneeLevelLabel } : {}),
    ...(s.category ? { category: s.category } : {}),
    ...(s.status ? { status: s.status } : {}),
  };
}

/** How many opinions an export selects. */
export async function countOpinionsForExport(ports: Ports, s: OpinionExportSelection): Promise<number> {
  return (await dbOf(ports).collection('opinions').where(exportWhere(ports, s)).count()).total;
}

/** The opinions an export selects, oldest first, read by pages of 100 up to `total` (as counted). */
export async function opinionsForExport(ports: Ports, s: OpinionExportSelection, total: number): Promise<OpinionDoc[]> {
  const db = dbOf(ports);
  const query = exportWhere(ports, s);
  const docs: OpinionDoc[] = [];
  for (let offset = 0; offset < total; offset += 100) {
    const page = await db.collection<OpinionDoc>('opinions').where(query).orderBy('createdAt', 'asc').skip(offset).limit(100).get();
    docs.push(...page.data);
    if (page.data.length < 100) break;
  }
  return docs;
}

/** The suggestion each of these opinions was merged into, if any (at most 100 opinions). */
export async function suggestionMarksOf(ports: Ports, opinionIds: readonly string[]): Promise<{ _id: string; suggestionId?: string }[]> {
  const db = dbOf(ports);
  return findAll<{ _id: string; suggestionId?: string }>(db, 'opinions', { _id: db.command.in([...opinionIds]) }, 100);
}

/** The opinions a suggestion merged, as the office sees them beside it (at most 100; what a line shows, no personal data). */
export async function suggestionOpinionLines(
  ports: Ports,
  opinionIds: readonly string[],
): Promise<Pick<OpinionDoc, '_id' | 'trackingNo' | 'category' | 'stationName' | 'status' | 'suggestionId'>[]> {
  if (opinionIds.length === 0) return [];
  const db = dbOf(ports);
  const res = await db
    .collection('opinions')
    .where({ _id: db.command.in([...opinionIds]) })
    .field({ _id: true, trackingNo: true, category: true, stationName: true, status: true, suggestionId: true })
    .limit(100)
    .get();
  return res.data as Pick<OpinionDoc, '_id' | 'trackingNo' | 'category' | 'stationName' | 'status' | 'suggestionId'>[];
}

/** One page (100, from `offset`) of the opinions whose running deadline is before `dueBefore` and whose alerts are below `levelBelow`, soonest first. */
export async function opinionsDueBeforePage(ports: Ports, dueBefore: Date, levelBelow: number, offset: number): Promise<OpinionDoc[]> {
  const db = dbOf(ports);
  const _ = db.command;
  const page = await db
    .collection<OpinionDoc>('opinions')
    .where({ nextDueAt: _.lt(dueBefore), dueAlertLevel: _.lt(levelBelow) })
    .orderBy('nextDueAt', 'asc')
    .skip(offset)
    .limit(100)
    .get();
  return page.data;
}

/** The deadline steps one tick writes on an opinion: how far they went, their events, and the overdue mark when it begins. */
export interface DueAlertsWrite {
  level: number;
  events: readonly OpinionEvent[];
  overdueSince?: Date;
}

/**
 * Records the deadline steps (their events appended, how far they went, the overdue mark) if
 * the opinion is still at `version`, in one conditional update: like every event, it bumps the
 * version and leaves the opinion `notifyPending` for the relay. `updatedAt` stays: the
 * scheduler's steps are not a person's change. True when it landed.
 */
export async function recordDueAlerts(ports: Ports, id: string, version: number, w: DueAlertsWrite): Promise<boolean> {
  const db = dbOf(ports);
  const res = await db
    .collection('opinions')
    .where({ _id: id, version })
    .update({
      data: {
        dueAlertLevel: w.level,
        ...(w.overdueSince ? { overdue: true, overdueSince: w.overdueSince } : {}),
        timeline: db.command.push([...w.events]),
        version: version + 1,
        notifyPending: true,
      },
    });
  return res.stats.updated === 1;
}

/** Up to `limit` opinions in `status` not changed since `before`. */
export async function opinionsInStatusUnchangedSince(ports: Ports, status: Status, before: Date, limit: number): Promise<OpinionDoc[]> {
  const db = dbOf(ports);
  const found = await db
    .collection<OpinionDoc>('opinions')
    .where({ status, updatedAt: db.command.lt(before) })
    .limit(limit)
    .get();
  return found.data;
}

/** Up to `limit` opinions in one of `statuses` that still hold a phone and were not changed since `before`. */
export async function opinionsWithPhoneUnchangedSince(ports: Ports, statuses: readonly Status[], before: Date, limit: number): Promise<OpinionDoc[]> {
  const db = dbOf(ports);
  const _ = db.command;
  const found = await db
    .collection<OpinionDoc>('opinions')
    .where({
      status: _.in([...statuses]),
      phone: _.exists(true),
      updatedAt: _.lt(before),
    })
    .limit(limit)
    .get();
  return found.data;
}

/**
 * Erases the contact data of the opinion if it is still at `version` (bumping it), and with the
 * phone its search key: `searchKeys` are the keys left (none: removed); answers how many were
 * updated (0 or 1).
 */
export async function eraseOpinionContact(ports: Ports, id: string, version: number, at: Date, searchKeys: readonly string[]): Promise<number> {
  const db = dbOf(ports);
  const _ = db.command;
  const res = await db
    .collection('opinions')
    .where({ _id: id, version })
    .update({
      data: {
        phone: _.remove(),
        smsNotify: _.remove(),
        allowContact: false,
        contactErasedAt: at,
        searchKeys: searchKeys.length ? [...searchKeys] : _.remove(),
        version: version + 1,
      },
    });
  return res.stats.updated;
}

/** Every opinion of the resident (at most 10,000): their own data, for the export. */
export const opinionsOfResidentAll = (ports: Ports, openid: string) => findAll<OpinionDoc>(dbOf(ports), 'opinions', { openid }, 10_000);

/** Every opinion linked to any of these openids (a resident and the unlinkable id their erase gives), at most 10,000. */
export async function opinionsOfOpenidsForErase(ports: Ports, openids: readonly string[]): Promise<OpinionDoc[]> {
  const db = dbOf(ports);
  return findAll<OpinionDoc>(db, 'opinions', { openid: db.command.in([...openids]) }, 10_000);
}

/** Every opinion the deputy holds or held (at most `max`), for the duty record. */
export const opinionsAssignedToDeputy = (ports: Ports, deputyId: string, max: number) =>
  findAll<OpinionDoc>(dbOf(ports), 'opinions', { assigneeDeputyId: deputyId }, max);

/** Which of a deputy's opinions an inbox tab holds: in these statuses (none: any), only the overdue ones if asked. */
export interface DeputyInboxFilter {
  statuses: readonly Status[];
  overdueOnly: boolean;
}

/** Equality and `$in` on indexed fields only (server/platform/indexes.json): the inbox never scans. */
function deputyInboxQuery(ports: Ports, deputyId: string, f: DeputyInboxFilter) {
  const db = dbOf(ports);
  const where: Record<string, unknown> = { assigneeDeputyId: deputyId };
  if (f.statuses.length) where.status = db.command.in([...f.statuses]);
  if (f.overdueOnly) where.overdue = true;
  return db.collection<OpinionDoc>('opinions').where(where);
}

/** A page of a deputy's inbox tab, ordered by `field` then oldest first. */
export async function deputyInboxPage(
  ports: Ports,
  deputyId: string,
  f: DeputyInboxFilter,
  order: readonly [field: string, direction: 'asc' | 'desc'],
  offset: number,
  limit: number,
): Promise<OpinionDoc[]> {
  const page = await deputyInboxQuery(ports, deputyId, f).orderBy(order[0], order[1]).orderBy('createdAt', 'asc').skip(offset).limit(limit).get();
  return page.data;
}

/**
 * The deputy's opinions counted by status and overdue flag, in one request (an aggregate over
 * the index on assigneeDeputyId): what every inbox tab's count is made from.
 */
export async function deputyInboxTally(ports: Ports, deputyId: string): Promise<{ status: Status; overdue: boolean; n: number }[]> {
  const db = dbOf(ports);
  const res = await db
    .collection('opinions')
    .aggregate<{ _id: { status: Status; overdue?: boolean | null }; n: number }>()
    .match({ assigneeDeputyId: deputyId })
    .group({ _id: { status: '$status', overdue: '$overdue' }, n: db.command.aggregate.sum(1) })
    .limit(1000)
    .end();
  return res.list.map((g) => ({ status: g._id.status, overdue: g._id.overdue === true, n: g.n }));
}

/** How many opinions of these stations were created since `since` (a campaign summary's size check). */
export async function countOpinionsOfStationsCreatedSince(ports: Ports, stationCodes: readonly string[], since: Date): Promise<number> {
  const db = dbOf(ports);
  const _ = db.command;
  return (await db.collection('opinions').where({ stationCode: _.in(stationCodes), createdAt: _.gte(since) }).count()).total;
}

/** The opinions of these stations created since `since`, read by pages up to `max`. */
export async function opinionsOfStationsCreatedSince(
  ports: Ports,
  stationCodes: readonly string[],
  since: Date,
  max: number,
): Promise<OpinionDoc[]> {
  const db = dbOf(ports);
  const _ = db.command;
  return findAll<OpinionDoc>(db, 'opinions', { stationCode: _.in(stationCodes), createdAt: _.gte(since) }, max);
}

/** Up to `limit` opinions with an id after `afterId` (from the first when empty), in id order (the statistics rebuild's walk). */
export async function opinionsPageAfterId(ports: Ports, afterId: string, limit: number): Promise<OpinionDoc[]> {
  const db = dbOf(ports);
  const _ = db.command;
  const page = await db
    .collection<OpinionDoc>('opinions')
    .where(afterId ? { _id: _.gt(afterId) } : {})
    .orderBy('_id', 'asc')
    .limit(limit)
    .get();
  return page.data;
}

/** A page (`offset`, `size`) in id order of the opinions whose claimed statistics facts are placed in `month`. */
export async function opinionsCountedInMonthPage(ports: Ports, month: string, offset: number, size: number): Promise<OpinionDoc[]> {
  const page = await dbOf(ports)
    .collection<OpinionDoc>('opinions')
    .where({ 'statsFacts.place.m': month })
    .orderBy('_id', 'asc')
    .skip(offset)
    .limit(size)
    .get();
  return page.data;
}

/** A page (`offset`, `size`) in id order of the opinions whose statistics were claimed since `since`: ids and their facts' month only. */
export async function statsMonthsClaimedSincePage(
  ports: Ports,
  since: Date,
  offset: number,
  size: number,
): Promise<{ _id: string; statsFacts?: { place: { m: string } } }[]> {
  const db = dbOf(ports);
  const _ = db.command;
  const page = await db
    .collection<{ _id: string; statsFacts?: { place: { m: string } } }>('opinions')
    .where({ statsAt: _.gte(since) })
    .orderBy('_id', 'asc')
    .field({ _id: true, 'statsFacts.place.m': true })
    .skip(offset)
    .limit(size)
    .get();
  return page.data;
}

/** How many opinions of these stations are overdue now: the staff digest's figure, the overdue board's list (`overduePage`). */
export async function countOverdueAtStations(ports: Ports, stationCodes: readonly string[], now: Date): Promise<number> {
  return (await dbOf(ports).collection('opinions').where(overdueWhere(ports, { stationCodes }, now)).count()).total;
}

/** How many opinions of these stations wait in triage (the staff digest). */
export async function countTriageAtStations(ports: Ports, stationCodes: readonly string[]): Promise<number> {
  const db = dbOf(ports);
  const _ = db.command;
  return (await db.collection('opinions').where({ stationCode: _.in(stationCodes), status: 'triage' }).count()).total;
}

/** The opinions held by any of these deputies in these statuses, read by pages up to `max`. */
export async function opinionsOfDeputiesInStatuses(
  ports: Ports,
  deputyIds: readonly string[],
  statuses: readonly Status[],
  max: number,
): Promise<OpinionDoc[]> {
  const db = dbOf(ports);
  const _ = db.command;
  return findAll<OpinionDoc>(db, 'opinions', { assigneeDeputyId: _.in([...deputyIds]), status: _.in([...statuses]) }, max);
}

/** The opinions of these stations in these statuses, read by pages up to `max`. */
export async function opinionsAtStationsUpTo(
  ports: Ports,
  stationCodes: readonly string[],
  statuses: readonly Status[],
  max: number,
): Promise<OpinionDoc[]> {
  const db = dbOf(ports);
  const _ = db.command;
  return findAll<OpinionDoc>(db, 'opinions', { stationCode: _.in([...stationCodes]), status: _.in([...statuses]) }, max);
}

/** The opinion as stored now, for a keeper that lost a race and decides again (statistics; written by the write pipeline). */
export const opinionAsStoredNow = (ports: Ports, id: string) => findById<OpinionDoc>(dbOf(ports), 'opinions', id);

/** A page (at most `limit`) of opinions whose after-write step has not finished (`notifyPending`), for the scheduler's sweep. */
export async function opinionsPendingAfterWrite(ports: Ports, limit: number): Promise<OpinionDoc[]> {
  const page = await dbOf(ports).collection<OpinionDoc>('opinions').where({ notifyPending: true }).limit(limit).get();
  return page.data;
}

/** An opinion as the open-load backfill (server/migrations/0001) reads it. */
export type OpenLoadRow = Pick<OpinionDoc, '_id' | 'status' | 'assigneeDeputyId' | 'version' | 'notifyPending' | 'updatedAt'> & { openLoadOf?: string };

/** A page of opinions after `after` in `_id` order (the primary key: no other index), only the fields the backfill decides on. */
export async function opinionsAfterId(ports: Ports, after: string | undefined, limit: number): Promise<OpenLoadRow[]> {
  const db = dbOf(ports);
  const page = await db
    .collection<OpenLoadRow>('opinions')
    .where(after === undefined ? {} : { _id: db.command.gt(after) })
    .orderBy('_id', 'asc')
    .limit(limit)
    .field({ _id: true, status: true, assigneeDeputyId: true, version: true, notifyPending: true, updatedAt: true, openLoadOf: true })
    .get();
  return page.data;
}

/**
 * Records whose open load counts the opinion (`openLoadOf`, '' for nobody) on an opinion
 * written before the after-write step recorded it, on the condition that it is still as read
 * (version, `notifyPending`) and still has none: true when written.
 */
export async function recordOpenLoadOf(
  ports: Ports,
  id: string,
  asRead: { version: number; notifyPending: boolean },
  holder: string,
): Promise<boolean> {
  const db = dbOf(ports);
  const res = await db
    .collection('opinions')
    .where({ _id: id, version: asRead.version, notifyPending: asRead.notifyPending, openLoadOf: db.command.exists(false) })
    .update({ data: { openLoadOf: holder } });
  return res.stats.updated === 1;
}

/**
 * Claims `facts` as the opinion's counted statistics facts if nobody moved them since they were
 * read at revision `rev` (undefined: never claimed); the version is untouched. True when this caller won.
 */
export async function claimOpinionStatsFacts(ports: Ports, id: string, rev: number | undefined, facts: object, at: Date): Promise<boolean> {
  const db = dbOf(ports);
  const _ = db.command;
  const res = await db
    .collection('opinions')
    .where({ _id: id, statsRev: rev ?? _.exists(false) })
    .update({ data: { statsRev: (rev ?? 0) + 1, statsFacts: _.set(facts), statsAt: at } });
  return res.stats.updated === 1;
}

/** How many opinions in one of `statuses` the deputy holds (index-backed count: the open-load recount). */
export async function countOpinionsHeldIn(ports: Ports, deputyId: string, statuses: readonly string[]): Promise<number> {
  const db = dbOf(ports);
  return (await db.collection('opinions').where({ assigneeDeputyId: deputyId, status: db.command.in([...statuses]) }).count()).total;
}

/** Removes a synthetic opinion the smoke check made (only those: `smoke: true`); true when removed. */
export async function removeSmokeOpinion(ports: Ports, id: string): Promise<boolean> {
  const res = await dbOf(ports).collection('opinions').where({ _id: id, smoke: true }).remove();
  return res.stats.removed === 1;
}

/** Marks a synthetic opinion read back, on the condition of its version (one conditional update, as every change). */
export async function touchSmokeOpinion(ports: Ports, id: string, version: number): Promise<boolean> {
  const res = await dbOf(ports).collection('opinions').where({ _id: id, smoke: true, version }).update({ data: { version: version + 1 } });
  return res.stats.updated === 1;
}

/** The staff queue's order: oldest first, by id among opinions created at the same moment. */
const STAFF_QUEUE: ListOrder = {
  tag: 'queue',
  keys: [
    { field: 'createdAt', kind: 'date' },
    { field: '_id', kind: 'string' },
  ],
  direction: 'asc',
};

/** What one tab of the staff queue lists: the stations' opinions in these statuses, and more conditions. */
export interface StaffQueueSelection {
  stationCodes: readonly string[];
  statuses: readonly Status[];
  /** Only those whose resident agreed to publication. */
  consentPublish?: boolean;
  /** Only those published (true) or not published (false). */
  published?: boolean;
  /** Leave out those whose resident erased their data. */
  notErased?: boolean;
  /** Leave out those anyone rated 不满意 (result or attitude, any rating). */
  notRatedUnsatisfied?: boolean;
}

function staffQueueWhere(ports: Ports, s: StaffQueueSelection): Record<string, unknown> {
  const _ = dbOf(ports).command;
  return {
    stationCode: _.in([...s.stationCodes]),
    status: _.in([...s.statuses]),
    ...(s.consentPublish ? { consentPublish: true } : {}),
    ...(s.published !== undefined ? { publishedAt: _.exists(s.published) } : {}),
    ...(s.notErased ? { erasedAt: _.exists(false) } : {}),
    // On an array of ratings `neq` holds when no rating has that value.
    ...(s.notRatedUnsatisfied ? { 'ratings.result': _.neq('unsatisfied'), 'ratings.attitude': _.neq('unsatisfied') } : {}),
  };
}

/**
 * One page of a staff queue tab after `cursor`, oldest first, served by (stationCode, status,
 * createdAt, _id); on the first page also how many the tab holds (a count sent with it).
 */
export async function staffQueuePage(
  ports: Ports,
  s: StaffQueueSelection,
  limit: number,
  cursor?: string,
): Promise<KeysetPage<OpinionDoc> & { total?: number }> {
  const db = dbOf(ports);
  const where = staffQueueWhere(ports, s);
  const [page, count] = await Promise.all([
    keysetPage<OpinionDoc & Record<string, unknown>>(db, 'opinions', where, STAFF_QUEUE, limit, cursor),
    cursor ? undefined : db.collection('opinions').where(where).count(),
  ]);
  return { ...page, ...(count ? { total: count.total } : {}) };
}

/** What an SMS to the residents of these opinions (at most 100) needs: whose each is, its phone and whether they asked for SMS. One request. */
export async function smsContactsOf(
  ports: Ports,
  ids: readonly string[],
): Promise<Pick<OpinionDoc, '_id' | 'openid' | 'phone' | 'smsNotify' | 'erasedAt'>[]> {
  if (ids.length === 0) return [];
  const db = dbOf(ports);
  const res = await db
    .collection<Pick<OpinionDoc, '_id' | 'openid' | 'phone' | 'smsNotify' | 'erasedAt'>>('opinions')
    .where({ _id: db.command.in([...ids]) })
    .field({ _id: true, openid: true, phone: true, smsNotify: true, erasedAt: true })
    .limit(100)
    .get();
  return res.data;
}

// —— the overdue board and the region office's queue (decision 0030) ——

/** Whose overdue cases: a staff member's stations, or an office's region (and below). */
export type OverdueScope = { stationCodes: readonly string[] } | { regionCode: string };

/**
 * Overdue now: a deadline is running (`nextDueAt` is set only while one runs: assigned, being
 * worked, forwarded, replied; never paused in need_info or once resolved) and it has passed.
 */
function overdueWhere(ports: Ports, scope: OverdueScope, now: Date): Record<string, unknown> {
  const _ = dbOf(ports).command;
  return {
    ...('stationCodes' in scope ? { stationCode: _.in([...scope.stationCodes]) } : { regionPath: scope.regionCode }),
    nextDueAt: _.lt(now),
  };
}

/** The overdue board's order: the longest overdue first (the earliest deadline), then by id. */
const OVERDUE: ListOrder = {
  tag: 'overdue',
  keys: [
    { field: 'nextDueAt', kind: 'date' },
    { field: '_id', kind: 'string' },
  ],
  direction: 'asc',
};

/**
 * One page of the overdue cases of a staff member's stations — served by (stationCode,
 * nextDueAt, _id) — or of an office's region — (regionPath, nextDueAt, _id) — the longest
 * overdue first, after `cursor`; on the first page also how many there are (a count sent with it).
 */
export async function overduePage(
  ports: Ports,
  scope: OverdueScope,
  now: Date,
  limit: number,
  cursor?: string,
): Promise<KeysetPage<OpinionDoc> & { total?: number }> {
  const db = dbOf(ports);
  const where = overdueWhere(ports, scope, now);
  const [page, count] = await Promise.all([
    keysetPage<OpinionDoc & Record<string, unknown>>(db, 'opinions', where, OVERDUE, limit, cursor),
    cursor ? undefined : db.collection('opinions').where(where).count(),
  ]);
  return { ...page, ...(count ? { total: count.total } : {}) };
}

/** The statuses in which a case waits for someone to take it up: routed to triage, or held by content security. */
const WAITING: readonly Status[] = ['held', 'triage'];

/** What one tab of the office queue lists. */
export type OfficeQueueSelection =
  /** Routed to an office (a station without staff, or nobody on its path): triage or held, in the region. */
  | { view: 'routed'; regionCode: string }
  /** The same, routed where no region on the path had an admin, outside `regionCode`: the top office's share (server/users/top-office.ts). */
  | { view: 'unowned'; outside: string }
  /** Escalated past staff to the office and still overdue, in the region. */
  | { view: 'escalated'; regionCode: string; now: Date; level: number };

function officeQueueWhere(ports: Ports, s: OfficeQueueSelection): Record<string, unknown> {
  const _ = dbOf(ports).command;
  switch (s.view) {
    case 'routed':
      return { regionPath: s.regionCode, 'triage.kind': _.in(['admin', 'none']), status: _.in([...WAITING]) };
    case 'unowned':
      // On an array, `neq` holds when no element is that region: outside it.
      return { 'triage.kind': 'none', status: _.in([...WAITING]), regionPath: _.neq(s.outside) };
    case 'escalated':
      return { regionPath: s.regionCode, dueAlertLevel: s.level, nextDueAt: _.lt(s.now) };
  }
}

/** The routed tabs: oldest first, by id among those of the same moment (as staff.queue). */
const OFFICE_ROUTED: ListOrder = {
  tag: 'office',
  keys: [
    { field: 'createdAt', kind: 'date' },
    { field: '_id', kind: 'string' },
  ],
  direction: 'asc',
};

/** The order of a tab: routed ones oldest first; escalated ones the longest overdue first. */
const officeOrder = (s: OfficeQueueSelection): ListOrder => (s.view === 'escalated' ? { ...OVERDUE, tag: 'office-escalated' } : OFFICE_ROUTED);

/**
 * One page of an office queue tab after `cursor`: the selections of `parts` (disjoint, in the
 * same order) read together — each served by (regionPath, triage.kind, status, createdAt, _id),
 * (triage.kind, status, createdAt, _id) or (regionPath, dueAlertLevel, nextDueAt, _id), one
 * page each, merged — with, on the first page, how many each selection of `counted` holds
 * (counts sent with the pages, in one round).
 */
export async function officeQueuePage(
  ports: Ports,
  parts: readonly OfficeQueueSelection[],
  limit: number,
  cursor: string | undefined,
  counted: readonly OfficeQueueSelection[] = [],
): Promise<KeysetPage<OpinionDoc> & { counts?: number[] }> {
  const db = dbOf(ports);
  const order = officeOrder(parts[0]!);
  const [pages, counts] = await Promise.all([
    Promise.all(parts.map((s) => keysetPage<OpinionDoc & Record<string, unknown>>(db, 'opinions', officeQueueWhere(ports, s), order, limit, cursor))),
    cursor ? undefined : Promise.all(counted.map((c) => db.collection('opinions').where(officeQueueWhere(ports, c)).count())),
  ]);
  const merged = mergeInOrder(order, pages.map((p) => p.items));
  const items = merged.slice(0, limit);
  const last = items[items.length - 1];
  const more = merged.length > limit || pages.some((p) => p.nextCursor);
  return { items, ...(more && last ? { nextCursor: cursorAfter(order, last) } : {}), ...(counts ? { counts: counts.map((c) => c.total) } : {}) };
}

/** Rows of several lists read in `order`, merged in that order. */
function mergeInOrder<T extends Record<string, unknown>>(order: ListOrder, lists: readonly T[][]): T[] {
  const key = (row: T) => order.keys.map(({ field, kind }) => (kind === 'date' ? new Date(row[field] as Date).getTime() : row[field]) as number | string);
  const cmp = (a: T, b: T) => {
    const [ka, kb] = [key(a), key(b)];
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return (ka[i]! < kb[i]! ? -1 : 1) * (order.direction === 'asc' ? 1 : -1);
    return 0;
  };
  return lists.flat().sort(cmp);
}

/** How many cases each selection of the office queue holds (the admin home's badge): counts only, in one round. */
export async function countOfficeQueue(ports: Ports, selections: readonly OfficeQueueSelection[]): Promise<number[]> {
  const db = dbOf(ports);
  return (await Promise.all(selections.map((c) => db.collection('opinions').where(officeQueueWhere(ports, c)).count()))).map((c) => c.total);
}

/** A duty record's cases: newest received first (decision 0033). */
const RECORD_CASES: ListOrder = {
  tag: 'record-cases',
  keys: [
    { field: 'createdAt', kind: 'date' },
    { field: '_id', kind: 'string' },
  ],
  direction: 'desc',
};

/**
 * A page of the cases a deputy holds or held last (a hand-over moves a case to the deputy it
 * was handed to), received in [from, to): one request a page, and the count with the first
 * (index: assigneeDeputyId, createdAt, _id).
 */
export async function deputyCasesPage(
  ports: Ports,
  deputyId: string,
  from: Date,
  to: Date,
  limit: number,
  cursor?: string,
): Promise<KeysetPage<OpinionDoc> & { total?: number }> {
  const db = dbOf(ports);
  const _ = db.command;
  const where = { assigneeDeputyId: deputyId, createdAt: _.and(_.gte(from), _.lt(to)) };
  const [page, count] = await Promise.all([
    keysetPage<OpinionDoc & Record<string, unknown>>(db, 'opinions', where, RECORD_CASES, limit, cursor),
    cursor ? undefined : db.collection('opinions').where(where).count(),
  ]);
  return { ...page, ...(count ? { total: count.total } : {}) };
}

// —— search (decision 0032) ——

/** Where a search looks: a staff member's stations, a county (a township office narrows it to its township), a region (city, province), a deputy's own cases. */
export type SearchScope =
  | { kind: 'stations'; stationCodes: readonly string[] }
  | { kind: 'county'; countyCode: string; regionCode?: string }
  | { kind: 'region'; regionCode: string }
  | { kind: 'deputy'; deputyId: string };

/** What a search asks: its scope and its criteria, every one of them met by each case found. */
export interface OpinionSearch {
  scope: SearchScope;
  trackingNo?: string;
  /** Search keys each case holds: the bigrams of the words asked for, the key of the phone's last four digits. */
  keys: readonly string[];
  /** The whole phone number, when given in full. */
  phone?: string;
  deputyId?: string;
  statuses?: readonly Status[];
  category?: string;
  stationCode?: string;
  /** Received at or after `from`, and before `before`. */
  from?: Date;
  before?: Date;
}

/** Search results: newest received first, by id among those of the same moment. */
const SEARCH: ListOrder = {
  tag: 'search',
  keys: [
    { field: 'createdAt', kind: 'date' },
    { field: '_id', kind: 'string' },
  ],
  direction: 'desc',
};

/**
 * The query of a search. The index that serves it (indexes.json; one per kind of scope, since
 * the array of keys and the array `regionPath` cannot share a compound index):
 *   stations: (searchKeys, stationCode, createdAt, _id), without keys (stationCode, createdAt, _id);
 *   county: (searchKeys, countyCode, createdAt, _id), without keys (countyCode, createdAt, _id);
 *   region: (searchKeys, createdAt, _id) with the region checked per case, without keys (regionPath, createdAt, _id);
 *   deputy: (assigneeDeputyId, createdAt, _id), the keys checked per case;
 *   a tracking number: (trackingNo), whatever the scope.
 */
function searchWhere(ports: Ports, s: OpinionSearch): Record<string, unknown> {
  const _ = dbOf(ports).command;
  const where: Record<string, unknown> = {};
  if (s.keys.length) where.searchKeys = s.keys.length === 1 ? s.keys[0] : _.all([...s.keys]);
  const scope = s.scope;
  if (scope.kind === 'stations') where.stationCode = s.stationCode ?? (scope.stationCodes.length === 1 ? scope.stationCodes[0] : _.in([...scope.stationCodes]));
  else if (s.stationCode) where.stationCode = s.stationCode;
  if (scope.kind === 'county') {
    where.countyCode = scope.countyCode;
    if (scope.regionCode) where.regionPath = scope.regionCode;
  }
  if (scope.kind === 'region') where.regionPath = scope.regionCode;
  if (scope.kind === 'deputy') where.assigneeDeputyId = scope.deputyId;
  else if (s.deputyId) where.assigneeDeputyId = s.deputyId;
  if (s.trackingNo) where.trackingNo = s.trackingNo;
  if (s.phone) where.phone = s.phone;
  if (s.statuses?.length) where.status = s.statuses.length === 1 ? s.statuses[0] : _.in([...s.statuses]);
  if (s.category) where.category = s.category;
  if (s.from && s.before) where.createdAt = _.and(_.gte(s.from), _.lt(s.before));
  else if (s.from) where.createdAt = _.gte(s.from);
  else if (s.before) where.createdAt = _.lt(s.before);
  return where;
}

/** One page of a search after `cursor`, newest first: one request a page, never a count or a scan. */
export async function searchPage(ports: Ports, s: OpinionSearch, limit: number, cursor?: string): Promise<KeysetPage<OpinionDoc>> {
  return keysetPage<OpinionDoc & Record<string, unknown>>(dbOf(ports), 'opinions', searchWhere(ports, s), SEARCH, limit, cursor);
}

/** What the search-keys backfill (server/migrations/0005) reads of an opinion. */
export type SearchSourceRow = Pick<OpinionDoc, '_id' | 'text' | 'place' | 'additions' | 'phone' | 'erasedAt' | 'regionPath' | 'searchKeys' | 'countyCode'>;

/** A page of opinions after `after` in `_id` order, only what their search fields derive from. */
export async function opinionSearchSourcesAfter(ports: Ports, after: string | undefined, limit: number): Promise<SearchSourceRow[]> {
  const db = dbOf(ports);
  const page = await db
    .collection<SearchSourceRow>('opinions')
    .where(after === undefined ? {} : { _id: db.command.gt(after) })
    .orderBy('_id', 'asc')
    .limit(limit)
    .field({ _id: true, text: true, place: true, additions: true, phone: true, erasedAt: true, regionPath: true, searchKeys: true, countyCode: true })
    .get();
  return page.data;
}

/**
 * Writes the search fields of an opinion stored before search existed, on the condition that
 * nothing they derive from moved since `row` was read: still no keys (a change of its words
 * writes them itself), not erased, the same phone (the contact data may have been erased
 * meanwhile). True when written.
 */
export async function fillSearchFields(ports: Ports, row: SearchSourceRow, fields: Pick<OpinionDoc, 'searchKeys' | 'countyCode'>): Promise<boolean> {
  const db = dbOf(ports);
  const _ = db.command;
  const res = await db
    .collection('opinions')
    .where({
      _id: row._id,
      ...(fields.searchKeys ? { searchKeys: _.exists(false), erasedAt: _.exists(false), phone: row.phone ?? _.exists(false) } : {}),
      ...(fields.countyCode ? { countyCode: _.exists(false) } : {}),
    })
    .update({ data: { ...fields } });
  return res.stats.updated === 1;
}

// —— 汇总件 (decision 0036; server/similar/merge-job.ts) ——

/** These opinions, whole (a merge checks and writes each): at most 100 ids, by `_id`. */
export async function opinionsByIds(ports: Ports, ids: readonly string[]): Promise<OpinionDoc[]> {
  if (ids.length === 0) return [];
  if (ids.length > 100) throw new AppError('LIST_TOO_LONG', undefined, `opinionsByIds: ${ids.length} ids`);
  const db = dbOf(ports);
  const res = await db.collection<OpinionDoc>('opinions').where({ _id: db.command.in([...ids]) }).limit(100).get();
  return res.data;
}

/** 汇总件 whose merge pass has work (`fanoutDue`), by id: at most `limit`. */
export async function mergeParentsDue(ports: Ports, limit: number): Promise<OpinionDoc[]> {
  const res = await dbOf(ports).collection<OpinionDoc>('opinions').where({ fanoutDue: true }).orderBy('_id', 'asc').limit(limit).get();
  return res.data;
}

/** Records on the 汇总件 that the merge job linked this source (`$addToSet`: twice is once; no version bump). */
export async function recordMergeLinked(ports: Ports, parentId: string, sourceId: string): Promise<void> {
  const db = dbOf(ports);
  await db.collection('opinions').doc(parentId).update({ data: { mergeLinked: db.command.addToSet(sourceId) } });
}

/**
 * The merge pass is done with the 汇总件 as it was at `version`: every source linked, following
 * it or released. Nothing when it was written since (that write asked for the pass again).
 */
export async function clearFanoutDue(ports: Ports, parentId: string, version: number): Promise<boolean> {
  const res = await dbOf(ports).collection('opinions').where({ _id: parentId, version, fanoutDue: true }).update({ data: { fanoutDue: false } });
  return res.stats.updated === 1;
}

// —— groups of similar opinions (decision 0036; server/similar/grouping.ts) ——

/** What the grouping pass reads of an opinion to place it, or to see whether it can still be merged. */
export type GroupingRow = Pick<
  OpinionDoc,
  | '_id'
  | 'createdAt'
  | 'updatedAt'
  | 'stationCode'
  | 'stationName'
  | 'regionPath'
  | 'countyCode'
  | 'category'
  | 'text'
  | 'place'
  | 'status'
  | 'flagged'
  | 'consentPublish'
  | 'erasedAt'
  | 'simKeys'
  | 'simGroup'
  | 'secondCount'
  | 'mergedInto'
  | 'mergedSources'
>;

const GROUPING_FIELDS = {
  _id: true,
  createdAt: true,
  updatedAt: true,
  stationCode: true,
  stationName: true,
  regionPath: true,
  countyCode: true,
  category: true,
  text: true,
  place: true,
  status: true,
  flagged: true,
  consentPublish: true,
  erasedAt: true,
  simKeys: true,
  simGroup: true,
  secondCount: true,
  mergedInto: true,
  mergedSources: true,
} as const;

/** A point of a walk in (time, id) order. */
export interface WalkPoint {
  at: Date;
  id: string;
}

const afterPoint = (ports: Ports, field: 'createdAt' | 'updatedAt', p: WalkPoint) => {
  const _ = dbOf(ports).command;
  return _.or([{ [field]: _.gt(p.at) }, { [field]: p.at, _id: _.gt(p.id) }]);
};

/**
 * Opinions not placed in a group yet (`simGroup` absent), oldest first, after `after` and
 * received at or before `settled` (a write a moment old may still be on its way): served by
 * (simGroup, createdAt, _id).
 */
export async function unplacedOpinionsAfter(ports: Ports, after: WalkPoint | undefined, settled: Date, limit: number): Promise<GroupingRow[]> {
  const db = dbOf(ports);
  const _ = db.command;
  const base = { simGroup: null, createdAt: _.lte(settled) };
  const where = after ? _.and([base, afterPoint(ports, 'createdAt', after)]) : base;
  const res = await db.collection<GroupingRow>('opinions').where(where as object).orderBy('createdAt', 'asc').orderBy('_id', 'asc').field(GROUPING_FIELDS).limit(limit).get();
  return res.data;
}

/**
 * The newest opinions of a county holding any of `keys` received before `before` (in
 * (createdAt, _id) order): the candidates an opinion is placed among, at most `limit`. Served
 * by (simKeys, countyCode, createdAt, _id).
 */
export async function earlierOpinionsBySimKeys(ports: Ports, countyCode: string, keys: readonly string[], before: WalkPoint, limit: number): Promise<GroupingRow[]> {
  if (!keys.length) return [];
  const db = dbOf(ports);
  const _ = db.command;
  // At or before its moment (one range the index bounds); one of the same moment with a later id is left out here.
  const where = { simKeys: keys.length === 1 ? keys[0] : _.in([...keys]), countyCode, createdAt: _.lte(before.at) };
  const res = await db.collection<GroupingRow>('opinions').where(where).orderBy('createdAt', 'desc').orderBy('_id', 'desc').field(GROUPING_FIELDS).limit(limit + 1).get();
  const at = before.at.getTime();
  return res.data.filter((r) => new Date(r.createdAt).getTime() < at || r._id < before.id).slice(0, limit);
}

/** Records the group an opinion was placed in, unless it has one already; the version and `updatedAt` stay (no case change). */
export async function recordSimGroup(ports: Ports, id: string, group: string): Promise<boolean> {
  const res = await dbOf(ports).collection('opinions').where({ _id: id, simGroup: null }).update({ data: { simGroup: group } });
  return res.stats.updated === 1;
}

/**
 * Opinions changed after `after` (their `updatedAt`, then id) and at or before `settled`,
 * oldest change first: the grouping pass follows whether members can still be merged. Served
 * by (updatedAt, _id).
 */
export async function opinionsChangedAfter(ports: Ports, after: WalkPoint, settled: Date, limit: number): Promise<GroupingRow[]> {
  const db = dbOf(ports);
  const _ = db.command;
  const where = _.and([{ updatedAt: _.lte(settled) }, afterPoint(ports, 'updatedAt', after)]);
  const res = await db.collection<GroupingRow>('opinions').where(where as object).orderBy('updatedAt', 'asc').orderBy('_id', 'asc').field(GROUPING_FIELDS).limit(limit).get();
  return res.data;
}

/** What a groups list shows of a member case. */
export type GroupMemberRow = GroupingRow & Pick<OpinionDoc, 'trackingNo' | 'textReview'>;

/** These opinions as a groups list shows them (a query per hundred); missing ones are left out. */
export async function groupMemberRows(ports: Ports, ids: readonly string[]): Promise<GroupMemberRow[]> {
  const db = dbOf(ports);
  const unique = [...new Set(ids)];
  const out: GroupMemberRow[] = [];
  for (let i = 0; i < unique.length; i += 100) {
    const slice = unique.slice(i, i + 100);
    const res = await db
      .collection<GroupMemberRow>('opinions')
      .where({ _id: db.command.in(slice) })
      .field({ ...GROUPING_FIELDS, trackingNo: true, textReview: true })
      .limit(slice.length)
      .get();
    out.push(...res.data);
  }
  return out;
}

/** What a report lists of a 汇总件. */
export type MergedParentRow = Pick<OpinionDoc, '_id' | 'trackingNo' | 'text' | 'category' | 'stationName' | 'status' | 'createdAt' | 'mergedSources' | 'mergeDissolvedAt'>;

/**
 * The 汇总件 of a region received in [from, before), oldest first, a page of at most 100 after
 * `after`: served by (regionPath, createdAt, _id), the region's opinions of the period read in
 * the database and only the 汇总件 answered.
 */
export async function mergedParentsPage(ports: Ports, regionCode: string, from: Date, before: Date, after: WalkPoint | undefined): Promise<MergedParentRow[]> {
  const db = dbOf(ports);
  const _ = db.command;
  const base = { regionPath: regionCode, createdAt: _.and(_.gte(from), _.lt(before)), mergedSources: _.exists(true) };
  const where = after ? _.and([base, afterPoint(ports, 'createdAt', after)]) : base;
  const res = await db
    .collection<MergedParentRow>('opinions')
    .where(where as object)
    .orderBy('createdAt', 'asc')
    .orderBy('_id', 'asc')
    .field({ _id: true, trackingNo: true, text: true, category: true, stationName: true, status: true, createdAt: true, mergedSources: true, mergeDissolvedAt: true })
    .limit(100)
    .get();
  return res.data;
}

// —— 附议 (decision 0036; server/similar/second.ts) ——

/** What the count's write is conditional on, as read. */
export type SecondTally = Pick<OpinionDoc, '_id' | 'secondCount' | 'secondsVersion' | 'simGroup'>;

/** The opinion's count and its version, if the opinion is there. */
export async function secondTallyOf(ports: Ports, opinionId: string): Promise<SecondTally | undefined> {
  const res = await dbOf(ports)
    .collection<SecondTally>('opinions')
    .where({ _id: opinionId })
    .field({ _id: true, secondCount: true, secondsVersion: true, simGroup: true })
    .limit(1)
    .get();
  return res.data[0];
}

/**
 * Sets the opinion's count to `count` on the condition that its version is still `asRead`
 * (absent: never written), bumping it. Not the opinion's `version`: a 附议 is no change of the
 * case, so nobody's write on the case retries because of it, and no event is added.
 */
export async function writeSecondCount(ports: Ports, opinionId: string, asRead: number | undefined, count: number): Promise<boolean> {
  const db = dbOf(ports);
  const res = await db
    .collection('opinions')
    .where({ _id: opinionId, secondsVersion: asRead ?? db.command.exists(false) })
    .update({ data: { secondCount: count, secondsVersion: (asRead ?? 0) + 1 } });
  return res.stats.updated === 1;
}

/** What a 附议 list and a seconder's message need of the cases: never the resident's contact. */
export type SecondedCase = Pick<
  OpinionDoc,
  | '_id'
  | 'trackingNo'
  | 'openid'
  | 'stationCode'
  | 'stationName'
  | 'category'
  | 'text'
  | 'status'
  | 'consentPublish'
  | 'erasedAt'
  | 'createdAt'
  | 'secondCount'
  | 'assigneeName'
  | 'assigneeDeputyId'
  | 'handler'
>;

/** The cases of these ids (at most 100, one request), as lists of 附议 show them. */
export async function secondedCases(ports: Ports, ids: readonly string[]): Promise<SecondedCase[]> {
  if (ids.length === 0) return [];
  const res = await dbOf(ports)
    .collection<SecondedCase>('opinions')
    .where({ _id: dbOf(ports).command.in([...ids]) })
    .field({
      _id: true,
      trackingNo: true,
      openid: true,
      stationCode: true,
      stationName: true,
      category: true,
      text: true,
      status: true,
      consentPublish: true,
      erasedAt: true,
      createdAt: true,
      secondCount: true,
      assigneeName: true,
      assigneeDeputyId: true,
      handler: true,
    })
    .limit(100)
    .get();
  return res.data;
}

// Similar opinions (decision 0036): reads by similarity keys, served by `simKeys, countyCode, createdAt, _id` (multikey).

/** What scoring and showing a candidate needs: never the resident's contact. */
export type SimilarRow = Pick<
  OpinionDoc,
  | '_id'
  | 'trackingNo'
  | 'openid'
  | 'stationCode'
  | 'stationName'
  | 'regionPath'
  | 'category'
  | 'text'
  | 'assigneeName'
  | 'place'
  | 'status'
  | 'createdAt'
  | 'consentPublish'
  | 'flagged'
  | 'textReview'
  | 'erasedAt'
  | 'simKeys'
  | 'simGroup'
  | 'secondCount'
  | 'mergedInto'
  | 'mergedSources'
>;

const SIMILAR_FIELDS = {
  _id: true,
  trackingNo: true,
  openid: true,
  stationCode: true,
  stationName: true,
  regionPath: true,
  category: true,
  text: true,
  assigneeName: true,
  place: true,
  status: true,
  createdAt: true,
  consentPublish: true,
  flagged: true,
  textReview: true,
  erasedAt: true,
  simKeys: true,
  simGroup: true,
  secondCount: true,
  mergedInto: true,
  mergedSources: true,
} as const;

/**
 * The newest opinions of a county holding any of `keys` (and, when given, in one of
 * `statuses`): at most `limit`. One index walk, served by `simKeys, countyCode, createdAt, _id`
 * (multikey), newest first; the function ranks them.
 */
export async function opinionsBySimKeys(
  ports: Ports,
  countyCode: string,
  keys: readonly string[],
  opts: { statuses?: readonly Status[]; limit: number },
): Promise<SimilarRow[]> {
  if (!keys.length) return [];
  const db = dbOf(ports);
  const _ = db.command;
  const where: Record<string, unknown> = { simKeys: keys.length === 1 ? keys[0] : _.in([...keys]), countyCode };
  if (opts.statuses) where.status = _.in([...opts.statuses]);
  const res = await db.collection('opinions').where(where).orderBy('createdAt', 'desc').orderBy('_id', 'desc').field(SIMILAR_FIELDS).limit(opts.limit).get();
  return res.data as unknown as SimilarRow[];
}

/** What the similarity-keys backfill (server/migrations/0008) reads of an opinion. */
export type SimilarSourceRow = Pick<OpinionDoc, '_id' | 'stationCode' | 'category' | 'text' | 'place' | 'erasedAt' | 'simKeys' | 'mergedSources'>;

/** A page of opinions after `after` in `_id` order, only what their similarity keys derive from. */
export async function opinionSimilarSourcesAfter(ports: Ports, after: string | undefined, limit: number): Promise<SimilarSourceRow[]> {
  const db = dbOf(ports);
  const page = await db
    .collection<SimilarSourceRow>('opinions')
    .where(after === undefined ? {} : { _id: db.command.gt(after) })
    .orderBy('_id', 'asc')
    .limit(limit)
    .field({ _id: true, stationCode: true, category: true, text: true, place: true, erasedAt: true, simKeys: true, mergedSources: true })
    .get();
  return page.data;
}

/** Writes the similarity keys of an opinion stored before they existed, on the condition it still has none and is not erased. True when written. */
export async function fillSimilarKeys(ports: Ports, id: string, simKeys: readonly string[]): Promise<boolean> {
  const db = dbOf(ports);
  const _ = db.command;
  const res = await db
    .collection('opinions')
    .where({ _id: id, simKeys: _.exists(false), erasedAt: _.exists(false), mergedSources: _.exists(false) })
    .update({ data: { simKeys: [...simKeys] } });
  return res.stats.updated === 1;
}
