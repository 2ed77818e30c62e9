/**
 * Reach as the staff desk, the staff queue and the office read it (core ReachView): plain
 * words, dates as ISO strings. One database request per 100 people (./reach.ts).
 */
import type { z } from 'zod';
import type { ReachView } from '../../core/contract/actions/subscription';
import type { Ports } from '../platform/ports';
import { reachLabel, reachOf, type Reach } from './reach';

export type ReachViewOf = z.infer<typeof ReachView>;

const iso = (d: Date | string | undefined) => (d ? new Date(d).toISOString() : undefined);

export function reachView(r: Reach): ReachViewOf {
  const lastSentAt = iso(r.lastSentAt);
  const endedAt = iso(r.endedAt);
  return { reachable: r.reachable, label: reachLabel(r), ...(lastSentAt ? { lastSentAt } : {}), ...(endedAt ? { endedAt } : {}) };
}

/** A deputy with no WeChat account bound: nothing can reach them in the app. */
export const UNBOUND: ReachViewOf = reachView({ reachable: false, why: 'unbound' });

/**
 * The reach of people of one role, by openid, as views; a person without an openid (a deputy
 * not yet bound) reads `UNBOUND` through `of`.
 */
export async function reachViewsOf(ports: Ports, role: 'deputy' | 'staff', openids: readonly (string | undefined)[]) {
  const reach = await reachOf(ports, role, openids.filter((o): o is string => Boolean(o)));
  return (openid: string | undefined): ReachViewOf => {
    const r = openid ? reach.get(openid) : undefined;
    return r ? reachView(r) : UNBOUND;
  };
}
