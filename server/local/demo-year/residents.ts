/**
 * The people of the demo year: residents near each station (their openids are what WeChat
 * would give them), with phone numbers of a made-up block, and the demo personas who have a
 * history of their own (李先生). 张女士 (demo-resident-1) has none: she is the first visit.
 */
import type { Rng } from './prng';
import type { StationCode } from './problem';

/** 李先生, 咸嘉湖社区居民: the persona whose 我的意见 shows a year of cases in every state. */
export const LI_XIANSHENG = 'demo-resident-2';

const POOL_SIZE: Record<StationCode, number> = { WYH01: 120, XJH01: 90, YL01: 90 };

export const residentOpenid = (station: StationCode, n: number): string =>
  `demo-year-${station.toLowerCase()}-r${String(n).padStart(3, '0')}`;

/** A resident living near the station (some write more than once a year). */
export const pickResident = (rng: Rng, station: StationCode): string => residentOpenid(station, rng.int(1, POOL_SIZE[station]));

/** A mobile number of a made-up block (138-0073-xxxx), the same for the same resident. */
export function phoneOf(openid: string): string {
  let h = 0;
  for (const ch of openid) h = (h * 31 + ch.charCodeAt(0)) % 10_000;
  return `1380073${String(h).padStart(4, '0')}`;
}

/** A resident who claims a case staff entered for them (a walk-in, a call, a letter). */
export const claimerOpenid = (station: StationCode, n: number): string =>
  `demo-year-${station.toLowerCase()}-c${String(n).padStart(3, '0')}`;
