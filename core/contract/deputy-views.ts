/** What the deputy's workspace actions answer (the "deputy" function's own shapes). */
import { z } from 'zod';
import { ACTIVITY_KINDS } from '../duty-record';
import { Id, IsoTime, Level } from './fields';
import { DeputyOpinionDetail, InboxItem } from './views';
import { SuggestionFullView } from './suggestion-views';

export const DateOnly = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: '日期格式应为 YYYY-MM-DD' });
export const ActivityKind = z.enum(ACTIVITY_KINDS, { error: '不在可选的活动类型中' });

export const DeputyInboxItem = InboxItem.extend({
  /** The running deadline (accept or result), if any. */
  dueAt: IsoTime.optional(),
  dueKind: z.enum(['accept', 'result']).optional(),
  overdue: z.boolean(),
  /** Whole days since the opinion came in. */
  ageDays: z.number().int(),
});

/** What the deputy may do with this opinion now, from the transition table and who holds it. */
export const DeputyCan = z.object({
  accept: z.boolean(),
  reply: z.boolean(),
  /** Answered already (replied): a further reply adds to the conversation, with no move (core/conversation.ts). */
  replyAgain: z.boolean(),
  needInfo: z.boolean(),
  forward: z.boolean(),
  departmentAnswer: z.boolean(),
  suggest: z.boolean(),
  handover: z.boolean(),
  resolve: z.boolean(),
});

export const ForwardView = z.object({
  departmentName: z.string(),
  departmentContact: z.string(),
  letterNo: z.string(),
  at: IsoTime,
  answerDueAt: IsoTime,
  note: z.string().optional(),
  answer: z.object({ at: IsoTime, text: z.string() }).optional(),
});

export const DeputyWorkDetail = DeputyOpinionDetail.extend({
  deputyCan: DeputyCan,
  dueAt: IsoTime.optional(),
  overdue: z.boolean(),
  forward: ForwardView.optional(),
  suggestionId: Id.optional(),
  replyFlags: z.array(z.object({ at: IsoTime, countsAsResponse: z.boolean(), boilerplate: z.boolean() })),
});

export const DepartmentView = z.object({
  id: Id,
  name: z.string(),
  level: Level,
  levelLabel: z.string(),
  regionCode: z.string(),
  categories: z.array(z.string()),
  contact: z.string(),
});

export const TemplateView = z.object({ id: Id, title: z.string(), text: z.string() });

/** A suggestion of mine: the whole of it, and what I may do now (record the department's answer, rate it). */
export const SuggestionView = SuggestionFullView.extend({
  can: z.object({ answer: z.boolean(), rate: z.boolean() }),
});

export const DutySessionView = z.object({
  stationCode: z.string(),
  stationName: z.string(),
  sessionId: z.string(),
  date: z.string(),
  weekdayLabel: z.string(),
  start: z.string(),
  end: z.string(),
  cancelled: z.boolean(),
  cancelReason: z.string().optional(),
  onLeave: z.boolean(),
  attended: z.boolean(),
});

export const LeaveView = z.object({ from: DateOnly, to: DateOnly, reason: z.string().optional() });

export const ActivityView = z.object({
  id: Id,
  kind: ActivityKind,
  kindLabel: z.string(),
  date: DateOnly,
  place: z.string(),
  people: z.string(),
  summary: z.string(),
  photos: z.array(z.object({ fileId: z.string(), url: z.string(), alt: z.string() })),
  /** Recorded by the app (a check-in) rather than typed in. */
  automatic: z.boolean(),
  /** What a correction or withdrawal names: the version read. */
  version: z.number().int(),
  /** How many times the deputy corrected it (the earlier versions are kept). */
  corrections: z.number().int(),
  /** Withdrawn by the deputy: shown, counted nowhere. */
  withdrawn: z.object({ at: z.string(), reason: z.string() }).optional(),
  /** The last day the deputy may correct or withdraw it; absent when they may not (a check-in's, withdrawn, too old). */
  changeableUntil: DateOnly.optional(),
});

const Counts = <K extends string>(keys: readonly K[]) =>
  z.object(Object.fromEntries(keys.map((k) => [k, z.number().int()])) as Record<K, z.ZodNumber>);

export const DutyRecordView = z.object({
  deputy: z.object({ id: Id, name: z.string(), levelLabel: z.string() }),
  from: DateOnly,
  to: DateOnly,
  sessionsAttended: z.number().int(),
  opinionsReceived: z.number().int(),
  accepted: z.number().int(),
  acceptedOnTime: z.number().int(),
  replies: z.number().int(),
  responses: z.number().int(),
  forwarded: z.number().int(),
  resolved: Counts(['solved', 'partly', 'explained', 'total'] as const),
  satisfaction: Counts(['satisfied', 'basic', 'unsatisfied', 'rated'] as const).extend({
    satisfiedPercent: z.number().nullable(),
  }),
  suggestionsMade: z.number().int(),
  /** Of the suggestions made in the period: answered by now, and rated 满意 or 基本满意 by the deputy. */
  suggestionsAnswered: z.number().int(),
  suggestionsSatisfied: z.number().int(),
  activities: Counts([...ACTIVITY_KINDS, 'total'] as const),
  rows: z.array(z.object({ label: z.string(), value: z.union([z.number(), z.string()]) })),
});


/**
 * One case in a duty record (decision 0033): a case the deputy holds or held last — a case
 * handed over belongs to the deputy it was handed to — received in the period.
 */
export const RecordCase = z.object({
  id: Id,
  trackingNo: z.string(),
  category: z.string(),
  stationName: z.string(),
  statusLabel: z.string(),
  /** 已解决 / 部分解决 / 已解释说明, once resolved. */
  resultLabel: z.string().optional(),
  /** The resident's last rating: 满意 / 基本满意 / 不满意. */
  ratingLabel: z.string().optional(),
  receivedOn: DateOnly,
  resolvedOn: DateOnly.optional(),
});

/** A page of a record's cases, newest received first; `total` on the first page. */
export const RecordCasesAnswer = z.object({
  items: z.array(RecordCase),
  total: z.number().int().optional(),
  nextCursor: z.string().optional(),
});
