/**
 * How the office names a staff member: never by their WeChat id. A staff account has no name
 * of its own; the invite it joined with may carry the name the admin wrote for it. Without one,
 * the label says what the invite recorded: the stations the person holds and when they joined.
 */
import { beijingDate } from '../../core/beijing-time';
import type { StationDoc, UserDoc } from '../model';
import type { Ports } from '../platform/ports';
import { staffInvitesOfRegions, type StaffInviteDoc } from './invites.repo';

export interface StaffPerson {
  label: string;
  name?: string;
  /** When their first invite was used (absent for staff given stations directly). */
  joinedAt?: Date;
}

/** 12月5日, with the year when it is not this year's. */
export function dayLabel(at: Date, now: Date): string {
  const [y, m, d] = beijingDate(at).split('-');
  const day = `${Number(m)}月${Number(d)}日`;
  return y === beijingDate(now).slice(0, 4) ? day : `${y}年${day}`;
}

/** A few station names, then how many more. */
function stationsLabel(names: readonly string[]): string {
  if (names.length <= 2) return names.join('、');
  return `${names.slice(0, 2).join('、')}等${names.length}个联络站`;
}

/** The label of one person from the invites they used (newest name wins; joined at the first use). */
export function staffPerson(user: UserDoc, used: readonly StaffInviteDoc[], stationNames: readonly string[], now: Date): StaffPerson {
  const mine = used.filter((i) => i.usedBy === user._id && i.usedAt).sort((a, b) => new Date(a.usedAt!).getTime() - new Date(b.usedAt!).getTime());
  const name = [...mine].reverse().find((i) => i.name)?.name;
  const joinedAt = mine[0] ? new Date(mine[0].grantedAt ?? mine[0].usedAt!) : undefined;
  if (name) return { label: name, name, ...(joinedAt ? { joinedAt } : {}) };
  const where = stationNames.length ? `${stationsLabel(stationNames)}的工作人员` : '联络站工作人员';
  const label = joinedAt ? `${where}(${dayLabel(joinedAt, now)}加入)` : where;
  return { label, ...(joinedAt ? { joinedAt } : {}) };
}

/**
 * Labels for `users`, staff of some of `stations` (which name their stations). The invites they
 * used were issued for these stations by an admin of a region on a station's path: one request
 * for those invites, whatever the number of people.
 */
export async function staffPeople(ports: Ports, users: readonly UserDoc[], stations: readonly StationDoc[]): Promise<(openid: string) => StaffPerson> {
  const regionCodes = [...new Set(stations.flatMap((s) => s.regionPath))];
  const used = users.length && regionCodes.length ? (await staffInvitesOfRegions(ports, regionCodes)).filter((i) => i.usedBy) : [];
  const now = ports.clock.now();
  const byId = new Map(
    users.map((u) => {
      const names = (u.staffStationCodes ?? []).map((c) => stations.find((s) => s._id === c)?.name).filter((n): n is string => Boolean(n));
      return [u._id, staffPerson(u, used, names, now)] as const;
    }),
  );
  return (openid) => byId.get(openid) ?? { label: '联络站工作人员' };
}
