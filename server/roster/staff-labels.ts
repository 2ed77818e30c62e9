/**
 * How the office names a staff member: never by their WeChat id. A staff account has no name
 * of its own; the invite it joined with may carry the name the admin wrote for it. Without one,
 * the label says what the invite recorded: the stations it was for and when it was used — a
 * label that stays the same when stations are given or taken later. Accounts with no invite
 * (given a station directly before invites, or seeded) are named by the stations they hold.
 */
import { beijingDate } from '../../core/beijing-time';
import type { StationDoc, UserDoc } from '../model';
import type { Ports } from '../platform/ports';
import { staffInvitesOfRegions, type StaffInviteDoc } from './invites.repo';
import { stationsByCodes } from '../stations/stations.repo';

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

/**
 * The label of one person from the invites they used (newest name wins; otherwise the first
 * invite's stations and the day it was used), or from `heldNames`, the stations they hold.
 */
export function staffPerson(
  user: UserDoc,
  used: readonly StaffInviteDoc[],
  heldNames: readonly string[],
  nameOf: (code: string) => string | undefined,
  now: Date,
): StaffPerson {
  const mine = used.filter((i) => i.usedBy === user._id && i.usedAt).sort((a, b) => new Date(a.usedAt!).getTime() - new Date(b.usedAt!).getTime());
  const name = [...mine].reverse().find((i) => i.name)?.name;
  const first = mine[0];
  const joinedAt = first ? new Date(first.grantedAt ?? first.usedAt!) : undefined;
  if (name) return { label: name, name, ...(joinedAt ? { joinedAt } : {}) };
  const names = first ? first.stationCodes.map(nameOf).filter((n): n is string => Boolean(n)) : heldNames;
  const where = names.length ? `${stationsLabel(names)}的工作人员` : '联络站工作人员';
  return joinedAt ? { label: `${where}（${dayLabel(joinedAt, now)}加入）`, joinedAt } : { label: where };
}

/**
 * Labels for `users`, staff of some of `stations`. The invites they used were issued for
 * these stations by an admin of a region on a station's path: one request for those invites,
 * and one more only for the names of stations named nowhere in `stations`.
 */
export async function staffPeople(ports: Ports, users: readonly UserDoc[], stations: readonly StationDoc[]): Promise<(openid: string) => StaffPerson> {
  const regionCodes = [...new Set(stations.flatMap((s) => s.regionPath))];
  const ids = new Set(users.map((u) => u._id));
  const used = users.length && regionCodes.length ? (await staffInvitesOfRegions(ports, regionCodes)).filter((i) => i.usedBy && ids.has(i.usedBy)) : [];
  const wanted = new Set([...users.flatMap((u) => u.staffStationCodes ?? []), ...used.flatMap((i) => i.stationCodes)]);
  const missing = [...wanted].filter((c) => !stations.some((s) => s._id === c));
  const known = missing.length ? [...stations, ...(await stationsByCodes(ports, missing))] : stations;
  const nameOf = (code: string) => known.find((s) => s._id === code)?.name;
  const now = ports.clock.now();
  const byId = new Map(
    users.map((u) => {
      const held = (u.staffStationCodes ?? []).map(nameOf).filter((n): n is string => Boolean(n));
      return [u._id, staffPerson(u, used, held, nameOf, now)] as const;
    }),
  );
  return (openid) => byId.get(openid) ?? { label: '联络站工作人员' };
}
