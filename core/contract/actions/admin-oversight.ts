/**
 * Oversight of deputies by the region office (issue 23, decision 0033): the per-deputy table
 * of the region (read from per-deputy rows kept with every event, never from the opinions),
 * sortable by each column and paged with a cursor, exported as .xlsx; and any deputy's
 * 履职档案 in the region with the cases they handled. Schemas here must not import from
 * ./admin (it spreads this group).
 */
import { z } from 'zod';
import { MONTH_PATTERN } from '../../stats/months';
import { TABLE_SORT_KEYS } from '../../stats/deputy-rows';
import { action } from '../define';
import { FileAnswer, Id, Level } from '../fields';
import { cursorPaging, NextCursor } from '../paging';
import { DateOnly, DutyRecordView, RecordCasesAnswer } from '../deputy-views';

const Month = z.string().regex(MONTH_PATTERN, { error: '月份格式应为 YYYY-MM' });
const TableRegion = z.string().regex(/^[0-9A-Z]{2,12}$/, { error: '格式不正确' });

export const TableSort = z.enum(TABLE_SORT_KEYS, { error: '不能按这一列排序' });

/**
 * What the table shows: months `from`–`to` (Beijing; default this calendar year) — one month,
 * one quarter or one year is read from rows of its own, any other run of months is summed —
 * the region (the admin's, or one below it), one level of deputy, and the column to sort by.
 */
const TableFilters = {
  from: Month.optional(),
  to: Month.optional(),
  regionCode: TableRegion.optional(),
  level: Level.optional(),
  sort: TableSort.default('received'),
  direction: z.enum(['desc', 'asc']).default('desc'),
};
export type DeputyTableFilters = z.output<z.ZodObject<typeof TableFilters>>;

const Count = z.number().int();

/** One deputy's figures for the period. */
export const DeputyTableRow = z.object({
  deputyId: Id,
  name: z.string(),
  levelLabel: z.string(),
  /** The deputy's home region (选区所在地). */
  homeRegionName: z.string(),
  received: Count,
  accepted: Count,
  acceptedOnTime: Count,
  resolved: Count,
  rated: Count,
  /** Of the rated, 满意 and 基本满意 (0–1); null when none was rated. */
  satisfactionRate: z.number().min(0).max(1).nullable(),
  chases: Count,
  reopened: Count,
  /** Activities typed in (专题调研, 集中视察, 代表小组活动, 走访, 接待), check-ins left out. */
  activities: Count,
  checkIns: Count,
  /** Nothing recorded in the period (listed after everyone who has anything, whatever the sort). */
  nothing: z.boolean(),
});

export const DeputyTableAnswer = z.object({
  period: z.object({ from: z.string(), to: z.string(), kind: z.enum(['month', 'quarter', 'year', 'custom']) }),
  scope: z.object({ regionCode: z.string(), regionName: z.string(), level: Level.optional(), levelLabel: z.string().optional() }),
  sort: TableSort,
  direction: z.enum(['desc', 'asc']),
  items: z.array(DeputyTableRow),
  ...NextCursor,
  /** Rows of the per-deputy statistics read for this page (the table never reads opinions). */
  rowsRead: Count,
});

/** Which deputy's record, for which days (Beijing, inclusive). */
const RecordOf = { deputyId: Id, from: DateOnly, to: DateOnly };

export const oversightActions = {
  deputyTable: action({
    access: 'admin',
    summary: '代表履职统计：本地区（可选下级地区、代表层级）每位代表的收到、按时受理、办结、满意率、催办、重新办理、履职活动、签到，可按任一列排序',
    input: z.strictObject({ ...TableFilters, ...cursorPaging(20, 100) }),
    output: DeputyTableAnswer,
  }),
  exportDeputyTable: action({
    access: 'admin',
    summary: '导出代表履职统计（Excel）：按当前期间、地区、层级和排序',
    input: z.strictObject(TableFilters),
    output: FileAnswer.extend({ rows: Count }),
  }),
  deputyRecord: action({
    access: 'admin',
    summary: '本地区某位代表的履职档案（按期间）：选区或所在联络站在本地区的代表',
    input: z.strictObject(RecordOf),
    // `bound`: a WeChat account is bound (a new invite re-binds it); `inOffice`: the term has not ended.
    output: DutyRecordView.extend({ bound: z.boolean(), inOffice: z.boolean() }),
  }),
  deputyRecordCases: action({
    access: 'admin',
    summary: '本地区某位代表办理的意见（按收到日期，最新在前，分页）',
    input: z.strictObject({ ...RecordOf, ...cursorPaging(20, 50) }),
    output: RecordCasesAnswer,
  }),
  exportDeputyRecord: action({
    access: 'admin',
    summary: '导出本地区某位代表的履职档案（Excel，含办理的意见清单）',
    input: z.strictObject(RecordOf),
    output: FileAnswer,
  }),
};
