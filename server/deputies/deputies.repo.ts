import { findAll } from '../platform/db';
import type { DeputyDoc } from '../model';
import type { Ports } from '../platform/ports';
import { visibleDeputies } from '../roster/rosterbatches.repo';

export async function deputiesByIds(ports: Ports, ids: readonly string[]): Promise<DeputyDoc[]> {
  if (ids.length === 0) return [];
  const found = await visibleDeputies(ports, await findAll<DeputyDoc>(ports.db, 'deputies', { _id: ports.db.command.in([...ids]) }));
  return ids.map((id) => found.find((d) => d._id === id)).filter((d): d is DeputyDoc => Boolean(d));
}

export async function markAssigned(ports: Ports, deputyId: string, at: Date): Promise<void> {
  await ports.db.collection('deputies').doc(deputyId).update({ data: { lastAssignedAt: at.getTime() } });
}
