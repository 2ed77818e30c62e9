/**
 * Deputies as every list and route sees them: those from a roster import stay invisible until
 * their batch is active (decision 0011). The deputies are read from their repository, the
 * batches' state from theirs.
 */
import type { DeputyDoc } from '../model';
import type { Ports } from '../platform/ports';
import { visibleDeputies } from '../roster/rosterbatches.repo';
import { storedDeputiesByIds } from './deputies.repo';

/** The deputies with these ids that are visible (their roster batch active, or none), in the order asked. */
export async function deputiesByIds(ports: Ports, ids: readonly string[]): Promise<DeputyDoc[]> {
  if (ids.length === 0) return [];
  const found = await visibleDeputies(ports, await storedDeputiesByIds(ports, ids));
  return ids.map((id) => found.find((d) => d._id === id)).filter((d): d is DeputyDoc => Boolean(d));
}
