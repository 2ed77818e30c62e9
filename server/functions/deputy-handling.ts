/** The deputy's further moves: forward to a department, suggestions, hand-over. */
import { departmentView, departmentsFor, forwardOpinion, recordDepartmentAnswer } from '../opinions/forward';
import { myAssignedOpinion } from '../opinions/deputy-work';
import { handOver, handoverTargets } from '../opinions/handover';
import { deputySuggestions, makeSuggestion } from '../opinions/suggest';
import { deputySuggestionAnswer, rateSuggestion } from '../opinions/suggestion-follow';
import type { HandlersOf } from './define';

export const deputyHandlingHandlers: Pick<
  HandlersOf<'deputy'>,
  'departments' | 'forward' | 'departmentAnswer' | 'suggest' | 'suggestions' | 'suggestionAnswer' | 'rateSuggestion' | 'handoverTargets' | 'handover'
> = {
  async departments({ id, level, category }, { actor, ports }) {
    const doc = await myAssignedOpinion(ports, actor, id);
    const found = await departmentsFor(ports, doc, { level, category });
    return { items: found.map(departmentView) };
  },

  forward: ({ id, departmentId, note }, { actor, ports }) => forwardOpinion(ports, actor, id, departmentId, note),

  departmentAnswer: ({ id, text }, { actor, ports }) => recordDepartmentAnswer(ports, actor, id, text),

  suggest: (input, { actor, ports }) => makeSuggestion(ports, actor, input),

  suggestions: (_p, { actor, ports }) => deputySuggestions(ports, actor),

  suggestionAnswer: (p, { actor, ports }) => deputySuggestionAnswer(ports, actor, p),

  rateSuggestion: (p, { actor, ports }) => rateSuggestion(ports, actor, p),

  handoverTargets: ({ id }, { actor, ports }) => handoverTargets(ports, actor, id),

  /** The assignee changes, the status does not (PRODUCT.md); deadlines keep running. */
  handover: ({ id, toDeputyId, reason }, { actor, ports }) => handOver(ports, actor, id, toDeputyId, reason),
};
