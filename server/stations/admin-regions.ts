/** Who looks after a station when routing needs someone: its staff, or else the nearest region above it with an admin. */
import type { Ports } from '../platform/ports';
import { adminsAlongPath, stationHasStaffUser } from '../users/users.repo';
import { getRegion } from './regions.repo';

/** Whether anyone is staff of the station. */
export const stationHasStaff = (ports: Ports, code: string): Promise<boolean> => stationHasStaffUser(ports, code);

/** The nearest region on `path` (walking up from the end) that has an admin. */
export async function nearestAdminRegion(
  ports: Ports,
  path: readonly string[],
): Promise<{ code: string; name: string } | undefined> {
  const admins = await adminsAlongPath(ports, path);
  const withAdmin = new Set(admins.map((a) => a.adminRegionCode));
  for (const code of [...path].reverse()) {
    if (withAdmin.has(code)) {
      const region = await getRegion(ports, code);
      return { code, name: region?.name ?? code };
    }
  }
  return undefined;
}
