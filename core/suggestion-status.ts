/**
 * A 闭会期间代表建议 followed to an answer (issue 23, decision 0034): its statuses and the one
 * transition table, as core/opinion-status.ts is for opinions. The deputy submits it (提交,
 * `deputy.suggest`); the region office assigns it to a department with a due date (交办); the
 * department's answer is recorded by the office or the deputy (答复); the deputy rates the
 * answer (代表满意度: 满意/基本满意/不满意). Every change is checked here and appended as an event.
 */
import { AppError } from './errors';

export const SUGGESTION_STATUSES = ['submitted', 'assigned', 'answered', 'rated'] as const;
export type SuggestionStatus = (typeof SUGGESTION_STATUSES)[number];

export const SUGGESTION_STATUS_LABELS: Record<SuggestionStatus, string> = {
  submitted: '已提交',
  assigned: '已交办',
  answered: '已答复',
  rated: '已评价',
};

/** Who changes a suggestion: the deputy who made it, or the office (代表工委/联工委) of its region. */
export type SuggestionMover = 'deputy' | 'office';
export const SUGGESTION_MOVERS: readonly SuggestionMover[] = ['deputy', 'office'];

type Edge = { readonly to: readonly SuggestionStatus[]; readonly by: readonly SuggestionMover[] };

/** The only place that says which change of a suggestion is allowed and who may make it. */
export const SUGGESTION_TRANSITIONS: Readonly<Record<SuggestionStatus, readonly Edge[]>> = {
  // 交办: the office names the department (from the directory) and the due date.
  submitted: [{ to: ['assigned'], by: ['office'] }],
  // 答复: the department's written answer, recorded by the office or by the deputy who received it.
  assigned: [{ to: ['answered'], by: ['office', 'deputy'] }],
  // 代表满意度: only the deputy who made the suggestion rates the answer.
  answered: [{ to: ['rated'], by: ['deputy'] }],
  rated: [],
};

/** What each change is called on the suggestion's record (办理经过), and the submission itself. */
export const SUGGESTION_ACTIONS = ['submit', 'assign', 'answer', 'rate'] as const;
export type SuggestionAction = (typeof SUGGESTION_ACTIONS)[number];
export const SUGGESTION_ACTION_LABELS: Record<SuggestionAction, string> = {
  submit: '提交建议',
  assign: '交办',
  answer: '登记答复',
  rate: '代表评价答复',
};

/** The move each action makes (`submit` makes the suggestion, in `submitted`). */
export const SUGGESTION_ACTION_TO: Record<Exclude<SuggestionAction, 'submit'>, SuggestionStatus> = {
  assign: 'assigned',
  answer: 'answered',
  rate: 'rated',
};

export function isSuggestionMoveAllowed(from: SuggestionStatus, to: SuggestionStatus, by: SuggestionMover): boolean {
  return SUGGESTION_TRANSITIONS[from].some((edge) => edge.to.includes(to) && edge.by.includes(by));
}

export type SuggestionCheck = { ok: true } | { ok: false; reason: 'not_in_table' | 'not_your_move' };

/** Checks one change against the table. */
export function checkSuggestionMove(from: SuggestionStatus, to: SuggestionStatus, by: SuggestionMover): SuggestionCheck {
  const edges = SUGGESTION_TRANSITIONS[from].filter((edge) => edge.to.includes(to));
  if (edges.length === 0) return { ok: false, reason: 'not_in_table' };
  if (!edges.some((edge) => edge.by.includes(by))) return { ok: false, reason: 'not_your_move' };
  return { ok: true };
}

/** Why a refused move is refused, in words for the person who tried it. */
const REFUSALS: Record<SuggestionStatus, string> = {
  submitted: '这件建议还没有交办，不能登记答复或评价',
  assigned: '这件建议已经交办，正在等待部门答复',
  answered: '这件建议已经登记了答复',
  rated: '这件建议的答复已经评价过了',
};

/** Throws TRANSITION_NOT_ALLOWED (with where the suggestion stands) unless the table allows the move. */
export function assertSuggestionMove(from: SuggestionStatus, to: SuggestionStatus, by: SuggestionMover): void {
  const check = checkSuggestionMove(from, to, by);
  if (!check.ok) throw new AppError('TRANSITION_NOT_ALLOWED', REFUSALS[from], `suggestion ${from} → ${to} by ${by}: ${check.reason}`);
}

/** What the mover may do with a suggestion in this status, from the table. */
export function suggestionCan(status: SuggestionStatus, by: SuggestionMover): { assign: boolean; answer: boolean; rate: boolean } {
  return {
    assign: isSuggestionMoveAllowed(status, 'assigned', by),
    answer: isSuggestionMoveAllowed(status, 'answered', by),
    rate: isSuggestionMoveAllowed(status, 'rated', by),
  };
}

/** A suggestion stored before it had a status (before decision 0034) reads as just submitted. */
export const suggestionStatusOf = (doc: { status?: SuggestionStatus }): SuggestionStatus => doc.status ?? 'submitted';
