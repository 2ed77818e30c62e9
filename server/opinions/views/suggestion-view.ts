/** A 闭会期间代表建议 as each side reads it (decision 0034): the deputy, the region office, the residents whose opinions fed it. */
import type { z } from 'zod';
import { beijingDate } from '../../../core/beijing-time';
import { RATING_LABELS } from '../../../core/contract/fields';
import type { ResidentSuggestionView, SuggestionFullView, SuggestionLine } from '../../../core/contract/suggestion-views';
import {
  SUGGESTION_ACTION_LABELS,
  SUGGESTION_STATUS_LABELS,
  suggestionCan,
  suggestionStatusOf,
  type SuggestionStatus,
} from '../../../core/suggestion-status';
import type { ActorRef, SuggestionDoc } from '../../model';

const iso = (d: Date | string) => new Date(d).toISOString();

/** Who did something on a suggestion: 黄镕代表, or the office (岳麓区人大常委会). */
export function suggestionActorLabel(actor: ActorRef): string {
  if (actor.role === 'deputy') return actor.name ? `${actor.name}代表` : '代表';
  if (actor.role === 'admin') return actor.name ?? '人大常委会';
  return '系统';
}

/** The due date of 交办 has passed (Beijing) and no answer was recorded. */
const isOverdue = (s: SuggestionDoc, now: Date): boolean =>
  Boolean(s.assignment && !s.answer && s.assignment.dueDate < beijingDate(now));

export function suggestionFullView(s: SuggestionDoc, now: Date): z.infer<typeof SuggestionFullView> {
  const status = suggestionStatusOf(s);
  return {
    id: s._id,
    title: s.title,
    reasons: s.reasons,
    proposals: s.proposals,
    opinionIds: s.opinionIds,
    createdAt: iso(s.createdAt),
    deputyName: s.deputyName,
    status,
    statusLabel: SUGGESTION_STATUS_LABELS[status],
    ...(s.assignment
      ? {
          assignment: {
            departmentId: s.assignment.departmentId,
            departmentName: s.assignment.departmentName,
            departmentContact: s.assignment.departmentContact,
            dueDate: s.assignment.dueDate,
            at: iso(s.assignment.at),
            overdue: isOverdue(s, now),
          },
        }
      : {}),
    ...(s.answer
      ? {
          answer: {
            departmentName: s.answer.departmentName,
            text: s.answer.text,
            answeredOn: s.answer.answeredOn,
            at: iso(s.answer.at),
            byLabel: suggestionActorLabel(s.answer.by),
          },
        }
      : {}),
    ...(s.rating
      ? {
          rating: {
            result: s.rating.result,
            resultLabel: RATING_LABELS[s.rating.result],
            ...(s.rating.comment ? { comment: s.rating.comment } : {}),
            at: iso(s.rating.at),
          },
        }
      : {}),
    events: (s.events ?? []).map((e) => ({
      at: iso(e.at),
      action: e.action,
      actionLabel: SUGGESTION_ACTION_LABELS[e.action],
      actorLabel: suggestionActorLabel(e.actor),
      statusLabel: SUGGESTION_STATUS_LABELS[e.to],
      ...(e.note ? { note: e.note } : {}),
    })),
  };
}

/** The deputy's own suggestion, with what the deputy may do now. */
export function deputySuggestionView(s: SuggestionDoc, now: Date) {
  const can = suggestionCan(suggestionStatusOf(s), 'deputy');
  return { ...suggestionFullView(s, now), can: { answer: can.answer, rate: can.rate } };
}

/** One row of the office's list. */
export function suggestionLine(s: SuggestionDoc, now: Date): z.infer<typeof SuggestionLine> {
  const status = suggestionStatusOf(s);
  return {
    id: s._id,
    title: s.title,
    deputyName: s.deputyName,
    status,
    statusLabel: SUGGESTION_STATUS_LABELS[status],
    opinionCount: s.opinionIds.length,
    createdAt: iso(s.createdAt),
    ...(s.assignment ? { departmentName: s.assignment.departmentName, dueDate: s.assignment.dueDate } : {}),
    overdue: isOverdue(s, now),
    ...(s.answer ? { answeredOn: s.answer.answeredOn } : {}),
    ...(s.rating ? { ratingLabel: RATING_LABELS[s.rating.result] } : {}),
  };
}

/** Where the suggestion stands, in the resident's words. */
const RESIDENT_SUGGESTION_LABELS: Record<SuggestionStatus, string> = {
  submitted: '代表已提出建议',
  assigned: '已交有关部门办理',
  answered: '部门已答复',
  rated: '部门已答复',
};

/**
 * On the resident's opinion: the suggestion's title, where it stands and, once answered, the
 * department's answer. Not the deputy's rating of it, nor who recorded what: that is the
 * deputy's and the office's business.
 */
export function residentSuggestionView(s: SuggestionDoc): z.infer<typeof ResidentSuggestionView> {
  const status = suggestionStatusOf(s);
  return {
    title: s.title,
    deputyName: s.deputyName,
    status,
    statusLabel: RESIDENT_SUGGESTION_LABELS[status],
    ...(s.assignment ? { departmentName: s.assignment.departmentName } : {}),
    ...(s.answer ? { answer: { departmentName: s.answer.departmentName, text: s.answer.text, answeredOn: s.answer.answeredOn } } : {}),
  };
}
