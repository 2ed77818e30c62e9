/** Who is calling: the openid from the platform, the roles from the database. */
import type { Role } from '../../core/vocabulary';
import type { DeputyDoc } from '../model';
import type { Ports } from '../platform/ports';
import { getDeputy } from '../deputies/deputies.repo';
import { getUser } from './users.repo';

export interface Actor {
  openid?: string;
  roles: ReadonlySet<Role>;
  deputy?: DeputyDoc;
  staffStationCodes: string[];
  adminRegionCode?: string;
  /** The privacy notice version this openid agreed to, if any (users.privacyVersion). */
  privacyVersion?: string;
}

export const ANONYMOUS: Actor = { roles: new Set(), staffStationCodes: [] };

export async function resolveActor(ports: Ports, openid: string | undefined): Promise<Actor> {
  if (!openid) return ANONYMOUS;
  const user = await getUser(ports, openid);
  const roles = new Set<Role>(['resident']);
  let deputy: DeputyDoc | undefined;
  if (user?.deputyId) {
    deputy = await getDeputy(ports, user.deputyId);
    // A deputy record that is gone, inactive or bound to someone else grants nothing.
    if (deputy && deputy.status === 'active' && deputy.openid === openid) roles.add('deputy');
    else deputy = undefined;
  }
  const staffStationCodes = user?.staffStationCodes ?? [];
  if (staffStationCodes.length > 0) roles.add('staff');
  if (user?.adminRegionCode) roles.add('admin');
  const privacyVersion = user?.privacyAgreedAt ? user.privacyVersion : undefined;
  return { openid, roles, deputy, staffStationCodes, adminRegionCode: user?.adminRegionCode, privacyVersion };
}
