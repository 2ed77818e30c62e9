/**
 * Staff access to identity is logged (PRODUCT.md, PIPL; decision 0018). A staff or admin
 * answer carries a resident's full phone only through `revealPhones`, which records the access
 * first — who, when, which case (id and tracking number), which station and region, what was
 * seen and why — one entry per case shown with a phone; if the record cannot be written,
 * nothing is shown. The region's admin reads the record (`admin.identityAccessLog`): the
 * entries of the stations in their region and below.
 */
import { addDays, fromBeijing } from '../../core/beijing-time';
import type { Payload } from '../../core/contract';
import { AppError } from '../../core/errors';
import { IDENTITY_PURPOSE_LABELS, IDENTITY_SEEN_LABELS, VIEWER_LABELS, type IdentityPurpose, type IdentitySeen, type ViewerRole } from '../../core/identity-access';
import type { Actor } from './actor';
import type { OpinionDoc } from '../model';
import type { Ports } from '../platform/ports';
import { addIdentityAccess, identityAccessPage, newIdentityAccessId, type IdentityAccessDoc } from './identityaccess.repo';
import { regionsBelow } from '../stations/admin';
import { adminRegion, regionAskedBy } from '../stations/scope';

export interface Viewer {
  openid: string;
  role: ViewerRole;
}

/** Why an answer shows identity: the action answering, and the task it is for. */
export interface ShownFor {
  action: string;
  purpose: IdentityPurpose;
}

/** Records that `viewer` is shown `seen` of each case (before the answer leaves). */
export async function recordIdentityAccess(ports: Ports, viewer: Viewer, docs: readonly OpinionDoc[], seen: IdentitySeen[], why: ShownFor): Promise<void> {
  if (docs.length === 0) return;
  const at = ports.clock.now();
  await addIdentityAccess(
    ports,
    docs.map((d) => ({
      _id: newIdentityAccessId(),
      at,
      by: viewer.openid,
      byRole: viewer.role,
      opinionId: d._id,
      trackingNo: d.trackingNo,
      stationCode: d.stationCode,
      stationName: d.stationName,
      regionCode: d.regionCode,
      seen,
      action: why.action,
      purpose: why.purpose,
    })),
  );
}

/**
 * The full phones of those of `docs` that have one, for `viewer`'s answer: the only way a
 * staff or admin answer carries one. The access is recorded first, so an answer that shows a
 * phone always has its entry.
 */
export async function revealPhones(ports: Ports, viewer: Viewer, docs: readonly OpinionDoc[], why: ShownFor): Promise<Map<string, string>> {
  const shown = docs.filter((d) => d.phone);
  await recordIdentityAccess(ports, viewer, shown, ['phone'], why);
  return new Map(shown.map((d) => [d._id, d.phone!]));
}

/** Where a search by phone looked, when it found nothing: the caller's stations, or the office's region. */
export type SearchedPlace = { stationCode: string; stationName: string; regionCode: string };

/**
 * Records a search by phone (decision 0032) before its answer leaves: one entry per case it
 * found (the number given leads to that case), or, when it found none, one per place it looked
 * in — a search is recorded whether or not it found anyone. One insert.
 */
export async function recordPhoneSearch(ports: Ports, viewer: Viewer, found: readonly OpinionDoc[], lookedIn: readonly SearchedPlace[], action: string): Promise<void> {
  if (found.length > 0) return recordIdentityAccess(ports, viewer, found, ['phoneMatch'], { action, purpose: 'search' });
  const at = ports.clock.now();
  await addIdentityAccess(
    ports,
    lookedIn.map((place) => ({
      _id: newIdentityAccessId(),
      at,
      by: viewer.openid,
      byRole: viewer.role,
      opinionId: '',
      trackingNo: '',
      ...place,
      seen: ['phoneMatch'],
      action,
      purpose: 'search',
    })),
  );
}

/** The record for a region's admin: their region and below (or one region under it), by day and by staff member, newest first. */
export async function identityAccessLog(ports: Ports, actor: Actor, p: Payload<'admin', 'identityAccessLog'>) {
  const region = await regionAskedBy(ports, actor, await adminRegion(ports, actor), p.regionCode);
  if (p.from && p.to && p.to < p.from) throw new AppError('PERIOD_INVALID', '查询期间不正确：结束日期不能早于开始日期');
  const { items, total } = await identityAccessPage(
    ports,
    {
      regionCodes: (await regionsBelow(ports, region)).map((r) => r._id),
      ...(p.staff ? { by: p.staff } : {}),
      ...(p.from ? { from: fromBeijing(p.from) } : {}),
      ...(p.to ? { before: fromBeijing(addDays(p.to, 1)) } : {}),
    },
    p.offset,
    p.limit,
  );
  const next = p.offset + items.length;
  return { items: items.map(toItem), total, ...(next < total ? { nextOffset: next } : {}) };
}

const toItem = (e: IdentityAccessDoc) => ({
  id: e._id,
  at: new Date(e.at).toISOString(),
  by: e.by,
  byLabel: VIEWER_LABELS[e.byRole],
  trackingNo: e.trackingNo,
  stationCode: e.stationCode,
  stationName: e.stationName,
  seen: e.seen,
  seenLabel: e.seen.map((s) => IDENTITY_SEEN_LABELS[s]).join('、'),
  action: e.action,
  purpose: e.purpose,
  purposeLabel: IDENTITY_PURPOSE_LABELS[e.purpose],
});
