/**
 * The `opinions` repository, its similar-opinion part (decision 0020: one repository a
 * collection, in parts named `opinions.<part>.repo.ts`; decision 0036): 汇总件 and their merge
 * job, the grouping pass, 附议 tallies, the similar lookup by similarity keys and their backfill.
 */
import { AppError } from '../../core/errors';
import type { Status } from '../../core/opinion-status';
import { dbOf } from '../platform/db';
import type { OpinionDoc } from '../model';
import type { Ports } from '../platform/ports';

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

/** What scoring a candidate needs, for the grouping pass and the lookup alike: never the resident's contact. */
const CANDIDATE_FIELDS = {
  _id: true,
  createdAt: true,
  stationCode: true,
  stationName: true,
  regionPath: true,
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
type CandidateRow = Pick<OpinionDoc, keyof typeof CANDIDATE_FIELDS>;

/** What the grouping pass reads of an opinion to place it, or to see whether it can still be merged: the candidate's fields, when it last changed and its county. */
const GROUPING_FIELDS = { ...CANDIDATE_FIELDS, updatedAt: true, countyCode: true } as const;
export type GroupingRow = CandidateRow & Pick<OpinionDoc, 'updatedAt' | 'countyCode'>;

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

/** What scoring and showing a candidate needs (its number, whose it is, its deputy, the text check): never the resident's contact. */
const SIMILAR_FIELDS = { ...CANDIDATE_FIELDS, trackingNo: true, openid: true, assigneeName: true, textReview: true } as const;
export type SimilarRow = CandidateRow & Pick<OpinionDoc, 'trackingNo' | 'openid' | 'assigneeName' | 'textReview'>;

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
