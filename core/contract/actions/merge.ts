/**
 * 汇总件 at the staff desk and the region office (issue 25, decision 0036): the similar open
 * cases beside a case (同类意见), merging several into one parent case that is worked once, and
 * taking a case out again until the department answers. Like the case actions, they join the
 * staff function (access `staff`: the caller's stations) and the admin function (access
 * `admin`: the office's region), so `mergeActions(access)` builds them for either.
 */
import { z } from 'zod';
import { MERGE_MAX, MERGE_MIN, MERGE_TITLE_MAX } from '../../merged-cases';
import { action } from '../define';
import { Id, IsoTime, RequestId, Status, text } from '../fields';

/** How many similar cases the panel lists at most (the best first); the page says so. */
export const SIMILAR_CASES_LIMIT = 20;

export const SimilarCase = z.object({
  id: Id,
  trackingNo: z.string(),
  excerpt: z.string(),
  stationName: z.string(),
  place: z.string().optional(),
  status: Status,
  statusLabel: z.string(),
  createdAt: IsoTime,
  /** Residents who joined it by 附议. */
  secondCount: z.number().int(),
  /** How alike it is (0–1), as the similar method scores it. */
  score: z.number(),
  /** Whether it may be merged now; if not, why (`why`). */
  mergeable: z.boolean(),
  why: z.string().optional(),
});

export const SimilarCases = z.object({
  /** Whether this case itself may be merged now; if not, why. */
  mergeable: z.boolean(),
  why: z.string().optional(),
  items: z.array(SimilarCase),
  /** At most this many are listed. */
  limit: z.number().int(),
  /** The title a merge of this case with every mergeable one listed would get by default. */
  defaultTitle: z.string().optional(),
});

export const MergeResult = z.object({
  id: Id,
  trackingNo: z.string(),
  status: Status,
  statusLabel: z.string(),
  title: z.string(),
  /** Sources linked now; `pending`: still to be linked by the merge pass (the request was cut short); the rest (changed meanwhile) were left out, with why. */
  linked: z.number().int(),
  pending: z.number().int(),
  dropped: z.array(z.object({ id: Id, trackingNo: z.string(), reason: z.string() })),
  /** A retry of the same request: the 汇总件 made the first time. */
  duplicate: z.boolean(),
});

export const UnmergeResult = z.object({
  id: Id,
  status: Status,
  statusLabel: z.string(),
  /** Fewer than two sources were left: the 汇总件 is dissolved (已撤销合并) and every source works alone again. */
  dissolved: z.boolean(),
  sources: z.number().int(),
});

/** A source as its 汇总件's case page lists it. */
export const MergeSourceLine = z.object({
  id: Id,
  trackingNo: z.string(),
  excerpt: z.string(),
  stationName: z.string(),
  place: z.string().optional(),
  status: Status,
  statusLabel: z.string(),
  createdAt: IsoTime,
  /** Linked by the merge job already (false while the job is still writing it). */
  linked: z.boolean(),
});

/** How a case stands in a merge, on the staff and office case page (absent: never merged). */
export const CaseMerge = z.object({
  role: z.enum(['parent', 'source']),
  /** 汇总3件同类意见合并办理 / 已与2件同类意见合并办理 / 已撤销合并. */
  note: z.string(),
  /** A 汇总件: its sources (none once dissolved). */
  sources: z.array(MergeSourceLine),
  /** A 汇总件 dissolved (fewer than two sources were left). */
  dissolved: z.boolean(),
  /** A source may be taken out now (until the department answers); if not, why. */
  canUnmerge: z.boolean(),
  unmergeWhy: z.string().optional(),
  /** A source: its 汇总件. */
  parent: z.object({ id: Id, trackingNo: z.string(), title: z.string(), statusLabel: z.string() }).optional(),
  /** A source still moves with its 汇总件 (until the result reached it). */
  following: z.boolean(),
});

export const mergeActions = (access: 'staff' | 'admin') => {
  const where = access === 'staff' ? '本站' : '本地区';
  return {
    similar: action({
      access,
      summary: `${where}与这条意见同类的在办意见（同类意见），供合并办理`,
      input: z.strictObject({ id: Id }),
      output: SimilarCases,
    }),
    merge: action({
      access,
      summary: `把${where}${MERGE_MIN}至${MERGE_MAX}件同类意见合并为一件汇总件办理（各件随汇总件办理，居民各自收到结果并评价）`,
      input: z.strictObject({
        ids: z.array(Id).min(MERGE_MIN, { error: `请至少选择${MERGE_MIN}件意见` }).max(MERGE_MAX, { error: `一次最多合并${MERGE_MAX}件意见` }),
        title: text(MERGE_TITLE_MAX).optional(),
        requestId: RequestId,
      }),
      output: MergeResult,
    }),
    unmerge: action({
      access,
      summary: '把一件意见撤出汇总件，恢复单独办理（部门答复前）；不足2件时撤销合并',
      input: z.strictObject({ parentId: Id, sourceId: Id }),
      output: UnmergeResult,
    }),
  };
};

export type MergeAction = keyof ReturnType<typeof mergeActions>;
