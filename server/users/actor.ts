/** Who is calling: the openid from the platform, the roles from the database. */
import type { Role } from '../../core/vocabulary';
import type { DeputyDoc, RegionDoc } from '../model';
import type { Ports } from '../platform/ports';
import { getUserWithDeputy } from './users.repo';

export interface Actor {
  openid?: string;
  roles: ReadonlySet<Role>;
  deputy?: DeputyDoc;
  staffStationCodes: string[];
  adminRegionCode?: string;
  /** The admin's region as read with the user (one request); absent when the code names no region. */
  adminRegion?: RegionDoc;
  /** The privacy notice version this openid agreed to, if any (users.privacyVersion). */
  privacyVersion?: string;
  /** The user's own number for SMS reminders (users.smsPhone), read with the user; show it masked. */
  smsPhone?: string;
}

export const ANONYMOUS: Actor = { roles: new Set(), staffStationCodes: [] };

/** One request: the user's document with their deputy record joined in (users.repo getUserWithDeputy). */
export async function resolveActor(ports: Ports, openid: string | undefined): Promise<Actor> {
  if (!openid) return ANONYMOUS;
  const found = await getUserWithDeputy(ports, openid);
  const user = found?.user;
  const roles = new Set<Role>(['resident']);
  let deputy: DeputyDoc | undefined = found?.deputy;
  // A deputy record that is gone, inactive or bound to someone else grants nothing.
  if (deputy && deputy.status === 'active' && deputy.openid === openid) roles.add('deputy');
  else deputy = undefined;
  const staffStationCodes = user?.staffStationCodes ?? [];
  if (staffStationCodes.length > 0) roles.add('staff');
  if (user?.adminRegionCode) roles.add('admin');
  const privacyVersion = user?.privacyAgreedAt ? user.privacyVersion : undefined;
  return {
    openid,
    roles,
    deputy,
    staffStationCodes,
    adminRegionCode: user?.adminRegionCode,
    ...(found?.adminRegion ? { adminRegion: found.adminRegion } : {}),
    privacyVersion,
    ...(user?.smsPhone ? { smsPhone: user.smsPhone } : {}),
  };
}
