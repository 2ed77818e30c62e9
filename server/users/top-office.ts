/**
 * The deployment's top office (decision 0030, "kind none"): the admins of the shallowest
 * region that has any admin — the office the deploy sets up first (a county's 人大常委会 in a
 * county deployment, the province's in a province one). A case routed where no region on its
 * station's path has an admin (`triage.kind: 'none'`) is theirs: it is in their office queue
 * and they may work it (server/opinions/case-access.ts), and its office messages go to them.
 * Once someone becomes admin on the path, the case is in that admin's region as well.
 */
import type { Actor } from './actor';
import type { Ports } from '../platform/ports';
import { adminsWithRegionDepth } from './users.repo';

/** The top office's admins (openids), none when the deployment has no admin at all. One request. */
export async function topOfficeAdmins(ports: Ports): Promise<string[]> {
  const admins = await adminsWithRegionDepth(ports);
  if (admins.length === 0) return [];
  const top = Math.min(...admins.map((a) => a.depth));
  return admins.filter((a) => a.depth === top).map((a) => a.openid);
}

/** Whether the caller is one of the top office's admins. One request. */
export async function isTopOffice(ports: Ports, actor: Actor): Promise<boolean> {
  if (!actor.openid || !actor.adminRegionCode) return false;
  return (await topOfficeAdmins(ports)).includes(actor.openid);
}
