/**
 * 附议 (decision 0036), in the "opinion" function: while writing, a resident sees similar open
 * cases of others nearby (only those their residents consented to publish, redacted) and may
 * join one instead of writing a duplicate; they follow it (its status, steps and result, and
 * messages about its progress) and may leave it again.
 */
import { z } from 'zod';
import { action } from '../define';
import { Category, Id, IsoTime, OPINION_TEXT_MAX, PLACE_MAX, RequestId, StationCode, Status, text } from '../fields';
import { NextCursor, cursorPaging } from '../paging';
import { ResolutionView, TimelineEntry } from '../views';

/** A similar case of another resident, as the one writing reads it: redacted, nothing of its author. */
export const SimilarCase = z.object({
  id: Id,
  /** The words, redacted (phones, numbers, house numbers, deputies' names masked), shortened. */
  excerpt: z.string(),
  category: z.string(),
  status: Status,
  /** Where it stands, in a resident's words. */
  statusLabel: z.string(),
  stationName: z.string(),
  createdAt: IsoTime,
  /** When it was written, as a resident says it (今天, 3天前, 12月1日). */
  createdLabel: z.string(),
  /** Residents who joined it by 附议. */
  secondCount: z.number().int(),
  /** The place its resident named, redacted (they consented to publication). */
  place: z.string().optional(),
});

/** A case the resident joined, in their list (我的意见 → 我附议的). */
export const SecondedSummary = z.object({
  id: Id,
  category: z.string(),
  status: Status,
  statusLabel: z.string(),
  stationName: z.string(),
  /** Redacted; empty when its resident no longer publishes it (they erased their data). */
  excerpt: z.string(),
  secondCount: z.number().int(),
  /** When the resident joined it. */
  secondedAt: IsoTime,
});

/** A joined case as its seconder reads it: its words redacted, where it stands, its steps and its result. */
export const SecondedDetail = z.object({
  id: Id,
  category: z.string(),
  status: Status,
  statusLabel: z.string(),
  stationName: z.string(),
  createdAt: IsoTime,
  /** Redacted; absent when its resident no longer publishes it (they erased their data). */
  text: z.string().optional(),
  place: z.string().optional(),
  secondCount: z.number().int(),
  /** The caller joined it (when). */
  secondedAt: IsoTime.optional(),
  /** The caller wrote it: their own page shows everything. */
  mine: z.boolean(),
  nextStep: z.string().optional(),
  /** Its steps, without notes (never the conversation with its resident). */
  timeline: z.array(TimelineEntry),
  /** The result, redacted, once resolved. */
  resolution: ResolutionView.optional(),
  /** The caller may leave it (取消附议). */
  canLeave: z.boolean(),
});

export const SecondResult = z.object({
  id: Id,
  seconded: z.boolean(),
  /** Joined before: nothing new was written. */
  duplicate: z.boolean(),
  secondCount: z.number().int(),
});

export const secondActions = {
  similar: action({
    access: 'resident',
    consent: 'privacy',
    summary: '写意见时查找附近居民反映过的类似问题（同意公开的办理中意见，脱敏，最多3件）',
    input: z.strictObject({
      stationCode: StationCode,
      /** The category when already chosen (the comparison reads the words and the place). */
      category: Category.optional(),
      /** What has been written so far: looked up from a few characters on. */
      text: text(OPINION_TEXT_MAX),
      place: text(PLACE_MAX).optional(),
    }),
    output: z.object({ items: z.array(SimilarCase) }),
  }),
  second: action({
    access: 'resident',
    consent: 'privacy',
    summary: '附议：关注另一位居民的同类意见的办理进展并收到通知，不再重复提交',
    input: z.strictObject({ id: Id, requestId: RequestId }),
    output: SecondResult,
  }),
  unsecond: action({
    access: 'resident',
    summary: '取消附议',
    input: z.strictObject({ id: Id }),
    output: SecondResult,
  }),
  seconded: action({
    access: 'resident',
    summary: '我附议的意见列表',
    input: z.strictObject({ ...cursorPaging(20, 50) }),
    output: z.object({ items: z.array(SecondedSummary), total: z.number().int().optional(), ...NextCursor }),
  }),
  secondedDetail: action({
    access: 'resident',
    summary: '我附议的一件意见：脱敏内容、办理状态、进展与结果',
    input: z.strictObject({ id: Id }),
    output: SecondedDetail,
  }),
};
