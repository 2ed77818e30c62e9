/**
 * Who an audience is for one opinion: the deputy holding it (their bound openid), the
 * resident who wrote it (anonymity hides them from deputies, not from notifications), and
 * the station's staff — or, for a station without staff, the admins of the nearest region
 * above it that has one.
 */
import type { Audience } from '../../core/notification-rules';
import type { OpinionDoc, UserDoc } from '../model';
import type { Ports } from '../platform/ports';
import { getDeputy } from '../deputies/deputies.repo';
import { adminsOfRegions, staffOfStation } from '../users/users.repo';
import type { Recipient } from './outbox/enqueue';

type OpinionRef = Pick<OpinionDoc, 'openid' | 'assigneeDeputyId' | 'stationCode' | 'regionPath' | 'erasedAt'>;

export async function staffOf(ports: Ports, stationCode: string | undefined, regionPath: readonly string[] = []): Promise<Recipient[]> {
  if (stationCode) {
    const staff = await staffOfStation(ports, stationCode);
    if (staff.length) return staff.map((u) => ({ ref: u._id, openid: u._id, label: '联络站工作人员' }));
  }
  if (regionPath.length === 0) return [];
  const admins = await adminsOfRegions(ports, regionPath);
  // The nearest region above (the deepest in the path) that has an admin.
  const depth = (u: UserDoc) => regionPath.indexOf(u.adminRegionCode ?? '');
  const deepest = Math.max(-1, ...admins.map(depth));
  return admins.filter((u) => depth(u) === deepest && deepest >= 0).map((u) => ({ ref: u._id, openid: u._id, label: '人大工作人员' }));
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
  }
}
