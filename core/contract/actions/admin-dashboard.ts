/**
 * Admin actions (issue 9): the region dashboard, read from the statistics counters (never
 * every opinion), and the export of a filtered list of opinions as .xlsx. The admin sees
 * their region and below; a region, station or level filter narrows it. Schemas here must not
 * import from ./admin (it spreads this group).
 */
import { z } from 'zod';
import { MONTH_PATTERN } from '../../stats/months';
import { action } from '../define';
import { Category, FileAnswer, Level, StationCode, Status } from '../fields';

const Month = z.string().regex(MONTH_PATTERN, { error: '月份格式应为 YYYY-MM' });
const DashRegion = z.string().regex(/^[0-9A-Z]{2,12}$/, { error: '格式不正确' });

/** What narrows the numbers: period in months (Beijing; default the last 12), region, station, level. */
const Filters = {
  from: Month.optional(),
  to: Month.optional(),
  regionCode: DashRegion.optional(),
  stationCode: StationCode.optional(),
  level: Level.optional(),
};
/** The dashboard's filters as the handlers receive them (and the page sends them). */
export type DashboardFilters = z.output<z.ZodObject<typeof Filters>>;

const Count = z.number().int();
const Rate = z.number().min(0).max(1).nullable();
const Hours = z.number().nullable();
const Duration = z.object({ count: Count, medianHours: Hours, p90Hours: Hours });

export const DashboardFigures = z.object({
  received: Count,
  assigned: Count,
  accepted: Count,
  acceptedOnTime: Count,
  acceptedOnTimeRate: Rate,
  firstResponse: Duration,
  result: Duration,
  resolved: Count,
  resolvedByKind: z.object({ solved: Count, partly: Count, explained: Count }),
  rated: Count,
  satisfaction: z.object({ satisfied: Count, basic: Count, unsatisfied: Count, rate: Rate }),
  overdue: Count,
  chased: Count,
  chases: Count,
  reopened: Count,
  forwarded: Count,
  suggestion: Count,
  rejected: Count,
  withdrawn: Count,
});

/** One line of a breakdown (by category, level, station or channel). */
export const BreakdownRow = z.object({
  key: z.string(),
  label: z.string(),
  received: Count,
  accepted: Count,
  acceptedOnTime: Count,
  resolved: Count,
  overdue: Count,
  satisfactionRate: Rate,
});

export const DashboardAnswer = z.object({
  period: z.object({ from: z.string(), to: z.string() }),
  scope: z.object({
    regionCode: z.string(),
    regionName: z.string(),
    stationCode: z.string().optional(),
    stationName: z.string().optional(),
    level: Level.optional(),
    levelLabel: z.string().optional(),
  }),
  totals: DashboardFigures,
  /** Deputies' response rate: boilerplate replies do not count; recent opinions are left out. */
  responseRate: z.object({ eligible: Count, responded: Count, rate: Rate, before: z.string(), excludedDays: Count }),
  trend: z.array(
    z.object({ month: z.string(), received: Count, accepted: Count, acceptedOnTime: Count, resolved: Count, overdue: Count, chased: Count, reopened: Count }),
  ),
  byCategory: z.array(BreakdownRow),
  byLevel: z.array(BreakdownRow),
  byStation: z.array(BreakdownRow),
  /**
   * The regions one level down (a county's townships, a city's counties), and a row for the
   * region's own stations (key: the region's code, label e.g. "区本级"), so the rows add up to
   * the totals. Empty for a station, or a region with none below.
   */
  byRegion: z.array(BreakdownRow),
  byChannel: z.array(BreakdownRow),
  /** How many counter documents were read (the dashboard never reads opinions). */
  countersRead: Count,
});

export const dashboardActions = {
  dashboard: action({
    access: 'admin',
    summary: '数据看板：本地区（可按期间、下级地区、联络站、代表层级筛选）的办理统计',
    input: z.strictObject(Filters),
    output: DashboardAnswer,
  }),
  exportOpinions: action({
    access: 'admin',
    summary: '导出意见清单（Excel）：按筛选条件；匿名者不显示身份，电话打码',
    input: z.strictObject({ ...Filters, category: Category.optional(), status: Status.optional() }),
    output: FileAnswer.extend({ rows: Count }),
  }),
};
