/**
 * The office's per-deputy table (代表履职统计, decision 0033): for the admin's region (or one
 * below it, one level of deputy), one row per deputy listed there, for a period, sorted by any
 * column. A month, a quarter or a year is read page by page from the index of its rows
 * (`scope`, `period`, the column, `deputyId`): one request a page, whatever the region's size.
 * Any other run of months is summed from the month rows in memory (at most
 * DEPUTY_TABLE.customMaxRows of them, else LIST_TOO_LONG). Deputies listed in the region with
 * nothing in the period follow everyone else, by deputy id, whatever the sort. Never an opinion.
 */
import { AppError } from '../../core/errors';
import { beijingDate } from '../../core/beijing-time';
import {
  addFigures,
  satisfactionPerMille,
  scopeToken,
  TABLE_SORTS,
  tablePeriodOf,
  type RowFigures,
  type TablePeriod,
  type TableSort,
} from '../../core/stats/deputy-rows';
import { monthsBetween, periodProblem } from '../../core/stats/months';
import { LEVEL_LABELS, type Level } from '../../core/vocabulary';
import type { DeputyTableFilters } from '../../core/contract/actions/admin-oversight';
import { DASHBOARD } from '../config/stats';
import type { RegionDoc } from '../model';
import { cursorAfter, decodeCursor, type KeysetPage } from '../platform/keyset';
import type { Ports } from '../platform/ports';
import { storedDeputiesByIds } from '../deputies/deputies.repo';
import { regionsByCodes } from '../stations/regions.repo';
import { adminRegion, regionAskedBy } from '../stations/scope';
import type { Actor } from '../users/actor';
import { membersWithoutPage, NOTHING_ORDER, rowsOfPeriods, rowsPage, tableOrder, type DeputyRowDoc } from './deputystats.repo';

export const DEPUTY_TABLE = {
  /** Month rows a custom period may sum (a county's deputies over a few months); beyond, pick a month, quarter or year. */
  customMaxRows: 5000,
  /** Rows an export may hold. */
  exportMaxRows: 5000,
};

export interface TableScope {
  region: RegionDoc;
  level?: Level;
  token: string;
  period: TablePeriod;
}

/** The period (default: this calendar year), the region and the level asked, checked against the admin's scope. */
export async function tableScope(ports: Ports, actor: Actor, p: Pick<DeputyTableFilters, 'from' | 'to' | 'regionCode' | 'level'>): Promise<TableScope> {
  const year = beijingDate(ports.clock.now()).slice(0, 4);
  const from = p.from ?? (p.to ? p.to : `${year}-01`);
  const to = p.to ?? (p.from ? p.from : `${year}-12`);
  const problem = periodProblem(from, to, DASHBOARD.maxMonths);
  if (problem) throw new AppError('PERIOD_INVALID', `统计期间不正确：${problem}`);
  const mine = await adminRegion(ports, actor);
  const region = await regionAskedBy(ports, actor, mine, p.regionCode);
  return { region, ...(p.level ? { level: p.level } : {}), token: scopeToken(region._id, p.level), period: tablePeriodOf(from, to, monthsBetween(from, to)) };
}

/** A row of the table before names are put to it. */
interface Figures {
  deputyId: string;
  f: RowFigures;
  nothing: boolean;
}

/** One page of the table, and how many rows of the statistics it read. */
export async function tablePage(
  ports: Ports,
  scope: TableScope,
  sort: TableSort,
  direction: 'asc' | 'desc',
  limit: number,
  cursor?: string,
): Promise<{ items: Figures[]; nextCursor?: string; rowsRead: number }> {
  const order = tableOrder(TABLE_SORTS[sort], direction);
  const tp = scope.period;
  const periods = tp.kind === 'custom' ? tp.months : [tp.period];
  const inNothing = cursor ? tagOf(cursor) === NOTHING_ORDER.tag : false;
  let items: Figures[] = [];
  let rowsRead = 0;
  if (!inNothing) {
    const page = tp.kind === 'custom' ? await customPage(ports, scope.token, tp.months, order, limit, cursor) : await rowsPage(ports, scope.token, tp.period, order, limit, cursor);
    rowsRead += 'read' in page ? (page.read as number) : page.items.length;
    items = page.items.map((r) => ({ deputyId: r.deputyId, f: r, nothing: false }));
    if (page.nextCursor) return { items, nextCursor: page.nextCursor, rowsRead };
  }
  // Then those listed here with nothing in the period, after everyone else.
  const room = limit - items.length;
  const rest = await membersWithoutPage(ports, scope.token, periods, Math.max(room, 1), inNothing ? cursor : undefined);
  rowsRead += rest.items.length;
  if (room === 0) return { items, ...(rest.items.length ? { nextCursor: START_OF_NOTHING } : {}), rowsRead };
  items.push(...rest.items.map((r) => ({ deputyId: r.deputyId, f: {}, nothing: true })));
  return { items, ...(rest.nextCursor ? { nextCursor: rest.nextCursor } : {}), rowsRead };
}

/** The cursor before the first deputy with nothing in the period. */
const START_OF_NOTHING = cursorAfter(NOTHING_ORDER, { deputyId: '' });

function tagOf(cursor: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    return Array.isArray(parsed) && typeof parsed[0] === 'string' ? parsed[0] : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A custom run of months: the month rows listed under `token`, summed per deputy, sorted as
 * the index would sort them, and the page after `cursor` (the same keyset cursor).
 */
async function customPage(
  ports: Ports,
  token: string,
  months: readonly string[],
  order: ReturnType<typeof tableOrder>,
  limit: number,
  cursor?: string,
): Promise<KeysetPage<DeputyRowDoc> & { read: number }> {
  let rows: DeputyRowDoc[];
  try {
    rows = await rowsOfPeriods(ports, token, months, DEPUTY_TABLE.customMaxRows);
  } catch (e) {
    if (e instanceof AppError && e.code === 'LIST_TOO_LONG') {
      throw new AppError('LIST_TOO_LONG', '所选期间内的代表太多，请按月、季度或全年查看，或选择下级地区、代表层级');
    }
    throw e;
  }
  const sums = new Map<string, DeputyRowDoc>();
  for (const r of rows) {
    const s = sums.get(r.deputyId) ?? { _id: r.deputyId, deputyId: r.deputyId, period: 'custom', level: r.level, scope: [] };
    addFigures(s, pickFigures(r));
    sums.set(r.deputyId, s);
  }
  const field = order.keys[0].field;
  const value = (r: DeputyRowDoc) => (field === 'sr' ? satisfactionPerMille(r) : ((r as Record<string, unknown>)[field] as number | undefined) ?? 0);
  const sign = order.direction === 'asc' ? 1 : -1;
  const sorted = [...sums.values()]
    .map((r) => ({ ...r, [field]: value(r) }))
    .sort((a, b) => sign * (value(a) - value(b) || (a.deputyId < b.deputyId ? -1 : a.deputyId > b.deputyId ? 1 : 0)));
  let start = 0;
  if (cursor) {
    const [v, id] = decodeCursor(order, cursor) as [number, string];
    const after = (r: DeputyRowDoc) => sign * (value(r) - v) > 0 || (value(r) === v && sign * (r.deputyId < id ? -1 : r.deputyId > id ? 1 : 0) > 0);
    start = sorted.findIndex(after);
    if (start < 0) start = sorted.length;
  }
  const items = sorted.slice(start, start + limit);
  const last = items[items.length - 1];
  return { items, read: rows.length, ...(start + limit < sorted.length && last ? { nextCursor: cursorAfter(order, last) } : {}) };
}

const FIGURE_KEYS = ['n', 'acc', 'aot', 'res', 'rt', 'st_satisfied', 'st_basic', 'st_unsatisfied', 'chs', 'rop', 'act', 'chk'] as const;
const pickFigures = (r: DeputyRowDoc): RowFigures => Object.fromEntries(FIGURE_KEYS.map((k) => [k, r[k] ?? 0]));

/** The table's rows with the deputies' names, levels and home regions (two requests). */
export async function namedRows(ports: Ports, items: readonly Figures[]) {
  if (items.length === 0) return [];
  const deputies = await storedDeputiesByIds(ports, items.map((i) => i.deputyId));
  const regions = await regionsByCodes(ports, [...new Set(deputies.map((d) => d.homeRegionCode))]);
  const byId = new Map(deputies.map((d) => [d._id, d]));
  const regionName = new Map(regions.map((r) => [r._id, r.name]));
  return items.map(({ deputyId, f, nothing }) => {
    const d = byId.get(deputyId);
    const rated = f.rt ?? 0;
    const sr = satisfactionPerMille(f);
    return {
      deputyId,
      name: d?.name ?? deputyId,
      levelLabel: d ? LEVEL_LABELS[d.level] : '',
      homeRegionName: d ? (regionName.get(d.homeRegionCode) ?? d.homeRegionCode) : '',
      received: f.n ?? 0,
      accepted: f.acc ?? 0,
      acceptedOnTime: f.aot ?? 0,
      resolved: f.res ?? 0,
      rated,
      satisfactionRate: sr < 0 ? null : sr / 1000,
      chases: f.chs ?? 0,
      reopened: f.rop ?? 0,
      activities: f.act ?? 0,
      checkIns: f.chk ?? 0,
      nothing,
    };
  });
}

/** admin.deputyTable */
export async function deputyTable(ports: Ports, actor: Actor, p: DeputyTableFilters & { cursor?: string; limit: number }) {
  const scope = await tableScope(ports, actor, p);
  const page = await tablePage(ports, scope, p.sort, p.direction, p.limit, p.cursor);
  return {
    period: { from: scope.period.from, to: scope.period.to, kind: scope.period.kind },
    scope: {
      regionCode: scope.region._id,
      regionName: scope.region.name,
      ...(scope.level ? { level: scope.level, levelLabel: LEVEL_LABELS[scope.level] } : {}),
    },
    sort: p.sort,
    direction: p.direction,
    items: await namedRows(ports, page.items),
    ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}),
    rowsRead: page.rowsRead,
  };
}
