/**
 * Admin actions (issue 9): campaigns (主题活动) with a period, regions and levels, their
 * progress, and the summary (活动总结) per region as xlsx; the PDF comes from the documents
 * function (`documents.campaignSummary`). Schemas here must not import from ./admin.
 */
import { z } from 'zod';
import { LEVELS } from '../../vocabulary';
import { ActivityKind, DateOnly } from '../deputy-views';
import { action } from '../define';
import { FileAnswer, Id, IsoTime, Level, RequestId, text } from '../fields';
import { HotTopic } from './similar-groups';

const CampaignRegion = z.string().regex(/^[0-9A-Z]{2,12}$/, { error: '格式不正确' });

export const CampaignView = z.object({
  id: Id,
  name: z.string(),
  from: z.string(),
  to: z.string(),
  reportDue: z.string(),
  regions: z.array(z.object({ code: z.string(), name: z.string() })),
  levels: z.array(Level),
  levelLabels: z.array(z.string()),
  phase: z.enum(['upcoming', 'running', 'ended']),
  phaseLabel: z.string(),
  daysElapsed: z.number().int(),
  daysTotal: z.number().int(),
  createdAt: IsoTime,
});

const Count = z.number().int();

/** The numbers of one region over the campaign period (so far, while it runs). */
export const CampaignSummaryView = z.object({
  campaign: CampaignView,
  region: z.object({ code: z.string(), name: z.string() }),
  /** The days counted: the period, cut at today while the campaign runs. */
  counted: z.object({ from: z.string(), to: z.string() }),
  sessionsHeld: Count,
  deputies: z.object({
    total: Count,
    byLevel: z.array(z.object({ level: Level, label: z.string(), count: Count })),
  }),
  opinions: z.object({ received: Count, forwarded: Count, converted: Count, resolved: Count }),
  satisfaction: z.object({ satisfied: Count, basic: Count, unsatisfied: Count, rated: Count, satisfiedPercent: z.number().nullable() }),
  /** Check-ins at the region's stations (a deputy at a session: one). */
  checkIns: Count,
  /** 履职活动 of the region's deputies by kind (a check-in's 接待 included), withdrawn ones left out. */
  activities: z.object({ total: Count, byKind: z.array(z.object({ kind: ActivityKind, label: z.string(), count: Count })) }),
  /** What the rows of `byRegion` are: 乡镇（街道）of a county. */
  partsLabel: z.string(),
  /**
   * The figures per region one level down, and the region's own stations (`own`: 区本级) —
   * they add up to the totals; empty when the region has nothing below it.
   */
  byRegion: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      own: z.boolean(),
      received: Count,
      resolved: Count,
      rated: Count,
      satisfiedPercent: z.number().nullable(),
      activities: Count,
      checkIns: Count,
    }),
  ),
  cases: z.array(z.object({ title: z.string(), summary: z.string(), result: z.string(), stationName: z.string(), resolvedOn: z.string() })),
  /** 热点问题 of the counted days (decision 0036): the groups of similar opinions with the most cases plus 附议, at most CAMPAIGN_HOT_TOPICS. */
  hotTopics: z.array(HotTopic),
});

export const CampaignRegionInput = z.strictObject({ id: Id, regionCode: CampaignRegion });

export const campaignActions = {
  createCampaign: action({
    access: 'admin',
    summary: '新建主题活动：名称、活动期间、地区、代表层级',
    input: z.strictObject({
      name: text(40),
      from: DateOnly,
      to: DateOnly,
      reportDue: DateOnly.optional(),
      regionCodes: z.array(CampaignRegion).min(1, { error: '请至少选择一个地区' }).max(50),
      levels: z.array(Level).min(1, { error: '请至少选择一个层级' }).max(LEVELS.length),
      /** One per form: a repeat (a retry after a timeout) answers the campaign already created. */
      requestId: RequestId.optional(),
    }),
    output: CampaignView,
  }),
  campaigns: action({
    access: 'admin',
    summary: '本地区的主题活动',
    input: z.strictObject({}),
    output: z.object({ items: z.array(CampaignView) }),
  }),
  campaignProgress: action({
    access: 'admin',
    summary: '主题活动进展（某地区，截至今天）',
    input: CampaignRegionInput,
    output: CampaignSummaryView,
  }),
  exportCampaignSummary: action({
    access: 'admin',
    summary: '活动总结（某地区）导出为 Excel',
    input: CampaignRegionInput,
    output: FileAnswer,
  }),
};
