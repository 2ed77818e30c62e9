/**
 * The `opinions` collection: every read and write of it goes through this repository — this
 * module and its parts beside it (opinions.lists.repo.ts: the desks' lists and 查找意见;
 * opinions.similar.repo.ts: 汇总件, grouping, 附议 and the similar lookup). A change is
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
