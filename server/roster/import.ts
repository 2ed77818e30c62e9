/**
 * The deputy roster import (decision 0011). Staging reads the uploaded file, checks every row
 * and stores the whole batch as ONE document (rows and per-row report): a refused file writes
 * nothing, a staged one is a single insert. A row names a deputy the office may already have
 * (by 代表证号, else name + level + home region: core/roster-rows.ts `matchKnown`): then it is
 * an update with its per-field diff, or 无变化; otherwise a deputy to add. Activation is one
 * switch on that document (`staged → activating`, conditional); finishing then writes the new
 * deputies (fixed ids, so a repeat is a no-op), each update (one write per deputy, once per
 * batch), ends the terms the file ends through the term-end path, brings the stations' lists
 * in step, and flips the batch to `active` — the moment its new deputies all become visible
 * together (server/roster/rosterbatches.repo.ts). Finishing lives in activation.ts, which the
 * scheduler resumes without loading exceljs.
 */
import { randomBytes } from 'node:crypto';
import { beijingDate } from '../../core/beijing-time';
import { ROSTER_BATCH_STATUS_LABELS, ROSTER_REPORT_SHOWN } from '../../core/contract/actions/admin-roster';
import { AppError } from '../../core/errors';
import { OPEN_STATUSES } from '../../core/opinion-status';
import { deputyWithinScope, withinRegion } from '../../core/region-scope';
import { checkHeader, checkRosterRows, headerProblem, matchKnown, parseRosterId, STATION_DEPUTIES_MAX, type KnownDeputy, type StagedUpdate } from '../../core/roster-rows';
import { specialtyChoices } from '../../core/categories';
import { categoriesOnPath } from '../categories/categories';
import { LEVEL_LABELS } from '../../core/vocabulary';
import type { Actor } from '../users/actor';
import type { DeputyDoc, RegionDoc, StationDoc } from '../model';
import type { Ports } from '../platform/ports';
import { deputiesHomedInUpTo, deputiesWithRosterIds, storedDeputiesByIds } from '../deputies/deputies.repo';
import { opinionsOfDeputiesInStatuses } from '../opinions/opinions.repo';
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
  const updates = b.updates ?? [];
  const unchanged = b.unchanged ?? [];
  return {
    id: b._id,
    fileName: b.fileName,
    status: b.status,
    statusLabel: ROSTER_BATCH_STATUS_LABELS[b.status],
    createdAt: new Date(b.createdAt).toISOString(),
    total: b.total,
    validCount: b.rows.length,
    updateCount: updates.length,
    unchangedCount: unchanged.length,
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
    updates: updates.slice(0, ROSTER_REPORT_SHOWN).map((u) => ({
      row: u.row,
      name: u.name,
      levelLabel: u.levelLabel,
      homeRegionName: u.homeRegionName,
      changes: u.changes.map(({ field, label, from, to }) => ({ field, label, from, to })),
      notes: u.notes,
    })),
    unchanged: unchanged.slice(0, ROSTER_REPORT_SHOWN).map(({ row, name }) => ({ row, name })),
  };
}

/** `$in` lists are kept short: one query per this many values. */
const IN_CHUNK = 100;

/**
 * The deputies the office already has that the file may name (any status): those homed in the
 * file's home regions, and those holding a 代表证号 the file names — with their home region's
 * name and whether `scope` may update them.
 */
async function knownDeputies(ports: Ports, scope: RegionDoc, homeCodes: readonly string[], rosterIds: readonly string[]): Promise<KnownDeputy[]> {
  const found = new Map<string, DeputyDoc>();
  if (homeCodes.length) for (const d of await deputiesHomedInUpTo(ports, homeCodes, 100_000)) found.set(d._id, d);
  for (let i = 0; i < rosterIds.length; i += IN_CHUNK) {
    for (const d of await deputiesWithRosterIds(ports, rosterIds.slice(i, i + IN_CHUNK))) found.set(d._id, d);
  }
  if (found.size === 0) return [];
  const homes = await regionsByCodes(ports, [...new Set([...found.values()].map((d) => d.homeRegionCode))]);
  return [...found.values()].map((d) => {
    const home = homes.find((r) => r._id === d.homeRegionCode);
    return {
      id: d._id,
      name: d.name,
      level: d.level,
      homeRegionCode: d.homeRegionCode,
      homeRegionName: home?.name ?? d.homeRegionCode,
      inScope: Boolean(home && deputyWithinScope(home.path, home.kind === 'military', scope.path)),
      stationsOnly: !home || !withinRegion(home.path, scope._id),
      stationCodes: d.stationCodes,
      specialties: d.specialties,
      ...(d.term ? { term: d.term } : {}),
      ...(d.termEnd ? { termEnd: d.termEnd } : {}),
      ...(d.officePhone ? { officePhone: d.officePhone } : {}),
      ...(d.rosterId ? { rosterId: d.rosterId } : {}),
      status: d.status,
    };
  });
}

/** Whether a station's reception schedule (weekly or dated sessions) names the deputy. */
const onScheduleOf = (s: StationDoc, deputyId: string) => [...s.schedule.weekly, ...s.schedule.dated].some((x) => x.deputyIds.includes(deputyId));

/** Updates that end a term: a note with how many open cases the deputy holds, to be handed over. */
async function noteOpenCases(ports: Ports, updates: StagedUpdate[]): Promise<void> {
  const ending = updates.filter((u) => u.status === 'end');
  if (ending.length === 0) return;
  const open = await opinionsOfDeputiesInStatuses(ports, ending.map((u) => u.deputyId), OPEN_STATUSES, 5000);
  for (const u of ending) {
    const n = open.filter((o) => o.assigneeDeputyId === u.deputyId).length;
    u.notes.push(
      n
        ? `任期届满，激活后不再接收分派；有${n}件未办结的意见，由联络站工作人员在"任期届满转交"中转交给在任代表`
        : '任期届满，激活后不再接收分派',
    );
  }
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
  // The file's 联络站 column speaks for the region's stations in use; a deputy keeps any other.
  const manages = (code: string) => mine.some((x) => x._id === code && x.status === 'active');
  const name = (code: string) => mine.find((x) => x._id === code)?.name ?? code;
  const onSchedule = (code: string, deputyId: string) => {
    const s = mine.find((x) => x._id === code);
    return Boolean(s && onScheduleOf(s, deputyId));
  };
  return { find, load, manages, name, onSchedule };
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
  const rosterIds = header.columns.rosterId === undefined ? [] : [...new Set(distinct(header.columns.rosterId).flatMap((v) => parseRosterId(v) ?? []))];
  const today = beijingDate(ports.clock.now());
  const [known, categories] = await Promise.all([knownDeputies(ports, scope, homeCodes, rosterIds), categoriesOnPath(ports, scope.path)]);
  const { valid, updates, unchanged, problems } = checkRosterRows(table.rows, header.columns, {
    region,
    station: station.find,
    stationLoad: station.load,
    managesStation: station.manages,
    stationName: station.name,
    onSchedule: station.onSchedule,
    known,
    // 专业领域: the categories of the admin's region, added ones included.
    specialties: specialtyChoices(categories),
    today,
  });
  await noteOpenCases(ports, updates);
  const doc: RosterBatchDoc = {
    _id: `rb${randomBytes(6).toString('hex')}`,
    regionCode: scope._id,
    issuedBy: actor.openid!,
    fileName,
    status: 'staged',
    createdAt: ports.clock.now(),
    total: table.rows.length,
    rows: valid,
    updates,
    unchanged,
    problems,
  };
  await addRosterBatch(ports, doc);
  ports.log.info('roster staged', { batch: doc._id, total: doc.total, valid: valid.length, updates: updates.length, unchanged: unchanged.length, problems: problems.length });
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

/**
 * What may have changed since staging, as the reasons to refuse the switch: another batch (or
 * staff) put a deputy to add in office, a deputy to update is gone, a station was retired or
 * would list too many deputies, a deputy to take off a station is now on its schedule.
 */
async function staleSince(ports: Ports, batch: RosterBatchDoc): Promise<string[]> {
  const updates = batch.updates ?? [];
  const scope = await getRegion(ports, batch.regionCode);
  if (!scope) return ['导入的地区已不存在'];
  const known = await knownDeputies(
    ports,
    scope,
    [...new Set(batch.rows.map((r) => r.homeRegionCode))],
    batch.rows.flatMap((r) => (r.rosterId ? [r.rosterId] : [])),
  );
  const clashes = batch.rows.filter((r) => !('none' in matchKnown(known, r)));
  const targets = updates.length ? await storedDeputiesByIds(ports, updates.map((u) => u.deputyId)) : [];
  const gone = updates.filter((u) => !targets.some((d) => d._id === u.deputyId));
  const joining = new Map<string, number>();
  for (const code of [...batch.rows.flatMap((r) => r.stationCodes), ...updates.flatMap((u) => u.addStations)]) joining.set(code, (joining.get(code) ?? 0) + 1);
  const leaving = [...new Set(updates.flatMap((u) => u.removeStations))];
  const codes = [...new Set([...joining.keys(), ...leaving])];
  const stations = codes.length ? await stationsByCodes(ports, codes) : [];
  const retired = [...joining.keys()].filter((c) => stations.find((s) => s._id === c)?.status !== 'active');
  const full = stations.filter((s) => s.deputyIds.length + (joining.get(s._id) ?? 0) > STATION_DEPUTIES_MAX);
  const scheduled = updates.filter((u) => u.removeStations.some((c) => {
    const s = stations.find((x) => x._id === c);
    return Boolean(s && onScheduleOf(s, u.deputyId));
  }));
  const rows = (xs: { row: number; name: string }[]) => xs.slice(0, 5).map((r) => `第${r.row}行${r.name}`).join('、');
  return [
    clashes.length ? `已在册：${rows(clashes)}` : '',
    gone.length ? `代表已不存在：${rows(gone)}` : '',
    retired.length ? `联络站已撤并：${retired.join('、')}` : '',
    full.length ? `联络站的代表将超过${STATION_DEPUTIES_MAX}位：${full.map((s) => s._id).join('、')}` : '',
    scheduled.length ? `仍在接待安排中，不能取消进站：${rows(scheduled)}` : '',
  ].filter(Boolean);
}

export async function activateRoster(ports: Ports, actor: Actor, id: string) {
  const batch = await myBatch(ports, actor, id);
  if (batch.status !== 'staged') throw new AppError('ROSTER_BATCH_CLOSED');
  if (batch.rows.length === 0 && (batch.updates ?? []).length === 0) throw new AppError('ROSTER_NOTHING_VALID');
  const why = await staleSince(ports, batch);
  if (why.length) throw new AppError('ROSTER_STALE', `名册暂存后情况有变（${why.join('；')}），请放弃这批后重新上传`);
  // The switch: of two taps (or two admins) one update matches; from here the import is committed.
  if (!(await startActivatingRosterBatch(ports, batch._id, ports.clock.now(), actor.openid))) throw new AppError('ROSTER_BATCH_CLOSED');
  await finishRoster(ports, batch._id);
  return rosterBatch(ports, actor, id);
}
