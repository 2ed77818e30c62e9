import { findAll, findById } from '../platform/db';
import type { RegionDoc, UserDoc } from '../model';
import type { Ports } from '../platform/ports';

export async function regionsOnPath(ports: Ports, path: readonly string[]): Promise<RegionDoc[]> {
  if (path.length === 0) return [];
  const found = await findAll<RegionDoc>(ports.db, 'regions', { _id: ports.db.command.in([...path]) });
  return path.map((code) => found.find((r) => r._id === code)).filter((r): r is RegionDoc => Boolean(r));
}

/** `湖南省长沙市岳麓区望月湖街道` */
export function fullName(regions: readonly RegionDoc[]): string {
  return regions.map((r) => r.name).join('');
}

export const getRegion = (ports: Ports, code: string) => findById<RegionDoc>(ports.db, 'regions', code);

/** The nearest region on `path` (walking up from the end) that has an admin. */
export async function nearestAdminRegion(
  ports: Ports,
  path: readonly string[],
): Promise<{ code: string; name: string } | undefined> {
  const admins = await findAll<UserDoc>(ports.db, 'users', {
    adminRegionCode: ports.db.command.in([...path]),
  });
  const withAdmin = new Set(admins.map((a) => a.adminRegionCode));
  for (const code of [...path].reverse()) {
    if (withAdmin.has(code)) {
      const region = await getRegion(ports, code);
      return { code, name: region?.name ?? code };
    }
  }
  return undefined;
}
