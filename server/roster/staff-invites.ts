/**
 * Staff accounts by invite code (issue 9). A region admin issues a one-time code for one or
 * more stations of their region; whoever enters it becomes staff of those stations. The
 * mechanism is the deputies' (decisions 0008/0009): `invites/<sha256(code)>`, 7 days, single
 * use claimed with a conditional update; a staff invite carries `kind: 'staff'` and the
 * station codes instead of a deputy.
 */
import { AppError } from '../../core/errors';
import { withinRegion } from '../../core/region-scope';
import type { Actor } from '../users/actor';
import { compareAndSet } from '../platform/cas';
import { isDuplicateKey } from '../platform/db-errors';
import type { StationDoc, UserDoc } from '../model';
import type { Ports } from '../platform/ports';
import { INVITE_DAYS, inviteIdOf, newInviteCode } from './invite-code';
import {
  addStaffInvite,
  claimInvite,
  getStaffInvite,
  markInviteGranted,
  releaseInviteClaim,
  staffInvitesOfRegions,
  type StaffInviteDoc,
} from './invites.repo';
import { regionsBelow } from '../stations/admin';
import { adminRegion } from '../stations/scope';
import { stationsByCodes as storedStationsByCodes, stationsInRegion } from '../stations/stations.repo';
import { addUserAsStaffOf, getUser, staffOfStationsUpTo, writeStaffStationsAsRead } from '../users/users.repo';
import { reachViewsOf } from '../notifications/reach-view';
import { staffPeople } from './staff-labels';

export type { StaffInviteDoc } from './invites.repo';

const ref = (s: StationDoc) => ({ code: s._id, name: s.name });

async function stationsByCodes(ports: Ports, codes: readonly string[]): Promise<StationDoc[]> {
  if (codes.length === 0) return [];
  return storedStationsByCodes(ports, codes);
}

export async function issueStaffInvite(ports: Ports, actor: Actor, stationCodes: readonly string[], name?: string) {
  const region = await adminRegion(ports, actor);
  const codes = [...new Set(stationCodes)];
  const stations = await stationsByCodes(ports, codes);
  const missing = codes.filter((c) => !stations.some((s) => s._id === c));
  if (missing.length) throw new AppError('STATION_NOT_FOUND', `没有找到联络站：${missing.join('、')}`);
  const outside = stations.filter((s) => !withinRegion(s.regionPath, region._id));
  if (outside.length) throw new AppError('OUT_OF_REGION', `以下联络站不在您管辖的地区：${outside.map((s) => s.name).join('、')}`);
  const retired = stations.filter((s) => s.status === 'retired');
  if (retired.length) throw new AppError('STATION_RETIRED', `已撤并的联络站不能再安排工作人员：${retired.map((s) => s.name).join('、')}`);
  const code = newInviteCode();
  const now = ports.clock.now();
  const expiresAt = new Date(now.getTime() + INVITE_DAYS * 24 * 3600_000);
  const doc: StaffInviteDoc = {
    _id: inviteIdOf(code),
    kind: 'staff',
    stationCodes: codes,
    regionCode: region._id,
    ...(name ? { name } : {}),
    expiresAt,
    usedAt: null,
    issuedBy: actor.openid!,
    issuedAt: now,
  };
  await addStaffInvite(ports, doc);
  ports.log.info('staff invite issued', { stations: codes, issuedBy: actor.openid });
  return { code, stations: codes.map((c) => ref(stations.find((s) => s._id === c)!)), expiresAt: expiresAt.toISOString() };
}

/**
 * Adds stations to a person's staff stations: a new person gets a users document; an existing
 * one is updated on the condition that the list is still what was read (an admin giving or
 * taking a station at the same moment is not overwritten), retried on a lost race.
 */
async function addStaffStations(ports: Ports, openid: string, codes: readonly string[]): Promise<void> {
  type Change = { create: true } | { create: false; current: string[] | undefined; next: string[] };
  await compareAndSet<UserDoc | undefined, Change, void>(
    {
      read: () => getUser(ports, openid),
      decide(user) {
        if (!user) return { change: { create: true } };
        const current = user.staffStationCodes;
        const next = [...new Set([...(current ?? []), ...codes])];
        if (current && next.length === current.length) return { done: undefined };
        return { change: { create: false, current, next } };
      },
      async write(_user, change) {
        if (!change.create) return (await writeStaffStationsAsRead(ports, openid, change.current, change.next)) ? { value: undefined } : undefined;
        try {
          await addUserAsStaffOf(ports, openid, codes);
          return { value: undefined };
        } catch (e) {
          if (!isDuplicateKey(e)) throw e;
          return undefined; // created in between: merge into it
        }
      },
    },
    // As before: five rounds, straight after one another.
    { tries: 5, maxWaitMs: 0, stepMs: 0, conflict: () => new AppError('CONFLICT', '同时有其他人在修改您的联络站，请稍后重试', `staff stations of ${openid}`) },
  );
}

export async function joinAsStaff(ports: Ports, actor: Actor, inviteCode: string) {
  const openid = actor.openid!;
  const now = ports.clock.now();
  const invite = await getStaffInvite(ports, inviteIdOf(inviteCode));
  if (!invite || invite.kind !== 'staff') throw new AppError('INVITE_INVALID');
  // Claimed by this phone on a try that stopped before the grant was written: finish it
  // (valid when claimed). A finished code (`grantedAt`) never grants again.
  const claimedByMe = Boolean(invite.usedAt) && invite.usedBy === openid && !invite.grantedAt;
  if (invite.usedAt && !claimedByMe) throw new AppError('INVITE_USED', '邀请码已被使用，请联系区域管理员重新发放');
  if (!claimedByMe && new Date(invite.expiresAt) <= now) throw new AppError('INVITE_EXPIRED', '邀请码已过期（有效期7天），请联系区域管理员重新发放');
  const stations = (await stationsByCodes(ports, invite.stationCodes)).filter((s) => s.status === 'active');
  if (stations.length === 0) throw new AppError('STATION_RETIRED', '邀请码中的联络站都已撤并，请联系区域管理员重新发放');
  if (!claimedByMe) {
    // Single use: of two callers, one conditional update matches.
    if (!(await claimInvite(ports, invite._id, openid, now))) throw new AppError('INVITE_USED', '邀请码已被使用，请联系区域管理员重新发放');
  }
  try {
    await addStaffStations(ports, openid, stations.map((s) => s._id));
  } catch (e) {
    // Not granted: the code stays usable (only this caller's claim is released).
    await releaseInviteClaim(ports, invite._id, openid);
    throw e;
  }
  await markInviteGranted(ports, invite._id, openid, now);
  ports.log.info('staff joined', { openid, stations: stations.map((s) => s._id), issuedBy: invite.issuedBy });
  return { stations: stations.map(ref) };
}

/**
 * The region's staff, each named as the office knows them (./staff-labels.ts) and with whether
 * station alerts reach them (one request per 100 staff), and the open invites.
 */
export async function staffOverview(ports: Ports, actor: Actor) {
  const region = await adminRegion(ports, actor);
  const stations = await stationsInRegion(ports, region._id, 5000);
  const codes = stations.map((s) => s._id);
  const users = codes.length ? await staffOfStationsUpTo(ports, codes, 5000) : [];
  const nameOf = (c: string) => stations.find((s) => s._id === c);
  // Their reach, and the open invites of this region and the regions below it, side by side.
  const [reach, invites] = await Promise.all([
    reachViewsOf(ports, 'staff', users.map((u) => u._id)),
    regionsBelow(ports, region).then((regions) => staffInvitesOfRegions(ports, regions.map((r) => r._id))),
  ]);
  const person = await staffPeople(ports, users, stations);
  const staff = users
    .map((u) => {
      const p = person(u._id);
      return {
        openid: u._id,
        label: p.label,
        ...(p.name ? { name: p.name } : {}),
        ...(p.joinedAt ? { joinedAt: p.joinedAt.toISOString() } : {}),
        stations: (u.staffStationCodes ?? []).map(nameOf).filter((s): s is StationDoc => Boolean(s)).map(ref),
        reach: reach(u._id),
      };
    })
    // Named people first, by name; then the others by label (the same order on every visit).
    .sort((a, b) => Number(!a.name) - Number(!b.name) || a.label.localeCompare(b.label, 'zh-Hans-CN') || a.openid.localeCompare(b.openid));
  const now = ports.clock.now();
  const openInvites = invites
    .filter((i) => !i.usedAt && new Date(i.expiresAt) > now)
    .sort((a, b) => new Date(b.issuedAt).getTime() - new Date(a.issuedAt).getTime())
    .map((i) => ({
      stations: i.stationCodes.map((c) => nameOf(c) ?? { _id: c, name: c } as StationDoc).map(ref),
      ...(i.name ? { name: i.name } : {}),
      expiresAt: new Date(i.expiresAt).toISOString(),
      issuedAt: new Date(i.issuedAt).toISOString(),
    }));
  return { staff, openInvites };
}
