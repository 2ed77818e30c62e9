/**
 * Deputies from a roster import stay invisible until their batch is active (decision 0011):
 * every path that lists or routes deputies reads them through `deputiesByIds`, which drops
 * those whose `importBatch` is not yet `active`. One extra query, only when such deputies
 * are among the results.
 */
import { findAll } from '../platform/db';
import type { DeputyDoc } from '../model';
import type { Ports } from '../platform/ports';

export async function visibleDeputies(ports: Ports, docs: DeputyDoc[]): Promise<DeputyDoc[]> {
  const batchIds = [...new Set(docs.map((d) => d.importBatch).filter((b): b is string => Boolean(b)))];
  if (batchIds.length === 0) return docs;
  const active = await findAll<{ _id: string }>(ports.db, 'rosterbatches', { _id: ports.db.command.in(batchIds), status: 'active' });
  const ok = new Set(active.map((b) => b._id));
  return docs.filter((d) => !d.importBatch || ok.has(d.importBatch));
}
