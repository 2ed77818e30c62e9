import { OPEN_STATUSES } from '../../core/opinion-status';
import { findAll } from '../db';
import type { DeputyDoc } from '../model';
import type { Ports } from '../ports';

export async function deputiesByIds(ports: Ports, ids: readonly string[]): Promise<DeputyDoc[]> {
  if (ids.length === 0) return [];
  const found = await findAll<DeputyDoc>(ports.db, 'deputies', { _id: ports.db.command.in([...ids]) });
  return ids.map((id) => found.find((d) => d._id === id)).filter((d): d is DeputyDoc => Boolean(d));
}

/** Opinions a deputy holds that still need work. */
export async function openLoad(ports: Ports, deputyId: string): Promise<number> {
  const res = await ports.db
    .collection('opinions')
    .where({ assigneeDeputyId: deputyId, status: ports.db.command.in([...OPEN_STATUSES]) })
    .count();
  return res.total;
}

export async function markAssigned(ports: Ports, deputyId: string, at: Date): Promise<void> {
  await ports.db.collection('deputies').doc(deputyId).update({ data: { lastAssignedAt: at.getTime() } });
}
