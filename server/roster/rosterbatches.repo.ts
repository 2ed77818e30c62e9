/**
 * The `rosterbatches` collection: staged roster imports, one document per batch with its rows
 * and report (decision 0011). Every read and write of it goes through this module.
 */
import type { RowProblem, StagedRow, StagedUpdate, UnchangedRow } from '../../core/roster-rows';
import { dbOf, findAll, findById } from '../platform/db';
import type { DeputyDoc } from '../model';
import type { Ports } from '../platform/ports';
import { keysetPage, type KeysetPage, type ListOrder } from '../platform/keyset';

export type RosterBatchStatus = 'staged' | 'activating' | 'active' | 'discarded';

export interface RosterBatchDoc {
  _id: string;
  regionCode: string;
  issuedBy: string;
  fileName: string;
  status: RosterBatchStatus;
  createdAt: Date;
  total: number;
  /** Deputies to add. */
  rows: StagedRow[];
  /** Deputies the office has that the file changes (absent on batches staged before updates existed). */
  updates?: StagedUpdate[];
  /** Rows that match a deputy and change nothing. */
  unchanged?: UnchangedRow[];
  problems: RowProblem[];
  activatingAt?: Date;
  activatedBy?: string;
  activatedAt?: Date;
  discardedAt?: Date;
}

/**
 * Deputies from a roster import stay invisible until their batch is finished (decision 0011):
 * drops those still marked `pendingBatch`. Reads nothing: the mark is on the deputy, so a
 * route or a list costs no extra round trip. Kept here for its callers (deputiesByIds, the
 * station deputy views).
 */
export async function visibleDeputies(_ports: Ports, docs: DeputyDoc[]): Promise<DeputyDoc[]> {
  return docs.filter((d) => !d.pendingBatch);
}

/** Stores a newly staged batch. */
export async function addRosterBatch(ports: Ports, batch: RosterBatchDoc): Promise<void> {
  await dbOf(ports).collection('rosterbatches').add({ data: batch });
}

/** One batch, or undefined. */
export const getRosterBatch = (ports: Ports, id: string) => findById<RosterBatchDoc>(dbOf(ports), 'rosterbatches', id);

/** A region's batches, newest first, by id (descending) among batches staged at the same moment. */
const ROSTER_BATCHES: ListOrder = {
  tag: 'rosterbatches',
  keys: [
    { field: 'createdAt', kind: 'date' },
    { field: '_id', kind: 'string' },
  ],
  direction: 'desc',
};

/** One page of the batches imported for this region after `cursor`, newest first (served by (regionCode, createdAt, _id)). */
export function rosterBatchesPage(ports: Ports, regionCode: string, limit: number, cursor?: string): Promise<KeysetPage<RosterBatchDoc>> {
  return keysetPage<RosterBatchDoc & Record<string, unknown>>(dbOf(ports), 'rosterbatches', { regionCode }, ROSTER_BATCHES, limit, cursor);
}

/** Discards the batch if it is still staged; answers whether it did. */
export async function discardStagedRosterBatch(ports: Ports, id: string, at: Date): Promise<boolean> {
  const res = await dbOf(ports)
    .collection('rosterbatches')
    .where({ _id: id, status: 'staged' })
    .update({ data: { status: 'discarded', discardedAt: at } });
  return res.stats.updated === 1;
}

/** The switch: moves a still staged batch to `activating` (of two callers one lands); answers whether this one did. */
export async function startActivatingRosterBatch(ports: Ports, id: string, at: Date, by: string | undefined): Promise<boolean> {
  const res = await dbOf(ports)
    .collection('rosterbatches')
    .where({ _id: id, status: 'staged' })
    .update({ data: { status: 'activating', activatingAt: at, activatedBy: by } });
  return res.stats.updated === 1;
}

/** Makes an `activating` batch `active` (its deputies visible); answers whether this call did. */
export async function markRosterBatchActive(ports: Ports, id: string, at: Date): Promise<boolean> {
  const res = await dbOf(ports)
    .collection('rosterbatches')
    .where({ _id: id, status: 'activating' })
    .update({ data: { status: 'active', activatedAt: at } });
  return res.stats.updated === 1;
}

/** Up to `limit` batches still `activating` that started before `before` (their finishing was cut short). */
export async function rosterBatchesActivatingBefore(ports: Ports, before: Date, limit: number): Promise<RosterBatchDoc[]> {
  const db = dbOf(ports);
  const res = await db
    .collection<RosterBatchDoc>('rosterbatches')
    .where({ status: 'activating', activatingAt: db.command.lt(before) })
    .limit(limit)
    .get();
  return res.data;
}
