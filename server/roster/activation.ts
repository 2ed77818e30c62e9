/**
 * Finishing a roster batch's activation (decision 0011), apart from reading files so the
 * scheduler, which resumes a finishing cut short, does not carry exceljs.
 */
import type { RowProblem, StagedRow } from '../../core/roster-rows';
import { ROSTER_IMPORT } from '../config/limits';
import { findById } from '../platform/db';
import { isDuplicateKey } from '../platform/db-errors';
import type { DeputyDoc, StationDoc } from '../model';
import type { Ports } from '../platform/ports';

export type RosterBatchStatus = 'staged' | 'activating' | 'active' | 'discarded';

export interface RosterBatchDoc {
  _id: string;
  regionCode: string;
  issuedBy: string;
  fileName: string;
  status: RosterBatchStatus;
  createdAt: Date;
  total: number;
  rows: StagedRow[];
  problems: RowProblem[];
  activatingAt?: Date;
  activatedBy?: string;
  activatedAt?: Date;
  discardedAt?: Date;
}

export const importedDeputyId = (batchId: string, row: number) => `${batchId}-${row}`;

/**
 * Writes what an `activating` batch promises, then makes it visible. Idempotent: deputies
 * have fixed ids (a second insert is a duplicate key), stations only gain the ids they lack.
 */
export async function finishRoster(ports: Ports, batchId: string): Promise<boolean> {
  const batch = await findById<RosterBatchDoc>(ports.db, 'rosterbatches', batchId);
  if (!batch || batch.status !== 'activating') return false;
  for (const r of batch.rows) {
    const doc: DeputyDoc = {
      _id: importedDeputyId(batch._id, r.row),
      name: r.name,
      level: r.level,
      homeRegionCode: r.homeRegionCode,
      stationCodes: r.stationCodes,
      specialties: r.specialties,
      bio: r.bio,
      photo: '',
      status: 'active',
      term: r.term,
      termEnd: r.termEnd,
      leaves: [],
      lastAssignedAt: 0,
      importBatch: batch._id,
    };
    try {
      await ports.db.collection('deputies').add({ data: doc });
    } catch (e) {
      if (!isDuplicateKey(e)) throw e;
    }
  }
  const _ = ports.db.command;
  const byStation = new Map<string, string[]>();
  for (const r of batch.rows) {
    for (const c of r.stationCodes) byStation.set(c, [...(byStation.get(c) ?? []), importedDeputyId(batch._id, r.row)]);
  }
  for (const [code, ids] of byStation) {
    const station = await findById<StationDoc>(ports.db, 'stations', code);
    if (!station) continue;
    const missing = ids.filter((id) => !station.deputyIds.includes(id));
    if (missing.length === 0) continue;
    // Exact: a list edited at the same moment keeps its own changes, and these ids land once.
    await ports.db.collection('stations').doc(code).update({ data: { deputyIds: _.addToSet({ $each: missing }), updatedAt: ports.clock.now() } });
  }
  const flipped = await ports.db
    .collection('rosterbatches')
    .where({ _id: batch._id, status: 'activating' })
    .update({ data: { status: 'active', activatedAt: ports.clock.now() } });
  ports.log.info('roster activated', { batch: batch._id, deputies: batch.rows.length });
  return flipped.stats.updated === 1;
}

/** Scheduler: batches whose finishing was cut short (the function stopped) are finished. */
export async function finishStuckRosters(ports: Ports): Promise<number> {
  const before = new Date(ports.clock.now().getTime() - ROSTER_IMPORT.resumeAfterMinutes * 60_000);
  const stuck = await ports.db
    .collection<RosterBatchDoc>('rosterbatches')
    .where({ status: 'activating', activatingAt: ports.db.command.lt(before) })
    .limit(5)
    .get();
  let finished = 0;
  for (const b of stuck.data) if (await finishRoster(ports, b._id)) finished++;
  return finished;
}
