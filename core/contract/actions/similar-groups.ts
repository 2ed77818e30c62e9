/**
 * 汇总整理 and 热点问题 (issue 25, decision 0036): groups of similar cases as the grouping pass
 * forms them. `groups` joins the staff function (the caller's stations) and the admin function
 * (the office's region and below) through `groupActions(access)`: groups with two or more
 * cases open to merging, biggest first, each with the ids the merge action takes. The hot
 * topics (the heaviest groups by cases plus 附议 in a period) and the weekly report
 * (汇总报告, xlsx here, the PDF from the documents function) are the office's.
 * Schemas here must not import from ./admin (it spreads these).
 */
import { z } from 'zod';
import { action } from '../define';
import { Category, FileAnswer, IsoTime, StationCode, Status } from '../fields';
import { cursorPaging, NextCursor } from '../paging';

const Day = z.string().regex(/^20\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { error: '日期应为 年-月-日' });
const RegionFilter = z.string().regex(/^[0-9A-Z]{2,12}$/, { error: '格式不正确' });

/** A period's longest span, in days. */
export const GROUP_PERIOD_MAX_DAYS = 366;

export const GROUP_PERIODS = ['week', 'month', 'custom'] as const;
export type GroupPeriod = (typeof GROUP_PERIODS)[number];
export const GROUP_PERIOD_LABELS: Record<GroupPeriod, string> = { week: '本周', month: '本月', custom: '自定义' };

const realDay = (d: string) => {
  const t = new Date(`${d}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === d;
};

/** This week (Monday to today), this month (the 1st to today) or from–to (Beijing days, both given, at most a year). */
export const PeriodFields = {
  period: z.enum(GROUP_PERIODS, { error: '请选择本周、本月或自定义期间' }).default('month'),
  from: Day.optional(),
  to: Day.optional(),
};

/** The checks of a period the fields cannot make alone. */
export function checkedPeriod<T extends z.ZodObject>(schema: T) {
  return schema.superRefine((raw, ctx) => {
    const p = raw as { period?: GroupPeriod; from?: string; to?: string };
    for (const k of ['from', 'to'] as const) {
      if (p[k] && !realDay(p[k]!)) ctx.addIssue({ code: 'custom', path: [k], message: '不是有效的日期' });
    }
    if (p.period === 'custom') {
      if (!p.from || !p.to) ctx.addIssue({ code: 'custom', path: ['from'], message: '自定义期间请填写开始和结束日期' });
      else if (p.to < p.from) ctx.addIssue({ code: 'custom', path: ['to'], message: '结束日期不能早于开始日期' });
      else if ((Date.parse(p.to) - Date.parse(p.from)) / 86_400_000 + 1 > GROUP_PERIOD_MAX_DAYS) {
        ctx.addIssue({ code: 'custom', path: ['to'], message: `期间不能超过${GROUP_PERIOD_MAX_DAYS}天` });
      }
    } else if (p.from || p.to) ctx.addIssue({ code: 'custom', path: ['period'], message: '填写了日期时请选择自定义期间' });
  });
}

/** One case of a group the desk may merge: open, in the caller's scope, nothing against merging it. */
export const GroupCase = z.object({
  id: z.string(),
  trackingNo: z.string(),
  excerpt: z.string(),
  stationCode: z.string(),
  stationName: z.string(),
  place: z.string().optional(),
  status: Status,
  statusLabel: z.string(),
  createdAt: IsoTime,
  secondCount: z.number().int(),
});

export const GroupItem = z.object({
  id: z.string(),
  /** Where and what: 望月湖小区 · 电梯故障. */
  label: z.string(),
  category: z.string(),
  /** The county, for an office above counties. */
  countyName: z.string().optional(),
  stations: z.array(z.object({ code: z.string(), name: z.string() })),
  /** Received in the period, and 附议 made in it. */
  cases: z.number().int(),
  seconds: z.number().int(),
  /** All the group's cases and 附议 so far. */
  caseCount: z.number().int(),
  secondCount: z.number().int(),
  /** A redacted excerpt of one case (one whose resident consented to publication when there is one). */
  sample: z.string().optional(),
  /** The cases open to merging in the caller's scope, oldest first: their ids go to `merge`. */
  openCases: z.array(GroupCase),
  /** How many more are open beyond those listed (a 汇总件 takes at most 50). */
  moreOpen: z.number().int(),
});

/** Two problems the county's merges taught to group together (decision 0036), and how many merged cases taught it. */
export const LearnedLink = z.object({ labels: z.array(z.string()).length(2), merges: z.number().int() });

export const PeriodView = z.object({ period: z.enum(GROUP_PERIODS), from: z.string(), to: z.string(), label: z.string() });

/** One hot topic: a group's cases and 附议 in the period. */
export const HotTopic = z.object({
  id: z.string(),
  label: z.string(),
  category: z.string(),
  countyName: z.string().optional(),
  /** Where: its stations' names (at most three, then 等N个联络站). */
  places: z.string(),
  cases: z.number().int(),
  seconds: z.number().int(),
  /** Cases plus 附议 in the period: what it is ranked by. */
  total: z.number().int(),
  sample: z.string().optional(),
});

export const HotTopicsAnswer = z.object({
  period: PeriodView,
  region: z.object({ code: z.string(), name: z.string() }),
  items: z.array(HotTopic),
  /** Groups read to find them; `complete` false when the read stopped at its bound (shown with the list). */
  scanned: z.number().int(),
  complete: z.boolean(),
});

/** 汇总整理 at a desk: staff their stations, the office its region and below. */
export const groupActions = (access: 'staff' | 'admin') => ({
  groups: action({
    access,
    summary: `汇总整理：${access === 'staff' ? '本站' : '本地区'}同类意见的分组（两件以上可合并办理的），件数多的在前，可按期间、类别和联络站筛选`,
    input: checkedPeriod(
      z.strictObject({
        ...PeriodFields,
        category: Category.optional(),
        stationCode: StationCode.optional(),
        ...cursorPaging(10, 20),
      }),
    ),
    // `learned`: for a county office (or one below it), what merges taught its county.
    output: z.object({ period: PeriodView, items: z.array(GroupItem), learned: z.array(LearnedLink).optional(), ...NextCursor }),
  }),
});

export const WeeklyReportSummary = z.object({
  region: z.object({ code: z.string(), name: z.string() }),
  week: z.object({ from: z.string(), to: z.string() }),
  /** Opinions received in the week (a 附议 is none, a 汇总件 counts its sources, not itself). */
  received: z.number().int(),
  hotTopics: z.array(HotTopic),
  /** 汇总件 made in the week. */
  merged: z.array(
    z.object({ id: z.string(), trackingNo: z.string(), title: z.string(), category: z.string(), stationName: z.string(), sources: z.number().int(), statusLabel: z.string(), createdAt: IsoTime }),
  ),
});

/** The office's hot topics and weekly report. */
export const hotTopicActions = {
  hotTopics: action({
    access: 'admin',
    summary: '热点问题：本地区期间内同类意见最多（件数加附议数）的问题',
    input: checkedPeriod(z.strictObject({ ...PeriodFields, regionCode: RegionFilter.optional(), limit: z.number().int().min(1).max(20).default(10) })),
    output: HotTopicsAnswer,
  }),
  weeklyReport: action({
    access: 'admin',
    summary: '每周汇总报告（Excel）：本周收到的意见、热点问题、汇总件及其办理情况',
    input: z.strictObject({ week: Day.refine(realDay, { error: '不是有效的日期' }), regionCode: RegionFilter.optional() }),
    output: FileAnswer.extend({ summary: WeeklyReportSummary }),
  }),
};
