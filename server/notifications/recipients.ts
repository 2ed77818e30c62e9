/**
 * Who an audience is for one opinion: the deputy holding it (their bound openid), the
 * resident who wrote it (anonymity hides them from deputies, not from notifications), the
 * station's staff — or, for a station without staff, the region office — and the region
 * office (代表工委/联工委): the admins of the nearest region above the station that has any,
 * and with none on its path the deployment's top office (server/users/top-office.ts).
 */
import type { Audience } from '../../core/notification-rules';
import type { OpinionDoc, UserDoc } from '../model';
import type { Ports } from '../platform/ports';
import { getDeputy } from '../deputies/deputies.repo';
import { topOfficeAdmins } from '../users/top-office';
import { adminsOfRegions, staffOfStation } from '../users/users.repo';
import type { Recipient } from './outbox/enqueue';

type OpinionRef = Pick<OpinionDoc, 'openid' | 'assigneeDeputyId' | 'stationCode' | 'regionPath' | 'erasedAt'>;

const asOffice = (openid: string): Recipient => ({ ref: openid, openid, label: '人大工作人员', desk: 'admin' });

/** The station's staff; without any, the region office (nobody for neither a station nor a path). */
export async function staffOf(ports: Ports, stationCode: string | undefined, regionPath: readonly string[] = []): Promise<Recipient[]> {
  if (stationCode) {
    const staff = await staffOfStation(ports, stationCode);
    if (staff.length) return staff.map((u) => ({ ref: u._id, openid: u._id, label: '联络站工作人员' }));
  }
  if (regionPath.length === 0) return [];
  return officeOf(ports, regionPath);
}

/** The region office for a station on `regionPath`: the nearest region above it with an admin; with none, the top office. */
export async function officeOf(ports: Ports, regionPath: readonly string[]): Promise<Recipient[]> {
  const admins = await adminsOfRegions(ports, regionPath);
  // The nearest region above (the deepest in the path) that has an admin.
  const depth = (u: UserDoc) => regionPath.indexOf(u.adminRegionCode ?? '');
  const deepest = Math.max(-1, ...admins.map(depth));
  if (deepest >= 0) return admins.filter((u) => depth(u) === deepest).map((u) => asOffice(u._id));
  return (await topOfficeAdmins(ports)).map(asOffice);
}

export async function recipientsFor(ports: Ports, audience: Audience, doc: OpinionRef): Promise<Recipient[]> {
  switch (audience) {
    case 'resident':
      // Opinions entered by staff for walk-ins have no openid until claimed: staff follow up by phone.
      // A resident who erased their data is told nothing more: the case no longer leads to them.
      return doc.openid && !doc.erasedAt ? [{ ref: doc.openid, openid: doc.openid, label: '居民' }] : [];
    case 'deputy': {
      if (!doc.assigneeDeputyId) return [];
      const d = await getDeputy(ports, doc.assigneeDeputyId);
      // An unbound deputy still gets an entry: born dead, so staff see the gap.
      return [{ ref: `deputy:${doc.assigneeDeputyId}`, ...(d?.openid ? { openid: d.openid } : {}), label: `代表 ${d?.name ?? doc.assigneeDeputyId}` }];
    }
    case 'staff':
      return staffOf(ports, doc.stationCode, doc.regionPath);
    case 'office':
      return officeOf(ports, doc.regionPath);
  }
}
