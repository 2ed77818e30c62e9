/**
 * 汇总件 (decision 0036, "Merging"): staff or the region office merge similar open cases into
 * one parent case that is worked, forwarded and answered once; the source cases follow it.
 * The rules of what may be merged, what a parent may do, and the words residents and staff
 * read. Pure.
 */
import { AppError } from './errors';
import type { OpinionAction } from './opinion-events';
import type { Status } from './opinion-status';
import { goesToStaffOnly } from './vocabulary';

/** At least two cases make a 汇总件; at most fifty (one request writes each of them). */
export const MERGE_MIN = 2;
export const MERGE_MAX = 50;

/**
 * Statuses a case may be merged from: waiting for someone (triage), given to a deputy who has
 * not accepted it yet, or accepted and not yet answered. A case already forwarded, answered
 * or waiting for the resident keeps its own course.
 */
export const MERGEABLE_STATUSES: readonly Status[] = ['triage', 'assigned', 'accepted'];

/**
 * The parent's events a source follows (each copied onto it as its own event, so the resident
 * is told in the usual way): the forward, the department's answer, a reply, the result.
 */
export const FOLLOWED_ACTIONS: readonly OpinionAction[] = ['forward', 'department_answer', 'reply', 'resolve'];

/** Moves a 汇总件 never makes: it has no resident and no deputy (a deputy works the sources' residents' cases one by one). */
export const PARENT_REFUSED_ACTIONS: readonly OpinionAction[] = ['assign', 'handover', 'take', 'reject', 'release', 'follow_up', 'need_info'];

/** What decides whether a case may be merged. */
export interface MergeCandidate {
  _id: string;
  status: Status;
  category: string;
  flagged: boolean;
  regionPath: readonly string[];
  mergedInto?: string;
  mergedSources?: readonly string[];
  erasedAt?: Date | string;
  /** A forward recorded earlier (a case reopened after one): it keeps its own course. */
  forward?: unknown;
}

/** A 汇总件 (it lists its sources, even once dissolved). */
export const isMergedParent = (doc: { mergedSources?: readonly string[] }): boolean => Array.isArray(doc.mergedSources);

/** A source that still follows its parent: merged, and the parent's result has not reached it yet. */
export const isFollowing = (doc: { mergedInto?: string; mergeFollow?: { endedAt?: unknown } }): boolean =>
  Boolean(doc.mergedInto) && !doc.mergeFollow?.endedAt;

/**
 * Refuses a move by staff or the office that a merge rules out: any move on a source still
 * following its 汇总件 (it is worked there), and on a 汇总件 the moves it never makes or any
 * move once dissolved.
 */
export function assertMergeAllows(doc: MergeCandidate & { mergeFollow?: { endedAt?: unknown }; mergeDissolvedAt?: unknown }, action: OpinionAction): void {
  if (isFollowing(doc)) throw new AppError('MERGED_SOURCE');
  if (isMergedParent(doc) && (doc.mergeDissolvedAt || PARENT_REFUSED_ACTIONS.includes(action))) throw new AppError('MERGED_PARENT');
}

/** Why this case cannot be merged now, in words staff read; undefined when it can. */
export function mergeRefusal(doc: MergeCandidate): string | undefined {
  if (isMergedParent(doc)) return '汇总件不能再合并到其他汇总件';
  if (doc.mergedInto) return '已合并到其他汇总件';
  if (doc.status === 'held') return '还在审核中';
  if (doc.flagged || goesToStaffOnly(doc.category)) return `“${doc.category}”类意见须单独办理`;
  if (doc.erasedAt) return '居民已删除个人信息';
  if (!MERGEABLE_STATUSES.includes(doc.status)) return '已在办理后期或已结束';
  if (doc.forward) return '已转交过部门';
  return undefined;
}

/** What each source resident reads: merged with the N others. */
export const mergedNote = (others: number): string => `已与${others}件同类意见合并办理`;

/** What the 汇总件's first event says. */
export const mergeCreatedNote = (count: number): string => `汇总${count}件同类意见合并办理`;

/** How long a 汇总件's title may be. */
export const MERGE_TITLE_MAX = 60;
