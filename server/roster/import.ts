/**
 * The deputy roster import (decision 0011). Staging reads the uploaded file, checks every row
 * and stores the whole batch as ONE document (rows and per-row report): a refused file writes
 * nothing, a staged one is a single insert. Activation is one switch on that document
 * (`staged → activating`, conditional); finishing then writes the deputies (fixed ids, so a
 * repeat is a no-op) and adds them to their stations, and flips the batch to `active` — the
 * moment they all become visible together (server/roster/rosterbatches.repo.ts). Finishing
 * lives in roster-activation.ts, which the scheduler resumes without loading exceljs.
 */
import { randomBytes } from 'node:crypto';
import { beijingDate } from '../../core/beijing-time';
import { ROSTER_BATCH_STATUS_LABELS, ROSTER_REPORT_SHOWN } from '../../core/contract/actions/admin-roster';
import { AppError } from '../../core/errors';
import { deputyWithinScope, withinRegion } from '../../core/region-scope';
import { checkHeader, checkRosterRows, deputyKey, headerProblem, STATION_DEPUTIES_MAX } from '../../core/roster-rows';
import { LEVEL_LABELS } from '../../core/vocabulary';
import type { Actor } from '../users/actor';
import type { RegionDoc } from '../model';
import type { Ports } from '../platform/ports';
import { activeDeputiesHomedInUpTo } from '../deputies/deputies.repo';
import { getRegion, regionsByCodes, regionsByNames } from '../stations/regions.repo';
import { stationsByCodes, stationsInRegion } from '../stations/stations.repo';
import { finishRoster } from './activation';
import { readRosterFile } from './file';
import {
  addRosterBatch,
  discardStagedRosterBatch,
  getRosterBatch,
  rosterBatchesPage,
  startActivatingRosterBatch,
  type RosterBatchDoc,
} from './rosterbatches.repo';
import { adminRegion } from '../stations/scope';
import { removeUploads, requireOwnUploads } from '../users/uploads';

export type { RosterBatchDoc, RosterBatchStatus } from './rosterbatches.repo';

function view(b: RosterBatchDoc) {
  return {
    id: b._id,
    fileName: b.fileName,
    status: b.status,
    statusLabel: ROSTER_BATCH_STATUS_LABELS[b.status],
    createdAt: new Date(b.createdAt).toISOString(),
    total: b.total,
    validCount: b.rows.length,
    problemCount: b.problems.length,
    problems: b.problems.slice(0, ROSTER_REPORT_SHOWN),
    valid: b.rows.slice(0, ROSTER_REPORT_SHOWN).map((r) => ({
      row: r.row,
      name: r.name,
      levelLabel: LEVEL_LABELS[r.level],
      homeRegionName: r.homeRegionName,
      stationCodes: r.stationCodes,
      specialties: r.specialties,
      term: r.term,
      termEnd: r.termEnd,
    })),
  };
}

/** Keys of deputies in office whose home region is one of `codes`. */
async function existingKeys(ports: Ports, codes: readonly string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const deputies = await activeDeputiesHomedInUpTo(ports, codes, 100_000);
  return new Set(deputies.map((d) => deputyKey(d.name, d.level, d.homeRegionCode)));
}

/** Finds every home region a file names (by code or name) and says which may be used from `scope`. */
async function regionLookup(ports: Ports, scope: RegionDoc, values: string[]) {
  const [byId, byName] = values.length ? await Promise.all([regionsByCodes(ports, values), regionsByNames(ports, values)]) : [[], []];
  const inScope = (r: RegionDoc) => deputyWithinScope(r.path, r.kind === 'military', scope.path);
  return (value: string): { code: string; name: string } | { error: string } => {
    const exact = byId.find((r) => r._id === value);
    const candidates = exact ? [exact] : byName.filter((r) => r.name === value);
    if (candidates.length === 0) return { error: `没有找到选举地区"${value}"` };
    const usable = candidates.filter(inScope);
    if (usable.length === 0) return { error: `选举地区"${value}"不在您管辖的地区（${scope.name}）` };
    if (usable.length > 1) return { error: `选举地区"${value}"有重名，请填写地区编号` };
    return { code: usable[0]._id, name: usable[0].name };
  };
}

async function stationLookup(ports: Ports, scope: RegionDoc, values: string[]) {
  const mine = await stationsInRegion(ports, scope._id, 5000);
  const elsewhere = values.length ? await stationsByCodes(ports, values) : [];
  const find = (value: string): { code: string } | { error: string } => {
    const s = mine.find((x) => x._id === value || x._id === value.toUpperCase()) ?? mine.find((x) => x.name === value);
    if (!s) {
      if (elsewhere.some((x) => x._id === value)) return { error: `联络站"${value}"不在您管辖的地区` };
      return { error: `没有找到联络站"${value}"` };
    }
    if (s.status === 'retired') return { error: `联络站"${value}"已撤并` };
    return { code: s._id };
  };
  const load = (code: string) => mine.find((x) => x._id === code)?.deputyIds.length ?? 0;
  return { find, load };
}

export async function stageRoster(ports: Ports, actor: Actor, fileId: string, fileName: string) {
  const scope = await adminRegion(ports, actor);
  // Only a file this admin uploaded for an import (decision 0015): never someone's photo or document.
  await requireOwnUploads(ports, actor.openid!, [fileId], 'file');
  const bytes = await ports.storage.download(fileId);
  if (!bytes) throw new AppError('NOT_FOUND', '没有找到上传的文件，请重新上传');
  const table = await readRosterFile(bytes, fileName);
  const header = checkHeader(table.header);
  if (!header.ok) throw new AppError('ROSTER_COLUMNS_WRONG', headerProblem(header));
  if (table.rows.length === 0) throw new AppError('ROSTER_NOTHING_VALID', '名册只有表头，没有代表');
  const col = (f: 'homeRegion' | 'stations') => header.columns[f]!;
  const distinct = (i: number, split = false) => [
    ...new Set(table.rows.flatMap((r) => (split ? String(r[i] ?? '').split(/[、,,;;\n]+/) : [String(r[i] ?? '')])).map((s) => s.trim()).filter(Boolean)),
  ];
  const region = await regionLookup(ports, scope, distinct(col('homeRegion')));
  const station = await stationLookup(ports, scope, distinct(col('stations'), true));
  const homeCodes = distinct(col('homeRegion'))
    .map(region)
    .flatMap((r) => ('code' in r ? [r.code] : []));
  const today = beijingDate(ports.clock.now());
  const { valid, problems } = checkRosterRows(table.rows, header.columns, {
    region,
    station: station.find,
    stationLoad: station.load,
    existing: await existingKeys(ports, homeCodes),
    today,
  });
  const doc: RosterBatchDoc = {
    _id: `rb${randomBytes(6).toString('hex')}`,
    regionCode: scope._id,
    issuedBy: actor.openid!,
    fileName,
    status: 'staged',
    createdAt: ports.clock.now(),
    total: table.rows.length,
    rows: valid,
    problems,
  };
  await addRosterBatch(ports, doc);
  ports.log.info('roster staged', { batch: doc._id, total: doc.total, valid: valid.length, problems: problems.length });
  // The upload has served its purpose; the batch document holds everything. It is the admin's
  // own (checked above), so it is removed with its record.
  await removeUploads(ports, [fileId]).catch((e) => ports.log.error('roster upload not removed', { fileId, error: String(e) }));
  return view(doc);
}

async function myBatch(ports: Ports, actor: Actor, id: string): Promise<RosterBatchDoc> {
  const scope = await adminRegion(ports, actor);
  const batch = await getRosterBatch(ports, id);
  if (!batch) throw new AppError('NOT_FOUND', '没有找到这批名册');
  const home = await getRegion(ports, batch.regionCode);
  if (!home || !withinRegion(home.path, scope._id)) throw new AppError('OUT_OF_REGION', '这批名册不是您管辖的地区导入的');
  return batch;
}

/** One page of the region's batches, newest first, after `cursor`. */
export async function rosterBatches(ports: Ports, actor: Actor, p: { cursor?: string; limit: number }) {
  const scope = await adminRegion(ports, actor);
  const page = await rosterBatchesPage(ports, scope._id, p.limit, p.cursor);
  return {
    items: page.items.map((b) => {
      const { problems: _problems, valid: _valid, ...summary } = view(b);
      return summary;
    }),
    ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}),
  };
}

export const rosterBatch = async (ports: Ports, actor: Actor, id: string) => view(await myBatch(ports, actor, id));

export async function discardRoster(ports: Ports, actor: Actor, id: string) {
  const batch = await myBatch(ports, actor, id);
  if (!(await discardStagedRosterBatch(ports, batch._id, ports.clock.now()))) throw new AppError('ROSTER_BATCH_CLOSED');
  return rosterBatch(ports, actor, id);
}

export async function activateRoster(ports: Ports, actor: Actor, id: string) {
  const batch = await myBatch(ports, actor, id);
  if (batch.status !== 'staged') throw new AppError('ROSTER_BATCH_CLOSED');
  if (batch.rows.length === 0) throw new AppError('ROSTER_NOTHING_VALID');
  // What may have changed since staging: another batch put the same deputy in office, a station was retired.
  const existing = await existingKeys(ports, [...new Set(batch.rows.map((r) => r.homeRegionCode))]);
  const clashes = batch.rows.filter((r) => existing.has(deputyKey(r.name, r.level, r.homeRegionCode)));
  const codes = [...new Set(batch.rows.flatMap((r) => r.stationCodes))];
  const stations = codes.length ? await stationsByCodes(ports, codes) : [];
  const retired = codes.filter((c) => stations.find((s) => s._id === c)?.status !== 'active');
  const full = stations.filter((s) => s.deputyIds.length + batch.rows.filter((r) => r.stationCodes.includes(s._id)).length > STATION_DEPUTIES_MAX);
  if (clashes.length || retired.length || full.length) {
    const why = [
      clashes.length ? `已在册：${clashes.slice(0, 5).map((r) => `第${r.row}行${r.name}`).join('、')}` : '',
      retired.length ? `联络站已撤并：${retired.join('、')}` : '',
      full.length ? `联络站的代表将超过${STATION_DEPUTIES_MAX}位：${full.map((s) => s._id).join('、')}` : '',
    ].filter(Boolean);
    throw new AppError('ROSTER_STALE', `名册暂存后情况有变（${why.join('；')}），请放弃这批后重新上传`);
  }
  // The switch: of two taps (or two admins) one update matches; from here the import is committed.
  if (!(await startActivatingRosterBatch(ports, batch._id, ports.clock.now(), actor.openid))) throw new AppError('ROSTER_BATCH_CLOSED');
  await finishRoster(ports, batch._id);
  return rosterBatch(ports, actor, id);
}
