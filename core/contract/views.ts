/** What actions answer: the shapes the app renders. */
import { z } from 'zod';
import { Category, Channel, Id, IsoTime, Level, RoutingRule, Scope, Status } from './fields';

export const DeputyCard = z.object({
  id: Id,
  name: z.string(),
  level: Level,
  levelLabel: z.string(),
  bio: z.string(),
  photo: z.string(),
  photoAlt: z.string(),
  onLeave: z.boolean(),
  onDutyNow: z.boolean(),
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

export const StationView = z.object({
  code: z.string(),
  name: z.string(),
  address: z.string(),
  region: z.object({ code: z.string(), name: z.string(), fullName: z.string() }),
  retired: z.boolean(),
  movedTo: z.object({ code: z.string(), name: z.string(), address: z.string() }).optional(),
  today: z.array(SessionView),
  upcoming: z.array(SessionView),
  deputies: z.array(DeputyCard),
});

export const StationListItem = z.object({
  code: z.string(),
  name: z.string(),
  address: z.string(),
  regionName: z.string(),
  retired: z.boolean(),
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
});

export const OpinionDetail = OpinionSummary.extend({
  text: z.string(),
  scope: Scope,
  scopeLabel: z.string(),
  channel: Channel,
  anonymous: z.boolean(),
  stationCode: z.string(),
  assignee: z.object({ name: z.string(), levelLabel: z.string() }).optional(),
  guidance: z.string().optional(),
  replies: z.array(ReplyView),
  timeline: z.array(TimelineEntry),
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
});

export const Page = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int(), nextOffset: z.number().int().optional() });

export const Me = z.object({
  identified: z.boolean(),
  roles: z.array(z.enum(['resident', 'deputy', 'staff', 'admin'])),
  deputy: z.object({ id: Id, name: z.string(), levelLabel: z.string() }).optional(),
  staffStations: z.array(z.object({ code: z.string(), name: z.string() })),
  adminRegion: z.object({ code: z.string(), name: z.string() }).optional(),
});

export const TransitionResult = z.object({ id: Id, status: Status, statusLabel: z.string() });
