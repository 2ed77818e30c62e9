/** The admin function's suggestion group: the office follows the 闭会期间代表建议 of its region up (decision 0034). */
import { assignSuggestion, officeSuggestion, officeSuggestionAnswer, officeSuggestions } from '../opinions/suggestion-follow';
import type { HandlersOf } from './define';

export const adminSuggestionHandlers: Pick<HandlersOf<'admin'>, 'suggestions' | 'suggestion' | 'assignSuggestion' | 'suggestionAnswer'> = {
  suggestions: (p, { actor, ports }) => officeSuggestions(ports, actor, p),
  suggestion: ({ id }, { actor, ports }) => officeSuggestion(ports, actor, id),
  assignSuggestion: (p, { actor, ports }) => assignSuggestion(ports, actor, p),
  suggestionAnswer: (p, { actor, ports }) => officeSuggestionAnswer(ports, actor, p),
};
