/** The `invites` collection: binding codes for deputies and staff. Every read and write of it goes through this module. */
import { dbOf, findAll, findById } from '../platform/db';
import type { Ports } from '../platform/ports';
import type { InviteDoc } from '../model';

/** The deputy invite with this id (the sha256 of its code), if any. */
export const deputyInviteById = (ports: Ports, id: string) => findById<InviteDoc>(dbOf(ports), 'invites', id);

/** Claims a deputy invite for `openid` if nobody claimed it yet; answers whether this claim landed. */
export const claimDeputyInvite = (ports: Ports, id: string, openid: string, at: Date) => claimInvite(ports, id, openid, at);

/** Releases `openid`'s claim on a deputy invite (not bound after all: the code stays usable). */
export const releaseDeputyInviteClaim = (ports: Ports, id: string, openid: string) => releaseInviteClaim(ports, id, openid);

/** Marks what `openid`'s claim of a deputy invite grants as written in full. */
export const markDeputyInviteGranted = (ports: Ports, id: string, openid: string, at: Date) => markInviteGranted(ports, id, openid, at);

/** A staff invite: the stations whoever enters the code becomes staff of (issue 9). */
export interface StaffInviteDoc {
  _id: string; // sha256 of the code
  kind: 'staff';
  stationCodes: string[];
  regionCode: string; // the issuing admin's region
  /** Who the admin issued it for (the office names staff by it, never by their WeChat id). */
  name?: string;
  expiresAt: Date;
  usedAt: Date | null;
  usedBy?: string;
  /** The stations were given (see InviteDoc.grantedAt). */
  grantedAt?: Date;
  issuedBy: string;
  issuedAt: Date;
}

/**
 * A new deputy's invite as it is stored (`stationCode`: the station it was issued from, if named;
 * `rebindOf`: the account the deputy was bound to when it was issued — a re-binding).
 */
export interface NewDeputyInvite {
  _id: string;
  deputyId: string;
  stationCode?: string;
  expiresAt: Date;
  usedAt: null;
  issuedBy: string | undefined;
  issuedAt: Date;
  rebindOf?: string;
}

/** Stores a new deputy invite. */
export async function addDeputyInvite(ports: Ports, invite: NewDeputyInvite): Promise<void> {
  await dbOf(ports).collection('invites').add({ data: invite });
}

/** Stores a new staff invite. */
export async function addStaffInvite(ports: Ports, invite: StaffInviteDoc): Promise<void> {
  await dbOf(ports).collection('invites').add({ data: invite });
}

/** The invite stored under this code hash, read as a staff invite (the caller checks its `kind`), or undefined. */
export const getStaffInvite = (ports: Ports, id: string) => findById<StaffInviteDoc>(dbOf(ports), 'invites', id);

/** Claims the invite for `openid` if no one has used it yet; answers whether this claim landed. */
export async function claimInvite(ports: Ports, id: string, openid: string, at: Date): Promise<boolean> {
  const res = await dbOf(ports)
    .collection('invites')
    .where({ _id: id, usedAt: null })
    .update({ data: { usedAt: at, usedBy: openid } });
  return res.stats.updated === 1;
}

/** Releases `openid`'s claim on the invite (the code is usable again); someone else's claim is left alone. */
export async function releaseInviteClaim(ports: Ports, id: string, openid: string): Promise<void> {
  const db = dbOf(ports);
  await db.collection('invites').where({ _id: id, usedBy: openid }).update({ data: { usedAt: null, usedBy: db.command.remove() } });
}

/** Records that what `openid`'s claim of the invite grants was written in full. */
export async function markInviteGranted(ports: Ports, id: string, openid: string, at: Date): Promise<void> {
  await dbOf(ports).collection('invites').where({ _id: id, usedBy: openid }).update({ data: { grantedAt: at } });
}

/** The staff invites issued in any of these regions (used, expired or open), up to 1000. */
export async function staffInvitesOfRegions(ports: Ports, regionCodes: readonly string[]): Promise<StaffInviteDoc[]> {
  const db = dbOf(ports);
  return findAll<StaffInviteDoc>(db, 'invites', { kind: 'staff', regionCode: db.command.in([...regionCodes]) }, 1000);
}
