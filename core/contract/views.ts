/** What actions answer: the shapes the app renders. */
import { z } from 'zod';
import { CONTACT_PREFERENCES } from '../deputy-profile';
import { Category, Channel, Id, IsoTime, Level, RESULT_KINDS, RoutingRule, Scope, Status } from './fields';
import { ResidentSuggestionView } from './suggestion-views';

export const DeputyCard = z.object({
  id: Id,
  name: z.string(),
  level: Level,
  levelLabel: z.string(),
  /** Named from the region for residents (岳麓区人大代表), where the regions were read with the deputy. */
  title: z.string().optional(),
  bio: z.string(),
  photo: z.string(),
  photoAlt: z.string(),
  onLeave: z.boolean(),
  onDutyNow: z.boolean(),
  /** Categories the deputy follows (core/deputy-profile.ts); routing reads the same field. */
  specialties: z.array(z.string()),
  /** How residents may contact the deputy, as the deputy chose: never more. */
  contact: z.object({ kind: z.enum(CONTACT_PREFERENCES), text: z.string(), phone: z.string().optional() }),
});

export const SessionView = z.object({
  date: z.string(),
  weekdayLabel: z.string(),
  start: z.string(),
  end: z.string(),
  cancelled: z.boolean(),
  cancelReason: z.string().optional(),
  deputies: z.array(z.object({ id: Id, name: z.string(), onLeave: z.boolean() })),
});

/** One category a station offers (core/categories.ts RegionCategory). */
export const StationCategory = z.object({
  name: z.string(),
  /** What an added category is about: residents read it once they choose it. */
  hint: z.string().optional(),
  /** Shown first on the form. */
  common: z.boolean(),
  /** Restricted, or 对代表的意见: set apart, with its guidance (core/vocabulary.ts CATEGORY_GUIDANCE). */
  staffOnly: z.boolean(),
});

export const StationView = z.object({
  code: z.string(),
  name: z.string(),
  address: z.string(),
  /** The station on the map (public), for 打开地图/导航. */
  location: z.object({ latitude: z.number(), longitude: z.number() }).optional(),
  region: z.object({ code: z.string(), name: z.string(), fullName: z.string() }),
  retired: z.boolean(),
  movedTo: z.object({ code: z.string(), name: z.string(), address: z.string() }).optional(),
  today: z.array(SessionView),
  upcoming: z.array(SessionView),
  deputies: z.array(DeputyCard),
  /** The station's categories in the form's order (core/categories.ts): the defaults and those its regions added. */
  categories: z.array(StationCategory),
});

export const StationListItem = z.object({
  code: z.string(),
  name: z.string(),
  address: z.string(),
  regionName: z.string(),
  retired: z.boolean(),
  /** Only when asked for the nearest stations; rounded to 0.1 km. */
  distanceKm: z.number().optional(),
});

export const TimelineEntry = z.object({
  at: IsoTime,
  action: z.string(),
  actionLabel: z.string(),
  actorLabel: z.string(),
  from: Status.optional(),
  to: Status.optional(),
  note: z.string().optional(),
});

export const ReplyView = z.object({ at: IsoTime, text: z.string(), byLabel: z.string() });

export const PhotoView = z.object({ fileId: z.string(), url: z.string(), alt: z.string() });

/**
 * One turn of the conversation on a case, in the order it happened: the deputy's question
 * (need_info), the resident's answer (补充情况) or follow-up (补充留言), a reply (答复).
 */
export const ConversationEntry = z.object({
  at: IsoTime,
  kind: z.enum(['question', 'info', 'message', 'reply']),
  /** Who speaks: the resident, or whoever works the case. */
  side: z.enum(['resident', 'office']),
  /** 我 / 居民 / 李红梅代表. */
  byLabel: z.string(),
  /** What kind of turn, in words: 补充留言, 答复, 请您补充情况. */
  label: z.string(),
  text: z.string(),
  /** The resident's photos with it (a deputy sees those that passed the image check). */
  photos: z.array(PhotoView),
  /** A reply, on the deputy's view: false when it does not count as a response (core/boilerplate.ts). */
  countsAsResponse: z.boolean().optional(),
});

export const OpinionSummary = z.object({
  id: Id,
  trackingNo: z.string(),
  category: Category,
  status: Status,
  statusLabel: z.string(),
  stationName: z.string(),
  excerpt: z.string(),
  createdAt: IsoTime,
  updatedAt: IsoTime,
  /** Residents who joined the case by 附议 (decision 0036); absent when none. */
  secondCount: z.number().int().optional(),
});

/** What the resident may do now, decided by the server so pages stay thin. */
export const ResidentActions = z.object({
  withdraw: z.boolean(),
  addInfo: z.boolean(),
  chase: z.boolean(),
  rate: z.boolean(),
  /** A follow-up message (opinion.message) is taken now. */
  message: z.boolean().optional(),
  /** When chasing becomes possible again (ISO), if it is not now. */
  chaseAfter: IsoTime.optional(),
});

export const RatingView = z.object({
  result: z.string(),
  resultLabel: z.string(),
  attitude: z.string(),
  attitudeLabel: z.string(),
  comment: z.string().optional(),
  at: IsoTime,
});

/** How a resolved case ended (办理结果): shown while it is resolved or closed, not after a reopen. */
export const ResolutionView = z.object({
  kind: z.enum(RESULT_KINDS),
  kindLabel: z.string(),
  /** 办结说明. */
  text: z.string(),
  at: IsoTime,
  byLabel: z.string(),
  /** The department's answer, when the case was forwarded and one was recorded. */
  departmentAnswer: z.object({ departmentName: z.string(), text: z.string(), at: IsoTime }).optional(),
});

export const OpinionDetail = OpinionSummary.extend({
  text: z.string(),
  scope: Scope,
  scopeLabel: z.string(),
  channel: Channel,
  anonymous: z.boolean(),
  stationCode: z.string(),
  /** `title`: named from the region for residents (岳麓区人大代表), on the resident's detail. */
  assignee: z.object({ name: z.string(), levelLabel: z.string(), title: z.string().optional() }).optional(),
  guidance: z.string().optional(),
  replies: z.array(ReplyView),
  timeline: z.array(TimelineEntry),
  /** The questions, answers, follow-ups and replies, in order, with their photos. */
  conversation: z.array(ConversationEntry).optional(),
  photos: z.array(PhotoView),
  place: z.string().optional(),
  /** What happens next and by when, in words a resident understands. */
  nextStep: z.object({ text: z.string(), dueAt: IsoTime.optional() }).optional(),
  rating: RatingView.optional(),
  resolution: ResolutionView.optional(),
  /** The 闭会期间代表建议 this opinion fed, on the resident's detail (decision 0034). */
  suggestion: ResidentSuggestionView.optional(),
  /** Merged with similar cases into one 汇总件, on the resident's detail (decision 0036): 已与 N 件同类意见合并办理. */
  merged: z.object({ note: z.string(), others: z.number().int() }).optional(),
  can: ResidentActions,
});

export const InboxItem = OpinionSummary.extend({ chaseCount: z.number().int() });

export const DeputyOpinionDetail = OpinionDetail.extend({
  resident: z.object({ anonymous: z.boolean(), phone: z.string().optional() }),
  routing: z.object({ rule: RoutingRule, reason: z.string(), notes: z.array(z.string()) }),
  chaseCount: z.number().int(),
});

export const SubmitResult = z.object({
  id: Id,
  trackingNo: z.string(),
  status: Status,
  statusLabel: z.string(),
  duplicate: z.boolean(),
  routing: z.object({ rule: RoutingRule, reason: z.string() }),
  guidance: z.string().optional(),
  /** The deputy it went to at once, named for residents (岳麓区人大代表). */
  assignee: z.object({ name: z.string(), title: z.string() }).optional(),
  /** While it waits for the deputy to accept: by when, and the working days the rule gives. */
  acceptBy: z.object({ dueAt: IsoTime, workingDays: z.number().int() }).optional(),
});

export const Page = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int(), nextOffset: z.number().int().optional() });

export const Me = z.object({
  identified: z.boolean(),
  privacyAgreed: z.boolean(),
  roles: z.array(z.enum(['resident', 'deputy', 'staff', 'admin'])),
  deputy: z.object({ id: Id, name: z.string(), levelLabel: z.string() }).optional(),
  staffStations: z.array(z.object({ code: z.string(), name: z.string() })),
  adminRegion: z.object({ code: z.string(), name: z.string() }).optional(),
});

export const TransitionResult = z.object({ id: Id, status: Status, statusLabel: z.string() });

export const MyDataExport = z.object({
  exportedAt: IsoTime,
  openid: z.string(),
  privacyAgreedAt: IsoTime.optional(),
  /** A deputy's or staff member's own number for SMS reminders (短信备用提醒), masked. */
  smsPhone: z.string().optional(),
  opinions: z.array(
    OpinionDetail.extend({
      phone: z.string().optional(),
      /** Whether the resident asked for SMS about this case (用短信通知我办理结果). */
      smsNotify: z.boolean(),
      allowContact: z.boolean(),
      consentPublish: z.boolean(),
    }),
  ),
  /** The cases the resident joined by 附议 (decision 0036): which, where, and when they joined. */
  seconds: z
    .array(z.object({ id: Id, category: z.string(), stationName: z.string(), statusLabel: z.string(), secondedAt: IsoTime }))
    .optional(),
});
