/**
 * Finishing a roster batch's activation (decision 0011), apart from reading files so the
 * scheduler, which resumes a finishing cut short, does not carry exceljs.
 */
import { ROSTER_IMPORT } from '../config/limits';
import { isDuplicateKey } from '../platform/db-errors';
import type { DeputyDoc } from '../model';
import type { Ports } from '../platform/ports';
import { addImportedDeputy, revealBatchDeputies } from '../deputies/deputies.repo';
import { addDeputiesToStation, getStation } from '../stations/stations.repo';
import { getRosterBatch, markRosterBatchActive, rosterBatchesActivatingBefore } from './rosterbatches.repo';

export type { RosterBatchDoc, RosterBatchStatus } from './rosterbatches.repo';

export const importedDeputyId = (batchId: string, row: number) => `${batchId}-${row}`;

/**
 * Writes what an `activating` batch promises, then makes it visible. Idempotent: deputies
 * have fixed ids (a second insert is a duplicate key), stations only gain the ids they lack.
 */
export async function finishRoster(ports: Ports, batchId: string): Promise<boolean> {
  const batch = await getRosterBatch(ports, batchId);
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
      pendingBatch: batch._id,
    };
    try {
      await addImportedDeputy(ports, doc);
    } catch (e) {
      if (!isDuplicateKey(e)) throw e;
    }
  }
  const byStation = new Map<string, string[]>();
  for (const r of batch.rows) {
    for (const c of r.stationCodes) byStation.set(c, [...(byStation.get(c) ?? []), importedDeputyId(batch._id, r.row)]);
  }
  for (const [code, ids] of byStation) {
    const station = await getStation(ports, code);
    if (!station) continue;
    const missing = ids.filter((id) => !station.deputyIds.includes(id));
    if (missing.length === 0) continue;
    // Exact: a list edited at the same moment keeps its own changes, and these ids land once.
    await addDeputiesToStation(ports, code, missing, ports.clock.now());
  }
  // Every deputy and station list is written: the batch's deputies become visible at once.
  await revealBatchDeputies(ports, batch._id);
  const flipped = await markRosterBatchActive(ports, batch._id, ports.clock.now());
  ports.log.info('roster activated', { batch: batch._id, deputies: batch.rows.length });
  return flipped;
}

/** Scheduler: batches whose finishing was cut short (the function stopped) are finished. */
export async function finishStuckRosters(ports: Ports): Promise<number> {
  const before = new Date(ports.clock.now().getTime() - ROSTER_IMPORT.resumeAfterMinutes * 60_000);
  const stuck = await rosterBatchesActivatingBefore(ports, before, 5);
  let finished = 0;
  for (const b of stuck) if (await finishRoster(ports, b._id)) finished++;
  return finished;
}
