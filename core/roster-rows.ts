/**
 * The deputy roster file (代表名册), as rules without I/O: which columns it must have, how
 * each cell is read, and what makes a row wrong (bad level, unknown or out-of-scope region
 * or station, a duplicate within the file or of a deputy already in office, a term already
 * over). Where regions and stations are looked up is the caller's business (`RosterLookups`).
 */
import { CATEGORIES, LEVELS, type Level, isRestrictedCategory } from './vocabulary';
import { isCalendarDate } from './campaign-rules';
import { termEnded } from './deputy-term';
import { normalizeText } from './normalize-text';

export const ROSTER_FIELDS = ['name', 'level', 'homeRegion', 'stations', 'specialties', 'term', 'termEnd'] as const;
export type RosterField = (typeof ROSTER_FIELDS)[number] | 'bio';

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
};

/** The header row of the template file. */
export const ROSTER_TEMPLATE_HEADER = (['name', 'level', 'homeRegion', 'stations', 'specialties', 'term', 'termEnd', 'bio'] as const).map(
  (f) => ROSTER_HEADERS[f][0],
);

export type RosterCell = string | number | boolean | Date | null | undefined;

const norm = (s: RosterCell) => String(s ?? '').replace(/[\s\u3000]+/g, ' ').trim().toLowerCase();

export type HeaderCheck =
  | { ok: true; columns: Partial<Record<RosterField, number>> }
  | { ok: false; missing: string[]; unknown: string[]; repeated: string[] };

/** Maps header cells to fields; every field but 简介 is required, and nothing else may appear. */
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
  return `名册的列不正确（${parts.join('；')}）。第一行应为：${ROSTER_TEMPLATE_HEADER.join('、')}`;
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
  /** Keys (`deputyKey`) of deputies already in office. */
  existing: ReadonlySet<string>;
  /** How many deputies a station lists now (a station may list at most STATION_DEPUTIES_MAX). */
  stationLoad?(code: string): number;
  /** Today, Beijing (YYYY-MM-DD). */
  today: string;
}

/** Two rows are the same deputy when name, level and home region agree. */
export const deputyKey = (name: string, level: string, homeRegionCode: string) => `${name.replace(/\s/g, '')}|${level}|${homeRegionCode}`;

/** Checks every data row (`rows[i]` is file row i + 2, after the header). */
export function checkRosterRows(
  rows: readonly (readonly RosterCell[])[],
  columns: Partial<Record<RosterField, number>>,
  lookups: RosterLookups,
): { valid: StagedRow[]; problems: RowProblem[] } {
  // Text cells are cleaned like every text field (invisible characters removed), so a zero-width
  // space neither makes another deputy nor reaches a public page.
  const cell = (r: readonly RosterCell[], f: RosterField): RosterCell => {
    const v = columns[f] === undefined ? undefined : r[columns[f]!];
    return typeof v === 'string' ? normalizeText(v) : v;
  };
  const seen = new Map<string, number>();
  const added = new Map<string, number>();
  const valid: StagedRow[] = [];
  const problems: RowProblem[] = [];
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
    const badSpecialties = specialties.filter((s) => !(CATEGORIES as readonly string[]).includes(s) || isRestrictedCategory(s));
    if (badSpecialties.length) errors.push(`专业领域"${badSpecialties.join('、')}"不在意见类别中`);
    const term = String(cell(r, 'term') ?? '').trim();
    if (!term) errors.push('届次为空');
    else if (Array.from(term).length > TERM_MAX) errors.push(`届次超过${TERM_MAX}字`);
    const endCell = cell(r, 'termEnd');
    const termEnd = parseDate(endCell);
    if (!termEnd) errors.push(`任期届满日期"${String(endCell ?? '').trim()}"不正确，应如 2027-12-31`);
    else if (termEnded(termEnd, lookups.today)) errors.push(`任期已于${termEnd}届满`);
    const bio = String(cell(r, 'bio') ?? '').trim();
    if (Array.from(bio).length > BIO_MAX) errors.push(`简介超过${BIO_MAX}字`);
    if (name && level && home) {
      const key = deputyKey(name, level, home.code);
      const first = seen.get(key);
      if (first !== undefined) errors.push(`与第${first}行重复（同名、同层级、同选举地区）`);
      else seen.set(key, row);
      if (lookups.existing.has(key)) errors.push('该代表已在册（在任），不能重复导入');
    }
    if (errors.length === 0) {
      const full = stationCodes.filter((c) => (lookups.stationLoad?.(c) ?? 0) + (added.get(c) ?? 0) + 1 > STATION_DEPUTIES_MAX);
      if (full.length) errors.push(`联络站${full.join('、')}的代表将超过${STATION_DEPUTIES_MAX}位`);
      else for (const c of stationCodes) added.set(c, (added.get(c) ?? 0) + 1);
    }
    if (errors.length) problems.push({ row, name: name || '（无姓名）', errors });
    else valid.push({ row, name, level: level!, homeRegionCode: home!.code, homeRegionName: home!.name, stationCodes, specialties, term, termEnd: termEnd!, bio });
  });
  return { valid, problems };
}
