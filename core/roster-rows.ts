/**
 * The deputy roster file (代表名册), as rules without I/O: which columns it must have, how
 * each cell is read, what makes a row wrong (bad level, unknown or out-of-scope region or
 * station, a duplicate within the file, a term already over for a new deputy, a match that
 * could be either of two people), and whether a row adds a deputy or updates one the office
 * already has (matched by the stable key, `matchKnown`), with the per-field diff. Where
 * regions, stations and deputies are looked up is the caller's business (`RosterLookups`).
 */
import { PHONE_PATTERN, normalizePhone } from './contract/limits';
import { CATEGORIES, LEVELS, LEVEL_LABELS, type Level, goesToStaffOnly } from './vocabulary';
import { isCalendarDate } from './campaign-rules';
import { termEnded } from './deputy-term';
import { normalizeText } from './normalize-text';

export const ROSTER_FIELDS = ['name', 'level', 'homeRegion', 'stations', 'specialties', 'term', 'termEnd'] as const;
/** Optional columns: 简介 (new deputies only), 代表证号 (the stable key), 办公电话. */
export type RosterField = (typeof ROSTER_FIELDS)[number] | 'bio' | 'rosterId' | 'officePhone';

/** Header texts accepted for each column; the first one is what the template shows. */
export const ROSTER_HEADERS: Record<RosterField, readonly string[]> = {
  name: ['姓名', 'name'],
  level: ['层级', '代表层级', 'level'],
  homeRegion: ['选举地区', '所属地区', 'home region', 'homeregion'],
  stations: ['联络站', '进站', 'stations'],
  specialties: ['专业领域', '关注领域', 'specialties'],
  term: ['届次', 'term'],
  termEnd: ['任期届满', '任期届满日期', 'term end', 'termend'],
  bio: ['简介', 'bio'],
  rosterId: ['代表证号', '代表编号', 'roster id', 'rosterid'],
  officePhone: ['办公电话', '联系电话', 'office phone', 'officephone'],
};

/** The header row of the template file (the optional columns last, so older files still read the same). */
export const ROSTER_TEMPLATE_HEADER = (['name', 'level', 'homeRegion', 'stations', 'specialties', 'term', 'termEnd', 'bio', 'rosterId', 'officePhone'] as const).map(
  (f) => ROSTER_HEADERS[f][0],
);

/** How the roster is filled in and how a row finds a deputy already in the roster: the template's notes and the roster page say the same. */
export const ROSTER_TEMPLATE_NOTES: readonly string[] = [
  '层级填 全国、省、市、县、乡；选举地区填名称或编号；多个联络站、专业领域用顿号分隔；任期届满如 2031-12-31；一次最多 2000 行。',
  '代表证号用来认出已在册的代表：填了的按代表证号，没填的按 姓名＋层级＋选举地区；同名、同层级、同选举地区的代表有两位以上时必须填写。',
  '已在册的代表按名册更新（联络站只调整本地区的），激活前逐行列出变化，没有变化的显示“无变化”；任期届满日期已过的，激活后不再在任，未办结的意见由联络站工作人员转交。',
  '简介只在新增代表时导入，之后由代表本人维护。',
]

/** The columns a file may leave out. */
export const ROSTER_OPTIONAL_HEADER = (['bio', 'rosterId', 'officePhone'] as const).map((f) => ROSTER_HEADERS[f][0]);

export type RosterCell = string | number | boolean | Date | null | undefined;

const norm = (s: RosterCell) => String(s ?? '').replace(/[\s\u3000]+/g, ' ').trim().toLowerCase();

export type HeaderCheck =
  | { ok: true; columns: Partial<Record<RosterField, number>> }
  | { ok: false; missing: string[]; unknown: string[]; repeated: string[] };

/** Maps header cells to fields; every field but 简介, 代表证号 and 办公电话 is required, and nothing else may appear. */
export function checkHeader(header: readonly RosterCell[]): HeaderCheck {
  const columns: Partial<Record<RosterField, number>> = {};
  const unknown: string[] = [];
  const repeated: string[] = [];
  header.forEach((cell, i) => {
    const text = norm(cell);
    if (!text) return;
    const field = (Object.keys(ROSTER_HEADERS) as RosterField[]).find((f) => ROSTER_HEADERS[f].includes(text));
    if (!field) unknown.push(String(cell).trim());
    else if (columns[field] !== undefined) repeated.push(String(cell).trim());
    else columns[field] = i;
  });
  const missing = ROSTER_FIELDS.filter((f) => columns[f] === undefined).map((f) => ROSTER_HEADERS[f][0]);
  if (missing.length || unknown.length || repeated.length) return { ok: false, missing, unknown, repeated };
  return { ok: true, columns };
}

/** The sentence shown when the header is wrong: the whole file is refused. */
export function headerProblem(c: Extract<HeaderCheck, { ok: false }>): string {
  const parts = [
    c.missing.length ? `缺少列：${c.missing.join('、')}` : '',
    c.unknown.length ? `无法识别的列：${c.unknown.join('、')}` : '',
    c.repeated.length ? `重复的列：${c.repeated.join('、')}` : '',
  ].filter(Boolean);
  return `名册的列不正确（${parts.join('；')}）。第一行应为：${ROSTER_TEMPLATE_HEADER.join('、')}（${ROSTER_OPTIONAL_HEADER.join('、')}可不填）`;
}

const LEVEL_WORDS: Record<string, Level> = {
  全国: 'national', 全国人大代表: 'national',
  省: 'provincial', 省级: 'provincial', 省人大代表: 'provincial',
  市: 'city', 市州: 'city', 市级: 'city', 市人大代表: 'city',
  县: 'county', 县级: 'county', 区: 'county', 县区: 'county', 县市区: 'county', 县人大代表: 'county',
  乡: 'township', 乡镇: 'township', 镇: 'township', 乡级: 'township', 乡镇人大代表: 'township',
};

export function parseLevel(cell: RosterCell): Level | undefined {
  // 市(州), 县(市、区): brackets and list marks are dropped before matching.
  const v = norm(cell).replace(/[\s()()、,,]/g, '');
  return LEVEL_WORDS[v] ?? ((LEVELS as readonly string[]).find((l) => l === v) as Level | undefined);
}

/** Splits a list cell on 、,,;; or line breaks. */
export const splitList = (cell: RosterCell): string[] =>
  String(cell ?? '')
    .split(/[、,,;;\n]+/)
    .map((s) => s.trim())
    .filter(Boolean);

/** A date cell: an Excel date, 2027-12-31, 2027/12/31, 2027.12.31 or 2027年12月31日. */
export function parseDate(cell: RosterCell): string | undefined {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? undefined : cell.toISOString().slice(0, 10);
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(String(cell ?? '').trim());
  if (!m) return undefined;
  const s = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  return isCalendarDate(s) ? s : undefined;
}

export const NAME_MAX = 20;
/** Deputies one station lists at most (as staff.setStationDeputies and admin.setStationDeputies allow). */
export const STATION_DEPUTIES_MAX = 50;
export const TERM_MAX = 20;
export const BIO_MAX = 200;
export const ROSTER_ID_MAX = 32;

/** A 代表证号 cell: spaces dropped, Latin letters upper-cased; undefined when empty. */
export function parseRosterId(cell: RosterCell): string | undefined {
  const v = String(cell ?? '').replace(/[\s\u3000]+/g, '').toUpperCase();
  return v || undefined;
}

/** A row that passed every check, ready to become a deputy when the batch is activated. */
export interface StagedRow {
  row: number;
  name: string;
  level: Level;
  homeRegionCode: string;
  homeRegionName: string;
  stationCodes: string[];
  specialties: string[];
  term: string;
  termEnd: string;
  bio: string;
  rosterId?: string;
  officePhone?: string;
}

/** What an update writes on the deputy: only the fields that change, each as the file has it. */
export interface DeputyChanges {
  name?: string;
  level?: Level;
  homeRegionCode?: string;
  specialties?: string[];
  term?: string;
  termEnd?: string;
  officePhone?: string;
  rosterId?: string;
}

/** One changed field as the report shows it (old → new). */
export interface RosterChange {
  field: 'name' | 'level' | 'homeRegion' | 'stations' | 'specialties' | 'officePhone' | 'term' | 'termEnd' | 'status' | 'rosterId';
  label: string;
  from: string;
  to: string;
}

/**
 * A row that matches a deputy the office already has and changes something. `status`: `end`
 * — the file's term end is past, the deputy leaves office through the term-end path;
 * `resume` — a deputy whose term had ended is in office again (re-elected).
 */
export interface StagedUpdate {
  row: number;
  name: string;
  deputyId: string;
  levelLabel: string;
  homeRegionName: string;
  set: DeputyChanges;
  addStations: string[];
  removeStations: string[];
  status?: 'end' | 'resume';
  changes: RosterChange[];
  /** Things the admin should know before activating (another person of the same name, cases to hand over). */
  notes: string[];
}

/** A row that matches a deputy and changes nothing (reported as 无变化). */
export interface UnchangedRow {
  row: number;
  name: string;
  deputyId: string;
}

/** A deputy the office already has, as the import compares rows with it (any status). */
export interface KnownDeputy {
  id: string;
  name: string;
  level: Level;
  homeRegionCode: string;
  homeRegionName: string;
  /** Whether the admin's scope covers the deputy's home region (only then may a row update it). */
  inScope: boolean;
  /**
   * Elected above the admin's region (a national, provincial or city deputy the region may
   * attach): a row may change which of the admin's stations they join, nothing else.
   */
  stationsOnly?: boolean;
  stationCodes: readonly string[];
  specialties: readonly string[];
  term?: string;
  termEnd?: string;
  officePhone?: string;
  rosterId?: string;
  status: 'active' | 'inactive';
}

export interface RowProblem {
  row: number;
  name: string;
  errors: string[];
}

export interface RosterLookups {
  /** A home region by code or name, within the admin's scope, or why not. */
  region(value: string): { code: string; name: string } | { error: string };
  /** A station by code or name, active and within the admin's scope, or why not. */
  station(value: string): { code: string } | { error: string };
  /**
   * Deputies the office already has that a row may name: those homed in the file's home
   * regions (any status) and those holding a 代表证号 the file names.
   */
  known: readonly KnownDeputy[];
  /** Whether the file's 联络站 column speaks for this station (active, in the admin's region); other stations a deputy holds are kept. */
  managesStation?(code: string): boolean;
  /** A station's name for the report (its code when unknown). */
  stationName?(code: string): string;
  /** Whether the station's reception schedule names the deputy (then the deputy cannot be taken off it). */
  onSchedule?(code: string, deputyId: string): boolean;
  /** How many deputies a station lists now (a station may list at most STATION_DEPUTIES_MAX). */
  stationLoad?(code: string): number;
  /**
   * The categories a 专业领域 may name: those routing can send to a deputy in the admin's region
   * (the defaults and those added on its path, core/categories.ts); the defaults when absent.
   */
  specialties?: readonly string[];
  /** Today, Beijing (YYYY-MM-DD). */
  today: string;
}

/** Without a 代表证号, two rows are the same deputy when name, level and home region agree. */
export const deputyKey = (name: string, level: string, homeRegionCode: string) => `${name.replace(/\s/g, '')}|${level}|${homeRegionCode}`;

export type KnownMatch = { deputy: KnownDeputy; notes: string[] } | { error: string } | { none: true };

/**
 * Which deputy the office already has a row names (decision 0011, "Updates"). The key is the
 * 代表证号 when the row gives one and a deputy holds it; otherwise name + level + home region,
 * among deputies holding no other 代表证号. Deputies in office are preferred to those whose
 * term ended; two candidates of the same standing are never guessed between: the row is a
 * problem that asks for the 代表证号.
 */
export function matchKnown(
  known: readonly KnownDeputy[],
  row: { name: string; level: Level; homeRegionCode: string; rosterId?: string },
): KnownMatch {
  if (row.rosterId) {
    const byId = known.filter((k) => k.rosterId === row.rosterId);
    if (byId.length > 1) return { error: `代表证号"${row.rosterId}"对应${byId.length}位代表（${byId.map((k) => k.name).join('、')}），请核对` };
    if (byId.length === 1) {
      if (!byId[0].inScope) return { error: `代表证号"${row.rosterId}"是${byId[0].homeRegionName}的代表${byId[0].name}，不在您管辖的地区` };
      return { deputy: byId[0], notes: [] };
    }
  }
  const key = deputyKey(row.name, row.level, row.homeRegionCode);
  const same = known.filter((k) => k.inScope && deputyKey(k.name, k.level, k.homeRegionCode) === key && (!row.rosterId || !k.rosterId));
  if (same.length === 0) return { none: true };
  const inOffice = same.filter((k) => k.status === 'active');
  const tier = inOffice.length ? inOffice : same;
  if (tier.length > 1) {
    return { error: `有${tier.length}位同名、同层级、同选举地区的代表${inOffice.length ? '在任' : ''}，无法确定是哪一位，请在"代表证号"列填写` };
  }
  const others = same.length - tier.length;
  return { deputy: tier[0], notes: others ? [`另有${others}位同名、同层级、同选举地区的代表已不在任，本行对应在任的这一位；如不是，请填写代表证号`] : [] };
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));
const listText = (xs: readonly string[]) => (xs.length ? xs.join('、') : '无');
const statusText = (s: 'active' | 'inactive') => (s === 'active' ? '在任' : '任期届满');

/**
 * The update a row makes to the deputy it matched: each field the file has and the deputy
 * holds differently. The 联络站 column speaks for the stations the admin manages (others the
 * deputy holds are kept); empty optional cells (办公电话, 代表证号) keep what is stored; 简介 is
 * the deputy's own (profile) and only seeds new deputies.
 */
export function rosterDiff(
  k: KnownDeputy,
  r: StagedRow,
  today: string,
  stationName: (code: string) => string = (c) => c,
  managesStation: (code: string) => boolean = () => true,
): Omit<StagedUpdate, 'row' | 'name' | 'deputyId' | 'levelLabel' | 'homeRegionName' | 'notes'> {
  const set: DeputyChanges = {};
  const changes: RosterChange[] = [];
  const change = (field: RosterChange['field'], label: string, from: string, to: string) => changes.push({ field, label, from, to });
  if (r.name !== k.name) (set.name = r.name), change('name', '姓名', k.name, r.name);
  if (r.level !== k.level) (set.level = r.level), change('level', '层级', LEVEL_LABELS[k.level], LEVEL_LABELS[r.level]);
  if (r.homeRegionCode !== k.homeRegionCode) (set.homeRegionCode = r.homeRegionCode), change('homeRegion', '选举地区', k.homeRegionName, r.homeRegionName);
  const held = k.stationCodes.filter(managesStation);
  const addStations = r.stationCodes.filter((c) => !held.includes(c));
  const removeStations = held.filter((c) => !r.stationCodes.includes(c));
  if (addStations.length || removeStations.length) change('stations', '联络站', listText(held.map(stationName)), listText(r.stationCodes.map(stationName)));
  if (!sameSet(r.specialties, k.specialties)) (set.specialties = r.specialties), change('specialties', '专业领域', listText(k.specialties), listText(r.specialties));
  if (r.officePhone && r.officePhone !== k.officePhone) (set.officePhone = r.officePhone), change('officePhone', '办公电话', k.officePhone || '无', r.officePhone);
  if (r.term !== (k.term ?? '')) (set.term = r.term), change('term', '届次', k.term || '无', r.term);
  if (r.termEnd !== (k.termEnd ?? '')) (set.termEnd = r.termEnd), change('termEnd', '任期届满', k.termEnd || '无', r.termEnd);
  const ended = termEnded(r.termEnd, today);
  const status = k.status === 'active' && ended ? 'end' : k.status === 'inactive' && !ended ? 'resume' : undefined;
  if (status) change('status', '状态', statusText(k.status), statusText(status === 'end' ? 'inactive' : 'active'));
  if (r.rosterId && r.rosterId !== k.rosterId) (set.rosterId = r.rosterId), change('rosterId', '代表证号', k.rosterId || '无', r.rosterId);
  return { set, addStations, removeStations, ...(status ? { status } : {}), changes };
}

/** What a file's rows come to: deputies to add, deputies to update, rows that change nothing, rows with problems. */
export interface RosterCheck {
  valid: StagedRow[];
  updates: StagedUpdate[];
  unchanged: UnchangedRow[];
  problems: RowProblem[];
}

/** Checks every data row (`rows[i]` is file row i + 2, after the header). */
export function checkRosterRows(
  rows: readonly (readonly RosterCell[])[],
  columns: Partial<Record<RosterField, number>>,
  lookups: RosterLookups,
): RosterCheck {
  // Text cells are cleaned like every text field (invisible characters removed), so a zero-width
  // space neither makes another deputy nor reaches a public page.
  const cell = (r: readonly RosterCell[], f: RosterField): RosterCell => {
    const v = columns[f] === undefined ? undefined : r[columns[f]!];
    return typeof v === 'string' ? normalizeText(v) : v;
  };
  const seen = new Map<string, { row: number; rosterId?: string }>();
  const seenIds = new Map<string, number>();
  const matched = new Map<string, number>();
  const added = new Map<string, number>();
  const out: RosterCheck = { valid: [], updates: [], unchanged: [], problems: [] };
  const allowedSpecialties: readonly string[] = lookups.specialties ?? CATEGORIES.filter((c) => !goesToStaffOnly(c));
  rows.forEach((r, i) => {
    const row = i + 2;
    const errors: string[] = [];
    const name = String(cell(r, 'name') ?? '').replace(/[\s\u3000]+/g, '');
    if (!name) errors.push('姓名为空');
    else if (Array.from(name).length > NAME_MAX) errors.push(`姓名超过${NAME_MAX}字`);
    const levelCell = cell(r, 'level');
    const level = parseLevel(levelCell);
    if (!level) errors.push(`层级"${String(levelCell ?? '').trim()}"不正确，应为全国、省、市、县、乡之一`);
    const regionText = String(cell(r, 'homeRegion') ?? '').trim();
    let home: { code: string; name: string } | undefined;
    if (!regionText) errors.push('选举地区为空');
    else {
      const found = lookups.region(regionText);
      if ('error' in found) errors.push(found.error);
      else home = found;
    }
    const stationCodes: string[] = [];
    for (const s of splitList(cell(r, 'stations'))) {
      const found = lookups.station(s);
      if ('error' in found) errors.push(found.error);
      else if (!stationCodes.includes(found.code)) stationCodes.push(found.code);
    }
    const specialties = splitList(cell(r, 'specialties'));
    const badSpecialties = specialties.filter((s) => !allowedSpecialties.includes(s));
    if (badSpecialties.length) errors.push(`专业领域"${badSpecialties.join('、')}"不在意见类别中`);
    const term = String(cell(r, 'term') ?? '').trim();
    if (!term) errors.push('届次为空');
    else if (Array.from(term).length > TERM_MAX) errors.push(`届次超过${TERM_MAX}字`);
    const endCell = cell(r, 'termEnd');
    const termEnd = parseDate(endCell);
    if (!termEnd) errors.push(`任期届满日期"${String(endCell ?? '').trim()}"不正确，应如 2027-12-31`);
    // Where a past term end is reported for a new deputy (known only once the row is matched).
    const endedAt = errors.length;
    const bio = String(cell(r, 'bio') ?? '').trim();
    if (Array.from(bio).length > BIO_MAX) errors.push(`简介超过${BIO_MAX}字`);
    const rosterId = parseRosterId(cell(r, 'rosterId'));
    if (rosterId && Array.from(rosterId).length > ROSTER_ID_MAX) errors.push(`代表证号超过${ROSTER_ID_MAX}字`);
    const phoneText = normalizePhone(String(cell(r, 'officePhone') ?? '').trim());
    if (phoneText && !PHONE_PATTERN.test(phoneText)) errors.push(`办公电话"${phoneText}"不正确，应为手机号或带区号的固定电话`);
    const officePhone = phoneText || undefined;

    let match: KnownMatch = { none: true };
    if (name && level && home) {
      if (rosterId) {
        const first = seenIds.get(rosterId);
        if (first !== undefined) errors.push(`代表证号与第${first}行重复`);
        else seenIds.set(rosterId, row);
      }
      const key = deputyKey(name, level, home.code);
      const first = seen.get(key);
      // Two rows of one name, level and home region are one person, unless each carries its own 代表证号.
      if (first !== undefined && !(first.rosterId && rosterId)) errors.push(`与第${first.row}行重复（同名、同层级、同选举地区）`);
      else if (first === undefined) seen.set(key, { row, rosterId });
      match = matchKnown(lookups.known, { name, level, homeRegionCode: home.code, rosterId });
      if ('error' in match) errors.push(match.error);
      else if ('deputy' in match) {
        const earlier = matched.get(match.deputy.id);
        if (earlier !== undefined) errors.push(`与第${earlier}行是同一位代表`);
        else matched.set(match.deputy.id, row);
      }
    }
    const known = 'deputy' in match ? match.deputy : undefined;
    // A new deputy must still be in office; an update may end a term (the deputy leaves office).
    if (termEnd && !known && termEnded(termEnd, lookups.today)) errors.splice(endedAt, 0, `任期已于${termEnd}届满`);
    if (errors.length === 0 && known) {
      for (const c of known.stationCodes.filter((code) => (lookups.managesStation?.(code) ?? true) && !stationCodes.includes(code))) {
        if (lookups.onSchedule?.(c, known.id)) errors.push(`仍在${lookups.stationName?.(c) ?? c}的接待安排中，请先在联络站修改接待安排，再取消进站`);
      }
    }
    const staged: StagedRow | undefined =
      errors.length === 0
        ? { row, name, level: level!, homeRegionCode: home!.code, homeRegionName: home!.name, stationCodes, specialties, term, termEnd: termEnd!, bio, ...(rosterId ? { rosterId } : {}), ...(officePhone ? { officePhone } : {}) }
        : undefined;
    const diff = staged && known ? rosterDiff(known, staged, lookups.today, lookups.stationName, lookups.managesStation) : undefined;
    if (diff && known?.stationsOnly && diff.changes.some((c) => c.field !== 'stations')) {
      const fields = diff.changes.filter((c) => c.field !== 'stations').map((c) => c.label);
      errors.push(`${known.name}是${known.homeRegionName}选出的代表，${fields.join('、')}以选出该代表的人大常委会的名册为准；本地区的名册只能调整其进站`);
    }
    if (staged && errors.length === 0) {
      const joining = diff ? diff.addStations : stationCodes;
      const full = joining.filter((c) => (lookups.stationLoad?.(c) ?? 0) + (added.get(c) ?? 0) + 1 > STATION_DEPUTIES_MAX);
      if (full.length) errors.push(`联络站${full.join('、')}的代表将超过${STATION_DEPUTIES_MAX}位`);
      else for (const c of joining) added.set(c, (added.get(c) ?? 0) + 1);
    }
    if (errors.length) out.problems.push({ row, name: name || '（无姓名）', errors });
    else if (!known) out.valid.push(staged!);
    else if (diff!.changes.length === 0) out.unchanged.push({ row, name, deputyId: known.id });
    else
      out.updates.push({
        row,
        name,
        deputyId: known.id,
        levelLabel: LEVEL_LABELS[staged!.level],
        homeRegionName: staged!.homeRegionName,
        ...diff!,
        notes: 'deputy' in match ? match.notes : [],
      });
  });
  return out;
}
