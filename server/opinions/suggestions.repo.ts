/** The `suggestions` collection: opinions turned into deputies' suggestions. Every read and write of it goes through this module. */
import type { SuggestionStatus } from '../../core/suggestion-status';
import { dbOf, findAll, findById } from '../platform/db';
import { keysetPage, type KeysetPage, type ListOrder } from '../platform/keyset';
import type { Ports } from '../platform/ports';
import type { SuggestionDoc, SuggestionEvent } from '../model';

/** A suggestion by id, if any. */
export const getSuggestion = (ports: Ports, id: string) => findById<SuggestionDoc>(dbOf(ports), 'suggestions', id);

/** Stores a new suggestion (a duplicate id throws the duplicate-key error). */
export async function addSuggestion(ports: Ports, suggestion: SuggestionDoc): Promise<void> {
  await dbOf(ports).collection('suggestions').add({ data: suggestion });
}

/** Sets the opinions the suggestion took. */
export async function setSuggestionOpinions(ports: Ports, id: string, opinionIds: readonly string[]): Promise<void> {
  await dbOf(ports).collection('suggestions').doc(id).update({ data: { opinionIds } });
}

/** The deputy's suggestions (up to 500), in stored order. */
export async function suggestionsOfDeputy(ports: Ports, deputyId: string): Promise<SuggestionDoc[]> {
  return findAll<SuggestionDoc>(dbOf(ports), 'suggestions', { deputyId }, 500);
}

/** The deputy's suggestions created at `since` or later (up to `max`), for the duty record. */
export async function suggestionsOfDeputySince(ports: Ports, deputyId: string, since: Date, max: number): Promise<SuggestionDoc[]> {
  const db = dbOf(ports);
  return findAll<SuggestionDoc>(db, 'suggestions', { deputyId, createdAt: db.command.gte(since) }, max);
}

/** One change of a suggestion as the write sends it: the fields set and the event appended. */
export interface SuggestionWrite {
  set: Partial<Omit<SuggestionDoc, '_id' | 'version' | 'events'>>;
  event: SuggestionEvent;
}

/**
 * Writes one change on the condition that the suggestion is still at `version` (the one the
 * change was decided on; a suggestion stored before versions counts as 0 while it has none):
 * the fields and the appended event land together, the version moves on. True when it landed.
 */
export async function writeSuggestionChange(ports: Ports, id: string, version: number, change: SuggestionWrite): Promise<boolean> {
  const db = dbOf(ports);
  const _ = db.command;
  const where = version === 0 ? (_.and([{ _id: id }, _.or([{ version: 0 }, { version: _.exists(false) }])]) as object) : { _id: id, version };
  const res = await db
    .collection('suggestions')
    .where(where)
    .update({ data: { ...change.set, version: version + 1, events: _.push([change.event]) } });
  return res.stats.updated === 1;
}

/** Records that the answer is on the timeline of every opinion that fed the suggestion. */
export async function markSuggestionAnswerTold(ports: Ports, id: string, at: Date): Promise<void> {
  await dbOf(ports).collection('suggestions').doc(id).update({ data: { answerToldAt: at } });
}

/** What one tab of the office's list holds: suggestions of the region (and below) in these statuses, in this order. */
export interface SuggestionSelection {
  regionCode: string;
  statuses?: readonly SuggestionStatus[];
  order: 'oldest' | 'newest' | 'soonest_due';
}

const ORDERS: Record<SuggestionSelection['order'], ListOrder> = {
  oldest: { tag: 'sg-oldest', keys: [{ field: 'createdAt', kind: 'date' }, { field: '_id', kind: 'string' }], direction: 'asc' },
  newest: { tag: 'sg-newest', keys: [{ field: 'createdAt', kind: 'date' }, { field: '_id', kind: 'string' }], direction: 'desc' },
  soonest_due: { tag: 'sg-due', keys: [{ field: 'assignment.dueDate', kind: 'string' }, { field: '_id', kind: 'string' }], direction: 'asc' },
};

function selectionWhere(ports: Ports, s: Pick<SuggestionSelection, 'regionCode' | 'statuses'>): Record<string, unknown> {
  const _ = dbOf(ports).command;
  // A suggestion's regionPath lists its region and every region above it: equality on the array matches an element.
  if (!s.statuses) return { regionPath: s.regionCode };
  return { regionPath: s.regionCode, status: s.statuses.length === 1 ? s.statuses[0] : _.in([...s.statuses]) };
}

/**
 * One page of the office's list (keyset, by the indexes declared for it), after `cursor`; the
 * first page also counts each of `counted` in the same round.
 */
export async function suggestionsPage(
  ports: Ports,
  selection: SuggestionSelection,
  limit: number,
  cursor: string | undefined,
  counted: readonly Pick<SuggestionSelection, 'regionCode' | 'statuses'>[] = [],
): Promise<KeysetPage<SuggestionDoc> & { counts?: number[] }> {
  const db = dbOf(ports);
  const [page, counts] = await Promise.all([
    keysetPage<SuggestionDoc & Record<string, unknown>>(db, 'suggestions', selectionWhere(ports, selection), ORDERS[selection.order], limit, cursor),
    cursor ? undefined : Promise.all(counted.map((c) => db.collection('suggestions').where(selectionWhere(ports, c)).count())),
  ]);
  return { ...page, ...(counts ? { counts: counts.map((c) => c.total) } : {}) };
}

/** A page of suggestions after `after` in `_id` order, for a migration. */
export async function suggestionsAfter(ports: Ports, after: string | undefined, pageSize: number): Promise<SuggestionDoc[]> {
  const db = dbOf(ports);
  const res = await db
    .collection<SuggestionDoc>('suggestions')
    .where(after ? { _id: db.command.gt(after) } : {})
    .orderBy('_id', 'asc')
    .limit(pageSize)
    .get();
  return res.data;
}

/** Gives a suggestion stored before decision 0034 its status and region, if it still has no status (twice is once). */
export async function fillSuggestionFollowUp(ports: Ports, id: string, fields: Pick<SuggestionDoc, 'status' | 'version' | 'events' | 'regionCode' | 'regionPath'>): Promise<boolean> {
  const db = dbOf(ports);
  const res = await db
    .collection('suggestions')
    .where({ _id: id, status: db.command.exists(false) })
    .update({ data: fields });
  return res.stats.updated === 1;
}
