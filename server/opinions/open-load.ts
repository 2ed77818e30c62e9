/**
 * Each deputy's open load (opinions they hold in an open status), kept as a counter on the
 * deputy so routing reads one number instead of counting opinions on every submission.
 *
 * The counter moves after the opinion write that changes it, in the after-write step
 * (after-write.ts), counted once: the opinion records whose load counts it (`openLoadOf`,
 * '' for nobody), claimed in the step's mark on the condition that nobody moved it since it
 * was read — of two steps for the same change one wins, and only the winner moves the
 * counters. A process stopped between the claim and the increment leaves the counter short;
 * `recountOpenLoad` (the scheduler's daily repair) sets every counter from the opinions.
 */
import { OPEN_STATUSES, type Status } from '../../core/opinion-status';
import type { Ports } from '../platform/ports';
import { addToDeputyOpenLoad, setDeputyOpenLoad } from '../deputies/deputies.repo';
import { countOpinionsHeldIn } from './opinions.repo';

type Holding = { status: Status; assigneeDeputyId?: string };

/** An opinion as the open load sees it: who holds it, and whose load counts it (absent on opinions written before the count was kept). */
export type LoadCounted = Holding & { openLoadOf?: string; version: number; assignedAt?: Date };

const openHolder = (o: Holding): string | undefined =>
  o.assigneeDeputyId && OPEN_STATUSES.includes(o.status) ? o.assigneeDeputyId : undefined;

/** A claim to move the opinion's counted open load: the holder as read, the holder now, and the counters' moves. */
export interface OpenLoadClaim {
  asRead: string | undefined;
  holder: string;
  delta: Map<string, number>;
  /** A deputy given the opinion in its insert: when, recorded with that deputy's counter (round-robin ties). */
  assigned?: { deputyId: string; at: Date };
}

/**
 * What the open load must do for `doc` (in hand, at some version): undefined when its counted
 * holder is its holder now. `before` (the document the write decided on, if known) stands in
 * for an opinion written before the count was kept: its holder then was counted at the time.
 */
export function openLoadClaimOf(before: LoadCounted | undefined, doc: LoadCounted): OpenLoadClaim | undefined {
  const asRead = doc.openLoadOf;
  const counted = asRead ?? (before ? (before.openLoadOf ?? openHolder(before) ?? '') : (openHolder(doc) ?? ''));
  const holder = openHolder(doc) ?? '';
  if (counted === holder) return undefined;
  const delta = new Map<string, number>();
  if (counted) delta.set(counted, -1);
  if (holder) delta.set(holder, 1);
  // The insert's assignment (version 1) records when, for round-robin ties (routing later records its own).
  const assigned = doc.version === 1 && doc.assigneeDeputyId && doc.assignedAt && holder === doc.assigneeDeputyId
    ? { deputyId: holder, at: new Date(doc.assignedAt) }
    : undefined;
  return { asRead, holder, delta, ...(assigned ? { assigned } : {}) };
}

/** Moves the counters by a won claim's delta; a failed move is logged (the recount repairs it). */
export async function applyOpenLoad(ports: Ports, claim: Pick<OpenLoadClaim, 'delta' | 'assigned'>): Promise<void> {
  const { delta, assigned } = claim;
  for (const [deputyId, n] of delta) {
    try {
      await addToDeputyOpenLoad(ports, deputyId, n, assigned?.deputyId === deputyId ? assigned.at.getTime() : undefined);
    } catch (e) {
      ports.log.error('open load not adjusted; the recount repairs it', { deputyId, error: String(e) });
    }
  }
}

/** Recounts every given deputy's open load from the opinions (index-backed counts). */
export async function recountOpenLoad(ports: Ports, deputyIds: readonly string[]): Promise<void> {
  for (const deputyId of deputyIds) {
    const total = await countOpinionsHeldIn(ports, deputyId, OPEN_STATUSES);
    await setDeputyOpenLoad(ports, deputyId, total);
  }
}
