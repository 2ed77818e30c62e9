/**
 * What a 闭会期间代表建议 looks like to each side (decision 0034): the deputy who made it, the
 * region office that follows it up, and the residents whose opinions fed it.
 */
import { z } from 'zod';
import { SUGGESTION_STATUSES } from '../suggestion-status';
import { Id, IsoTime, Rating } from './fields';

export const SuggestionStatus = z.enum(SUGGESTION_STATUSES);

/** A day as people write it (Beijing): the due date of 交办, the date of the department's answer. */
export const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: '日期格式应为 YYYY-MM-DD' });

/** 交办: to which department, by when; `overdue` once the due date has passed without an answer. */
export const SuggestionAssignmentView = z.object({
  departmentId: Id,
  departmentName: z.string(),
  departmentContact: z.string(),
  dueDate: Day,
  at: IsoTime,
  overdue: z.boolean(),
});

/** The department's answer as recorded: its text, the date the department gave it, who recorded it. */
export const SuggestionAnswerView = z.object({
  departmentName: z.string(),
  text: z.string(),
  answeredOn: Day,
  at: IsoTime,
  /** 岳麓区人大常委会 (the office) or 黄镕代表. */
  byLabel: z.string(),
});

/** 代表满意度. */
export const SuggestionRatingView = z.object({
  result: Rating,
  resultLabel: z.string(),
  comment: z.string().optional(),
  at: IsoTime,
});

/** One step of the suggestion's record (办理经过). */
export const SuggestionEventView = z.object({
  at: IsoTime,
  action: z.string(),
  actionLabel: z.string(),
  actorLabel: z.string(),
  statusLabel: z.string(),
  note: z.string().optional(),
});

/** The whole suggestion: what was proposed, where it stands, the answer and its rating, every step. */
export const SuggestionFullView = z.object({
  id: Id,
  title: z.string(),
  reasons: z.string(),
  proposals: z.string(),
  opinionIds: z.array(Id),
  createdAt: IsoTime,
  deputyName: z.string(),
  status: SuggestionStatus,
  statusLabel: z.string(),
  assignment: SuggestionAssignmentView.optional(),
  answer: SuggestionAnswerView.optional(),
  rating: SuggestionRatingView.optional(),
  events: z.array(SuggestionEventView),
});

/** One row of the office's list: enough to tell it apart and see what it waits for. */
export const SuggestionLine = z.object({
  id: Id,
  title: z.string(),
  deputyName: z.string(),
  status: SuggestionStatus,
  statusLabel: z.string(),
  opinionCount: z.number().int(),
  createdAt: IsoTime,
  departmentName: z.string().optional(),
  dueDate: Day.optional(),
  overdue: z.boolean(),
  answeredOn: Day.optional(),
  ratingLabel: z.string().optional(),
});

/** On the resident's opinion: the suggestion it fed, where it stands, and the department's answer once there is one. */
export const ResidentSuggestionView = z.object({
  title: z.string(),
  deputyName: z.string(),
  status: SuggestionStatus,
  /** In the resident's words: 已提交 / 已交有关部门办理 / 部门已答复. */
  statusLabel: z.string(),
  departmentName: z.string().optional(),
  answer: z.object({ departmentName: z.string(), text: z.string(), answeredOn: Day }).optional(),
});
