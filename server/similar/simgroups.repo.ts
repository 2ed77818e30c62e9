/**
 * The `simgroups` collection (decision 0036): one document per group of similar opinions.
 * Every read and write of it goes through this module. A placement is one atomic update of
 * the group guarded by its member list (run again, it adds nothing); a 附议 is one atomic
 * update; the pass's change of who is open to merging is a read, then a write conditional on
 * the group's `version`. Lists read by the indexes declared for them (indexes.json), heaviest
 * or biggest first, in keyset pages.
 */
import { dbOf } from '../platform/db';
import { isDuplicateKey } from '../platform/db-errors';
import { keysetPage, type KeysetPage, type ListOrder } from '../platform/keyset';
import type { Ports } from '../platform/ports';
import type { SimGroupDoc } from './simgroup-doc';

const C = 'simgroups';

/** Creates a group (its first opinion placed); false when it exists already (a placement run again). */
export async function addGroup(ports: Ports, doc: SimGroupDoc): Promise<boolean> {
  try {
    await dbOf(ports).collection('simgroups').add({ data: doc });
    return true;
  } catch (e) {
    if (isDuplicateKey(e)) return false;
    throw e;
  }
}

/** What one more member brings to its group. */
export interface GroupJoin {
  id: string;
  createdAt: Date;
  /** The Beijing day it was received. */
  day: string;
  stationCode: string;
  township?: string;
  /** `<id>|<station>|<township>` when it can be merged now. */
  openEntry?: string;
  consented: boolean;
  /** 附议 it had when placed, counted on `today`. */
  seconds: number;
  today: string;
  at: Date;
}

/**
 * Adds a member to a group in one atomic update, unless the group lists it already: its case
 * (and any 附议 it had) on its days, its station and township, its open entry. `lastAt` moves
 * only forwards: when the member is older than the group's last moment (an opinion placed late),
 * the update is sent again without it. True when the member was added.
 */
export async function joinGroup(ports: Ports, groupId: string, j: GroupJoin): Promise<boolean> {
  const db = dbOf(ports);
  const _ = db.command;
  const cells: Record<string, unknown> = { [`days.${j.day}.cases`]: _.inc(1) };
  if (j.seconds) cells[`days.${j.today}.seconds`] = _.inc(j.seconds);
  const data: Record<string, unknown> = {
    members: _.push([j.id]),
    caseCount: _.inc(1),
    weight: _.inc(1 + j.seconds),
    ...(j.seconds ? { secondCount: _.inc(j.seconds) } : {}),
    ...cells,
    stationCodes: _.addToSet(j.stationCode),
    ...(j.township ? { townshipCodes: _.addToSet(j.township) } : {}),
    ...(j.openEntry ? { open: _.push([j.openEntry]), openCount: _.inc(1) } : {}),
    ...(j.consented ? { consented: _.push([j.id]) } : {}),
    version: _.inc(1),
    updatedAt: j.at,
  };
  const forward = await db
    .collection('simgroups')
    .where({ _id: groupId, members: _.neq(j.id), lastAt: _.lte(j.createdAt) })
    .update({ data: { ...data, lastAt: j.createdAt } });
  if (forward.stats.updated === 1) return true;
  const late = await db.collection('simgroups').where({ _id: groupId, members: _.neq(j.id) }).update({ data });
  return late.stats.updated === 1;
}

/**
 * Counts `delta` 附议 on a group on `today` (one atomic update); `lastAt` moves to `at` when a
 * 附议 is added and the group's last moment is older. False when there is no such group.
 */
export async function addGroupSeconds(ports: Ports, groupId: string, delta: number, today: string, at: Date): Promise<boolean> {
  const db = dbOf(ports);
  const _ = db.command;
  const data = { secondCount: _.inc(delta), weight: _.inc(delta), [`days.${today}.seconds`]: _.inc(delta), version: _.inc(1), updatedAt: at };
  if (delta > 0) {
    const moved = await db
      .collection('simgroups')
      .where({ _id: groupId, lastAt: _.lt(at) })
      .update({ data: { ...data, lastAt: at } });
    if (moved.stats.updated === 1) return true;
  }
  const res = await db.collection('simgroups').where({ _id: groupId }).update({ data });
  return res.stats.updated === 1;
}

/** The groups with these ids (at most 100 a query, as a server read answers). */
export async function groupsByIds(ports: Ports, ids: readonly string[]): Promise<SimGroupDoc[]> {
  const db = dbOf(ports);
  const out: SimGroupDoc[] = [];
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += 100) {
    const slice = unique.slice(i, i + 100);
    const res = await db.collection<SimGroupDoc>('simgroups').where({ _id: db.command.in(slice) }).limit(slice.length).get();
    out.push(...res.data);
  }
  return out;
}

/** The group that lists this opinion as a member, if any (a placement cut short before the opinion was written). */
export async function groupListing(ports: Ports, opinionId: string): Promise<SimGroupDoc | undefined> {
  const res = await dbOf(ports).collection<SimGroupDoc>('simgroups').where({ members: opinionId }).limit(1).get();
  return res.data[0];
}

/** Replaces a group's open members, on the condition that nobody wrote the group since it was read at `version`. */
export async function setGroupOpen(ports: Ports, groupId: string, version: number, open: readonly string[], at: Date): Promise<boolean> {
  const db = dbOf(ports);
  const _ = db.command;
  const res = await db
    .collection('simgroups')
    .where({ _id: groupId, version })
    .update({ data: { open: _.set([...open]), openCount: open.length, version: version + 1, updatedAt: at } });
  return res.stats.updated === 1;
}

/** Where a list looks: stations (a staff member's), a township, or a region on the county's path (county, city, province). */
export type GroupScope = { kind: 'stations'; stationCodes: readonly string[] } | { kind: 'township'; code: string } | { kind: 'region'; code: string };

function scopeWhere(ports: Ports, scope: GroupScope): Record<string, unknown> {
  const _ = dbOf(ports).command;
  if (scope.kind === 'stations') return { stationCodes: scope.stationCodes.length === 1 ? scope.stationCodes[0] : _.in([...scope.stationCodes]) };
  if (scope.kind === 'township') return { townshipCodes: scope.code };
  return { regionPath: scope.code };
}

/** Groups biggest first by members open to merging, then by id. */
const BY_OPEN: ListOrder = {
  tag: 'simgroups-open',
  keys: [
    { field: 'openCount', kind: 'number' },
    { field: '_id', kind: 'string' },
  ],
  direction: 'desc',
};

/**
 * A page of groups of the scope with two or more members open to merging that had a case or a
 * 附议 at or after `activeSince`, biggest first. Served by (stationCodes | townshipCodes |
 * regionPath, openCount, _id); the period is a condition on each group the index found.
 */
export async function openGroupsPage(
  ports: Ports,
  scope: GroupScope,
  q: { activeSince: Date; category?: string },
  limit: number,
  cursor?: string,
): Promise<KeysetPage<SimGroupDoc>> {
  const _ = dbOf(ports).command;
  const where: Record<string, unknown> = { ...scopeWhere(ports, scope), openCount: _.gte(2), lastAt: _.gte(q.activeSince) };
  if (q.category) where.category = q.category;
  const page = await keysetPage<SimGroupDoc & Record<string, unknown>>(dbOf(ports), C, where, BY_OPEN, limit, cursor);
  return page as KeysetPage<SimGroupDoc>;
}

/** Groups heaviest first (cases plus 附议 of all time), then by id. */
const BY_WEIGHT: ListOrder = {
  tag: 'simgroups-weight',
  keys: [
    { field: 'weight', kind: 'number' },
    { field: '_id', kind: 'string' },
  ],
  direction: 'desc',
};

/**
 * A page of groups of the scope active at or after `activeSince` that weigh two or more (two
 * cases, or a case and a 附议), heaviest of all time first. Served by (townshipCodes |
 * regionPath | stationCodes, weight, _id). Hot topics read pages until no group further down
 * can outweigh those found (a period's weight is never more than all time's).
 */
export async function heavyGroupsPage(ports: Ports, scope: GroupScope, activeSince: Date, limit: number, cursor?: string): Promise<KeysetPage<SimGroupDoc>> {
  const _ = dbOf(ports).command;
  const where = { ...scopeWhere(ports, scope), weight: _.gte(2), lastAt: _.gte(activeSince) };
  const page = await keysetPage<SimGroupDoc & Record<string, unknown>>(dbOf(ports), C, where, BY_WEIGHT, limit, cursor);
  return page as KeysetPage<SimGroupDoc>;
}
