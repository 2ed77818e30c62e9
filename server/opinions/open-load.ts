/**
 * Each deputy's open load (opinions they hold in an open status), kept as a counter on the
 * deputy so routing reads one number instead of counting opinions on every submission.
 * The counter is adjusted after the opinion write that changes it; it is a second write,
 * so `recountOpenLoad` (run by the scheduler and after imports) repairs any drift.
 */
import { OPEN_STATUSES, type Status } from '../../core/opinion-status';
import type { Ports } from '../platform/ports';

type Holding = { status: Status; assigneeDeputyId?: string };

const openHolder = (o: Holding): string | undefined =>
  o.assigneeDeputyId && OPEN_STATUSES.includes(o.status) ? o.assigneeDeputyId : undefined;

/** The counter changes implied by an opinion going from `before` to `after`. */
export function openLoadDelta(before: Holding | undefined, after: Holding): Map<string, number> {
  const delta = new Map<string, number>();
  const was = before ? openHolder(before) : undefined;
  const now = openHolder(after);
  if (was === now) return delta;
  if (was) delta.set(was, -1);
  if (now) delta.set(now, (delta.get(now) ?? 0) + 1);
  return delta;
}

/**
 * Adjusts the counters; `assigned` (a deputy just given the opinion) also records when, for
 * round-robin ties, in the same update as that deputy's counter.
 */
export async function applyOpenLoad(
  ports: Ports,
  before: Holding | undefined,
  after: Holding,
  assigned?: { deputyId: string; at: Date },
): Promise<void> {
  const _ = ports.db.command;
  const delta = openLoadDelta(before, after);
  if (assigned && !delta.has(assigned.deputyId)) delta.set(assigned.deputyId, 0);
  for (const [deputyId, n] of delta) {
    const data = {
      ...(n ? { openCount: _.inc(n) } : {}),
      ...(assigned?.deputyId === deputyId ? { lastAssignedAt: assigned.at.getTime() } : {}),
    };
    try {
      await ports.db.collection('deputies').doc(deputyId).update({ data });
    } catch (e) {
      ports.log.error('open load not adjusted; the recount repairs it', { deputyId, error: String(e) });
    }
  }
}

/** Recounts every given deputy's open load from the opinions (index-backed counts). */
export async function recountOpenLoad(ports: Ports, deputyIds: readonly string[]): Promise<void> {
  for (const deputyId of deputyIds) {
    const { total } = await ports.db
      .collection('opinions')
      .where({ assigneeDeputyId: deputyId, status: ports.db.command.in([...OPEN_STATUSES]) })
      .count();
    await ports.db.collection('deputies').doc(deputyId).update({ data: { openCount: total } });
  }
}
