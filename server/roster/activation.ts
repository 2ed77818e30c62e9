/**
 * Finishing a roster batch's activation (decision 0011), apart from reading files so the
 * scheduler, which resumes a finishing cut short, does not carry exceljs.
 *
 * Every step may run again without writing anything twice: new deputies have fixed ids (a
 * second insert is a duplicate key); an update is one write per deputy, conditional on the
 * batch not having written it (`lastRosterBatch`); a term ends by the term-end path's own
 * conditional write; stations gain only the ids they lack and lose only those they still list;
 * the deputies' own station lists follow the stations' (syncDeputyLists, exact `$addToSet`/`$pull`).
 */
import { ROSTER_IMPORT } from '../config/limits';
import { isDuplicateKey } from '../platform/db-errors';
import type { DeputyDoc, StationDoc } from '../model';
import type { Ports } from '../platform/ports';
import { addImportedDeputy, applyRosterUpdate, revealBatchDeputies } from '../deputies/deputies.repo';
import { syncDeputyLists } from '../stations/deputies';
import { addDeputiesToStation, getStation, writeStationDeputiesAsRead } from '../stations/stations.repo';
import { getRosterBatch, markRosterBatchActive, rosterBatchesActivatingBefore, type RosterBatchDoc } from './rosterbatches.repo';
import { endTermsOf } from './term-end';

export type { RosterBatchDoc, RosterBatchStatus } from './rosterbatches.repo';

export const importedDeputyId = (batchId: string, row: number) => `${batchId}-${row}`;

const onSchedule = (s: StationDoc, deputyId: string) => [...s.schedule.weekly, ...s.schedule.dated].some((x) => x.deputyIds.includes(deputyId));

/**
 * Takes these deputies off the station's list, conditional on the list and its sessions as
 * read (a concurrent edit is read again). A deputy put on the schedule since the switch stays
 * attached (sessions may only list attached deputies) and is logged for the office.
 */
async function takeOffStation(ports: Ports, code: string, ids: readonly string[]): Promise<void> {
  for (let round = 0; round < 5; round++) {
    const station = await getStation(ports, code);
    if (!station) return;
    const dropped = station.deputyIds.filter((id) => ids.includes(id) && !onSchedule(station, id));
    const kept = ids.filter((id) => station.deputyIds.includes(id) && onSchedule(station, id));
    if (kept.length) ports.log.error('roster: deputy on the schedule stays on the station', { station: code, deputies: kept });
    if (dropped.length === 0) return;
    const next = station.deputyIds.filter((id) => !dropped.includes(id));
    if (await writeStationDeputiesAsRead(ports, code, { deputyIds: station.deputyIds, schedule: station.schedule }, next, ports.clock.now())) return;
  }
  throw new Error(`roster: station ${code} kept changing while deputies were taken off it`);
}

/** The batch's station changes: who joins and who leaves each station. */
function stationChanges(batch: RosterBatchDoc) {
  const joining = new Map<string, string[]>();
  const leaving = new Map<string, string[]>();
  const push = (m: Map<string, string[]>, code: string, id: string) => m.set(code, [...(m.get(code) ?? []), id]);
  for (const r of batch.rows) for (const c of r.stationCodes) push(joining, c, importedDeputyId(batch._id, r.row));
  for (const u of batch.updates ?? []) {
    for (const c of u.addStations) push(joining, c, u.deputyId);
    for (const c of u.removeStations) push(leaving, c, u.deputyId);
  }
  return { joining, leaving };
}

/**
 * Writes what an `activating` batch promises, then makes it visible. Idempotent: deputies
 * have fixed ids (a second insert is a duplicate key), updates are written once per batch,
 * stations only gain the ids they lack.
 */
export async function finishRoster(ports: Ports, batchId: string): Promise<boolean> {
  const batch = await getRosterBatch(ports, batchId);
  if (!batch || batch.status !== 'activating') return false;
  const now = ports.clock.now();
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
      ...(r.rosterId ? { rosterId: r.rosterId } : {}),
      ...(r.officePhone ? { officePhone: r.officePhone } : {}),
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
  const updates = batch.updates ?? [];
  // Each deputy's own fields in one write: no deputy is ever half updated.
  for (const u of updates) await applyRosterUpdate(ports, u.deputyId, batch._id, { set: u.set, resume: u.status === 'resume' }, now);
  // A term the file ends goes through the term-end path: the deputy is inactive, their open
  // cases are listed to the office and the station staff for hand-over (term-end.ts, handover-ended.ts).
  await endTermsOf(ports, updates.filter((u) => u.status === 'end').map((u) => u.deputyId));

  const { joining, leaving } = stationChanges(batch);
  for (const [code, ids] of joining) {
    const station = await getStation(ports, code);
    if (!station) continue;
    const missing = ids.filter((id) => !station.deputyIds.includes(id));
    if (missing.length === 0) continue;
    // Exact: a list edited at the same moment keeps its own changes, and these ids land once.
    await addDeputiesToStation(ports, code, missing, now);
  }
  for (const [code, ids] of leaving) await takeOffStation(ports, code, ids);
  // Updated deputies' own lists follow the stations' (new deputies were written with theirs).
  const touched = new Set(updates.flatMap((u) => [...u.addStations, ...u.removeStations]));
  for (const code of touched) await syncDeputyLists(ports, code);

  // Every deputy and station list is written: the batch's new deputies become visible at once.
  await revealBatchDeputies(ports, batch._id);
  const flipped = await markRosterBatchActive(ports, batch._id, ports.clock.now());
  ports.log.info('roster activated', { batch: batch._id, deputies: batch.rows.length, updates: updates.length });
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
