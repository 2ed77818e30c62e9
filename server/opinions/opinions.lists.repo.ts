/**
 * The `opinions` repository, its lists (decision 0020: one repository a collection, in parts
 * named `opinions.<part>.repo.ts`): the staff queue, the overdue board and the region office's
 * queue (decision 0030), a deputy's record of cases, and 查找意见 with the search keys' backfill
 * (decision 0032). Keyset pages, each served by a declared index.
 */
import type { Status } from '../../core/opinion-status';
import { dbOf } from '../platform/db';
import { cursorAfter, keysetPage, type KeysetPage, type ListOrder } from '../platform/keyset';
import type { OpinionDoc } from '../model';
import type { Ports } from '../platform/ports';

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

/** How many opinions of these stations are overdue now: the staff digest's figure, the overdue board's list (`overduePage`). */
export async function countOverdueAtStations(ports: Ports, stationCodes: readonly string[], now: Date): Promise<number> {
  return (await dbOf(ports).collection('opinions').where(overdueWhere(ports, { stationCodes }, now)).count()).total;
}
