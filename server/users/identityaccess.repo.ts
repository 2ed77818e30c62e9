/** The `identityaccess` collection: one entry per case whose resident's phone or identity a staff member or admin was shown (decision 0018). */
import { randomBytes } from 'node:crypto';
import type { IdentityPurpose, IdentitySeen, ViewerRole } from '../../core/identity-access';
import { dbOf } from '../platform/db';
import type { Ports } from '../platform/ports';

export interface IdentityAccessDoc {
  _id: string;
  at: Date;
  /** Who was shown it: the staff member's or admin's openid (never the resident's). */
  by: string;
  byRole: ViewerRole;
  /**
   * The case, by id and by the number people use; its station and region (the admin's scope).
   * Empty ids for a search by phone that found nothing: the search is recorded all the same,
   * with the station (or the office's region) it looked in (decision 0032).
   */
  opinionId: string;
  trackingNo: string;
  stationCode: string;
  stationName: string;
  regionCode: string;
  /** What was shown — recorded, not copied: the phone itself is never in the log. */
  seen: IdentitySeen[];
  /** The action that answered it, and the task it was for. */
  action: string;
  purpose: IdentityPurpose;
}

export const newIdentityAccessId = (): string => `ia${randomBytes(10).toString('hex')}`;

/** Writes the entries in one insert (one request however many; an entry is never changed afterwards). */
export async function addIdentityAccess(ports: Ports, entries: readonly IdentityAccessDoc[]): Promise<void> {
  if (entries.length === 0) return;
  await dbOf(ports).collection('identityaccess').add({ data: entries.length === 1 ? entries[0]! : [...entries] });
}

/** Which entries a log page shows: those of these regions, of one viewer if given, from (inclusive) and before (exclusive) the given instants. */
export interface IdentityAccessFilter {
  regionCodes: readonly string[];
  by?: string;
  from?: Date;
  before?: Date;
}

/** A page of the entries matching `f`, newest first, and how many match. */
export async function identityAccessPage(ports: Ports, f: IdentityAccessFilter, offset: number, limit: number) {
  const db = dbOf(ports);
  const _ = db.command;
  const from = f.from ? _.gte(f.from) : undefined;
  const before = f.before ? _.lt(f.before) : undefined;
  const where = {
    regionCode: _.in([...f.regionCodes]),
    ...(f.by ? { by: f.by } : {}),
    ...(from && before ? { at: _.and(from, before) } : from ? { at: from } : before ? { at: before } : {}),
  };
  const q = db.collection<IdentityAccessDoc>('identityaccess').where(where);
  const [page, count] = await Promise.all([q.orderBy('at', 'desc').skip(offset).limit(limit).get(), q.count()]);
  return { items: page.data, total: count.total };
}

/** Removes the entries older than `before` (the retention period); answers how many. */
export async function removeIdentityAccessBefore(ports: Ports, before: Date): Promise<number> {
  const db = dbOf(ports);
  const res = await db.collection('identityaccess').where({ at: db.command.lt(before) }).remove();
  return res.stats.removed;
}
